// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage, taskStatusStorageKey } from '@/api/mock/taskStatusStore';
import type { Task } from '@/domain/dataset/schema';
import { fixtureDatasets, tasks2022 } from './fixtures/taskDatasets';
import { renderTasksPage } from './renderTasksPage';
import { languageOf } from '../../app/support/language';

function cardCodes(): string[] {
  return screen.getAllByRole('article').map((card) => card.querySelector('.task-card__code')?.textContent ?? '');
}

function cardOf(code: string): HTMLElement {
  const card = screen.getAllByRole('article').find((candidate) => candidate.querySelector('.task-card__code')?.textContent === code);
  if (card === undefined) throw new Error(`no card ${code}`);
  return card;
}

async function boardLoaded() {
  await screen.findByRole('heading', { level: 2, name: /Cải cách thể chế/ });
}

function summaryLine(): string {
  return screen.getByText(/^Đang hiển thị/).textContent ?? '';
}

async function openAgencyFilter(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByText('Cơ quan phụ trách', { selector: 'summary' }));
  return screen.getByRole('group', { name: 'Cơ quan phụ trách' });
}

describe('TasksPage: grouping', () => {
  it('shows one section per reform area in the plan order, with counts by status in words', async () => {
    renderTasksPage();
    await boardLoaded();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['I. Cải cách thể chế', 'II. Cải cách thủ tục hành chính', 'III. Cải cách tổ chức bộ máy']);
    expect(cardCodes()).toEqual(['I.1', 'I.2', 'I.7', 'II.1', 'III.3', 'III.8', 'III.10']);

    const organisation = screen.getByRole('region', { name: 'III. Cải cách tổ chức bộ máy' });
    expect(within(organisation).getByText('3 nhiệm vụ')).toBeInTheDocument();
    const counts = within(organisation).getByRole('list', { name: 'Theo trạng thái' });
    expect(within(counts).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['1 Đã hoàn thành', '2 Vướng mắc']);
    // The 2022 report words area II "Cải cách TTHC": the printed heading is kept beside the canonical name.
    expect(screen.getByText('Cải cách TTHC').parentElement).toHaveTextContent(/^Tiêu đề trong báo cáo: Cải cách TTHC$/);
    expect(summaryLine()).toBe('Đang hiển thị 7/7 nhiệm vụ · 4 đã hoàn thành · 0 đang thực hiện · 2 quá hạn');
  });

  it('says what overdue means against the report date, or against its month where the report leaves the day blank', async () => {
    const { unmount } = renderTasksPage();
    expect(await screen.findByText(/Quá hạn: hạn đã qua vào ngày báo cáo \(24\/02\/2023\) mà chưa hoàn thành\./)).toBeInTheDocument();
    unmount();
    // 003:5 «Báo cáo số /BC-SNV ngày /7/2020»: no day to show, and none made up.
    renderTasksPage({ url: '/tasks?period=2020-H1' });
    expect(await screen.findByText(/Quá hạn: hạn trước tháng báo cáo \(tháng 7 năm 2020; báo cáo để trống ngày\) mà chưa hoàn thành\./)).toBeInTheDocument();
    expect(screen.queryByText(/30\/06\/2020/)).toBeNull();
  });

  it('shows the card facts: deadline as printed, parsed due date, overdue flag, lead agency and status in words', async () => {
    renderTasksPage();
    await boardLoaded();
    const card = cardOf('III.8');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent('Hợp nhất các Trung tâm Khuyến nông trên địa bàn');
    expect(within(card).getByText('Tháng 6/2022')).toBeInTheDocument();
    expect(within(card).getByText('hạn 30/06/2022')).toBeInTheDocument();
    expect(within(card).getByText('Quá hạn')).toBeInTheDocument();
    expect(within(card).getByRole('list', { name: 'Chủ trì' })).toHaveTextContent('Sở NN&PTNT');
    expect(within(card).getByText('Vướng mắc')).toBeInTheDocument();
    // Done on time or not: a done task is never flagged.
    expect(within(cardOf('I.2')).queryByText('Quá hạn')).toBeNull();
  });

  it('switches to grouping by status and by lead agency, and to a list of the same tasks, all kept in the URL', async () => {
    const user = userEvent.setup();
    const { searchParams } = renderTasksPage();
    await boardLoaded();
    await user.selectOptions(screen.getByLabelText('Nhóm theo'), 'status');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Đã hoàn thành',
      'Vướng mắc',
      'Tạm dừng',
    ]);
    expect(searchParams().get('group')).toBe('status');

    await user.selectOptions(screen.getByLabelText('Nhóm theo'), 'lead');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Sở Kế hoạch và Đầu tư',
      'Sở Nội vụ',
      'Văn phòng UBND tỉnh',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Không ghi cơ quan chủ trì',
    ]);

    await user.click(screen.getByRole('radio', { name: 'Danh sách' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 7);
    expect(searchParams().get('view')).toBe('list');
    expect(searchParams().get('period')).toBe('2022');
  });

  it('reads grouping and filters from the URL it is opened with', async () => {
    renderTasksPage({ url: '/tasks?period=2022&status=blocked&group=status' });
    await screen.findByRole('heading', { level: 2, name: 'Vướng mắc' });
    expect(cardCodes()).toEqual(['III.8', 'III.10']);
    expect(screen.getByLabelText('Trạng thái')).toHaveValue('blocked');
  });
});

describe('TasksPage: filter by responsible agency ("Cơ quan phụ trách")', () => {
  it('lists the agencies of the period with counts and filters lead-only or any role', async () => {
    const user = userEvent.setup();
    const { searchParams } = renderTasksPage();
    await boardLoaded();
    const filter = await openAgencyFilter(user);
    expect(within(filter).getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual([
      'Sở Kế hoạch và Đầu tư (2)',
      'Sở Nội vụ (4)',
      'Sở Nông nghiệp và Phát triển nông thôn (1)',
      'Văn phòng UBND tỉnh (1)',
    ]);

    await user.click(within(filter).getByRole('checkbox', { name: 'Sở Nội vụ (4)' }));
    // Any role: led (I.7, III.10), appraised (III.3), supported (III.8).
    expect(cardCodes()).toEqual(['I.7', 'III.3', 'III.8', 'III.10']);
    expect(summaryLine()).toMatch(/^Đang hiển thị 4\/7 nhiệm vụ/);
    expect(searchParams().getAll('agency')).toEqual(['so-noi-vu']);

    await user.click(within(filter).getByRole('radio', { name: 'Chỉ chủ trì' }));
    expect(cardCodes()).toEqual(['I.7', 'III.10']);
    expect(summaryLine()).toMatch(/^Đang hiển thị 2\/7 nhiệm vụ/);
    expect(within(filter).getByRole('checkbox', { name: 'Sở Nội vụ (2)' })).toBeChecked();
    expect(searchParams().get('role')).toBe('lead');
    expect(searchParams().get('period')).toBe('2022');

    await user.click(within(filter).getByRole('checkbox', { name: 'Văn phòng UBND tỉnh (1)' }));
    expect(cardCodes()).toEqual(['I.7', 'II.1', 'III.10']);

    // The button goes once nothing is chosen: focus stays in the filter instead of falling to <body>.
    await user.click(within(filter).getByRole('button', { name: 'Bỏ chọn cơ quan' }));
    expect(cardCodes()).toHaveLength(7);
    const summary = screen.getByText('Cơ quan phụ trách', { selector: 'summary' });
    expect(summary).toHaveFocus();

    await user.click(within(filter).getByRole('radio', { name: /^Mọi vai trò/ }));
    await user.keyboard('{Escape}');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    expect(summary).toHaveFocus();
  });

  it('combines status, overdue and a diacritic-free search over the raw assignment text', async () => {
    const user = userEvent.setup();
    const { searchParams } = renderTasksPage();
    await boardLoaded();
    await user.click(screen.getByRole('checkbox', { name: 'Chỉ nhiệm vụ quá hạn' }));
    expect(cardCodes()).toEqual(['I.1', 'III.8']);
    await user.click(screen.getByRole('checkbox', { name: 'Chỉ nhiệm vụ quá hạn' }));

    await user.type(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), 'dia phuong ra soat');
    expect(cardCodes()).toEqual(['II.1']);
    expect(searchParams().get('q')).toBe('dia phuong ra soat');

    await user.clear(screen.getByRole('searchbox', { name: 'Tìm kiếm' }));
    await user.selectOptions(screen.getByLabelText('Trạng thái'), 'blocked');
    expect(cardCodes()).toEqual(['III.8', 'III.10']);
    await user.type(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), 'khong co nhiem vu nao nhu the');
    expect(screen.getByText('Không có nhiệm vụ nào khớp bộ lọc.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bỏ tất cả bộ lọc' }));
    expect(cardCodes()).toHaveLength(7);
    expect(screen.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue('');
    expect(screen.getByText(/^Đang hiển thị 7\/7 nhiệm vụ/)).toHaveFocus();
  });

  it('clearing every filter is a step of its own in the history: Back returns to the filtered board', async () => {
    const user = userEvent.setup();
    const filtered = '/tasks?period=2022&status=blocked&q=khong+co+nhiem+vu+nao';
    const { router, searchParams } = renderTasksPage({ url: filtered });
    await screen.findByText('Không có nhiệm vụ nào khớp bộ lọc.');
    await user.click(screen.getByRole('button', { name: 'Bỏ tất cả bộ lọc' }));
    expect(searchParams().toString()).toBe('period=2022');
    await act(() => router.navigate(-1));
    expect(searchParams().get('status')).toBe('blocked');
    expect(searchParams().get('q')).toBe('khong co nhiem vu nao');
    expect(screen.getByText('Không có nhiệm vụ nào khớp bộ lọc.')).toBeInTheDocument();
  });

  it('a search is one step in the history: Back returns to the status chosen before it, not to the bare board', async () => {
    const user = userEvent.setup();
    const { router, searchParams } = renderTasksPage();
    await boardLoaded();
    await user.selectOptions(screen.getByLabelText('Trạng thái'), 'blocked');
    await user.type(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), 'hop nhat');
    await waitFor(() => expect(searchParams().get('q')).toBe('hop nhat'));
    await act(() => router.navigate(-1));
    expect(searchParams().toString()).toBe('period=2022&status=blocked');
    expect(screen.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue('');
    await act(() => router.navigate(-1));
    expect(searchParams().toString()).toBe('period=2022');
  });
});

describe('TasksPage: task detail', () => {
  it('opens from the keyboard, shows the assignment with every agency and role, closes on Escape and returns focus', async () => {
    const user = userEvent.setup();
    renderTasksPage();
    await boardLoaded();
    const opener = within(cardOf('III.3')).getByRole('button');
    opener.focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: /Sắp xếp, tổ chức các đơn vị sự nghiệp/ });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    const agencies = within(dialog).getByRole('table');
    expect(
      within(agencies)
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...row.children].slice(0, 2).map((cell) => cell.textContent)),
    ).toEqual([
      ['Các cơ quan, đơn vị, địa phương', 'thực hiện'],
      ['Sở Nội vụ', 'thẩm định'],
    ]);
    expect(within(dialog).getByText('Quyết định của UBND tỉnh')).toBeInTheDocument();
    const evidence = within(dialog).getAllByText('đã thẩm định, trình UBND tỉnh ban hành');
    expect(evidence.map((quote) => quote.parentElement?.textContent)).toContain('Căn cứ xác định trạng thái: «đã thẩm định, trình UBND tỉnh ban hành»');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('keeps the open task in the address: Back closes it and gives the focus back to its card, Forward opens it again', async () => {
    const user = userEvent.setup();
    const { router, searchParams } = renderTasksPage({ url: '/tasks?period=2022&status=blocked' });
    await screen.findByRole('heading', { level: 2, name: /Cải cách tổ chức bộ máy/ });
    const opener = within(cardOf('III.8')).getByRole('button');
    await user.click(opener);
    expect(screen.getByRole('dialog', { name: /Hợp nhất các Trung tâm Khuyến nông/ })).toBeInTheDocument();
    expect(searchParams().toString()).toBe('period=2022&status=blocked&task=2022-III.8');
    await act(() => router.navigate(-1));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(searchParams().toString()).toBe('period=2022&status=blocked');
    expect(opener).toHaveFocus();
    await act(() => router.navigate(1));
    expect(screen.getByRole('dialog', { name: /Hợp nhất các Trung tâm Khuyến nông/ })).toBeInTheDocument();
    // Closed with its button, it goes back too, so Forward still opens it rather than leading nowhere new.
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Đóng' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(searchParams().toString()).toBe('period=2022&status=blocked');
    await act(() => router.navigate(1));
    expect(screen.getByRole('dialog', { name: /Hợp nhất các Trung tâm Khuyến nông/ })).toBeInTheDocument();
  });

  it('opens the task a shared link names, and closing it leaves the board the link showed', async () => {
    const user = userEvent.setup();
    const { searchParams } = renderTasksPage({ url: '/tasks?period=2022&task=2022-III.8' });
    const dialog = await screen.findByRole('dialog', { name: /Hợp nhất các Trung tâm Khuyến nông/ });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(searchParams().toString()).toBe('period=2022');
    expect(within(cardOf('III.8')).getByRole('button')).toHaveFocus();
  });

  it('says so when the task a link names is not in the period, and lets it go', async () => {
    const user = userEvent.setup();
    const { searchParams } = renderTasksPage({ url: '/tasks?period=2022&task=2020-I.2' });
    await boardLoaded();
    const notice = screen.getByText('Địa chỉ này mở nhiệm vụ «2020-I.2», nhưng kỳ Năm 2022 không có nhiệm vụ đó.');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(within(notice.closest('.notice') as HTMLElement).getByRole('button', { name: 'Đã hiểu' }));
    expect(searchParams().toString()).toBe('period=2022');
    expect(screen.queryByText(/Địa chỉ này mở nhiệm vụ/)).toBeNull();
    expect(screen.getByText(/^Đang hiển thị 7\/7 nhiệm vụ/)).toHaveFocus();
  });

  it('opening another task after such a link drops the link’s task, so closing it does not bring the notice back', async () => {
    const user = userEvent.setup();
    const { searchParams } = renderTasksPage({ url: '/tasks?period=2022&task=2020-I.2' });
    await screen.findByText(/Địa chỉ này mở nhiệm vụ/);
    await user.click(within(cardOf('III.8')).getByRole('button'));
    expect(searchParams().get('task')).toBe('2022-III.8');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Đóng' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(searchParams().toString()).toBe('period=2022');
    expect(screen.queryByText(/Địa chỉ này mở nhiệm vụ/)).toBeNull();
  });

  it('closes once when closed twice before the board has rendered the first close (Escape and a click together)', async () => {
    const user = userEvent.setup();
    const { searchParams } = renderTasksPage();
    await boardLoaded();
    // An entry before the task's, for a second going back to undo.
    await user.selectOptions(screen.getByLabelText('Trạng thái'), 'blocked');
    await user.click(within(cardOf('III.8')).getByRole('button'));
    const dialog = screen.getByRole('dialog');
    act(() => {
      fireEvent.keyDown(document, { key: 'Escape' });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(searchParams().toString()).toBe('period=2022&status=blocked');
  });

  it('in English, the reports’ Vietnamese words are marked as Vietnamese for a screen reader, and the interface’s are not', async () => {
    const user = userEvent.setup();
    renderTasksPage({ lang: 'en' });
    await screen.findByRole('heading', { level: 2, name: /Institutional reform/ });
    const opener = within(cardOf('I.7')).getByRole('button');
    expect(languageOf(opener)).toBe('vi');
    expect(languageOf(within(cardOf('I.7')).getByText('Quý I/2022'))).toBe('vi');
    const printedHeading = screen.getByText('Cải cách TTHC');
    expect(languageOf(printedHeading)).toBe('vi');
    expect(printedHeading.parentElement).toHaveTextContent(/^Heading in the report: Cải cách TTHC$/);
    expect(languageOf(printedHeading.parentElement)).toBe('en');
    expect(languageOf(screen.getByRole('searchbox', { name: 'Search' }))).toBe('en');

    await user.click(opener);
    const dialog = screen.getByRole('dialog');
    expect(languageOf(within(dialog).getByRole('heading', { level: 2 }))).toBe('vi');
    expect(languageOf(within(dialog).getByText('Trong năm 2022, Sở Nội vụ đã tham mưu UBND tỉnh:', { selector: 'p' }))).toBe('vi');
    expect(languageOf(within(dialog).getByRole('button', { name: 'Close' }))).toBe('en');
    const [evidence] = within(dialog).getAllByText((_, element) => element?.tagName === 'P' && /^What decided the status: “.+”$/.test(element.textContent ?? ''));
    expect(languageOf(evidence)).toBe('en');
    expect(evidence?.querySelector('[lang="vi"]')?.textContent).toMatch(/\S/);
  });

  it('renders the result as paragraphs and bullets', async () => {
    const user = userEvent.setup();
    renderTasksPage();
    await boardLoaded();
    await user.click(within(cardOf('I.7')).getByRole('button'));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('Trong năm 2022, Sở Nội vụ đã tham mưu UBND tỉnh:', { selector: 'p' })).toBeInTheDocument();
    const bullets = within(dialog)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
      .filter((text) => text?.startsWith('-'));
    expect(bullets).toEqual([
      '-Ban hành Quyết định số 562/QĐ-UBND ngày 22/02/2022 về việc ban hành kế hoạch triển khai chương trình phát triển nguồn nhân lực tỉnh Khánh Hòa năm 2022.',
      '-Ban hành Quyết định số 1258/QĐ-UBND ngày 09/5/2022 về việc ban hành quy chế đào tạo, bồi dưỡng cán bộ, công chức, viên chức tỉnh năm 2022.',
    ]);
  });

  it('shows for 2020 both the mid-year and the year-end result, oldest first', async () => {
    const user = userEvent.setup();
    renderTasksPage({ url: '/tasks?period=2020' });
    await screen.findByRole('heading', { level: 2, name: /Cải cách thể chế/ });
    // 000 prints the heading "CAI CÁCH THỂ CHẾ"; only case and that hook differ, so no second heading is shown.
    expect(screen.queryByText(/Tiêu đề trong báo cáo/)).toBeNull();
    await user.click(within(cardOf('I.2')).getByRole('button'));
    const dialog = screen.getByRole('dialog');
    const resultHeadings = within(dialog)
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent)
      .filter((text) => text?.startsWith('Kết quả'));
    expect(resultHeadings).toEqual([
      'Kết quả 6 tháng đầu năm 2020 Đã hoàn thành',
      'Kết quả Năm 2020 (kỳ đang xem) Đã hoàn thành',
    ]);
    expect(within(dialog).getByText(/Quyết định thay thế, xác định lại thành viên Ban chỉ đạo/)).toBeInTheDocument();
    expect(within(dialog).getByText(/kế hoạch triển khai Chương trình phát triển nguồn nhân lực tỉnh Khánh Hòa năm 2020/)).toBeInTheDocument();
  });

  it('renders hostile report text inert: no script, no image, no handler runs', async () => {
    const original = tasks2022.find((task) => task.code === 'I.1');
    if (original === undefined) throw new Error('fixture lacks I.1');
    const hostile: Task = {
      ...original,
      title: 'Nhiệm vụ <img src=x onerror="window.__pwned=1">',
      current: {
        ...original.current,
        result: [
          { type: 'paragraph', text: 'Kết quả <script>window.__pwned = 1</script>' },
          {
            type: 'list',
            items: [{ marker: '-', text: '<img src=x onerror="window.__pwned=1"> và <script>alert(1)</script>', depth: 0 }],
          },
        ],
      },
    };
    const user = userEvent.setup();
    renderTasksPage({ datasets: fixtureDatasets(tasks2022.map((task) => (task === original ? hostile : task))) });
    await boardLoaded();
    await user.click(within(cardOf('I.1')).getByRole('button'));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('<img src=x onerror="window.__pwned=1"> và <script>alert(1)</script>')).toBeInTheDocument();
    expect(within(dialog).getByText('Kết quả <script>window.__pwned = 1</script>')).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Nhiệm vụ <img src=x onerror="window.__pwned=1">');
    expect(document.querySelector('.task-board img, .task-board script, [role="dialog"] img, [role="dialog"] script')).toBeNull();
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});

describe('TasksPage: changing a task status', () => {
  async function changeStatus(user: ReturnType<typeof userEvent.setup>, code: string, status: string, note: string) {
    await user.click(within(cardOf(code)).getByRole('button'));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByText('Cập nhật trạng thái', { selector: 'summary' }));
    await user.selectOptions(within(dialog).getByLabelText('Trạng thái mới'), status);
    await user.type(within(dialog).getByLabelText('Ghi chú (lý do cập nhật)'), note);
    await user.click(within(dialog).getByRole('button', { name: 'Lưu trạng thái' }));
    await within(dialog).findByText('Đã lưu trạng thái.');
    return dialog;
  }

  it('sets a status with a note through the API, keeps the report status beside it, and reverts', async () => {
    const storage = createMemoryStorage();
    const user = userEvent.setup();
    renderTasksPage({ storage });
    await boardLoaded();
    const dialog = await changeStatus(user, 'III.8', 'in_progress', 'Đã trình phương án hợp nhất');

    await within(dialog).findByText(/^Cán bộ cập nhật thành «Đang thực hiện» lúc \d{1,2}:\d{2}/);
    expect(within(dialog).getByText('Ghi chú: Đã trình phương án hợp nhất')).toBeInTheDocument();
    const facts = within(dialog).getByText('Trạng thái theo báo cáo').closest('div');
    expect(facts).toHaveTextContent('Vướng mắc');
    const stored = JSON.parse(storage.getItem(taskStatusStorageKey) ?? '[]');
    expect(stored).toMatchObject([
      { periodId: '2022', taskId: '2022-III.8', status: 'in_progress', reportStatus: 'blocked', note: 'Đã trình phương án hợp nhất' },
    ]);

    await user.keyboard('{Escape}');
    const card = cardOf('III.8');
    expect(within(card).getByText('Đang thực hiện')).toBeInTheDocument();
    expect(within(card).getByText('Theo báo cáo: Vướng mắc')).toBeInTheDocument();
    expect(summaryLine()).toBe('Đang hiển thị 7/7 nhiệm vụ · 4 đã hoàn thành · 1 đang thực hiện · 2 quá hạn');

    await user.click(within(card).getByRole('button'));
    const reopened = screen.getByRole('dialog');
    await user.click(within(reopened).getByRole('button', { name: 'Khôi phục trạng thái theo báo cáo' }));
    await within(reopened).findByText('Đã khôi phục trạng thái theo báo cáo.');
    await within(reopened).findByText('Đang dùng trạng thái theo báo cáo.');
    // The revert button went away with the override; focus moved on instead of falling to <body>.
    expect(within(reopened).getByText('Cập nhật trạng thái', { selector: 'summary' })).toHaveFocus();
    expect(storage.getItem(taskStatusStorageKey)).toBeNull();
    await user.keyboard('{Escape}');
    expect(within(cardOf('III.8')).getByText('Vướng mắc')).toBeInTheDocument();
  });

  it('returns focus to the card of a task that moved to another group with its new status', async () => {
    const user = userEvent.setup();
    renderTasksPage({ url: '/tasks?period=2022&group=status' });
    await screen.findByRole('heading', { level: 2, name: /Vướng mắc/ });
    await changeStatus(user, 'III.8', 'in_progress', 'Đã trình phương án hợp nhất');
    await user.keyboard('{Escape}');
    const moved = within(cardOf('III.8')).getByRole('button');
    expect(moved.closest('section')).toHaveAccessibleName(/Đang thực hiện/);
    expect(moved).toHaveFocus();
  });

  it('clears the overdue flag when staff mark an overdue task done', async () => {
    const user = userEvent.setup();
    renderTasksPage();
    await boardLoaded();
    await changeStatus(user, 'I.1', 'done', 'Nội dung chuyển sang Chương trình năm 2024');
    await user.keyboard('{Escape}');
    expect(within(cardOf('I.1')).queryByText('Quá hạn')).toBeNull();
    expect(summaryLine()).toMatch(/5 đã hoàn thành · 0 đang thực hiện · 1 quá hạn$/);
  });

  it('refuses a change without a note, sending nothing', async () => {
    const storage = createMemoryStorage();
    const user = userEvent.setup();
    renderTasksPage({ storage });
    await boardLoaded();
    await user.click(within(cardOf('III.8')).getByRole('button'));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByText('Cập nhật trạng thái', { selector: 'summary' }));
    await user.selectOptions(within(dialog).getByLabelText('Trạng thái mới'), 'done');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu trạng thái' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Hãy ghi lý do cập nhật.');
    expect(storage.getItem(taskStatusStorageKey)).toBeNull();
  });

  it('keeps the change across a reload (a new mock sharing the same storage)', async () => {
    const storage = createMemoryStorage();
    const user = userEvent.setup();
    const first = renderTasksPage({ storage });
    await boardLoaded();
    await changeStatus(user, 'III.8', 'done', 'UBND tỉnh đã phê duyệt phương án');
    first.unmount();

    renderTasksPage({ storage });
    await boardLoaded();
    const card = cardOf('III.8');
    await waitFor(() => expect(within(card).getByText('Đã hoàn thành')).toBeInTheDocument());
    expect(within(card).getByText('Theo báo cáo: Vướng mắc')).toBeInTheDocument();
    await user.click(within(card).getByRole('button'));
    expect(screen.getByRole('dialog')).toHaveTextContent('Ghi chú: UBND tỉnh đã phê duyệt phương án');
  });
});
