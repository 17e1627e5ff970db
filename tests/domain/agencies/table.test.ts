import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  agencyColumns,
  agencyExportTable,
  arrangeRows,
  buildAgencyTable,
  mergePeriodRows,
  compareNullsLast,
  displayLabel,
  filterAgencyRows,
  findingsByRow,
  findingsOfRow,
  formatSortParam,
  isColumnVisibleByDefault,
  nameSortKey,
  noAgencyFilters,
  parseSortParam,
  differingFigures,
  publishedTotalFor,
  sortAgencyRows,
  totalsMissingCount,
  totalsOf,
  type AgencyFilters,
  type AgencyTableModel,
  type AgencyTableRow,
} from '@/domain/agencies/table';
import { indexAgencies } from '@/domain/agencies/catalogue';
import { catalogSchema, periodDatasetSchema, type Period, type PeriodDataset, type PeriodId } from '@/domain/dataset/schema';
import { toCsv } from '@/domain/export/csv';

/** The datasets the ingest wrote from the reports (data/datasets). */
const catalog = catalogSchema.parse(JSON.parse(readFileSync('data/datasets/catalog.json', 'utf8')));

function dataset(periodId: PeriodId): PeriodDataset {
  return periodDatasetSchema.parse(JSON.parse(readFileSync(`data/datasets/periods/${periodId}.json`, 'utf8')));
}

function period(periodId: PeriodId): Period {
  const found = catalog.periods.find((candidate) => candidate.id === periodId);
  if (!found) throw new Error(`no period ${periodId}`);
  return found;
}

const models = new Map<PeriodId, AgencyTableModel>();
function model(periodId: PeriodId): AgencyTableModel {
  let built = models.get(periodId);
  if (!built) {
    built = buildAgencyTable(mergePeriodRows(periodId, dataset(periodId).tables), indexAgencies(catalog.agencies));
    models.set(periodId, built);
  }
  return built;
}

function rowsOf(periodId: PeriodId, filters: Partial<AgencyFilters> = {}): readonly AgencyTableRow[] {
  return filterAgencyRows(model(periodId).rows, { ...noAgencyFilters, ...filters });
}

function sorted(periodId: PeriodId, rows: readonly AgencyTableRow[], sort: string): AgencyTableRow[] {
  const columns = agencyColumns(period(periodId), model(periodId));
  return sortAgencyRows(rows, parseSortParam(sort, new Set(columns.map((column) => column.id))), columns);
}

function agency(periodId: PeriodId, agencyId: string): AgencyTableRow {
  const row = model(periodId).rows.find((candidate) => candidate.agencyId === agencyId);
  if (!row) throw new Error(`no ${agencyId} in ${periodId}`);
  return row;
}

describe('buildAgencyTable', () => {
  it('2017-Q1: one row per agency, Phụ lục III (online) merged into Phụ lục V (dossiers)', () => {
    const finance = agency('2017-Q1', 'so-tai-chinh');
    expect(finance.sourceRowIds).toHaveLength(2);
    expect(finance.figures.onlineLevel3Plus).toBe(556); // 004 PL III
    expect(finance.provenance.map((source) => source.line).sort()).toEqual([440, 485]);
    const planning = agency('2017-Q1', 'so-ke-hoach-dau-tu');
    expect(planning.figures.resolved).toBe(1680); // 004:484
    expect(planning.metrics.lateCount).toBe(379);
    expect(planning.metrics.lateRate).toBeCloseTo(22.5595, 4);
    expect(planning.figures.onlineLevel3Plus).toBe(487);
  });

  it('an agency only in the online list (Sở Du lịch, 2017) has no dossier figures: absent, not zero', () => {
    const tourism = agency('2017-Q1', 'so-du-lich');
    expect(tourism.figures.received).toBeUndefined();
    expect(tourism.metrics.lateRate).toBeNull();
  });

  it('subtotal and total rows are never agency rows; subtotals become groups', () => {
    const rows2022 = model('2022').rows;
    expect(rows2022).toHaveLength(171);
    expect(rows2022.every((row) => row.kind === 'agency')).toBe(true);
    expect(rows2022.some((row) => row.label === 'UBND cấp huyện')).toBe(false);
    const camLam = agency('2022', 'xa-cam-lam-cam-duc');
    expect(model('2022').groups.get(camLam.groupKey ?? '')?.label).toBe('Thuộc huyện Cam Lâm');
  });

  it('lists the levels and districts present', () => {
    expect(model('2017-Q1').levels).toEqual(['department', 'district', 'commune']);
    expect(model('2022').levels).toEqual(['department', 'district', 'commune', 'land_registration']);
    expect(model('2022').districts.map((district) => district.name)).toEqual([
      'Cam Lâm',
      'Cam Ranh',
      'Diên Khánh',
      'Khánh Sơn',
      'Khánh Vĩnh',
      'Nha Trang',
      'Ninh Hòa',
      'Vạn Ninh',
    ]);
  });
  it('the report alone gives the rows and figures; the catalogue adds district names and other spellings', () => {
    const reportOnly = buildAgencyTable(mergePeriodRows('2017-Q1', dataset('2017-Q1').tables));
    expect(reportOnly.rows.map((row) => [row.key, row.figures])).toEqual(model('2017-Q1').rows.map((row) => [row.key, row.figures]));
    const spelledInReport = (built: AgencyTableModel) => built.rows.find((row) => row.label === 'UBND xã Diên Điện');
    expect(spelledInReport(reportOnly)?.names).toEqual(['UBND xã Diên Điện']);
    expect(spelledInReport(model('2017-Q1'))?.names.some((name) => name.includes('Diên Điền'))).toBe(true);
    expect(spelledInReport(model('2017-Q1'))?.districtName).toBe('Diên Khánh');
  });

  it('carries the totals of every row: 2022 resolves 604.512 dossiers in its 171 rows, 7.979 more than TỔNG prints (001:364)', () => {
    expect(model('2022').totals.rowCount).toBe(171);
    expect(model('2022').totals.figures.resolved).toBe(604512);
    expect(model('2017-Q1').totals).toEqual(totalsOf('2017-Q1', model('2017-Q1').rows));
  });
});

describe('filterAgencyRows', () => {
  it('gives back the model rows themselves when nothing filters them, so their totals apply', () => {
    expect(rowsOf('2022')).toBe(model('2022').rows);
    expect(rowsOf('2022', { search: '  ' })).toBe(model('2022').rows);
    expect(rowsOf('2022', { level: 'department' })).not.toBe(model('2022').rows);
  });

  it('by level: 2022 provincial departments are the 17 of block A plus Sở Tài nguyên và Môi trường (001:185)', () => {
    const departments = rowsOf('2022', { level: 'department' });
    expect(departments).toHaveLength(18);
    expect(departments.map((row) => row.agencyId)).toContain('so-tai-nguyen-moi-truong');
    expect(rowsOf('2022', { level: 'district' })).toHaveLength(8);
    expect(rowsOf('2022', { level: 'commune' })).toHaveLength(136);
    expect(rowsOf('2017-Q1', { level: 'commune' })).toHaveLength(137);
    expect(rowsOf('2020', { level: 'land_registration' })).toHaveLength(9);
  });

  it('by district: the 18 communes of Diên Khánh in 2022', () => {
    const communes = rowsOf('2022', { level: 'commune', districtId: 'ubnd-huyen-dien-khanh' });
    expect(communes).toHaveLength(18);
    expect(communes.every((row) => row.districtName === 'Diên Khánh')).toBe(true);
  });

  it('by district on all levels: the district’s own People’s Committee, its communes and its land office', () => {
    const rows = rowsOf('2022', { districtId: 'ubnd-huyen-dien-khanh' });
    expect(rows.filter((row) => row.level === 'district').map((row) => row.agencyId)).toEqual(['ubnd-huyen-dien-khanh']);
    expect(rows.filter((row) => row.level === 'commune')).toHaveLength(18);
    expect(rows.filter((row) => row.level === 'land_registration').map((row) => row.districtId)).toEqual(['ubnd-huyen-dien-khanh']);
    expect(rows).toHaveLength(20);
  });

  it('search ignores diacritics and case', () => {
    expect(rowsOf('2022', { search: 'ninh hoa' }).map((row) => row.label)).toEqual(['CNVPĐKĐĐ Ninh Hòa', 'UBND thị xã Ninh Hòa']);
    expect(rowsOf('2022', { search: 'dien dien' }).map((row) => row.label)).toContain('UBND Xã Diên Điền');
    expect(rowsOf('2022', { search: 'KE HOACH' }).map((row) => row.label)).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(rowsOf('2022', { search: 'ninh hoa', level: 'district' }).map((row) => row.label)).toEqual(['UBND thị xã Ninh Hòa']);
  });

  it('search matches one name at a time: Diên An, listed under several spellings, is no match for "dien dien"', () => {
    const labels = rowsOf('2022', { search: 'dien dien' }).map((row) => row.label);
    expect(labels).toContain('UBND Xã Diên Điền');
    expect(labels.filter((label) => /Diên An/i.test(label))).toEqual([]);
    expect(rowsOf('2022', { search: 'dien an' }).map((row) => row.label).filter((label) => /Diên An/i.test(label))).toHaveLength(1);
  });

  it('search finds an agency under another spelling: 2017 prints "Diên Điện", the catalogue name is Diên Điền', () => {
    const found = rowsOf('2017-Q1', { search: 'Diên Điền', level: 'commune' });
    expect(found.map((row) => row.label)).toContain('UBND xã Diên Điện');
  });
});

describe('sortAgencyRows', () => {
  it('late rate descending puts the highest published late rate first, in each period', () => {
    const first = (periodId: PeriodId) => sorted(periodId, rowsOf(periodId, { level: 'department' }), '-lateRate')[0];
    expect(first('2022')?.label).toBe('Sở Kế hoạch và Đầu tư'); // 56/188 = 29,79 % (001:172)
    expect(first('2022')?.metrics.lateRate).toBeCloseTo(29.7872, 4);
    expect(first('2017-Q1')?.metrics.lateRate).toBeCloseTo(22.5595, 4); // 004:484
    expect(first('2020')?.label).toBe('Sở Kế hoạch và Đầu tư'); // 100 − 92,95 = 7,05 % (000:134)
    expect(first('2020')?.metrics.lateRate).toBeCloseTo(7.0529, 4);
  });

  it('nulls sort last in both directions', () => {
    const departments2017 = rowsOf('2017-Q1', { level: 'department' });
    expect(sorted('2017-Q1', departments2017, '-lateRate').at(-1)?.agencyId).toBe('so-du-lich');
    expect(sorted('2017-Q1', departments2017, 'lateRate').at(-1)?.agencyId).toBe('so-du-lich');
    // 2022 Sở Ngoại vụ left its online cell blank (001:177).
    const departments2022 = rowsOf('2022', { level: 'department' });
    expect(sorted('2022', departments2022, 'onlineRate').at(-1)?.agencyId).toBe('so-ngoai-vu');
    expect(sorted('2022', departments2022, '-onlineRate').at(-1)?.agencyId).toBe('so-ngoai-vu');
    expect(compareNullsLast(null, 3, true)).toBe(1);
    expect(compareNullsLast(3, null, false)).toBe(-1);
    expect(compareNullsLast(null, null, false)).toBe(0);
  });

  it('names sort in Vietnamese order (Đ after D, before E), on the name after "UBND xã/phường/thị trấn"', () => {
    const communes = rowsOf('2022', { level: 'commune', districtId: 'ubnd-huyen-dien-khanh' });
    const names = sorted('2022', communes, 'name').map((row) => nameSortKey(row.label));
    expect(names.slice(0, 6)).toEqual(['Bình Lộc', 'Diên An', 'Diên Điền', 'Diên Đông', 'Diên Hòa', 'Diên Khánh']);
    expect(names.at(-1)).toBe('Suối Tiên');
    // Code-unit order would put every "Đ" after "Z".
    expect([...names].sort()).not.toEqual(names);
    expect(sorted('2022', communes, '-name').map((row) => nameSortKey(row.label))).toEqual([...names].reverse());
  });

  it('sorts land-registration branches by their place, whether the report writes its kind (2020) or not (2022)', () => {
    const places = (periodId: PeriodId) =>
      sorted(periodId, rowsOf(periodId, { level: 'land_registration' }), 'name')
        .map((row) => row.label)
        .filter((label) => label.startsWith('CNVPĐKĐĐ'));
    expect(places('2020')).toEqual([
      'CNVPĐKĐĐ huyện Cam Lâm',
      'CNVPĐKĐĐ TP. Cam Ranh',
      'CNVPĐKĐĐ huyện Diên Khánh',
      'CNVPĐKĐĐ huyện Khánh Sơn',
      'CNVPĐKĐĐ huyện Khánh Vĩnh',
      'CNVPĐKĐĐ TP. Nha Trang',
      'CNVPĐKĐĐ Thị xã Ninh Hòa',
      'CNVPĐKĐĐ huyện Vạn Ninh',
    ]);
    expect(places('2022').map(nameSortKey)).toEqual(['Cam Lâm', 'Cam Ranh', 'Diên Khánh', 'Khánh Sơn', 'Khánh Vĩnh', 'Nha Trang', 'Ninh Hòa', 'Vạn Ninh']);
  });

  it('sorts by a second key when the first ties: 2022 departments with no late dossier, by name', () => {
    const departments = rowsOf('2022', { level: 'department' });
    const noneLate = sorted('2022', departments, 'lateCount,name').filter((row) => row.metrics.lateCount === 0);
    expect(noneLate.map((row) => row.label)).toEqual([
      'Sở Khoa học và Công nghệ',
      'Sở Nội vụ',
      'Sở Tài chính',
      'Sở Thông tin và Truyền thông',
      'Sở Văn hóa và Thể thao',
      'Sở Y tế',
    ]);
  });

  it('levels sort in report order, not alphabetically', () => {
    const levels = sorted('2022', model('2022').rows, 'level').map((row) => row.level);
    expect([...new Set(levels)]).toEqual(['department', 'district', 'commune', 'land_registration']);
  });
});

describe('arrangeRows (subtotals as groups)', () => {
  it('heads each group with its subtotal row, sorts inside groups, never mixes subtotals into the sort', () => {
    const communes = rowsOf('2022', { level: 'commune' });
    const arranged = arrangeRows(sorted('2022', communes, '-lateRate'), model('2022'), true);
    const groups = arranged.filter((row) => row.kind === 'group');
    expect(groups.map(displayLabel)).toEqual([
      'I. Thuộc huyện Cam Lâm',
      'II. Thuộc huyện Diên Khánh',
      'III. Thuộc huyện Khánh Sơn',
      'IV. Thuộc huyện Khánh Vĩnh',
      'V. Thuộc huyện Vạn Ninh',
      'VI. Thuộc thành phố Cam Ranh',
      'VII. Thuộc thành phố Nha Trang',
      'VIII. Thuộc thị xã Ninh Hòa',
    ]);
    expect(arranged).toHaveLength(136 + 8);
    const camLam = arranged.slice(1, 15);
    expect(camLam.every((row) => row.kind === 'agency' && row.districtId === 'ubnd-huyen-cam-lam')).toBe(true);
    const rates = camLam.map((row) => row.metrics.lateRate ?? -1);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    // Cam Ranh's subtotal keeps its published (wrong) resolved count, 8.184 (001:284), as printed.
    expect(groups[5]?.figures.resolved).toBe(8184);
  });

  it('without groups returns the sorted agencies only', () => {
    const communes = rowsOf('2022', { level: 'commune' });
    expect(arrangeRows(communes, model('2022'), false)).toEqual(communes);
  });
});

describe('totalsOf (the filtered set)', () => {
  it('2022 districts: the 8 rows sum to block B, late rate 800 / 40.486 = 1,98 % as printed on 001:196', () => {
    const totals = totalsOf('2022', rowsOf('2022', { level: 'district' }));
    expect(totals.rowCount).toBe(8);
    expect(totals.figures.received).toBe(42916);
    expect(totals.metrics.lateCount).toBe(800);
    expect(totals.metrics.lateRate).toBeCloseTo(1.9758, 4);
    expect(totals.missing).toEqual({});
  });

  it('2022 communes: sums the rows, not the published subtotals (Cam Ranh subtotal is 7.979 short, 001:284)', () => {
    const totals = totalsOf('2022', rowsOf('2022', { level: 'commune' }));
    expect(totals.metrics.resolved).toBe(237378);
    expect(totals.metrics.resolved! - 229399).toBe(7979);
  });

  it('a figure some rows lack is summed over the rows that have it and flagged, and only rates built on it are flagged', () => {
    const totals = totalsOf('2022', rowsOf('2022', { level: 'department' }));
    expect(totals.missing).toEqual({ online: 1, onlineBase: 1 });
    const columns = agencyColumns(period('2022'), model('2022'));
    const source = (id: string) => columns.find((column) => column.id === id)!.source;
    expect(totalsMissingCount(totals, source('onlineRate'))).toBe(1);
    expect(totalsMissingCount(totals, source('lateRate'))).toBe(0);
    expect(totalsMissingCount(totals, source('online'))).toBe(1);
  });

  it('finds the report’s own total for exactly the rows shown, and where it disagrees with their sum', () => {
    const all = totalsOf('2022', rowsOf('2022'));
    const grand = publishedTotalFor(model('2022'), rowsOf('2022'));
    expect(grand?.provenance.line).toBe(364);
    expect(publishedTotalFor(model('2022'), [...model('2022').rows])).toBe(grand);
    expect(grand?.figures.resolved).toBe(596533);
    expect(all.figures.resolved).toBe(604512);
    expect(differingFigures(grand!, all)).toEqual(['resolved', 'resolvedOnTime', 'resolvedLate', 'lateTotal']);

    const camRanh = rowsOf('2022', { level: 'commune', districtId: 'ubnd-tp-cam-ranh' });
    expect(publishedTotalFor(model('2022'), camRanh)?.provenance.line).toBe(284);
    expect(publishedTotalFor(model('2022'), rowsOf('2022', { level: 'district' }))?.provenance.line).toBe(196);
    // Block A (001:166) also adds the land offices: no printed total covers the departments alone.
    expect(publishedTotalFor(model('2022'), rowsOf('2022', { level: 'department' }))).toBeNull();
    expect(publishedTotalFor(model('2022'), rowsOf('2022', { search: 'ninh hoa' }))).toBeNull();
  });

  it('2017-Q1: TỔNG (004:470) stands for every row, Sở Du lịch included: it is in the online list only, with no dossier figure', () => {
    const all = rowsOf('2017-Q1');
    expect(all.find((row) => row.label === 'Sở Du lịch')?.figures.received).toBeUndefined();
    const published = publishedTotalFor(model('2017-Q1'), all);
    expect(published?.provenance.line).toBe(470);
    expect(published?.figures.received).toBe(102008);
    // The Ninh Hòa digit slip (004:510, 10.000) and the Cam Lâm commune subtotal (004:548, 100) are in the rows, not in TỔNG.
    expect(totalsOf('2017-Q1', all).figures.received).toBe(112108);
  });

  it('2017-Q1 districts: the summary block and Phụ lục VI both print 25.338 received, 10.000 under their rows (004:512)', () => {
    const districts = rowsOf('2017-Q1', { level: 'district' });
    const published = publishedTotalFor(model('2017-Q1'), districts);
    expect(published?.figures.received).toBe(25338);
    expect(differingFigures(published!, totalsOf('2017-Q1', districts))).toContain('received');
  });

  it('group rows are never added to the totals', () => {
    const communes = rowsOf('2022', { level: 'commune' });
    const withGroups = arrangeRows(communes, model('2022'), true);
    expect(totalsOf('2022', withGroups)).toEqual(totalsOf('2022', communes));
  });

  it('adds only what rows publish: absent from every row stays absent, blank in every row stays blank, blanks are counted', () => {
    const row = (kind: 'agency' | 'group', figures: AgencyTableRow['figures']) => ({ kind, figures });
    const totals = totalsOf('2022', [
      row('agency', { received: 10, resolved: 8, online: null, pending: null }),
      row('agency', { received: 5, resolved: null, online: null, pending: 3 }),
      row('group', { received: 1000, resolved: 1000, onlineBase: 1000 }),
    ]);
    expect(totals.rowCount).toBe(2);
    expect(totals.figures).toEqual({ received: 15, resolved: 8, pending: 3, online: null });
    expect(totals.missing).toEqual({ resolved: 1, pending: 1, online: 2 });
  });
});

describe('agencyColumns', () => {
  const ids = (periodId: PeriodId) => agencyColumns(period(periodId), model(periodId)).map((column) => column.id);

  it('shows what each period publishes, no more', () => {
    expect(ids('2017-Q1')).not.toContain('onlineRate');
    expect(ids('2017-Q1')).toContain('onlineLevel3Plus');
    expect(ids('2020')).toContain('rejectedLate');
    expect(ids('2020')).not.toContain('pending');
    expect(ids('2022')).toContain('pendingLate');
    // 2022's late count adds pending-late dossiers, so the comparable rate is a column of its own; elsewhere it equals the late rate.
    expect(ids('2022')).toContain('comparableLateRate');
    expect(ids('2017-Q1')).not.toContain('comparableLateRate');
    expect(ids('2020-H1')).toEqual(['name']);
  });

  it('defaults to the headline columns, with the district for communes and the level when all levels show', () => {
    expect(isColumnVisibleByDefault('lateRate', 'department')).toBe(true);
    expect(isColumnVisibleByDefault('district', 'department')).toBe(false);
    expect(isColumnVisibleByDefault('district', 'commune')).toBe(true);
    expect(isColumnVisibleByDefault('level', null)).toBe(true);
    expect(isColumnVisibleByDefault('pendingLate', null)).toBe(false);
  });
});

describe('sort parameter', () => {
  const valid = new Set(['name', 'lateRate', 'received']);
  it('round-trips and drops unknown or repeated columns', () => {
    expect(parseSortParam('-lateRate,name', valid)).toEqual([
      { id: 'lateRate', desc: true },
      { id: 'name', desc: false },
    ]);
    expect(parseSortParam('bogus,-lateRate,lateRate', valid)).toEqual([{ id: 'lateRate', desc: true }]);
    expect(parseSortParam(null, valid)).toEqual([]);
    expect(formatSortParam([{ id: 'lateRate', desc: true }, { id: 'name', desc: false }])).toBe('-lateRate,name');
  });
});

describe('findings on rows', () => {
  it('marks 2017 Ninh Hòa (004:510) with its digit-slip findings', () => {
    const index = findingsByRow(dataset('2017-Q1').findings);
    const ninhHoa = agency('2017-Q1', 'ubnd-tx-ninh-hoa');
    const messages = findingsOfRow(ninhHoa, index).map((finding) => finding.message);
    expect(messages.some((message) => message.includes('14.758'))).toBe(true);
    expect(findingsOfRow(agency('2017-Q1', 'so-ke-hoach-dau-tu'), index)).toEqual([]);
  });
});

describe('export of the current view', () => {
  it('writes the visible columns, the rows as shown and the totals, as CSV Excel-vi opens', () => {
    const columns = agencyColumns(period('2022'), model('2022'));
    const pick = (id: string, header: string) => ({ column: columns.find((column) => column.id === id)!, header });
    const rows = sorted('2022', rowsOf('2022', { level: 'department' }), '-lateRate').slice(0, 2);
    const { table, boldRows } = agencyExportTable({
      title: 'Năm 2022',
      columns: [pick('name', 'Cơ quan, đơn vị'), pick('received', 'Tiếp nhận'), pick('lateCount', 'Trễ hạn'), pick('lateRate', 'Tỷ lệ trễ hạn')],
      rows,
      totals: totalsOf('2022', rows),
      totalsLabel: () => 'Tổng (2 đơn vị)',
      levelLabel: (level) => level,
    });
    expect(boldRows).toEqual([2]);
    expect(toCsv(table)).toBe(
      '\uFEFFCơ quan, đơn vị;Tiếp nhận;Trễ hạn;Tỷ lệ trễ hạn (%)\r\n' +
        'Sở Kế hoạch và Đầu tư;211;56;29,79\r\n' +
        'Sở Du lịch;586;52;8,92\r\n' +
        // 108 / (188 + 583): the 2022 rule, recomputed on the sums.
        'Tổng (2 đơn vị);797;108;14,01\r\n',
    );
  });
});
