/**
 * Seed 001 (Phụ lục 2 of Báo cáo 39/BC-UBND, năm 2022): one printed table
 * with blocks A (provincial departments, land registration inside row 18),
 * B (districts), C (communes under Roman district subtotals) and TỔNG.
 * Inventory §1.5, §2.3, §3.1.
 *
 * Hierarchy as printed: A/B/C add their numbered rows; a numbered row with
 * "-" rows under it is their subtotal (row 18), and a "-" row with "+" rows
 * under it is theirs ("Khôi Văn phòng ĐKĐĐ"). Sub-rows are already inside
 * their parent, so no block adds them again.
 */
import type { DossierTable, StatisticsLevel } from '@/domain/dataset/schema';
import { vietnameseFormat } from '@/domain/ingest/numbers';
import { appendixSections, cellText, hasLetters, requireSection, romanToNumber, type AppendixSection } from './reportText';
import {
  agencyLevelFor,
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

const periodId = '2022';
/** "Kỳ thống kê từ ngày 15/12/2021 đến 14/12/2022" (001:366). */
const statisticsDate = '2022-12-14';

/** Received; resolved total/on time/late; pending total/within deadline/overdue; late count and rate; online, its base, rate. */
const layout: Column[] = [
  { figure: 'received' },
  { figure: 'resolved' },
  { figure: 'resolvedOnTime' },
  { figure: 'resolvedLate' },
  { figure: 'pending' },
  { figure: 'pendingWithinDeadline' },
  { figure: 'pendingLate' },
  { figure: 'lateTotal' },
  { rate: 'lateRate' },
  { figure: 'online' },
  { figure: 'onlineBase' },
  { rate: 'onlineRate' },
];

type Role = 'total' | 'block' | 'district' | 'numbered' | 'dash' | 'plus';

interface StructuredRow {
  draft: RowDraft;
  role: Role;
  /** Level of the block the row sits in. */
  blockLevel: StatisticsLevel;
}

function roleOf(number: string | null, label: string): Role {
  if (isTotalLabel(label)) return 'total';
  if (number === null) throw new Error(`Dòng "${label}" không có số thứ tự`);
  if (/^[A-Z]$/.test(number) && romanToNumber(number) === null) return 'block';
  if (romanToNumber(number) !== null) return 'district';
  if (number === '-') return 'dash';
  if (number === '+') return 'plus';
  if (/^\d+$/.test(number)) return 'numbered';
  throw new Error(`Số thứ tự không đọc được "${number}" ở dòng "${label}"`);
}

/** First pass: the printed hierarchy, before any agency is looked up. */
function structure(section: AppendixSection): StructuredRow[] {
  const rows: StructuredRow[] = [];
  let block: StructuredRow | null = null;
  let district: StructuredRow | null = null;
  let numbered: StructuredRow | null = null;
  let dash: StructuredRow | null = null;
  for (const line of section.rows) {
    const texts = line.cells.map(cellText);
    const received = texts[2] ?? '';
    if (received === '' || hasLetters(received)) continue;
    const number = texts[0] || null;
    const label = texts[1] ?? '';
    const role = roleOf(number, label);
    const parentByRole: Record<Role, StructuredRow | null> = {
      total: null,
      block: null,
      district: block,
      numbered: district ?? block,
      dash: numbered,
      plus: dash,
    };
    const parent = parentByRole[role];
    if (role !== 'total' && role !== 'block' && !parent) throw new Error(`Dòng ${line.line}: không tìm thấy dòng cha`);
    const draft: RowDraft = {
      id: rowId(periodId, section.key, line.line),
      kind: role === 'total' ? 'total' : role === 'numbered' || role === 'dash' || role === 'plus' ? 'agency' : 'subtotal',
      agencyId: null,
      label,
      number,
      level: role === 'total' ? 'all' : role === 'block' ? blockLevel(label) : (block?.blockLevel ?? 'all'),
      districtId: null,
      parentRowId: parent?.draft.id ?? null,
      line: line.line,
      ...readValues(line.cells.slice(2), layout, vietnameseFormat),
    };
    const row: StructuredRow = { draft, role, blockLevel: role === 'block' ? draft.level : (block?.blockLevel ?? 'all') };
    rows.push(row);
    if (role === 'block') [block, district, numbered, dash] = [row, null, null, null];
    if (role === 'district') [district, numbered, dash] = [row, null, null];
    if (role === 'numbered') [numbered, dash] = [row, null];
    if (role === 'dash') dash = row;
    if (role === 'total') attachToTotal(rows.map((structured) => structured.draft), draft.id);
  }
  return rows;
}

/**
 * Second pass: rows with sub-rows become subtotals; the rest are looked up in
 * the registry. Runs bottom-up so a subtotal's level and district follow from
 * its members (the land-registration subtotal is land_registration; row 18,
 * mixing the department and the land offices, keeps its block's level).
 */
function resolveRows(rows: StructuredRow[], fileName: string): void {
  const districtSubtotals = new Map(rows.filter((row) => row.role === 'district').map((row) => [row.draft.id, row]));
  for (const row of rows.filter((candidate) => candidate.role === 'district')) {
    row.draft.districtId = resolveAgency(row.draft.label, { level: 'district' }, `${fileName}:${row.draft.line}`).id;
  }
  const childrenOf = (id: string) => rows.filter((candidate) => candidate.draft.parentRowId === id);
  for (const row of [...rows].reverse()) {
    if (row.draft.kind !== 'agency') continue;
    const children = childrenOf(row.draft.id);
    if (children.length > 0) {
      const levels = new Set(children.map((child) => child.draft.level));
      const districts = new Set(children.map((child) => child.draft.districtId));
      const [onlyLevel] = levels;
      const [onlyDistrict] = districts;
      row.draft.kind = 'subtotal';
      row.draft.level = levels.size === 1 && onlyLevel ? onlyLevel : row.blockLevel;
      row.draft.districtId = districts.size === 1 ? (onlyDistrict ?? null) : null;
      continue;
    }
    const where = `${fileName}:${row.draft.line}`;
    const districtRow = row.draft.parentRowId ? districtSubtotals.get(row.draft.parentRowId) : undefined;
    const districtId = districtRow?.draft.districtId ?? null;
    const level = districtRow ? 'commune' : row.role === 'numbered' ? agencyLevelFor(row.blockLevel) : undefined;
    const agency = resolveAgency(row.draft.label, { level, districtId, date: statisticsDate }, where);
    if (districtRow && agency.districtId !== districtId) throw new Error(`${where}: "${row.draft.label}" không thuộc ${districtRow.draft.label}`);
    row.draft.agencyId = agency.id;
    row.draft.level = statisticsLevelOf(agency);
    row.draft.districtId = agency.districtId;
  }
}

export function parseReport2022(content: string, fileName: string): DossierTable[] {
  const sections = appendixSections(content);
  const section = requireSection(sections, '2', fileName);
  const rows = structure(section);
  resolveRows(rows, fileName);
  const header = { periodId, key: section.key, appendix: section.appendix, title: section.title, level: 'all' as const, line: section.line };
  const table = buildTable(
    header,
    fileName,
    finishRows(
      periodId,
      fileName,
      rows.map((row) => row.draft),
    ),
  );
  return [withCommuneCoverage(table, statisticsDate, null)];
}
