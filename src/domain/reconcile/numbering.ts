import type { DossierRow, DossierTable, Finding } from '../dataset/schema';
import { figureKeys } from '../dataset/schema';
import { finding, rowsOf, type PeriodContext } from './context';
import { rowReference, tableName } from './labels';
import { agrees, membersOf, sumColumn } from './sums';

/**
 * Check 5: row numbers within a block run 1, 2, 3 … A skipped number means a
 * row that was numbered but is not in the table (000 PL V Khánh Vĩnh skips 9).
 * Numbers are read as printed: "7", "2.8." (block 2, row 8) or Roman "IV".
 */

interface RowNumber {
  /** Rows compare only with siblings of the same style and prefix ("2." for "2.8."). */
  sequence: string;
  value: number;
}

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanToNumber(text: string): number | null {
  if (!/^[IVXLC]+$/.test(text)) return null;
  let total = 0;
  for (let index = 0; index < text.length; index += 1) {
    const current = romanValues[text[index] ?? ''] ?? 0;
    const next = romanValues[text[index + 1] ?? ''] ?? 0;
    total += current < next ? -current : current;
  }
  return numberToRoman(total) === text ? total : null;
}

function numberToRoman(value: number): string {
  const steps: [number, string][] = [
    [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let text = '';
  for (const [step, numeral] of steps) {
    while (rest >= step) {
      text += numeral;
      rest -= step;
    }
  }
  return text;
}

/**
 * Every way the printed number can be read. A single letter that is also a
 * Roman numeral ("C", "I") is ambiguous until its neighbours tell: after "B"
 * it is the third letter, at the head of a block it is Roman.
 */
export function readRowNumber(printed: string | null): RowNumber[] {
  if (printed === null) return [];
  const text = printed.trim().replace(/\.$/, '');
  if (/^\d+(\.\d+)*$/.test(text)) {
    const parts = text.split('.');
    return [{ sequence: `arabic:${parts.slice(0, -1).join('.')}`, value: Number(parts.at(-1)) }];
  }
  const readings: RowNumber[] = [];
  const roman = romanToNumber(text);
  if (roman !== null) readings.push({ sequence: 'roman', value: roman });
  if (/^[A-Z]$/.test(text)) readings.push({ sequence: 'letter', value: text.charCodeAt(0) - 64 });
  return readings;
}

function formatInSequence(sequence: string, value: number): string {
  if (sequence === 'roman') return numberToRoman(value);
  if (sequence === 'letter') return String.fromCharCode(64 + value);
  const prefix = sequence.slice('arabic:'.length);
  return prefix ? `${prefix}.${value}` : String(value);
}

/** The block's own total still equals the rows listed: nothing was lost but a number. */
function parentBalances(rows: ReadonlyMap<string, DossierRow>, parentId: string | null): boolean {
  const parent = parentId === null ? undefined : rows.get(parentId);
  if (!parent || parent.memberRowIds.length === 0) return false;
  const members = membersOf(rows, parent);
  return figureKeys.every((field) => {
    const published = parent.figures[field];
    const column = sumColumn(members, field);
    return typeof published !== 'number' || !column || agrees(published, column.sum);
  });
}

export function checkNumbering(context: PeriodContext, table: DossierTable): Finding[] {
  const rows = rowsOf(context, table);
  const lastInBlock = new Map<string, { value: number; row: DossierRow }>();
  const findings: Finding[] = [];
  for (const row of table.rows) {
    const readings = readRowNumber(row.number);
    const blockOf = (reading: RowNumber) => `${row.parentRowId ?? ''}|${reading.sequence}`;
    const number =
      readings.find((reading) => lastInBlock.get(blockOf(reading))?.value === reading.value - 1) ?? readings[0];
    if (!number) continue;
    const block = blockOf(number);
    const previous = lastInBlock.get(block);
    lastInBlock.set(block, { value: number.value, row });
    const expected = previous ? previous.value + 1 : 1;
    if (number.value === expected || (previous && number.value === 1)) continue;
    const common = {
      id: `${context.periodId}:numbering:${row.id}`,
      periodId: context.periodId,
      check: 'numbering' as const,
      severity: 'warning' as const,
      tableId: table.id,
      rowId: row.id,
      field: 'number',
      published: number.value,
      computed: expected,
      provenance: row.provenance,
    };
    if (number.value < expected) {
      findings.push(
        finding({
          ...common,
          message: `${tableName(table)}: số thứ tự «${row.number}» của dòng ${rowReference(row)} lặp lại hoặc lùi lại sau «${previous?.row.number ?? ''}»`,
          likelyCause: null,
        }),
      );
      continue;
    }
    const missing = Array.from({ length: number.value - expected }, (_, offset) =>
      formatInSequence(number.sequence, expected + offset),
    );
    const after = previous ? `nhảy từ «${previous.row.number}» lên «${row.number}»` : `bắt đầu từ «${row.number}»`;
    findings.push(
      finding({
        ...common,
        message: `${tableName(table)}: số thứ tự ${after} ở dòng ${rowReference(row)}, thiếu số ${
          missing.length > 5 ? `${missing[0]} đến ${missing.at(-1)}` : missing.join(', ')
        }`,
        likelyCause: parentBalances(rows, row.parentRowId)
          ? 'Dòng tổng của khối vẫn bằng tổng các dòng có mặt: không mất số liệu, nhiều khả năng đơn vị mang số này không được liệt kê hoặc đánh số sai'
          : null,
      }),
    );
  }
  return findings;
}
