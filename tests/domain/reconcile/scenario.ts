import type { DossierTable, PublishedRate, RateKey } from '@/domain/dataset/schema';
import type { Figures } from '@/domain/metrics/periodRules';
import { countsOf, makeRow, makeTable, printRates, sumFigures } from './fixtures';

/**
 * One synthetic period: a commune table (two district subtotals under a total,
 * two communes each), a department table, and a summary table whose block rows
 * stand for those two tables. Plants replace printed figures or rates of a row;
 * subtotals are printed from the true figures unless `totalsFromPrinted`,
 * which makes each level add up the (possibly wrong) rows below it.
 */
export interface Plant {
  figures?: Record<string, Figures>;
  rates?: Record<string, Partial<Record<RateKey, PublishedRate>>>;
  totalsFromPrinted?: boolean;
  communeNumbers?: Record<string, string>;
}

const truth: Record<string, Figures> = {
  a1: countsOf(1000, 800, 100, 50),
  a2: countsOf(4758, 3036, 691, 242),
  b1: countsOf(392, 157, 169, 44),
  b2: countsOf(500, 300, 120, 30),
  d1: countsOf(386, 299, 65, 0),
  d2: countsOf(147, 143, 0, 2),
};

export const lines = { T: 100, S1: 101, a1: 102, a2: 103, S2: 104, b1: 105, b2: 106, d1: 200, d2: 201, DT: 202, X: 300, Y: 301, ALL: 302 };

export function buildTables(plant: Plant = {}): DossierTable[] {
  const printedFigures = (id: string, trueFigures: Figures): Figures => ({ ...trueFigures, ...plant.figures?.[id] });
  const printedRates = (id: string, trueFigures: Figures) => ({ ...printRates(trueFigures), ...plant.rates?.[id] });
  const leaf = (id: string, label: string, number: string, parentRowId: string, districtId: string) => {
    const base = truth[id] ?? {};
    return makeRow({
      id,
      label,
      number: plant.communeNumbers?.[id] ?? number,
      parentRowId,
      districtId,
      figures: printedFigures(id, base),
      publishedRates: printedRates(id, base),
      line: lines[id as keyof typeof lines],
    });
  };
  const a1 = leaf('a1', 'UBND xã An Một', '1.1.', 'S1', 'h1');
  const a2 = leaf('a2', 'UBND xã An Hai', '1.2.', 'S1', 'h1');
  const b1 = leaf('b1', 'UBND xã Bình Một', '2.1.', 'S2', 'h2');
  const b2 = leaf('b2', 'UBND xã Bình Hai', '2.2.', 'S2', 'h2');
  const subtotal = (id: 'S1' | 'S2', label: string, number: string, members: typeof a1[], districtId: string) => {
    const base = plant.totalsFromPrinted
      ? sumFigures(members.map((member) => member.figures))
      : sumFigures(members.map((member) => truth[member.id] ?? {}));
    return makeRow({
      id,
      kind: 'subtotal',
      label,
      number,
      parentRowId: 'T',
      districtId,
      memberRowIds: members.map((member) => member.id),
      figures: printedFigures(id, base),
      publishedRates: printedRates(id, base),
      line: lines[id],
    });
  };
  const s1 = subtotal('S1', 'Huyện An', '1.', [a1, a2], 'h1');
  const s2 = subtotal('S2', 'Huyện Bình', '2.', [b1, b2], 'h2');
  const communeTotalTruth = plant.totalsFromPrinted
    ? sumFigures([s1.figures, s2.figures])
    : sumFigures(['a1', 'a2', 'b1', 'b2'].map((id) => truth[id] ?? {}));
  const total = makeRow({
    id: 'T',
    kind: 'total',
    label: 'TỔNG',
    memberRowIds: ['S1', 'S2'],
    figures: printedFigures('T', communeTotalTruth),
    publishedRates: printedRates('T', communeTotalTruth),
    line: lines.T,
  });
  const communes = makeTable('VII', [s1, a1, a2, s2, b1, b2, total].sort((x, y) => x.provenance.line - y.provenance.line));

  const departmentRows = (['d1', 'd2'] as const).map((id, index) =>
    makeRow({ id, label: `Sở ${index + 1}`, number: String(index + 1), level: 'department', figures: printedFigures(id, truth[id] ?? {}), line: lines[id] }),
  );
  const departmentTruth = sumFigures(departmentRows.map((row) => row.figures));
  const departments = makeTable(
    'V',
    [...departmentRows, makeRow({ id: 'DT', kind: 'total', label: 'TỔNG', level: 'department', memberRowIds: ['d1', 'd2'], figures: departmentTruth, line: lines.DT })],
    { level: 'department' },
  );

  const departmentBlock = makeRow({ id: 'X', label: 'Khối Sở, ngành', number: '1', level: 'department', figures: printedFigures('X', departmentTruth), line: lines.X });
  const communeBlock = makeRow({ id: 'Y', label: 'UBND cấp xã', number: '2', level: 'commune', figures: printedFigures('Y', total.figures), line: lines.Y });
  const summaryTotal = makeRow({
    id: 'ALL',
    kind: 'total',
    label: 'TỔNG',
    level: 'all',
    memberRowIds: ['X', 'Y'],
    figures: sumFigures([departmentBlock.figures, communeBlock.figures]),
    line: lines.ALL,
  });
  const summary = makeTable('IV', [departmentBlock, communeBlock, summaryTotal], { level: 'all' });
  return [summary, departments, communes];
}
