import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from '@/features/tasks/Dialog';

function renderDialog() {
  const onClose = vi.fn();
  render(
    <Dialog labelledBy="dialog-title" onClose={onClose} returnFocusTo={() => null}>
      <h2 id="dialog-title">Nhiệm vụ I.1</h2>
      <button type="button">Đóng</button>
      <label>
        Ghi chú <textarea />
      </label>
      <details>
        <summary>Đổi trạng thái</summary>
        <button type="submit">Lưu trạng thái</button>
      </details>
    </Dialog>,
  );
  return { onClose };
}

describe('Dialog: the focus stays inside', () => {
  it('cycles between the first control and a closed section’s summary, never into what the section hides', async () => {
    const user = userEvent.setup();
    renderDialog();
    const close = screen.getByRole('button', { name: 'Đóng' });
    const summary = screen.getByText('Đổi trạng thái');
    close.focus();
    await user.tab({ shift: true });
    expect(summary).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
  });

  it('reaches the controls of a section once it is open, and cycles from the last of them', async () => {
    const user = userEvent.setup();
    renderDialog();
    const summary = screen.getByText('Đổi trạng thái');
    summary.closest('details')?.setAttribute('open', '');
    screen.getByRole('button', { name: 'Đóng' }).focus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Lưu trạng thái' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Đóng' })).toHaveFocus();
  });

  it('closes on Escape', async () => {
    const user = userEvent.setup();
    const { onClose } = renderDialog();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('stays open on Escape in a note being written, and closes on Escape once the note is empty', async () => {
    const user = userEvent.setup();
    const { onClose } = renderDialog();
    const note = screen.getByLabelText('Ghi chú');
    await user.type(note, 'Đã trình');
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
    expect(note).toHaveValue('Đã trình');
    await user.clear(note);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });
});
