import type { ClipboardEvent } from 'react';

/** Whether `range` covers any text of `node`: a range that only starts or ends against it covers none. */
function coversTextOf(range: Range, node: Node): boolean {
  if (!range.intersectsNode(node)) return false;
  const covered = document.createRange();
  covered.selectNodeContents(node);
  if (range.compareBoundaryPoints(Range.START_TO_START, covered) > 0) covered.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(Range.END_TO_END, covered) < 0) covered.setEnd(range.endContainer, range.endOffset);
  return covered.toString().trim() !== '';
}

/** What a cell says once the parts matching `leaveOut` are taken out, on one line. */
function cellText(cell: HTMLTableCellElement, leaveOut: string): string {
  const copy = cell.cloneNode(true) as HTMLTableCellElement;
  copy.querySelectorAll(leaveOut).forEach((part) => part.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Copies the rows a selection touches as tab-separated lines, one cell per
 * column, so they paste into a spreadsheet cell for cell. The browser's own
 * copy of a table breaks a cell laid out in boxes over several lines and
 * takes the screen-reader text with it. A selection inside one cell is left
 * to the browser.
 *
 * `leaveOut` selects what decorates a cell rather than being its value (marks,
 * labels, text only for screen readers).
 */
export function copySelectedRows(event: ClipboardEvent<HTMLTableElement>, leaveOut: string): void {
  const selection = document.getSelection();
  if (selection === null || selection.isCollapsed) return;
  const ranges = Array.from({ length: selection.rangeCount }, (_, index) => selection.getRangeAt(index));
  // A drag to the start of the next line ends in that line's first cell, which it does not select.
  const touched = (node: Node) => ranges.some((range) => coversTextOf(range, node));
  const rows = [...event.currentTarget.rows].filter((row) => row.cells.length > 1 && touched(row));
  const touchedCells = rows.flatMap((row) => [...row.cells].filter(touched));
  if (touchedCells.length < 2) return;
  const lines = rows.map((row) => [...row.cells].map((cell) => cellText(cell, leaveOut)).join('\t'));
  event.clipboardData.setData('text/plain', lines.join('\r\n'));
  event.preventDefault();
}
