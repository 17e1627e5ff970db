import type { DossierRow, DossierTable, FigureKey, Finding } from '../dataset/schema';
import { figureKeys } from '../dataset/schema';
import { formatNumber, formatSignedNumber } from '../format';
import { finding, rowsOf, type PeriodContext } from './context';
import { figureLabels, rowReference, tableName } from './labels';
import { agrees, membersOf, sumColumn, truncationNote } from './sums';

/**
 * Check 2: a summary table (level "all") carries one row per level block
 * ("Khối UBND cấp xã") that stands for the whole table of that level. The
 * link is found from the levels alone: the block row against the other
 * table's total row, or, when that table lost its total, against the sum of
 * its top rows.
 */

/** The top row of its level inside a summary table, not an agency nested in a block. */
function isLevelBlockRow(rows: ReadonlyMap<string, DossierRow>, row: DossierRow): boolean {
  if (row.level === 'all' || row.kind === 'total') return false;
  const parent = row.parentRowId === null ? undefined : rows.get(row.parentRowId);
  return !parent || parent.kind === 'total' || parent.level !== row.level;
}

interface Counterpart {
  describe: (value: number) => string;
  value: (field: FigureKey) => number | null;
  /** The members' sum where the counterpart is a published total. */
  memberSum: (field: FigureKey) => number | null;
}

function counterpartOf(detail: DossierTable): Counterpart | null {
  const rows = new Map(detail.rows.map((row) => [row.id, row]));
  const totals = detail.rows.filter((row) => row.kind === 'total' && row.parentRowId === null);
  if (totals.length > 1) return null;
  const [total] = totals;
  if (total) {
    const members = membersOf(rows, total);
    return {
      describe: (value) => `dòng ${rowReference(total)} của ${tableName(detail)} ghi ${formatNumber(value, 'vi')}`,
      value: (field) => total.figures[field] ?? null,
      memberSum: (field) => sumColumn(members, field)?.sum ?? null,
    };
  }
  const nestedIds = new Set(detail.rows.flatMap((row) => row.memberRowIds));
  const roots = detail.rows.filter(
    (row) => !nestedIds.has(row.id) && (row.parentRowId === null || !rows.has(row.parentRowId)),
  );
  return {
    describe: (value) =>
      `${tableName(detail)} không có dòng tổng; cộng ${roots.length} dòng cấp trên cùng hiện có được ${formatNumber(value, 'vi')}`,
    value: (field) => sumColumn(roots, field)?.sum ?? null,
    memberSum: () => null,
  };
}

export function checkCrossTable(context: PeriodContext, table: DossierTable, row: DossierRow): Finding[] {
  if (table.level !== 'all' || !isLevelBlockRow(rowsOf(context, table), row)) return [];
  const findings: Finding[] = [];
  for (const detail of context.tables) {
    if (detail.id === table.id || detail.level !== row.level) continue;
    const counterpart = counterpartOf(detail);
    if (!counterpart) continue;
    for (const field of figureKeys) {
      const published = row.figures[field];
      const computed = counterpart.value(field);
      if (typeof published !== 'number' || computed === null || agrees(published, computed)) continue;
      const stated =
        `${rowReference(row)} của ${tableName(table)} «${figureLabels[field]}» ghi ${formatNumber(published, 'vi')}; ` +
        `${counterpart.describe(computed)} (chênh ${formatSignedNumber(published - computed, 'vi')})`;
      const common = {
        periodId: context.periodId,
        tableId: table.id,
        rowId: row.id,
        field,
        published,
        computed,
        provenance: row.provenance,
      };
      if (!detail.complete) {
        findings.push(
          finding({
            ...common,
            id: `${context.periodId}:truncation:${row.id}:${detail.id}:${field}`,
            check: 'truncation',
            severity: 'info',
            message: `${stated}. ${truncationNote(detail)}`,
            likelyCause: `${tableName(detail)} bị cắt, thiếu dòng; không phải lỗi cộng`,
          }),
        );
        continue;
      }
      const memberSum = counterpart.memberSum(field);
      findings.push(
        finding({
          ...common,
          id: `${context.periodId}:cross:${row.id}:${detail.id}:${field}`,
          check: 'sum',
          severity: 'error',
          message: stated,
          likelyCause:
            memberSum !== null && agrees(published, memberSum)
              ? `Dòng tổng của ${tableName(detail)} ghi sai: số ở đây bằng tổng các dòng của ${tableName(detail)} (${formatNumber(memberSum, 'vi')})`
              : null,
        }),
      );
    }
  }
  return findings;
}
