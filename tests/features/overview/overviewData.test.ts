import { describe, expect, it } from 'vitest';
import type { TaskStatusChange } from '@/api/contract';
import type { DossierRow, DossierTable } from '@/domain/dataset/schema';
import { blockFigures, countChange, grandTotalRow, highestLateRates, summarizeTasks } from '@/features/overview/overviewData';
import { fixturePeriods } from '../../app/fixtures/datasets';

const dataset = (id: string) => {
  const found = fixturePeriods.find((period) => period.periodId === id);
  if (!found) throw new Error(id);
  return found;
};

function withRows(table: DossierTable, rows: DossierRow[], overrides: Partial<DossierTable> = {}): DossierTable {
  return { ...table, ...overrides, rows };
}

describe('grandTotalRow', () => {
  it('is the total row of the summary table: 001:364 for 2022', () => {
    const total = grandTotalRow(dataset('2022').tables);
    expect(total?.provenance.line).toBe(364);
    expect(total?.figures.received).toBe(633464);
  });

  it('is null when the period prints no province-wide total', () => {
    expect(grandTotalRow(dataset('2020-H1').tables)).toBeNull();
  });
});

describe('blockFigures', () => {
  it('takes the top block rows and leaves out district subtotals nested in the commune block', () => {
    const blocks = blockFigures(dataset('2022').tables);
    expect(blocks.map((block) => [block.level, block.row.provenance.line])).toEqual([
      ['department', 166],
      ['district', 196],
      ['commune', 208],
    ]);
  });

  it('finds a level printed inside another block (2022 land registration inside block A) and says where', () => {
    const [summary] = dataset('2022').tables;
    const rows = summary!.rows;
    const blockA = rows.find((row) => row.provenance.line === 166)!;
    const landBlock: DossierRow = {
      ...blockA,
      id: '2022:pl2:186',
      label: 'Khôi Văn phòng ĐKĐĐ',
      level: 'land_registration',
      kind: 'subtotal',
      parentRowId: blockA.id,
      provenance: { ...blockA.provenance, line: 186 },
    };
    const blocks = blockFigures([withRows(summary!, [...rows, landBlock])]);
    const land = blocks.find((block) => block.level === 'land_registration');
    expect(land?.row.provenance.line).toBe(186);
    expect(land?.insideRow?.label).toBe('CƠ QUAN CHUYÊN MÔN CẤP TỈNH');
  });

  it('falls back to the total of a level’s own complete table, and never to a cut-off one', () => {
    const [summary] = dataset('2017-Q1').tables;
    const total = summary!.rows.find((row) => row.kind === 'total')!;
    const districtTotal: DossierRow = { ...total, id: 'pl6:512', level: 'district', provenance: { ...total.provenance, line: 512 } };
    const communeTotal: DossierRow = { ...total, id: 'pl7:669', level: 'commune', provenance: { ...total.provenance, line: 669 } };
    const tables = [
      withRows(summary!, [], { id: 'pl6', level: 'district' }),
      withRows(summary!, [districtTotal], { id: 'pl6b', level: 'district' }),
      withRows(summary!, [communeTotal], { id: 'pl7', level: 'commune', complete: false }),
    ];
    expect(blockFigures(tables).map((block) => [block.level, block.row.provenance.line])).toEqual([['district', 512]]);
  });
});

describe('highestLateRates', () => {
  it('ranks agencies by the period’s late rate, each agency once, at most `limit`', () => {
    const ranked = highestLateRates(dataset('2022').tables, 2);
    expect(ranked.map((entry) => [entry.agencyId, Number(entry.lateRate.toFixed(2))])).toEqual([
      ['so-ke-hoach-dau-tu', 29.79],
      ['so-du-lich', 8.92],
    ]);
    const [summary] = dataset('2022').tables;
    const doubled = withRows(summary!, [...summary!.rows, ...summary!.rows]);
    expect(highestLateRates([doubled]).map((entry) => entry.agencyId)).toEqual([
      'so-ke-hoach-dau-tu',
      'so-du-lich',
      'bql-kkt-van-phong',
    ]);
  });
});

describe('summarizeTasks', () => {
  it('counts tasks per status, a staff change overriding the report’s status', () => {
    const tasks = dataset('2022').tasks;
    const change: TaskStatusChange = {
      periodId: '2022',
      taskId: '2022:I.3',
      status: 'done',
      note: 'Đã có kết quả',
      changedAt: '2023-03-01T08:00:00+07:00',
      reportStatus: 'in_progress',
    };
    expect(summarizeTasks(tasks, [])).toEqual({
      total: 3,
      counts: [
        { status: 'done', count: 2 },
        { status: 'in_progress', count: 1 },
      ],
      changed: 0,
    });
    expect(summarizeTasks(tasks, [change])).toEqual({ total: 3, counts: [{ status: 'done', count: 3 }], changed: 1 });
  });
});

describe('countChange', () => {
  it('gives the difference and the relative change, none against zero or a missing figure', () => {
    expect(countChange(633464, 563305)?.difference).toBe(70159);
    expect(countChange(633464, 563305)?.relative).toBeCloseTo(12.4549, 3);
    expect(countChange(5, 0)).toEqual({ difference: 5, relative: null });
    expect(countChange(null, 5)).toBeNull();
  });
});
