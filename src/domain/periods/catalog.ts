import type { FigureKey, Period, RateKey, SourceDocument } from '../dataset/schema';

/**
 * The reporting periods and the documents behind them (inventory §1.0).
 * Dates are the true dates of the reports; where a document prints another
 * date, the disagreement is kept in the source's notes.
 */
export const reportFiles = {
  q1of2017: 'data/reports/004_c11a7d0045ebd1e1.txt',
  midYear2020: 'data/reports/003_2785a7ccbc719acf.txt',
  appendices2020: 'data/reports/000_6946f393bc14d385.txt',
  body2020: 'data/reports/002_9be4f425096920db.txt',
  year2022: 'data/reports/001_aa68a87f1e8bdfdf.txt',
  indices: 'data/reports/khanh-hoa-indices-2018-2022.tsv',
} as const;

const sources = {
  report937of2017: {
    id: 'bc-937-snv-2017',
    number: '937/BC-SNV',
    date: '2017-04-28',
    issuer: 'Sở Nội vụ',
    title: 'Báo cáo tổng hợp công tác cải cách hành chính quý I năm 2017 (kèm Phụ lục I–VII)',
    file: reportFiles.q1of2017,
    notes: ['Phụ lục II ghi «Báo cáo số 337/BC-SNV» (004:365); số hiệu đúng là 937/BC-SNV (004:3, 004:284).'],
  },
  midYearAppendix2020: {
    id: 'pl1-snv-6-thang-2020',
    number: null,
    date: null,
    issuer: 'Sở Nội vụ',
    title: 'Phụ lục 1: Tiến độ thực hiện các nhiệm vụ CCHC - 06 tháng đầu năm 2020',
    file: reportFiles.midYear2020,
    notes: ['Số và ngày báo cáo để trống: «Báo cáo số /BC-SNV ngày /7/2020» (003:5), có thể là bản dự thảo.'],
  },
  report43of2021Body: {
    id: 'bc-43-ubnd-2021',
    number: '43/BC-UBND',
    date: '2021-03-17',
    issuer: 'UBND tỉnh Khánh Hòa',
    title: 'Báo cáo tổng kết công tác cải cách hành chính tỉnh Khánh Hòa năm 2020',
    file: reportFiles.body2020,
    notes: ['Bản quét OCR, mất phần lớn dấu tiếng Việt; ngày «17 tháng 3 năm 2021» (002:5).'],
  },
  report43of2021Appendices: {
    id: 'bc-43-ubnd-2021-phu-luc',
    number: '43/BC-UBND',
    date: '2021-03-17',
    issuer: 'UBND tỉnh Khánh Hòa',
    title: 'Phụ lục I–VI kèm Báo cáo 43/BC-UBND (kết quả CCHC năm 2020)',
    file: reportFiles.appendices2020,
    notes: [
      'Phụ lục I, V và VI ghi ngày 17/3/2020 (000:7, 000:172, 000:244); ngày đúng là 17/3/2021 (002:5).',
      'Phụ lục I mất các trang giữa dòng 88 và 90; Phụ lục V dừng sau dòng 240 (thiếu xã của Vạn Ninh, Ninh Hòa, Cam Ranh, Nha Trang).',
    ],
  },
  report39of2023: {
    id: 'bc-39-ubnd-2023',
    number: '39/BC-UBND',
    date: '2023-02-24',
    issuer: 'UBND tỉnh Khánh Hòa',
    title: 'Phụ lục 1–2 kèm Báo cáo 39/BC-UBND (kết quả CCHC năm 2022)',
    file: reportFiles.year2022,
    notes: ['Phụ lục 1 ghi ngày 24/02/2022 (001:6); ngày đúng là 24/02/2023 (001:162).'],
  },
} satisfies Record<string, SourceDocument>;

const figures2017: FigureKey[] = ['received', 'resolved', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate', 'unresolved', 'onlineLevel3Plus'];
const rates2017: RateKey[] = ['resolvedRate', 'earlyRate', 'onTimeRate', 'lateRate', 'unresolvedRate'];
const figures2020: FigureKey[] = [
  'received',
  'approved',
  'approvedEarly',
  'approvedOnTime',
  'approvedLate',
  'rejected',
  'rejectedEarly',
  'rejectedOnTime',
  'rejectedLate',
  'online',
  'onlinePayments',
  'onlinePaymentAmount',
];
const figures2022: FigureKey[] = [
  'received',
  'resolved',
  'resolvedOnTime',
  'resolvedLate',
  'pending',
  'pendingWithinDeadline',
  'pendingLate',
  'lateTotal',
  'online',
  'onlineBase',
];

export type PeriodDefinition = Omit<Period, 'metricRules'>;

export const periodDefinitions: PeriodDefinition[] = [
  {
    id: '2017-Q1',
    label: 'Quý I/2017',
    labelEn: 'Q1 2017',
    kind: 'quarter',
    year: 2017,
    statisticsWindow: {
      start: '2017-01-01',
      end: '2017-03-31',
      note: 'Số liệu truy xuất trên phần mềm một cửa điện tử đến ngày 31/3/2017 (004:118); báo cáo không ghi ngày bắt đầu, lấy đầu quý.',
    },
    reportDate: '2017-04-28',
    sources: [sources.report937of2017],
    holds: { statistics: true, tasks: true },
    publishedFigures: figures2017,
    publishedRates: rates2017,
    previousComparableId: null,
  },
  {
    id: '2020-H1',
    label: '6 tháng đầu năm 2020',
    labelEn: 'First half of 2020',
    kind: 'half_year',
    year: 2020,
    statisticsWindow: {
      start: '2020-01-01',
      end: '2020-06-30',
      note: 'Chỉ có tiến độ nhiệm vụ, không có số liệu hồ sơ. Báo cáo ghi «ngày /7/2020», để trống ngày (003:5).',
    },
    reportDate: '2020-07',
    sources: [sources.midYearAppendix2020],
    holds: { statistics: false, tasks: true },
    publishedFigures: [],
    publishedRates: [],
    previousComparableId: null,
  },
  {
    id: '2020',
    label: 'Năm 2020',
    labelEn: 'Year 2020',
    kind: 'year',
    year: 2020,
    statisticsWindow: {
      start: '2020-01-01',
      end: '2020-12-31',
      note: 'Thống kê phần mềm từ ngày 01/01/2020 đến 31/12/2020 (000:119).',
    },
    reportDate: '2021-03-17',
    sources: [sources.report43of2021Appendices, sources.report43of2021Body, sources.midYearAppendix2020],
    holds: { statistics: true, tasks: true },
    publishedFigures: figures2020,
    publishedRates: ['onTimeRate', 'onlineRate'],
    previousComparableId: null,
  },
  {
    id: '2022',
    label: 'Năm 2022',
    labelEn: 'Year 2022',
    kind: 'year',
    year: 2022,
    statisticsWindow: {
      start: '2021-12-15',
      end: '2022-12-14',
      note: 'Kỳ thống kê từ ngày 15/12/2021 đến 14/12/2022 (001:366).',
    },
    reportDate: '2023-02-24',
    sources: [sources.report39of2023],
    holds: { statistics: true, tasks: true },
    publishedFigures: figures2022,
    publishedRates: ['lateRate', 'onlineRate'],
    previousComparableId: '2020',
  },
];
