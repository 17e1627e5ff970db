/**
 * Shared row plumbing for the statistics tables: reading value cells by a
 * column layout, and turning row drafts into schema rows (member links,
 * derived metrics, provenance).
 */
import type {
  Agency,
  AgencyLevel,
  DossierRow,
  DossierTable,
  FigureKey,
  PeriodId,
  PublishedRate,
  RateKey,
  StatisticsLevel,
} from '@/domain/dataset/schema';
import { deriveMetrics, type Figures } from '@/domain/metrics/periodRules';
import { parseCount, parseRate, type NumberFormat } from '@/domain/ingest/numbers';
import { matchAgency, type MatchContext } from '@/domain/agencies/registry';
import { foldVietnamese } from '@/domain/text/fold';

export type Column = { figure: FigureKey } | { rate: RateKey };

export interface RowValues {
  figures: Figures;
  publishedRates: Partial<Record<RateKey, PublishedRate>>;
}

/** Reads value cells in layout order; an empty rate cell publishes no rate. */
export function readValues(cells: string[], layout: Column[], format: NumberFormat): RowValues {
  if (cells.length !== layout.length) {
    throw new Error(`Số ô giá trị (${cells.length}) khác số cột (${layout.length}): ${cells.join(' | ')}`);
  }
  const figures: Figures = {};
  const publishedRates: Partial<Record<RateKey, PublishedRate>> = {};
  layout.forEach((column, index) => {
    const cell = cells[index] ?? '';
    if ('figure' in column) {
      figures[column.figure] = parseCount(cell, format);
    } else {
      const rate = parseRate(cell, format);
      if (rate) publishedRates[column.rate] = rate;
    }
  });
  return { figures, publishedRates };
}

export interface RowDraft extends RowValues {
  id: string;
  kind: DossierRow['kind'];
  agencyId: string | null;
  label: string;
  number: string | null;
  level: StatisticsLevel;
  districtId: string | null;
  parentRowId: string | null;
  line: number;
}

export function reportPath(fileName: string): string {
  return `data/reports/${fileName}`;
}

export function rowId(periodId: PeriodId, tableKey: string, line: number): string {
  return `${periodId}:${tableKey}:${line}`;
}

/** Splits a leading "1.", "1.1." or "2.8." off a name cell; the number is kept without its final dot. */
export function splitNumbering(text: string): { number: string | null; label: string } {
  const match = /^(\d+(?:\.\d+)*)\.?\s+(.+)$/.exec(text);
  return match?.[1] && match[2] ? { number: match[1], label: match[2] } : { number: null, label: text };
}

/** Member lists follow the parent links, in printed order. */
export function finishRows(periodId: PeriodId, fileName: string, drafts: RowDraft[]): DossierRow[] {
  const members = new Map<string, string[]>();
  for (const draft of drafts) {
    if (draft.parentRowId === null) continue;
    const list = members.get(draft.parentRowId) ?? [];
    list.push(draft.id);
    members.set(draft.parentRowId, list);
  }
  return drafts.map((draft) => ({
    id: draft.id,
    kind: draft.kind,
    agencyId: draft.agencyId,
    label: draft.label,
    number: draft.number,
    level: draft.level,
    districtId: draft.districtId,
    parentRowId: draft.parentRowId,
    memberRowIds: members.get(draft.id) ?? [],
    figures: draft.figures,
    publishedRates: draft.publishedRates,
    metrics: deriveMetrics(periodId, draft.figures),
    provenance: { file: reportPath(fileName), line: draft.line },
  }));
}

export interface TableHeader {
  periodId: PeriodId;
  key: string;
  appendix: string;
  title: string;
  level: StatisticsLevel;
  line: number;
}

/** A table as parsed; commune tables get their completeness from withCommuneCoverage. */
export function buildTable(header: TableHeader, fileName: string, rows: DossierRow[]): DossierTable {
  return {
    id: `${header.periodId}:${header.key}`,
    periodId: header.periodId,
    appendix: header.appendix,
    title: header.title,
    level: header.level,
    complete: true,
    completenessNote: null,
    completeDistrictIds: null,
    rows,
    provenance: { file: reportPath(fileName), line: header.line },
  };
}

/** The agency a row's label names; an agency row that matches nothing stops the ingest. */
export function resolveAgency(label: string, context: MatchContext, where: string): Agency {
  const agency = matchAgency(label, context);
  if (!agency) throw new Error(`${where}: không nhận ra cơ quan "${label}"`);
  return agency;
}

const statisticsLevelOfAgency: Partial<Record<AgencyLevel, StatisticsLevel>> = {
  department: 'department',
  district: 'district',
  commune: 'commune',
  land_registration: 'land_registration',
};

/** The agency level a statistics level stands for; 'all' stands for none. */
export function agencyLevelFor(level: StatisticsLevel): AgencyLevel | undefined {
  return level === 'all' ? undefined : level;
}

export function statisticsLevelOf(agency: Agency): StatisticsLevel {
  const level = statisticsLevelOfAgency[agency.level];
  if (!level) throw new Error(`Cơ quan ${agency.id} (${agency.level}) không thuộc bảng thống kê hồ sơ`);
  return level;
}

/** Level of a block row ("Khối UBND cấp xã", "CƠ QUAN CHUYÊN MÔN CẤP TỈNH", "Khối Văn phòng Đăng ký đất đai"). */
export function blockLevel(label: string): StatisticsLevel {
  const folded = foldVietnamese(label);
  if (folded.includes('dang ky dat dai')) return 'land_registration';
  if (folded.includes('cap xa')) return 'commune';
  if (folded.includes('cap huyen')) return 'district';
  if (folded.includes('cap tinh') || folded.includes('khoi so')) return 'department';
  throw new Error(`Không xác định được khối của dòng "${label}"`);
}

/** Rows not yet under any other row become members of the total that closes the table. */
export function attachToTotal(drafts: RowDraft[], totalId: string): void {
  for (const draft of drafts) {
    if (draft.parentRowId === null && draft.id !== totalId) draft.parentRowId = totalId;
  }
}

export function isTotalLabel(label: string): boolean {
  const folded = foldVietnamese(label);
  return folded === 'tong' || folded === 'tong cong' || folded.startsWith('tong so ho so');
}
