/**
 * Task-status changes when the server misbehaves or another tab edits the
 * same task: a failed save is shown, then rolled back, never silently lost;
 * two tabs writing the same task end with the last write, without a crash.
 * Task 2022:I.1 (001, Phụ lục 1, I.1) is "Tạm dừng" in the report.
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockFault } from '@/api/mock/createMockFetch';
import { createMemoryStorage, taskStatusStorageKey } from '@/api/mock/taskStatusStore';
import { failOnConsoleErrors, faultOn, jsonResponse, renderFaultyApp } from './support/faultyApp';

failOnConsoleErrors();

const taskStatusPath = /^\/periods\/2022\/tasks\/2022%3AI\.1\/status$/;

function cardOf(container: HTMLElement, code: string): HTMLElement {
  const card = within(container)
    .getAllByRole('article')
    .find((candidate) => candidate.querySelector('.task-card__code')?.textContent === code);
  if (card === undefined) throw new Error(`no card ${code}`);
  return card;
}

async function openBoard(container: HTMLElement): Promise<void> {
  await within(container).findByRole('heading', { level: 2, name: /Cải cách thể chế/ });
}

/** Opens the card's dialog, fills the editor and presses save; returns the dialog. */
async function submitStatus(user: UserEvent, container: HTMLElement, status: string, note: string): Promise<HTMLElement> {
  await user.click(within(cardOf(container, 'I.1')).getByRole('button'));
  const dialog = screen.getByRole('dialog');
  await user.click(within(dialog).getByText('Cập nhật trạng thái', { selector: 'summary' }));
  await user.selectOptions(within(dialog).getByLabelText('Trạng thái mới'), status);
  await user.type(within(dialog).getByLabelText('Ghi chú (lý do cập nhật)'), note);
  await user.click(within(dialog).getByRole('button', { name: 'Lưu trạng thái' }));
  return dialog;
}

function statusInUse(dialog: HTMLElement): string {
  return within(dialog).getByText('Trạng thái đang dùng').closest('div')?.textContent ?? '';
}

function storedChanges(storage: ReturnType<typeof createMemoryStorage>): unknown[] {
  return JSON.parse(storage.getItem(taskStatusStorageKey) ?? '[]') as unknown[];
}

describe('a failed save', () => {
  const failures: Array<{ name: string; fault: () => MockFault; timeoutMs?: number; says: string }> = [
    {
      name: 'a 500',
      fault: () => jsonResponse(500, { error: { code: 'internal', message: 'Ổ đĩa đầy' } }),
      says: 'Không lưu được: Máy chủ trả lỗi 500. Yêu cầu /periods/2022/tasks/2022%3AI.1/status không thành công. Máy chủ báo: Ổ đĩa đầy',
    },
    {
      name: 'a timeout',
      fault: () => 'timeout',
      timeoutMs: 400,
      says: 'Không lưu được: Máy chủ không phản hồi sau 0,4 giây.',
    },
    { name: 'a dropped connection', fault: () => 'network-error', says: 'Không lưu được: Không kết nối được máy chủ dữ liệu.' },
  ];
  for (const failure of failures) {
    it(`${failure.name}: the new status shows while saving, then the report's status comes back with the reason`, async () => {
      const storage = createMemoryStorage();
      const fault = faultOn(taskStatusPath, failure.fault);
      const { user, container } = renderFaultyApp({ url: '/tasks?period=2022', faults: fault.faults, storage, timeoutMs: failure.timeoutMs });
      await openBoard(container);
      expect(within(cardOf(container, 'I.1')).getByText('Tạm dừng')).toBeInTheDocument();

      const dialog = await submitStatus(user, container, 'done', 'Đã ban hành Chương trình');
      if (failure.timeoutMs !== undefined) {
        // While the request hangs, the change is shown at once (optimistic), and the button says it is saving.
        await waitFor(() => expect(statusInUse(dialog)).toContain('Đã hoàn thành'));
        expect(within(dialog).getByRole('button', { name: 'Đang lưu…' })).toBeInTheDocument();
      }
      const problem = await within(dialog).findByRole('alert');
      expect(problem).toHaveTextContent(failure.says);
      expect(statusInUse(dialog)).toContain('Tạm dừng');
      expect(within(dialog).getByLabelText('Ghi chú (lý do cập nhật)')).toHaveValue('Đã ban hành Chương trình');
      expect(fault.hits()).toBe(1);
      expect(storedChanges(storage)).toEqual([]);

      await user.keyboard('{Escape}');
      expect(within(cardOf(container, 'I.1')).getByText('Tạm dừng')).toBeInTheDocument();
      expect(within(cardOf(container, 'I.1')).queryByText('Đã hoàn thành')).toBeNull();
    });
  }

  it('the same change saves once the server is back, from the form the user left filled', async () => {
    const storage = createMemoryStorage();
    const fault = faultOn(taskStatusPath, () => 'network-error');
    const { user, container } = renderFaultyApp({ url: '/tasks?period=2022', faults: fault.faults, storage });
    await openBoard(container);
    const dialog = await submitStatus(user, container, 'done', 'Đã ban hành Chương trình');
    await within(dialog).findByRole('alert');
    fault.heal();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu trạng thái' }));
    await within(dialog).findByText('Đã lưu trạng thái.');
    expect(statusInUse(dialog)).toContain('Đã hoàn thành');
    expect(storedChanges(storage)).toMatchObject([{ taskId: '2022:I.1', status: 'done', reportStatus: 'suspended', note: 'Đã ban hành Chương trình' }]);
  });
});

describe('a save that fails after its dialog has closed', () => {
  it('is told on the board until the user has read it, with a way back to the task', async () => {
    const storage = createMemoryStorage();
    const fault = faultOn(taskStatusPath, () => 'timeout');
    const { user, container } = renderFaultyApp({ url: '/tasks?period=2022', faults: fault.faults, storage, timeoutMs: 400 });
    await openBoard(container);
    const dialog = await submitStatus(user, container, 'done', 'Đã ban hành Chương trình');
    await within(dialog).findByRole('button', { name: 'Đang lưu…' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();

    const notice = await within(container).findByRole('alert');
    expect(notice).toHaveTextContent(
      'Nhiệm vụ I.1: không lưu được trạng thái «Đã hoàn thành» (Máy chủ không phản hồi sau 0,4 giây). Nhiệm vụ giữ trạng thái trước đó.',
    );
    expect(within(cardOf(container, 'I.1')).getByText('Tạm dừng')).toBeInTheDocument();
    expect(storedChanges(storage)).toEqual([]);

    await user.click(within(notice).getByRole('button', { name: 'Mở nhiệm vụ I.1' }));
    expect(screen.getByRole('dialog')).toHaveAccessibleName(/Ban hành Chương trình xúc tiến đầu tư/);
    expect(within(container).queryByRole('alert')).toBeNull();
  });

  it('is not told twice when the dialog was there to show it', async () => {
    const fault = faultOn(taskStatusPath, () => 'network-error');
    const { user, container } = renderFaultyApp({ url: '/tasks?period=2022', faults: fault.faults, storage: createMemoryStorage() });
    await openBoard(container);
    const dialog = await submitStatus(user, container, 'done', 'Đã ban hành Chương trình');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Không lưu được');
    await user.keyboard('{Escape}');
    expect(within(container).queryByRole('alert')).toBeNull();
  });

  it('coming back to the tab while a save is on its way leaves the change on screen', async () => {
    const fault = faultOn(taskStatusPath, () => 'timeout');
    const { user, container } = renderFaultyApp({ url: '/tasks?period=2022', faults: fault.faults, storage: createMemoryStorage(), timeoutMs: 600 });
    await openBoard(container);
    const dialog = await submitStatus(user, container, 'done', 'Đã ban hành Chương trình');
    await within(dialog).findByRole('button', { name: 'Đang lưu…' });
    window.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(statusInUse(dialog)).toContain('Đã hoàn thành');
    await within(dialog).findByRole('alert');
  });

  it('goes when dismissed', async () => {
    const fault = faultOn(taskStatusPath, () => 'timeout');
    const { user, container } = renderFaultyApp({
      url: '/tasks?period=2022',
      faults: fault.faults,
      storage: createMemoryStorage(),
      timeoutMs: 400,
    });
    await openBoard(container);
    const dialog = await submitStatus(user, container, 'done', 'Đã ban hành Chương trình');
    await within(dialog).findByRole('button', { name: 'Đang lưu…' });
    await user.keyboard('{Escape}');
    const notice = await within(container).findByRole('alert');
    await user.click(within(notice).getByRole('button', { name: 'Đã hiểu' }));
    expect(within(container).queryByRole('alert')).toBeNull();
  });
});

describe('two tabs on one storage', () => {
  it('both change task I.1; the last write wins everywhere, and neither tab breaks', async () => {
    const storage = createMemoryStorage();
    const tabA = renderFaultyApp({ url: '/tasks?period=2022', storage });
    const tabB = renderFaultyApp({ url: '/tasks?period=2022', storage });
    await openBoard(tabA.container);
    await openBoard(tabB.container);

    const dialogA = await submitStatus(tabA.user, tabA.container, 'done', 'Tab A: đã xong');
    await within(dialogA).findByText('Đã lưu trạng thái.');
    await tabA.user.keyboard('{Escape}');

    // Tab B still shows the report's status; its write comes second.
    expect(within(cardOf(tabB.container, 'I.1')).getByText('Tạm dừng')).toBeInTheDocument();
    const dialogB = await submitStatus(tabB.user, tabB.container, 'in_progress', 'Tab B: đang làm lại');
    await within(dialogB).findByText('Đã lưu trạng thái.');
    expect(statusInUse(dialogB)).toContain('Đang thực hiện');
    await tabB.user.keyboard('{Escape}');

    expect(storedChanges(storage)).toMatchObject([{ taskId: '2022:I.1', status: 'in_progress', note: 'Tab B: đang làm lại' }]);
    expect(storedChanges(storage)).toHaveLength(1);

    // Coming back to tab A (the page becomes visible again) shows tab B's write, without a reload.
    window.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(within(cardOf(tabA.container, 'I.1')).getByText('Đang thực hiện')).toBeInTheDocument());
    await tabA.user.click(within(cardOf(tabA.container, 'I.1')).getByRole('button'));
    expect(screen.getByRole('dialog')).toHaveTextContent('Ghi chú: Tab B: đang làm lại');
  });
});
