/**
 * Seed 000 (Phụ lục II–VI of Báo cáo 43/BC-UBND, năm 2020): dossier results
 * by level block, department, district, commune (cut off) and
 * land-registration office. Inventory §1.4, §2.2, §3.3.
 */
import type { DossierTable, StatisticsLevel } from '@/domain/dataset/schema';
import { vietnameseFormat } from '@/domain/ingest/numbers';
import { appendixSections, cellText, hasLetters, requireSection, romanToNumber, type AppendixSection } from './reportText';
import {
  attachToTotal,
  blockLevel,
  buildTable,
  finishRows,
  isTotalLabel,
  readValues,
  resolveAgency,
  rowId,
  statisticsLevelOf,
  type Column,
  type RowDraft,
} from './rows';
import { withCommuneCoverage } from './coverage';

const periodId = '2020';
/** "Thống kê phần mềm từ ngày 01/01/2020 đến 31/12/2020" (000:119). */
const statisticsDate = '2020-12-31';

/** Received; approved and rejected, each total/early/on time/late; on-time rate; online count and rate; online payments. */
const layout: Column[] = [
  { figure: 'received' },
  { figure: 'approved' },
  { figure: 'approvedEarly' },
  { figure: 'approvedOnTime' },
  { figure: 'approvedLate' },
  { figure: 'rejected' },
  { figure: 'rejectedEarly' },
  { figure: 'rejectedOnTime' },
  { figure: 'rejectedLate' },
  { rate: 'onTimeRate' },
  { figure: 'online' },
  { rate: 'onlineRate' },
  { figure: 'onlinePayments' },
  { figure: 'onlinePaymentAmount' },
];

interface DataLine {
  line: number;
  number: string | null;
  label: string;
  values: string[];
}

/** Table rows have 16 cells; header rows are told apart by text in the received column. */
function dataLines(section: AppendixSection): DataLine[] {
  return section.rows.flatMap((row) => {
    const texts = row.cells.map(cellText);
    const received = texts[2] ?? '';
    if (received === '' || hasLetters(received)) return [];
    return [{ line: row.line, number: texts[0] || null, label: texts[1] ?? '', values: row.cells.slice(2) }];
  });
}

function draftOf(
  section: AppendixSection,
  data: DataLine,
  fields: Pick<RowDraft, 'kind' | 'agencyId' | 'level' | 'districtId' | 'parentRowId'>,
): RowDraft {
  return {
    id: rowId(periodId, section.key, data.line),
    label: data.label,
    number: data.number,
    line: data.line,
    ...fields,
    ...readValues(data.values, layout, vietnameseFormat),
  };
}

function header(section: AppendixSection, level: StatisticsLevel) {
  return { periodId, key: section.key, appendix: section.appendix, title: section.title, level, line: section.line };
}

function pushTotal(section: AppendixSection, data: DataLine, drafts: RowDraft[]): void {
  const total = draftOf(section, data, { kind: 'total', agencyId: null, level: 'all', districtId: null, parentRowId: null });
  attachToTotal(drafts, total.id);
  drafts.push(total);
}

/** PL II: the four level blocks and "Tổng cộng". */
function levelBlocks(section: AppendixSection, fileName: string): DossierTable {
  const drafts: RowDraft[] = [];
  for (const data of dataLines(section)) {
    if (isTotalLabel(data.label)) {
      pushTotal(section, data, drafts);
      continue;
    }
    drafts.push(
      draftOf(section, data, { kind: 'subtotal', agencyId: null, level: blockLevel(data.label), districtId: null, parentRowId: null }),
    );
  }
  return buildTable(header(section, 'all'), fileName, finishRows(periodId, fileName, drafts));
}

/** PL III (departments), PL IV (districts), PL VI (land registration): agency rows and "Tổng cộng". */
function agencyTable(
  section: AppendixSection,
  fileName: string,
  level: 'department' | 'district' | 'land_registration',
): DossierTable {
  const drafts: RowDraft[] = [];
  for (const data of dataLines(section)) {
    if (isTotalLabel(data.label)) {
      pushTotal(section, data, drafts);
      continue;
    }
    const agency = resolveAgency(data.label, { level, date: statisticsDate }, `${fileName}:${data.line}`);
    drafts.push(
      draftOf(section, data, {
        kind: 'agency',
        agencyId: agency.id,
        level: statisticsLevelOf(agency),
        districtId: agency.districtId,
        parentRowId: null,
      }),
    );
  }
  return buildTable(header(section, level), fileName, finishRows(periodId, fileName, drafts));
}

/**
 * PL V: Roman-numbered district subtotals over their communes. The table is
 * cut off after Vạn Ninh's second commune and has no total, so it is marked
 * incomplete with the districts it covers in full.
 */
function communeTable(section: AppendixSection, fileName: string): DossierTable {
  const drafts: RowDraft[] = [];
  let districtRow: RowDraft | null = null;
  const lines = dataLines(section);
  for (const data of lines) {
    const where = `${fileName}:${data.line}`;
    if (data.number !== null && romanToNumber(data.number) !== null) {
      const district = resolveAgency(data.label, { level: 'district' }, where);
      districtRow = draftOf(section, data, {
        kind: 'subtotal',
        agencyId: null,
        level: 'commune',
        districtId: district.id,
        parentRowId: null,
      });
      drafts.push(districtRow);
      continue;
    }
    if (!districtRow) throw new Error(`${where}: dòng xã nằm trước dòng huyện`);
    const commune = resolveAgency(data.label, { level: 'commune', districtId: districtRow.districtId, date: statisticsDate }, where);
    if (commune.districtId !== districtRow.districtId) throw new Error(`${where}: "${data.label}" không thuộc ${districtRow.label}`);
    drafts.push(
      draftOf(section, data, {
        kind: 'agency',
        agencyId: commune.id,
        level: 'commune',
        districtId: commune.districtId,
        parentRowId: districtRow.id,
      }),
    );
  }
  const hasTotal = drafts.some((draft) => draft.kind === 'total');
  const lastLine = lines.at(-1)?.line ?? section.line;
  const truncationNote = hasTotal
    ? null
    : `Phụ lục V bị cắt: bảng dừng ở dòng ${lastLine}, không có dòng tổng cộng.`;
  const table = buildTable(header(section, 'commune'), fileName, finishRows(periodId, fileName, drafts));
  return withCommuneCoverage(table, statisticsDate, truncationNote);
}

export function parseReport2020(content: string, fileName: string): DossierTable[] {
  const sections = appendixSections(content);
  const section = (numeral: string) => requireSection(sections, numeral, fileName);
  return [
    levelBlocks(section('II'), fileName),
    agencyTable(section('III'), fileName, 'department'),
    agencyTable(section('IV'), fileName, 'district'),
    communeTable(section('V'), fileName),
    agencyTable(section('VI'), fileName, 'land_registration'),
  ];
}
