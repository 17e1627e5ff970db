/**
 * What the overview reads out of a period's tables, tasks and findings.
 * Pure functions: the page only formats what these return.
 */
import type { TaskStatusChange } from '@/api/contract';
import { ancestorsOf } from '@/domain/dataset/rowAncestors';
import { vietnameseCollator } from '@/domain/text/collate';
import {
  taskStatuses,
  type DossierRow,
  type DossierTable,
  type FigureKey,
  type Finding,
  type Task,
  type TaskStatus,
} from '@/domain/dataset/schema';

export const blockLevels = ['department', 'district', 'commune', 'land_registration'] as const;
export type BlockLevel = (typeof blockLevels)[number];

/**
 * The summary table (level "all") whose total counts dossiers: 2017-Q1 also
 * has an "all" table of online level-3+ counts only (Phụ lục III), which is
 * not the grand total.
 */
function summaryTableOf(tables: readonly DossierTable[]): DossierTable | undefined {
  const summaries = tables.filter((table) => table.level === 'all');
  return (
    summaries.find((table) => table.rows.some((row) => row.kind === 'total' && row.figures.received != null)) ?? summaries[0]
  );
}

/** The province-wide row: the total row of the summary table; null when the period prints none. */
export function grandTotalRow(tables: readonly DossierTable[]): DossierRow | null {
  return summaryTableOf(tables)?.rows.find((row) => row.kind === 'total') ?? null;
}

/** A province-wide figure printed in another summary table (2017's level-3+ online count, 004:459). */
export function provinceFigure(tables: readonly DossierTable[], key: FigureKey): number | null {
  for (const table of tables) {
    if (table.level !== 'all') continue;
    const value = table.rows.find((row) => row.kind === 'total' && row.figures[key] != null)?.figures[key];
    if (value != null) return value;
  }
  return null;
}

export interface BlockFigures {
  level: BlockLevel;
  row: DossierRow;
  /** The block is printed inside another block (2022 puts land registration inside the departments' block). */
  insideRow: DossierRow | null;
}

/**
 * One row per level: the level's block row in the summary table (complete
 * even where the level's own appendix is cut off, as 2020's communes are),
 * else the total row of the level's own complete table. A level the period
 * does not publish (2017 has no land-registration block) is left out.
 */
export function blockFigures(tables: readonly DossierTable[]): BlockFigures[] {
  const rowsById = new Map(tables.flatMap((table) => table.rows).map((row) => [row.id, row] as const));
  const summaryRows = summaryTableOf(tables)?.rows ?? [];
  const result: BlockFigures[] = [];
  for (const level of blockLevels) {
    const blocks = summaryRows.filter(
      (row) => row.kind === 'subtotal' && row.level === level && row.districtId === null && isTopOfItsLevel(row, rowsById),
    );
    const block = blocks.find((row) => outermostBlock(row, rowsById) === row) ?? blocks[0];
    if (block) {
      const outer = outermostBlock(block, rowsById);
      result.push({ level, row: block, insideRow: outer === block ? null : outer });
      continue;
    }
    const total = tables
      .filter((table) => table.level === level && table.complete)
      .flatMap((table) => table.rows)
      .find((row) => row.kind === 'total');
    if (total) result.push({ level, row: total, insideRow: null });
  }
  return result;
}

function parentOf(row: DossierRow, rowsById: ReadonlyMap<string, DossierRow>): DossierRow | undefined {
  return row.parentRowId === null ? undefined : rowsById.get(row.parentRowId);
}

/** The highest ancestor below the grand total: the printed block a row belongs to (itself for a top block). */
function outermostBlock(row: DossierRow, rowsById: ReadonlyMap<string, DossierRow>): DossierRow {
  let outermost = row;
  for (const parent of ancestorsOf(row, (id) => rowsById.get(id))) {
    if (parent.kind === 'total') break;
    outermost = parent;
  }
  return outermost;
}

/** Not a district subtotal inside a commune block: its parent, if any, is of another level or the total. */
function isTopOfItsLevel(row: DossierRow, rowsById: ReadonlyMap<string, DossierRow>): boolean {
  const parent = parentOf(row, rowsById);
  return parent === undefined || parent.kind === 'total' || parent.level !== row.level;
}

export interface RankedAgency {
  row: DossierRow;
  agencyId: string;
  lateRate: number;
}

/**
 * The agencies with the highest late rate (by the period's own definition),
 * each agency once (its first printed row), ties broken by the larger late count.
 */
export function highestLateRates(tables: readonly DossierTable[], limit = 5): RankedAgency[] {
  const seen = new Set<string>();
  const ranked: RankedAgency[] = [];
  for (const row of tables.flatMap((table) => table.rows)) {
    if (row.kind !== 'agency' || row.agencyId === null || row.metrics.lateRate === null) continue;
    if (seen.has(row.agencyId)) continue;
    seen.add(row.agencyId);
    ranked.push({ row, agencyId: row.agencyId, lateRate: row.metrics.lateRate });
  }
  return ranked
    .sort(
      (a, b) =>
        b.lateRate - a.lateRate ||
        (b.row.metrics.lateCount ?? 0) - (a.row.metrics.lateCount ?? 0) ||
        vietnameseCollator.compare(a.row.label, b.row.label),
    )
    .slice(0, limit);
}

export interface StatusCount {
  status: TaskStatus;
  count: number;
}

export interface TaskSummary {
  total: number;
  counts: StatusCount[];
  /** Tasks whose status staff changed over the report's. */
  changed: number;
}

/** Tasks per status, a staff change taking precedence over the status read from the report; empty statuses left out. */
export function summarizeTasks(tasks: readonly Task[], statusChanges: readonly TaskStatusChange[]): TaskSummary {
  const changes = new Map(statusChanges.map((change) => [change.taskId, change.status] as const));
  const counts = new Map<TaskStatus, number>();
  let changed = 0;
  for (const task of tasks) {
    const override = changes.get(task.id);
    if (override !== undefined) changed += 1;
    const status = override ?? task.current.status;
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return {
    total: tasks.length,
    counts: taskStatuses.filter((status) => counts.has(status)).map((status) => ({ status, count: counts.get(status) ?? 0 })),
    changed,
  };
}

export interface SumMismatchCount {
  /** Total cells that differ from the rows printed right under them. */
  own: number;
  /** Total cells that differ only from the lowest rows, through a subtotal that is off (the finding is only informative). */
  carried: number;
}

/** Published totals that disagree with the sum of their rows, one finding per total cell. */
export function countSumMismatches(findings: readonly Finding[]): SumMismatchCount {
  const sums = findings.filter((finding) => finding.check === 'sum');
  const carried = sums.filter((finding) => finding.severity === 'info').length;
  return { own: sums.length - carried, carried };
}

export interface Change {
  /** current − previous, in the figure's unit (count, or percentage points for a rate). */
  difference: number;
  /** Relative change in percent, for counts only. */
  relative: number | null;
}

export function countChange(current: number | null, previous: number | null): Change | null {
  if (current === null || previous === null) return null;
  return { difference: current - previous, relative: previous === 0 ? null : ((current - previous) / previous) * 100 };
}

export function rateChange(current: number | null, previous: number | null): Change | null {
  if (current === null || previous === null) return null;
  return { difference: current - previous, relative: null };
}
