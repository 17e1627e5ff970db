import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { copySelectedRows } from '@/components/tableCopy';

function renderTable() {
  render(
    <table onCopy={(event) => copySelectedRows(event, '.visually-hidden, .mark')}>
      <thead>
        <tr>
          <th>Cơ quan</th>
          <th>
            Tỷ lệ trễ hạn<span className="mark">▼</span>
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td colSpan={2} />
        </tr>
        <tr>
          <th>Sở Kế hoạch và Đầu tư</th>
          <td>
            <span style={{ display: 'inline-flex' }}>
              <span>22,56&nbsp;%</span> <span className="mark">Nghiêm trọng</span>
            </span>
          </td>
        </tr>
        <tr>
          <th>Sở Ngoại vụ</th>
          <td>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">Không có số liệu</span>
          </td>
        </tr>
        <tr>
          <th>Sở Xây dựng</th>
          <td>3,57 %</td>
        </tr>
      </tbody>
    </table>,
  );
  return screen.getByRole('table');
}

function select(start: Node, end: Node, endOffset = end.childNodes.length) {
  const range = document.createRange();
  range.setStart(start, 0);
  range.setEnd(end, endOffset);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

function copy(table: HTMLElement): string | null {
  let copied: string | null = null;
  const clipboardData = { setData: (_type: string, text: string) => void (copied = text) };
  fireEvent.copy(table, { clipboardData });
  return copied;
}

describe('copySelectedRows', () => {
  it('copies the rows a selection touches, a tab between cells, without marks or screen-reader text', () => {
    const table = renderTable();
    // From the header to the end of Sở Ngoại vụ's name: the row after it is left out.
    select(screen.getByText('Cơ quan'), screen.getByText('Sở Ngoại vụ'));
    expect(copy(table)).toBe(['Cơ quan\tTỷ lệ trễ hạn', 'Sở Kế hoạch và Đầu tư\t22,56 %', 'Sở Ngoại vụ\t—'].join('\r\n'));
  });

  it('leaves out a row the selection only ends against, as a drag to the start of the next line does', () => {
    const table = renderTable();
    select(screen.getByText('Sở Kế hoạch và Đầu tư'), screen.getByText('Sở Xây dựng'), 0);
    expect(copy(table)).toBe(['Sở Kế hoạch và Đầu tư\t22,56 %', 'Sở Ngoại vụ\t—'].join('\r\n'));
  });

  it('leaves a selection within one cell to the browser', () => {
    const table = renderTable();
    const name = screen.getByText('Sở Kế hoạch và Đầu tư').firstChild!;
    select(name, name, 6);
    expect(copy(table)).toBeNull();
  });
});
