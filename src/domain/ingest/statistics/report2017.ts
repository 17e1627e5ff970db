/**
 * Seed 004 (Báo cáo 937/BC-SNV, Quý I/2017): Phụ lục II (reporting
 * compliance), III (online level-3+ counts) and IV–VII (dossier results by
 * level, department, district and commune). Inventory §1.1, §2.1, §3.5.
 */
import type { DossierTable, ReportingCompliance, StatisticsLevel } from '@/domain/dataset/schema';
import { bareDigitsFormat, parseCount, vietnameseFormat } from '@/domain/ingest/numbers';
import { appendixSections, cellText, hasLetters, requireSection, type AppendixSection, type ReportLine } from './reportText';
import {
  agencyLevelFor,
  attachToTotal,
  blockLevel,
  buildTable,
  finishRows,
  isTotalLabel,
  readValues,
  reportPath,
  resolveAgency,
  rowId,
  splitNumbering,
  statisticsLevelOf,
  type Column,
  type RowDraft,
} from './rows';
import { withCommuneCoverage } from './coverage';

const periodId = '2017-Q1';
/** Dossier figures are "truy xuất … đến ngày 31/3/2017" (004:118). */
const statisticsDate = '2017-03-31';

/** PL IV–VII: received, then count and share for resolved, early, on time, late and unresolved. */
const dossierLayout: Column[] = [
  { figure: 'received' },
  { figure: 'resolved' },
  { rate: 'resolvedRate' },
  { figure: 'resolvedEarly' },
  { rate: 'earlyRate' },
  { figure: 'resolvedOnTime' },
  { rate: 'onTimeRate' },
  { figure: 'resolvedLate' },
  { rate: 'lateRate' },
  { figure: 'unresolved' },
  { rate: 'unresolvedRate' },
];

interface DossierCells {
  number: string | null;
  label: string;
  values: string[];
}

/**
 * The cells move between columns inside PL VII (inventory §3.5), so a row is
 * read as: the first cell with letters is the name, the next non-empty cells
 * are the values. The number is the name's "2.8." prefix, or the non-empty
 * cell before the name. Headings (whose next cell is not a number) give null.
 */
function dossierCells(line: ReportLine): DossierCells | null {
  const texts = line.cells.map(cellText);
  const labelIndex = texts.findIndex(hasLetters);
  if (labelIndex < 0) return null;
  const values = texts.slice(labelIndex + 1).filter((text) => text !== '');
  if (!/^\d/.test(values[0] ?? '')) return null;
  const { number, label } = splitNumbering(texts[labelIndex] ?? '');
  const numberCell = texts
    .slice(0, labelIndex)
    .filter((text) => text !== '')
    .pop();
  return { number: number ?? numberCell?.replace(/\.$/, '') ?? null, label, values };
}

interface ParsedRow {
  line: number;
  cells: DossierCells;
}

function dossierRows(section: AppendixSection): ParsedRow[] {
  return section.rows.flatMap((line) => {
    const cells = dossierCells(line);
    return cells ? [{ line: line.line, cells }] : [];
  });
}

function draftOf(
  section: AppendixSection,
  row: ParsedRow,
  fields: Pick<RowDraft, 'kind' | 'agencyId' | 'level' | 'districtId' | 'parentRowId'>,
): RowDraft {
  return {
    id: rowId(periodId, section.key, row.line),
    label: row.cells.label,
    number: row.cells.number,
    line: row.line,
    ...fields,
    ...readValues(row.cells.values, dossierLayout, bareDigitsFormat),
  };
}

function totalDraft(section: AppendixSection, row: ParsedRow, drafts: RowDraft[]): RowDraft {
  const total = draftOf(section, row, { kind: 'total', agencyId: null, level: 'all', districtId: null, parentRowId: null });
  attachToTotal(drafts, total.id);
  return total;
}

function header(section: AppendixSection, level: StatisticsLevel) {
  return { periodId, key: section.key, appendix: section.appendix, title: section.title, level, line: section.line };
}

/** PL IV: the three level blocks and TỔNG. */
function levelBlocks(section: AppendixSection, fileName: string): DossierTable {
  const drafts: RowDraft[] = [];
  for (const row of dossierRows(section)) {
    if (isTotalLabel(row.cells.label)) {
      drafts.push(totalDraft(section, row, drafts));
      continue;
    }
    const level = blockLevel(row.cells.label);
    drafts.push(draftOf(section, row, { kind: 'subtotal', agencyId: null, level, districtId: null, parentRowId: null }));
  }
  return buildTable(header(section, 'all'), fileName, finishRows(periodId, fileName, drafts));
}

/** PL V (departments) and PL VI (districts): one row per agency, then TỔNG. */
function agencyTable(section: AppendixSection, fileName: string, level: 'department' | 'district'): DossierTable {
  const drafts: RowDraft[] = [];
  for (const row of dossierRows(section)) {
    if (isTotalLabel(row.cells.label)) {
      drafts.push(totalDraft(section, row, drafts));
      continue;
    }
    const agency = resolveAgency(row.cells.label, { level, date: statisticsDate }, `${fileName}:${row.line}`);
    drafts.push(
      draftOf(section, row, {
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

/** PL VII: district rows ("2. Huyện Cam Lâm") subtotal the commune rows ("2.8. UBND xã Cam An Nam") under them. */
function communeTable(section: AppendixSection, fileName: string): DossierTable {
  const drafts: RowDraft[] = [];
  let districtRow: RowDraft | null = null;
  for (const row of dossierRows(section)) {
    const where = `${fileName}:${row.line}`;
    if (isTotalLabel(row.cells.label)) {
      drafts.push(totalDraft(section, row, drafts));
      continue;
    }
    if (row.cells.number !== null && !row.cells.number.includes('.')) {
      const district = resolveAgency(row.cells.label, { level: 'district' }, where);
      districtRow = draftOf(section, row, {
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
    const commune = resolveAgency(
      row.cells.label,
      { level: 'commune', districtId: districtRow.districtId, date: statisticsDate },
      where,
    );
    if (commune.districtId !== districtRow.districtId) {
      throw new Error(`${where}: "${row.cells.label}" không thuộc ${districtRow.label}`);
    }
    drafts.push(
      draftOf(section, row, {
        kind: 'agency',
        agencyId: commune.id,
        level: 'commune',
        districtId: commune.districtId,
        parentRowId: districtRow.id,
      }),
    );
  }
  const table = buildTable(header(section, 'commune'), fileName, finishRows(periodId, fileName, drafts));
  return withCommuneCoverage(table, statisticsDate, null);
}

/**
 * PL III: one count column (online dossiers at level 3 or higher). Group
 * headings "I. Khối Sở, ngành thuộc tỉnh" carry no figure and are not rows;
 * each group closes with a "Cộng:" subtotal, and "Tổng số hồ sơ (I+II)" adds
 * the groups. A blank cell is null: the report does not say whether it means
 * none or not reported.
 */
function onlineTable(section: AppendixSection, fileName: string): DossierTable {
  const drafts: RowDraft[] = [];
  let groupLevel: StatisticsLevel | null = null;
  let groupRows: RowDraft[] = [];
  for (const line of section.rows) {
    const texts = line.cells.map(cellText);
    const labelIndex = texts.findIndex(hasLetters);
    const valueText = texts[2] ?? '';
    if (labelIndex < 0 || hasLetters(valueText)) continue;
    const labelText = texts[labelIndex] ?? '';
    const where = `${fileName}:${line.line}`;
    const base = {
      id: rowId(periodId, section.key, line.line),
      line: line.line,
      figures: { onlineLevel3Plus: parseCount(valueText, vietnameseFormat) },
      publishedRates: {},
    };
    const group = /^([IVX]+)\.\s+(.+)$/.exec(labelText);
    if (group?.[2]) {
      groupLevel = blockLevel(group[2]);
      groupRows = [];
      continue;
    }
    if (isTotalLabel(labelText)) {
      const total: RowDraft = {
        ...base,
        kind: 'total',
        agencyId: null,
        label: labelText,
        number: null,
        level: 'all',
        districtId: null,
        parentRowId: null,
      };
      attachToTotal(drafts, total.id);
      drafts.push(total);
      continue;
    }
    if (!groupLevel) throw new Error(`${where}: dòng số liệu nằm ngoài nhóm`);
    if (labelText.replace(/:$/, '').trim() === 'Cộng') {
      const subtotal: RowDraft = {
        ...base,
        kind: 'subtotal',
        agencyId: null,
        label: labelText,
        number: null,
        level: groupLevel,
        districtId: null,
        parentRowId: null,
      };
      for (const member of groupRows) member.parentRowId = subtotal.id;
      drafts.push(subtotal);
      groupRows = [];
      continue;
    }
    const agency = resolveAgency(labelText, { level: agencyLevelFor(groupLevel), date: statisticsDate }, where);
    const agencyRow: RowDraft = {
      ...base,
      kind: 'agency',
      agencyId: agency.id,
      label: labelText,
      number: texts.slice(0, labelIndex).filter((text) => text !== '').pop() ?? null,
      level: statisticsLevelOf(agency),
      districtId: agency.districtId,
      parentRowId: null,
    };
    groupRows.push(agencyRow);
    drafts.push(agencyRow);
  }
  return buildTable(header(section, 'all'), fileName, finishRows(periodId, fileName, drafts));
}

const quarterReportValues: Record<string, ReportingCompliance['quarterReport']> = {
  x: 'on_time',
  'trễ': 'late',
  '': 'missing',
};

function isoFromVietnameseDate(text: string, where: string): string | null {
  if (text === '') return null;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!match?.[1] || !match[2] || !match[3]) throw new Error(`${where}: ngày không đọc được "${text}"`);
  return `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

/**
 * PL II: who issued the 2017 plan (date), the communication plan ("X") and
 * the Q1 report ("X" on time, "Trễ" late). Rows after the sub-heading "CÁC
 * ĐƠN VỊ SỰ NGHIỆP TRỰC THUỘC UBND TỈNH" carry it as their section; the
 * rows before it have no printed heading, so their section is "".
 */
function reportingCompliance(section: AppendixSection, fileName: string): ReportingCompliance[] {
  const records: ReportingCompliance[] = [];
  for (const line of section.rows) {
    const [numberCell = '', labelCell = '', planCell = '', communicationCell = '', quarterCell = ''] = line.cells.map(cellText);
    if (!/^\d+$/.test(numberCell)) continue;
    const where = `${fileName}:${line.line}`;
    const heading = section.notes.filter((note) => note.line < line.line).pop();
    const quarterReport = quarterReportValues[quarterCell.toLowerCase()];
    if (!quarterReport) throw new Error(`${where}: ô báo cáo quý không đọc được "${quarterCell}"`);
    if (communicationCell !== '' && communicationCell.toUpperCase() !== 'X') {
      throw new Error(`${where}: ô kế hoạch tuyên truyền không đọc được "${communicationCell}"`);
    }
    records.push({
      agencyId: resolveAgency(labelCell, { date: statisticsDate }, where).id,
      label: labelCell,
      section: heading ? cellText(heading.cells[0] ?? '') : '',
      planIssuedText: planCell,
      planIssuedDate: isoFromVietnameseDate(planCell, where),
      communicationPlan: communicationCell !== '',
      quarterReport,
      provenance: { file: reportPath(fileName), line: line.line },
    });
  }
  return records;
}

export function parseReport2017(content: string, fileName: string): {
  tables: DossierTable[];
  reportingCompliance: ReportingCompliance[];
} {
  const sections = appendixSections(content);
  const section = (numeral: string) => requireSection(sections, numeral, fileName);
  return {
    tables: [
      onlineTable(section('III'), fileName),
      levelBlocks(section('IV'), fileName),
      agencyTable(section('V'), fileName, 'department'),
      agencyTable(section('VI'), fileName, 'district'),
      communeTable(section('VII'), fileName),
    ],
    reportingCompliance: reportingCompliance(section('II'), fileName),
  };
}
