import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEVERITY_STORAGE_KEY } from '@/domain/agencies/severity';
import { createStressDataset, STRESS_PROVENANCE_FILE } from '@/domain/agencies/stressDataset';
import { indexAgencies } from '@/domain/agencies/catalogue';
import { buildAgencyTable, mergePeriodRows } from '@/domain/agencies/table';
import { periodDatasetSchema, type DossierRow, type DossierTable } from '@/domain/dataset/schema';
import { deriveMetrics } from '@/domain/metrics/periodRules';
import { VIRTUALIZE_ABOVE } from '@/features/agencies/AgenciesTable';
import { agencyTable, bodyRows, cellOf, plain, realPeriod, renderView, rowNames, sortButton } from './support';

beforeEach(() => localStorage.clear());

/**
 * Synthetic rows (not report figures) whose late rates sit exactly on and just
 * beside each band boundary, by the 2017 rule late / resolved.
 */
function boundaryTable(): DossierTable {
  const specs: Array<[label: string, resolved: number | null, late: number | null]> = [
    ['Đơn vị 10,00 %', 10000, 1000],
    ['Đơn vị 9,99 %', 10000, 999],
    ['Đơn vị 5,00 %', 10000, 500],
    ['Đơn vị 4,99 %', 10000, 499],
    ['Đơn vị 1,01 %', 10000, 101],
    ['Đơn vị 1,00 %', 10000, 100],
    ['Đơn vị 0,00 %', 10000, 0],
    ['Đơn vị không số liệu', null, null],
  ];
  const rows: DossierRow[] = specs.map(([label, resolved, late], index) => {
    const figures = { received: resolved, resolved, resolvedLate: late };
    return {
      id: `boundary:${index + 1}`,
      kind: 'agency',
      agencyId: `boundary-${index + 1}`,
      label,
      number: null,
      level: 'department',
      districtId: null,
      parentRowId: null,
      memberRowIds: [],
      figures,
      publishedRates: {},
      metrics: deriveMetrics('2017-Q1', figures),
      provenance: { file: 'synthetic/boundaries', line: index + 1 },
    };
  });
  return {
    id: 'boundary',
    periodId: '2017-Q1',
    appendix: 'thử',
    title: 'thử',
    level: 'department',
    complete: true,
    completenessNote: null,
    completeDistrictIds: null,
    rows,
    provenance: { file: 'synthetic/boundaries', line: 1 },
  };
}

function severities(): Record<string, string | null> {
  return Object.fromEntries(bodyRows().map((row, index) => [rowNames()[index]!, cellOf(row, 'Tỷ lệ trễ hạn').getAttribute('data-severity')]));
}

describe('late-rate highlighting', () => {
  const period = realPeriod('2017-Q1');
  const model = buildAgencyTable(mergePeriodRows('2017-Q1', [boundaryTable()]));

  it('puts rates exactly on 10 %, 5 % and 1 % in the band the rule names, with a word and an icon', () => {
    renderView({ period, model });
    expect(severities()).toEqual({
      'Đơn vị 10,00 %': 'severe',
      'Đơn vị 9,99 %': 'high',
      'Đơn vị 5,00 %': 'high',
      'Đơn vị 4,99 %': 'watch',
      'Đơn vị 1,01 %': 'watch',
      'Đơn vị 1,00 %': 'good',
      'Đơn vị 0,00 %': 'good',
      'Đơn vị không số liệu': 'none',
    });
    const [severe, high, , watch, , good] = bodyRows();
    expect(plain(cellOf(severe!, 'Tỷ lệ trễ hạn').textContent)).toBe('10,00 % Nghiêm trọng');
    expect(plain(cellOf(high!, 'Tỷ lệ trễ hạn').textContent)).toBe('9,99 % Cao');
    expect(plain(cellOf(watch!, 'Tỷ lệ trễ hạn').textContent)).toBe('4,99 % Cần theo dõi');
    expect(plain(cellOf(good!, 'Tỷ lệ trễ hạn').textContent)).toBe('1,00 % Tốt');
    expect(cellOf(severe!, 'Tỷ lệ trễ hạn').querySelector('svg')).not.toBeNull();
    expect(cellOf(bodyRows().at(-1)!, 'Tỷ lệ trễ hạn')).toHaveTextContent('Không có số liệu');
  });

  it('explains the bands in a legend with the current thresholds', () => {
    renderView({ period, model });
    const legend = screen.getByRole('region', { name: 'Mức trễ hạn' });
    expect(plain(legend.textContent)).toContain('Nghiêm trọng từ 10 % trở lên');
    expect(plain(legend.textContent)).toContain('Cao từ 5 % đến dưới 10 %');
    expect(plain(legend.textContent)).toContain('Cần theo dõi trên 1 % đến dưới 5 %');
    expect(plain(legend.textContent)).toContain('Tốt từ 1 % trở xuống');
  });

  it('lets the user move the thresholds, keeps them in localStorage, and refuses thresholds out of order', async () => {
    const { user, unmount } = renderView({ period, model });
    await user.click(screen.getByText('Đổi ngưỡng'));
    const severeInput = screen.getByRole('textbox', { name: 'Nghiêm trọng từ (%)' });
    const highInput = screen.getByRole('textbox', { name: 'Cao từ (%)' });
    await user.clear(highInput);
    await user.type(highInput, '12');
    await user.click(screen.getByRole('button', { name: 'Áp dụng' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Ngưỡng phải tăng dần');
    expect(localStorage.getItem(SEVERITY_STORAGE_KEY)).toBeNull();

    await user.clear(severeInput);
    await user.type(severeInput, '9,99');
    await user.clear(highInput);
    await user.type(highInput, '4,99');
    await user.click(screen.getByRole('button', { name: 'Áp dụng' }));
    expect(screen.getByRole('button', { name: 'Áp dụng' })).toHaveFocus();
    expect(screen.getByText(/^Đã áp dụng ngưỡng mới/)).toHaveAttribute('role', 'status');
    expect(severeInput).toHaveValue('9,99');
    expect(JSON.parse(localStorage.getItem(SEVERITY_STORAGE_KEY) ?? 'null')).toEqual({ severe: 9.99, high: 4.99, watch: 1 });
    expect(severities()['Đơn vị 9,99 %']).toBe('severe');
    expect(severities()['Đơn vị 4,99 %']).toBe('high');
    expect(screen.getByText('Đang dùng ngưỡng riêng của bạn.')).toBeInTheDocument();

    unmount();
    renderView({ period, model });
    expect(severities()['Đơn vị 9,99 %']).toBe('severe');
    await user.click(screen.getByText('Đổi ngưỡng'));
    await user.click(screen.getByRole('button', { name: 'Khôi phục mặc định (10 %, 5 %, 1 %)' }));
    expect(screen.getByRole('button', { name: 'Khôi phục mặc định (10 %, 5 %, 1 %)' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Nghiêm trọng từ (%)' })).toHaveValue('10');
    await user.keyboard('{Escape}');
    expect(screen.getByText('Đổi ngưỡng')).toHaveFocus();
    expect(screen.getByText('Đổi ngưỡng').closest('details')).not.toHaveAttribute('open');
    expect(severities()['Đơn vị 9,99 %']).toBe('high');
    expect(localStorage.getItem(SEVERITY_STORAGE_KEY)).toBeNull();
  });
});

describe('10,000 agencies (synthetic stress dataset)', () => {
  // jsdom does no layout: the table's scroll box gets the height a browser would give it.
  const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
  beforeAll(() => {
    Object.defineProperty(Element.prototype, 'clientHeight', {
      configurable: true,
      get(this: Element) {
        return this.classList.contains('agency-table-scroll') ? 600 : 0;
      },
    });
  });
  afterAll(() => {
    if (clientHeight) Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
  });

  const { dataset, agencies } = createStressDataset({ agencyCount: 10_000 });
  const model = buildAgencyTable(mergePeriodRows('2022', dataset.tables), indexAgencies(agencies));
  const period = realPeriod('2022');

  it('is deterministic, valid against the dataset schema, and marked synthetic', () => {
    expect(JSON.stringify(createStressDataset({ agencyCount: 10_000 }))).toBe(JSON.stringify({ dataset, agencies }));
    expect(periodDatasetSchema.safeParse(dataset).success).toBe(true);
    const rows = dataset.tables.flatMap((table) => table.rows);
    expect(rows.filter((row) => row.kind === 'agency')).toHaveLength(10_000);
    expect(rows.every((row) => row.provenance.file === STRESS_PROVENANCE_FILE)).toBe(true);
    const subtotal = rows.find((row) => row.kind === 'subtotal')!;
    const members = rows.filter((row) => row.parentRowId === subtotal.id);
    expect(subtotal.figures.received).toBe(members.reduce((sum, row) => sum + (row.figures.received ?? 0), 0));
    expect(createStressDataset({ agencyCount: 500, seed: 1 }).dataset).not.toEqual(createStressDataset({ agencyCount: 500, seed: 2 }).dataset);
  });

  it('keeps the DOM small by rendering only the rows in view, and still sorts all of them', async () => {
    expect(model.rows).toHaveLength(10_000);
    const { user } = renderView({ period, model, findings: dataset.findings });
    expect(screen.getByText('Hiển thị 10.000 trên 10.000 cơ quan, đơn vị')).toBeInTheDocument();
    expect(bodyRows().length).toBeGreaterThan(0);
    expect(bodyRows().length).toBeLessThan(100);
    // Header, 10,000 rows, the dataset's own grand total and the sum of the rows.
    expect(agencyTable()).toHaveAttribute('aria-rowcount', String(10_000 + 3));

    const started = performance.now();
    await user.click(sortButton('Tỷ lệ trễ hạn'));
    const elapsed = performance.now() - started;
    const highest = Math.max(...model.rows.map((row) => row.metrics.lateRate ?? -1));
    const top = model.rows.find((row) => row.metrics.lateRate === highest)!;
    expect(rowNames()[0]).toBe(top.label);
    expect(bodyRows().length).toBeLessThan(100);
    console.info(`sorted 10,000 rows by late rate and re-rendered in ${Math.round(elapsed)} ms (jsdom)`);
    expect(VIRTUALIZE_ABOVE).toBeLessThan(10_000);
  });

  it('filters 10,000 rows by search', async () => {
    const { user } = renderView({ period, model }, '/agencies?level=department');
    expect(screen.getByText('Hiển thị 100 trên 10.000 cơ quan, đơn vị')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), ' 100');
    expect(await screen.findByText('Hiển thị 1 trên 10.000 cơ quan, đơn vị')).toBeInTheDocument();
    expect(within(agencyTable()).getAllByRole('link')).toHaveLength(1);
  });
});
