/**
 * The 2020 plan of 40 tasks (Quyết định 3994/QĐ-UBND, 31/12/2019) with both
 * of its results. The plan columns and the mid-year result come from 003,
 * the only complete copy of the plan; the annual result comes from 000,
 * which lost the pages between its lines 88 and 90: the end of VII.2, all of
 * VII.3-VIII.5 and the start of VIII.6, whose tail survives as an orphan row.
 */
import type { Provenance } from '../../dataset/schema';
import type { RawTaskRow } from '../rawTask';
import { taskCode } from './pdfTaskTable';
import type { OrphanFragment } from './tsvTaskTable';

export interface AnnualResult {
  result: string;
  provenance: Provenance;
  /** True when part of the annual text is on the lost pages. */
  truncated: boolean;
}

export interface Plan2020Entry {
  /** "VIII.6"; the unnumbered task of section IX is "IX". */
  code: string;
  /** Plan columns from 003; `result` is the mid-year result. */
  plan: RawTaskRow;
  annualResult: AnnualResult | null;
  notes: string[];
}

/** The pages of 000 lost from the source: between these two physical lines. */
const LOST_ANNUAL_PAGES = { afterLine: 88, beforeLine: 90 } as const;
const LOST_PAGES_PLACE = `000, giữa dòng ${LOST_ANNUAL_PAGES.afterLine} và ${LOST_ANNUAL_PAGES.beforeLine}`;

export const NOTE_NO_ANNUAL_RESULT = `Không có kết quả cả năm: các trang này bị mất trong báo cáo gốc (${LOST_PAGES_PLACE})`;
export const NOTE_ANNUAL_TAIL_ONLY = `Kết quả cả năm chỉ còn phần cuối; các trang trước bị mất trong báo cáo gốc (${LOST_PAGES_PLACE})`;
export const NOTE_ANNUAL_CUT_SHORT = `Kết quả cả năm bị cắt ngang; phần sau nằm ở các trang bị mất trong báo cáo gốc (${LOST_PAGES_PLACE})`;

function lastLine(provenance: Provenance): number {
  return provenance.lineEnd ?? provenance.line;
}

/**
 * Pairs each 003 task with the 000 row of the same section and number, and
 * the orphan tail with the task it belongs to. A task left without an annual
 * result must lie where the lost pages were (between the last annual row
 * before them and the first after them); an annual row that matches no task
 * is an error, so a numbering slip cannot pass unnoticed.
 */
export function buildPlan2020(midYear: RawTaskRow[], annual: RawTaskRow[], orphans: OrphanFragment[]): Plan2020Entry[] {
  const used = new Set<RawTaskRow | OrphanFragment>();
  const entries = midYear.map((plan): Plan2020Entry => {
    const code = taskCode(plan.sectionNumeral, plan.number);
    const row = annual.find((candidate) => candidate.sectionNumeral === plan.sectionNumeral && candidate.number === plan.number);
    if (row !== undefined) {
      used.add(row);
      const truncated = lastLine(row.provenance) === LOST_ANNUAL_PAGES.afterLine;
      return {
        code,
        plan,
        annualResult: { result: row.result, provenance: row.provenance, truncated },
        notes: truncated ? [NOTE_ANNUAL_CUT_SHORT] : [],
      };
    }
    const orphan = orphans.find((fragment) => fragment.fragmentOf === code);
    if (orphan !== undefined) {
      used.add(orphan);
      return {
        code,
        plan,
        annualResult: { result: orphan.result, provenance: orphan.provenance, truncated: true },
        notes: [NOTE_ANNUAL_TAIL_ONLY],
      };
    }
    return { code, plan, annualResult: null, notes: [NOTE_NO_ANNUAL_RESULT] };
  });

  const unused = [...annual, ...orphans].filter((row) => !used.has(row));
  if (unused.length > 0) {
    const places = unused.map((row) => `${row.provenance.file}:${row.provenance.line}`).join(', ');
    throw new Error(`annual rows matching no task of the 2020 plan: ${places}`);
  }
  entries.forEach((entry, index) => {
    if (entry.annualResult !== null) return;
    const before = entries.slice(0, index).findLast((other) => other.annualResult !== null)?.annualResult ?? null;
    const after = entries.slice(index + 1).find((other) => other.annualResult !== null)?.annualResult ?? null;
    const withinLostPages =
      before !== null &&
      after !== null &&
      lastLine(before.provenance) <= LOST_ANNUAL_PAGES.afterLine &&
      after.provenance.line >= LOST_ANNUAL_PAGES.beforeLine;
    if (!withinLostPages) throw new Error(`${entry.code}: no annual result, yet not on the pages lost from 000`);
  });
  return entries;
}

/** Codes of the tasks that have no annual result at all. */
export function codesWithoutAnnualResult(entries: readonly Plan2020Entry[]): string[] {
  return entries.filter((entry) => entry.annualResult === null).map((entry) => entry.code);
}
