import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import type { AgencyTableModel } from '@/domain/agencies/table';
import type { Finding, Period } from '@/domain/dataset/schema';
import { I18nProvider } from '@/i18n/I18nProvider';
import { AgenciesView } from '@/features/agencies/AgenciesView';
import { realCatalog } from '../../app/support/realDatasets';
import { TestRouterProvider } from '../../app/support/TestRouterProvider';

export function realPeriod(id: string): Period {
  const period = realCatalog.periods.find((candidate) => candidate.id === id);
  if (!period) throw new Error(`no period ${id}`);
  return period;
}

/** The agencies view alone (no shell, no API), at `url`, for models built in the test. */
export function renderView(props: { period: Period; model: AgencyTableModel; findings?: Finding[] }, url = '/agencies') {
  const router = createMemoryRouter(
    [{ path: '/agencies', element: <AgenciesView period={props.period} model={props.model} findings={props.findings ?? []} /> }],
    { initialEntries: [url] },
  );
  const user = userEvent.setup();
  const view = render(
    <I18nProvider initialLang="vi">
      <TestRouterProvider router={router} />
    </I18nProvider>,
  );
  return { ...view, router, user };
}

export function agencyTable(): HTMLTableElement {
  return screen.getByRole('table') as HTMLTableElement;
}

/** Body rows (agency and group rows), as shown. */
export function bodyRows(): HTMLTableRowElement[] {
  const body = agencyTable().tBodies[0];
  if (!body) throw new Error('no table body');
  return [...body.rows].filter((row) => !row.classList.contains('agency-table__spacer'));
}

/** The name of each body row: the agency link, or the group label. */
export function rowNames(): string[] {
  return bodyRows().map((row) => {
    const name = row.querySelector('th a') ?? row.querySelector('th .agency-table__group-label') ?? row.querySelector('th');
    return (name?.textContent ?? '').trim();
  });
}

/** The sort button of a column; its name gains ", Thứ tự sắp xếp n, …" under a multi-column sort. */
export function sortButton(name: string): HTMLElement {
  const label = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(,|$)`);
  return within(agencyTable()).getByRole('button', { name: label });
}

/** The header cell of a column, found by its sort button. */
export function columnHeader(name: string): HTMLElement {
  const button = sortButton(name);
  const header = button.closest('th');
  if (!header) throw new Error(`no header for ${name}`);
  return header;
}

/** Index of a column among the header cells. */
export function columnIndex(name: string): number {
  return [...(agencyTable().tHead?.rows[0]?.cells ?? [])].indexOf(columnHeader(name) as HTMLTableCellElement);
}

export function cellOf(row: HTMLTableRowElement, column: string): HTMLTableCellElement {
  const cell = row.cells[columnIndex(column)];
  if (!cell) throw new Error(`no ${column} cell`);
  return cell;
}

/** Text with the no-break spaces of vi-VN percentages made plain. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A downloaded file's bytes (jsdom's Blob has no arrayBuffer()). */
export function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
