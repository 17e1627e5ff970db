/**
 * A small trend input built from real report rows (figures copied from the
 * lines cited), with metrics derived by the project's own period rules, and
 * the real period catalogue. Small enough to reason about in a test; real
 * enough that a wrong rule gives a wrong number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  catalogSchema,
  type Agency,
  type AgencyLevel,
  type DossierRow,
  type DossierTable,
  type IndexValue,
  type PeriodId,
  type StatisticsLevel,
} from '@/domain/dataset/schema';
import { deriveMetrics, type Figures } from '@/domain/metrics/periodRules';
import type { TrendInput } from '@/domain/trends/buildTrends';

const root = join(import.meta.dirname, '..', '..', '..');

export const files = {
  q1of2017: 'data/reports/004_c11a7d0045ebd1e1.txt',
  year2020: 'data/reports/000_6946f393bc14d385.txt',
  year2022: 'data/reports/001_aa68a87f1e8bdfdf.txt',
  indices: 'data/reports/khanh-hoa-indices-2018-2022.tsv',
} as const;

export const catalogPeriods = catalogSchema.parse(JSON.parse(readFileSync(join(root, 'data/datasets/catalog.json'), 'utf8'))).periods;

interface RowSpec {
  id: string;
  kind: DossierRow['kind'];
  level: StatisticsLevel;
  label: string;
  line: number;
  figures: Figures;
  agencyId?: string;
  districtId?: string;
  parentRowId?: string;
}

function row(periodId: PeriodId, file: string, spec: RowSpec): DossierRow {
  return {
    id: spec.id,
    kind: spec.kind,
    agencyId: spec.agencyId ?? null,
    label: spec.label,
    number: null,
    level: spec.level,
    districtId: spec.districtId ?? null,
    parentRowId: spec.parentRowId ?? null,
    memberRowIds: [],
    figures: spec.figures,
    publishedRates: {},
    metrics: deriveMetrics(periodId, spec.figures),
    provenance: { file, line: spec.line },
  };
}

interface TableSpec {
  id: string;
  appendix: string;
  level: StatisticsLevel;
  line: number;
  complete?: boolean;
  completeDistrictIds?: string[];
  rows: RowSpec[];
}

function table(periodId: PeriodId, file: string, spec: TableSpec): DossierTable {
  return {
    id: spec.id,
    periodId,
    appendix: spec.appendix,
    title: spec.appendix,
    level: spec.level,
    complete: spec.complete ?? true,
    completenessNote: null,
    completeDistrictIds: spec.completeDistrictIds ?? null,
    rows: spec.rows.map((entry) => row(periodId, file, entry)),
    provenance: { file, line: spec.line },
  };
}

const q1of2017: DossierTable[] = [
  table('2017-Q1', files.q1of2017, {
    id: '2017-Q1/pl-iv',
    appendix: 'Phụ lục IV',
    level: 'all',
    line: 463,
    rows: [
      { id: 'r467', kind: 'subtotal', parentRowId: 'r470', level: 'department', label: 'Khối Sở, ngành', line: 467, figures: { received: 17256, resolved: 15522, resolvedEarly: 12569, resolvedOnTime: 2486, resolvedLate: 467 } },
      { id: 'r468', kind: 'subtotal', parentRowId: 'r470', level: 'district', label: 'UBND cấp huyện', line: 468, figures: { received: 25338, resolved: 19797, resolvedEarly: 16231, resolvedOnTime: 2329, resolvedLate: 1237 } },
      { id: 'r469', kind: 'subtotal', parentRowId: 'r470', level: 'commune', label: 'UBND cấp xã', line: 469, figures: { received: 59414, resolved: 58355, resolvedEarly: 49276, resolvedOnTime: 7335, resolvedLate: 1744 } },
      { id: 'r470', kind: 'total', level: 'all', label: 'TỔNG', line: 470, figures: { received: 102008, resolved: 93674, resolvedEarly: 78076, resolvedOnTime: 12150, resolvedLate: 3448 } },
    ],
  }),
  table('2017-Q1', files.q1of2017, {
    id: '2017-Q1/pl-v',
    appendix: 'Phụ lục V',
    level: 'department',
    line: 474,
    rows: [
      { id: 'r480', kind: 'agency', level: 'department', agencyId: 'so-ngoai-vu', label: '3. Sở Ngoại vụ', line: 480, figures: { received: 43, resolved: 32, resolvedEarly: 26, resolvedOnTime: 4, resolvedLate: 2 } },
      { id: 'r487', kind: 'agency', level: 'department', agencyId: 'van-phong-ubnd-tinh', label: '10. Văn phòng UBND tỉnh', line: 487, figures: { received: 300, resolved: 288, resolvedEarly: 278, resolvedOnTime: 10, resolvedLate: 0 } },
    ],
  }),
  table('2017-Q1', files.q1of2017, {
    id: '2017-Q1/pl-vii',
    appendix: 'Phụ lục VII',
    level: 'commune',
    line: 516,
    rows: [
      { id: 'r521', kind: 'agency', level: 'commune', agencyId: 'xa-nha-trang-phuoc-dong', districtId: 'ubnd-tp-nha-trang', label: '1.1. UBND xã Phước Đồng', line: 521, figures: { received: 841, resolved: 810, resolvedEarly: 793, resolvedOnTime: 11, resolvedLate: 6 } },
      { id: 'r616', kind: 'agency', level: 'commune', agencyId: 'xa-dien-khanh-dien-binh', districtId: 'ubnd-huyen-dien-khanh', label: '6.13. UBND xã Diên Bình', line: 616, figures: { received: 221, resolved: 219, resolvedEarly: 198, resolvedOnTime: 15, resolvedLate: 6 } },
    ],
  }),
];

const year2020: DossierTable[] = [
  table('2020', files.year2020, {
    id: '2020/pl-ii',
    appendix: 'Phụ lục II',
    level: 'all',
    line: 105,
    rows: [
      { id: 'r113', kind: 'subtotal', parentRowId: 'r117', level: 'department', label: 'Khối cơ quan chuyên môn cấp tỉnh và Ban Quản lý Khu kinh tế Vân Phong', line: 113, figures: { received: 69760, approved: 66342, approvedLate: 315, rejected: 351, rejectedLate: 2, online: 29248 } },
      { id: 'r114', kind: 'subtotal', parentRowId: 'r117', level: 'district', label: 'Khối UBND cấp huyện', line: 114, figures: { received: 46646, approved: 39108, approvedLate: 4671, rejected: 1496, rejectedLate: 28, online: 9681 } },
      { id: 'r115', kind: 'subtotal', parentRowId: 'r117', level: 'commune', label: 'Khối UBND cấp xã', line: 115, figures: { received: 264439, approved: 258406, approvedLate: 1503, rejected: 426, rejectedLate: 59, online: 29003 } },
      { id: 'r116', kind: 'subtotal', parentRowId: 'r117', level: 'land_registration', label: 'Khối Văn phòng Đăng ký đất đai', line: 116, figures: { received: 182460, approved: 167921, approvedLate: 4044, rejected: 4481, rejectedLate: 171, online: 46380 } },
      { id: 'r117', kind: 'total', level: 'all', label: 'Tổng cộng', line: 117, figures: { received: 563305, approved: 531777, approvedLate: 10533, rejected: 6754, rejectedLate: 260, online: 114312 } },
    ],
  }),
  table('2020', files.year2020, {
    id: '2020/pl-iii',
    appendix: 'Phụ lục III',
    level: 'department',
    line: 121,
    rows: [
      { id: 'r137', kind: 'agency', level: 'department', agencyId: 'so-ngoai-vu', label: 'Sở Ngoại vụ', line: 137, figures: { received: 42, approved: 37, rejected: 4, online: 0 } },
    ],
  }),
  table('2020', files.year2020, {
    id: '2020/pl-v',
    appendix: 'Phụ lục V',
    level: 'commune',
    line: 170,
    complete: false,
    completeDistrictIds: ['ubnd-huyen-cam-lam', 'ubnd-huyen-dien-khanh', 'ubnd-huyen-khanh-son'],
    rows: [
      { id: 'r192', kind: 'subtotal', level: 'commune', agencyId: 'ubnd-huyen-dien-khanh', districtId: 'ubnd-huyen-dien-khanh', label: 'UBND huyện Diên Khánh', line: 192, figures: { received: 47496, approved: 46766, approvedLate: 218, rejected: 18, rejectedLate: null } },
      { id: 'r194', kind: 'agency', level: 'commune', agencyId: 'xa-dien-khanh-binh-loc', districtId: 'ubnd-huyen-dien-khanh', parentRowId: 'r192', label: 'UBND xã Bình Lộc', line: 194, figures: { received: 1836, approved: 1815, approvedLate: 6, rejected: 1, rejectedLate: 0, online: 127 } },
    ],
  }),
];

const year2022: DossierTable[] = [
  table('2022', files.year2022, {
    id: '2022/pl-2',
    appendix: 'Phụ lục 2',
    level: 'all',
    line: 158,
    rows: [
      { id: 'r166', kind: 'subtotal', parentRowId: 'r364', level: 'department', label: 'CƠ QUAN CHUYÊN MÔN CẤP TỈNH', line: 166, figures: { received: 346143, resolved: 331561, resolvedOnTime: 324051, resolvedLate: 7510, pending: 9309, pendingLate: 431, online: 146197, onlineBase: 299025 } },
      { id: 'r167', kind: 'agency', level: 'department', agencyId: 'bql-kkt-van-phong', parentRowId: 'r166', label: 'BQL Khu Kinh tế Vân Phong', line: 167, figures: { received: 571, resolved: 521, resolvedOnTime: 519, resolvedLate: 2, pending: 20, pendingLate: 2, online: 492, onlineBase: 512 } },
      { id: 'r184', kind: 'subtotal', level: 'department', parentRowId: 'r166', label: 'Sở Tài nguyên &MT và VPĐKĐĐ', line: 184, figures: { received: 272671, resolved: 261013, resolvedOnTime: 253662, resolvedLate: 7351, pending: 7307, pendingLate: 354, online: 96953, onlineBase: 232557 } },
      { id: 'r186', kind: 'subtotal', level: 'land_registration', parentRowId: 'r184', label: 'Khôi Văn phòng ĐKĐĐ', line: 186, figures: { received: 270718, resolved: 259483, resolvedOnTime: 252175, resolvedLate: 7308, pending: 7020, pendingLate: 308, online: 96710, onlineBase: 231544 } },
      { id: 'r196', kind: 'subtotal', parentRowId: 'r364', level: 'district', label: 'UBND cấp huyện', line: 196, figures: { received: 42916, resolved: 35573, resolvedOnTime: 34982, resolvedLate: 591, pending: 4917, pendingLate: 209, online: 21776, onlineBase: 36025 } },
      { id: 'r208', kind: 'subtotal', parentRowId: 'r364', level: 'commune', label: 'UBND CẤP XÃ', line: 208, figures: { received: 244405, resolved: 229399, resolvedOnTime: 228491, resolvedLate: 908, pending: 4286, pendingLate: 112, online: 85459, onlineBase: 128773 } },
      { id: 'r224', kind: 'subtotal', level: 'commune', districtId: 'ubnd-huyen-dien-khanh', parentRowId: 'r208', label: 'Thuộc huyện Diên Khánh', line: 224, figures: { received: 42358, resolved: 41352, resolvedOnTime: 41146, resolvedLate: 206, pending: 476, pendingLate: 16, online: 8265, onlineBase: 15690 } },
      { id: 'r226', kind: 'agency', level: 'commune', agencyId: 'xa-dien-khanh-binh-loc', districtId: 'ubnd-huyen-dien-khanh', parentRowId: 'r224', label: 'UBND xã Bình Lộc', line: 226, figures: { received: 2358, resolved: 2325, resolvedOnTime: 2325, pending: 27, pendingLate: 8, online: 553, onlineBase: 874 } },
      { id: 'r177', kind: 'agency', level: 'department', agencyId: 'so-ngoai-vu', parentRowId: 'r166', label: 'Sở Ngoại vụ', line: 177, figures: { received: 115, resolved: 109, resolvedOnTime: 108, resolvedLate: 1, pending: 4, pendingLate: 1, online: null, onlineBase: null } },
      { id: 'r323', kind: 'agency', level: 'commune', agencyId: 'xa-nha-trang-phuoc-dong', districtId: 'ubnd-tp-nha-trang', label: 'UBND xã Phước Đông', line: 323, figures: { received: 3173, resolved: 3076, resolvedOnTime: 3068, resolvedLate: 8, pending: 74, pendingLate: 1, online: 1183, onlineBase: 2197 } },
      { id: 'r364', kind: 'total', level: 'all', label: 'TỔNG', line: 364, figures: { received: 633464, resolved: 596533, resolvedOnTime: 587524, resolvedLate: 9009, pending: 18512, pendingLate: 752, online: 253432, onlineBase: 463823 } },
    ],
  }),
];

function agency(id: string, name: string, level: AgencyLevel, extra: Partial<Agency> = {}): Agency {
  return {
    id,
    name,
    shortName: name,
    level,
    districtId: null,
    aliases: [],
    sightings: [],
    validFrom: null,
    validTo: null,
    mergedInto: null,
    mergedFrom: [],
    note: null,
    ...extra,
  };
}

export const agencies: Agency[] = [
  agency('van-phong-ubnd-tinh', 'Văn phòng UBND tỉnh', 'department'),
  agency('so-ngoai-vu', 'Sở Ngoại vụ', 'department'),
  agency('cuc-thue-tinh', 'Cục Thuế tỉnh', 'vertical'),
  agency('bql-kkt-van-phong', 'Ban Quản lý Khu kinh tế Vân Phong', 'department'),
  agency('xa-dien-khanh-binh-loc', 'Bình Lộc', 'commune', {
    districtId: 'ubnd-huyen-dien-khanh',
    validFrom: '2020-03-01',
    mergedFrom: ['xa-dien-khanh-dien-binh', 'xa-dien-khanh-dien-loc'],
  }),
  agency('xa-dien-khanh-dien-binh', 'Diên Bình', 'commune', {
    districtId: 'ubnd-huyen-dien-khanh',
    validTo: '2020-02-29',
    mergedInto: 'xa-dien-khanh-binh-loc',
  }),
  agency('xa-nha-trang-phuoc-dong', 'Phước Đồng', 'commune', { districtId: 'ubnd-tp-nha-trang', aliases: ['Phước Đông'] }),
];

function index(
  year: number,
  indicator: IndexValue['indicator'],
  score: number | null,
  scoreText: string | null,
  rank: number | null,
  line: number,
  quote: string,
): IndexValue {
  return {
    year,
    indicator,
    score,
    scoreText,
    rank,
    of: rank === null ? null : 63,
    source: { id: `S${line}`, title: 'Báo Khánh Hòa', quote },
    provenance: { file: files.indices, line },
  };
}

/** The rows of data/reports/khanh-hoa-indices-2018-2022.tsv, lines 10–17. */
export const indices: IndexValue[] = [
  index(2018, 'par_index', null, null, 11, 10, 'giảm sâu so với vị thứ 11/63 năm 2018'),
  index(2019, 'par_index', 80.9, '80,9', 34, 11, 'PAR Index 2019: 80,9 điểm, xếp thứ 34/63'),
  index(2019, 'sipas', 77.64, '77,64%', null, 12, 'SIPAS 2019 đạt 77,64%'),
  index(2020, 'par_index', null, null, 48, 13, 'giữ nguyên vị trí đứng thứ 48/63 tỉnh, thành phố như năm trước'),
  index(2020, 'sipas', 81.82, '81,82%', 51, 14, 'SIPAS 2021 của tỉnh tuy tăng từ 81,82% lên 84,4%'),
  index(2021, 'par_index', 85.11, '85,11%', 48, 15, 'PAR Index 2021 đạt 85,11%, xếp thứ 48/63'),
  index(2021, 'sipas', 84.4, '84,4%', 56, 16, 'SIPAS 2021 của tỉnh tuy tăng từ 81,82% lên 84,4%'),
  index(2022, 'par_index', 86.19, '86,19%', 25, 17, '86,19% ... tăng 23 bậc so với năm 2021'),
];

export const trendInput: TrendInput = {
  periods: catalogPeriods,
  tablesByPeriod: { '2017-Q1': q1of2017, '2020': year2020, '2022': year2022 },
  indices,
  agencies,
  findings: [],
};
