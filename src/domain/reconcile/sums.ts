import type { DossierRow, DossierTable, FigureKey, Finding } from '../dataset/schema';
import { figureKeys } from '../dataset/schema';
import { formatNumber, formatSignedNumber } from '../format';
import { describeCorrection, testCorrection, type DigitCorrection } from './corrections';
import { correctionsOf, finding, identitiesOf, rowsOf, type PeriodContext } from './context';
import { figureLabels, rowReference, tableName } from './labels';

/**
 * Check 1: a subtotal or total against the rows it sums. Each row is checked
 * against its direct members as published, so a wrong subtotal is reported
 * once, where it is; the sum over the agency rows at the bottom is reported
 * separately (as information) when it tells something the direct sum does not.
 */

interface ColumnSum {
  sum: number;
  counted: number;
  blank: number;
}

/** Sum of a column over rows; null when every row leaves it blank (nothing to compare). */
export function sumColumn(rows: readonly DossierRow[], field: FigureKey): ColumnSum | null {
  let sum = 0;
  let counted = 0;
  for (const row of rows) {
    const value = row.figures[field];
    if (typeof value === 'number') {
      sum += value;
      counted += 1;
    }
  }
  return counted === 0 ? null : { sum, counted, blank: rows.length - counted };
}

export function agrees(published: number, computed: number): boolean {
  return Math.abs(published - computed) < 1e-6;
}

export function membersOf(rows: ReadonlyMap<string, DossierRow>, row: DossierRow): DossierRow[] {
  return row.memberRowIds.flatMap((id) => {
    const member = rows.get(id);
    return member ? [member] : [];
  });
}

/** The agency rows at the bottom of a row's member tree. */
function leavesOf(rows: ReadonlyMap<string, DossierRow>, row: DossierRow, seen = new Set<string>()): DossierRow[] {
  seen.add(row.id);
  return membersOf(rows, row).flatMap((member) => {
    if (seen.has(member.id)) return [];
    return member.memberRowIds.length === 0 ? [member] : leavesOf(rows, member, seen);
  });
}

/** The rows between a row and its leaves that themselves sum other rows. */
function intermediateRowsOf(rows: ReadonlyMap<string, DossierRow>, row: DossierRow, seen = new Set<string>()): DossierRow[] {
  seen.add(row.id);
  return membersOf(rows, row).flatMap((member) => {
    if (seen.has(member.id) || member.memberRowIds.length === 0) return [];
    return [member, ...intermediateRowsOf(rows, member, seen)];
  });
}

/**
 * In a table that lost rows, a sum can only be judged for a district whose
 * rows are all present; anywhere else a shortfall is the truncation itself.
 */
function isTruncated(table: DossierTable, row: DossierRow): boolean {
  if (table.complete) return false;
  if (!table.completeDistrictIds || row.districtId === null) return true;
  return !table.completeDistrictIds.includes(row.districtId);
}

function blankNote(column: ColumnSum): string {
  return column.blank > 0 ? `; ${column.blank} dòng để trống ô này, được tính như không có số` : '';
}

export function truncationNote(table: DossierTable): string {
  return `${tableName(table)} không đầy đủ${table.completenessNote ? `: ${table.completenessNote}` : ''}`;
}

/** The one member whose own digit slip accounts for the whole difference. */
function memberSlipCause(
  context: PeriodContext,
  members: readonly DossierRow[],
  field: FigureKey,
  published: number,
  computed: number,
): { member: DossierRow; correction: DigitCorrection } | null {
  const explaining = members.flatMap((member) =>
    correctionsOf(context, member)
      .filter((correction) => correction.field === field)
      .filter((correction) => agrees(computed - correction.printed + correction.corrected, published))
      .map((correction) => ({ member, correction })),
  );
  return explaining.length === 1 ? (explaining[0] ?? null) : null;
}

function describeMemberSlip(cause: { member: DossierRow; correction: DigitCorrection }, published: number): string {
  return (
    `Có thể lỗi chữ số ở dòng ${rowReference(cause.member)}: ${describeCorrection(cause.correction)}; ` +
    `sửa lại thì cộng các dòng được ${formatNumber(published, 'vi')}, đúng bằng số đã ghi`
  );
}

function sumCause(
  context: PeriodContext,
  table: DossierTable,
  row: DossierRow,
  members: readonly DossierRow[],
  field: FigureKey,
  published: number,
  computed: number,
): string | null {
  const memberCause = memberSlipCause(context, members, field, published, computed);
  if (memberCause) return describeMemberSlip(memberCause, published);
  const selfSlip = testCorrection(
    context.periodId,
    row,
    field,
    computed,
    `tổng các dòng thành phần (${formatNumber(computed, 'vi')})`,
    identitiesOf(context, table),
  );
  if (selfSlip && selfSlip.confirmingRates.length > 0) {
    return `Có thể lỗi chữ số ở chính dòng này: ${describeCorrection(selfSlip)}`;
  }
  return null;
}

/** Why the agency rows below a total disagree with it, named row by row. */
function leafCause(
  context: PeriodContext,
  rows: ReadonlyMap<string, DossierRow>,
  row: DossierRow,
  field: FigureKey,
  unexplained: number,
): string | null {
  const faulty = intermediateRowsOf(rows, row).flatMap((intermediate) => {
    const published = intermediate.figures[field];
    const members = membersOf(rows, intermediate);
    const column = sumColumn(members, field);
    if (typeof published !== 'number' || !column || agrees(published, column.sum)) return [];
    return [{ intermediate, published, computed: column.sum, members }];
  });
  const explained = faulty.reduce((total, item) => total + (item.published - item.computed), 0);
  if (faulty.length === 0 || !agrees(explained, unexplained)) return null;
  return faulty
    .map(({ intermediate, published, computed, members }) => {
      const slip = memberSlipCause(context, members, field, published, computed);
      if (slip) {
        return (
          `chênh lệch nằm ở dòng ${rowReference(slip.member)} thuộc ${rowReference(intermediate)}: ` +
          describeCorrection(slip.correction)
        );
      }
      return (
        `sai số truyền lên từ dòng ${rowReference(intermediate)}, dòng này ghi ${formatNumber(published, 'vi')} ` +
        `nhưng cộng các dòng của nó được ${formatNumber(computed, 'vi')}`
      );
    })
    .join('; ')
    .replace(/^./, (first) => first.toUpperCase());
}

export function checkSums(context: PeriodContext, table: DossierTable, row: DossierRow): Finding[] {
  if (row.memberRowIds.length === 0) return [];
  const rows = rowsOf(context, table);
  const members = membersOf(rows, row);
  const truncated = isTruncated(table, row);
  const nested = members.some((member) => member.memberRowIds.length > 0);
  const leaves = nested && !truncated ? leavesOf(rows, row) : [];
  const findings: Finding[] = [];
  for (const field of figureKeys) {
    const published = row.figures[field];
    if (typeof published !== 'number') continue;
    const direct = sumColumn(members, field);
    const common = {
      periodId: context.periodId,
      tableId: table.id,
      rowId: row.id,
      field,
      published,
      provenance: row.provenance,
    };
    if (direct && !agrees(published, direct.sum)) {
      const stated =
        `${rowReference(row)} «${figureLabels[field]}» ghi ${formatNumber(published, 'vi')}, ` +
        `cộng ${direct.counted} dòng thành phần được ${formatNumber(direct.sum, 'vi')} ` +
        `(chênh ${formatSignedNumber(published - direct.sum, 'vi')})${blankNote(direct)}`;
      findings.push(
        truncated
          ? finding({
              ...common,
              id: `${context.periodId}:truncation:${row.id}:${field}`,
              check: 'truncation',
              severity: 'info',
              computed: direct.sum,
              message: `${stated}. ${truncationNote(table)}`,
              likelyCause: 'Bảng bị cắt, thiếu dòng thành phần; không phải lỗi cộng',
            })
          : finding({
              ...common,
              id: `${context.periodId}:sum:${row.id}:${field}`,
              check: 'sum',
              severity: 'error',
              computed: direct.sum,
              message: stated,
              likelyCause: sumCause(context, table, row, members, field, published, direct.sum),
            }),
      );
    }
    const bottom = sumColumn(leaves, field);
    if (!bottom || agrees(published, bottom.sum)) continue;
    const directGap = direct ? published - direct.sum : 0;
    const leafGap = published - bottom.sum;
    if (direct && agrees(directGap, leafGap)) continue;
    findings.push(
      finding({
        ...common,
        id: `${context.periodId}:sum-leaves:${row.id}:${field}`,
        check: 'sum',
        severity: 'info',
        computed: bottom.sum,
        message:
          `${rowReference(row)} «${figureLabels[field]}» ghi ${formatNumber(published, 'vi')}, ` +
          `cộng ${bottom.counted} dòng đơn vị ở cấp cuối được ${formatNumber(bottom.sum, 'vi')} ` +
          `(chênh ${formatSignedNumber(leafGap, 'vi')})${blankNote(bottom)}` +
          (direct && agrees(directGap, 0) ? '; dòng này vẫn bằng tổng các dòng tổng đã in' : ''),
        likelyCause: leafCause(context, rows, row, field, leafGap - directGap),
      }),
    );
  }
  return findings;
}
