/**
 * Count and rate cells. The reports write numbers differently (inventory
 * §3.5): the 2017 dossier tables use no thousands separator and "." as the
 * decimal point ("17256", "89.95%"), while 2017 PL III, 2020 and 2022 use "."
 * for thousands and "," for decimals ("69.760", "99,52%"). The format is
 * therefore an explicit argument, never guessed from the cell.
 */
import type { PublishedRate } from '@/domain/dataset/schema';
import { plainText } from '@/domain/text/html';

export interface NumberFormat {
  /** Thousands separator, or null when counts are printed as bare digits. */
  thousands: '.' | null;
  decimal: '.' | ',';
}

/** 2017-Q1 PL IV–VII: "17256", "89.95%". */
export const bareDigitsFormat: NumberFormat = { thousands: null, decimal: '.' };
/** 2017-Q1 PL III, 2020, 2022: "69.760", "99,52%"; bare digits ("13340") also occur. */
export const vietnameseFormat: NumberFormat = { thousands: '.', decimal: ',' };

/** A count or rate cell that does not read as one: the ingest stops rather than guess a figure. */
export class CellReadError extends Error {
  constructor(
    readonly cellKind: 'count' | 'rate',
    readonly cellText: string,
  ) {
    super(cellKind === 'count' ? `Ô số lượng không đọc được: "${cellText}"` : `Ô tỷ lệ không đọc được: "${cellText}"`);
    this.name = 'CellReadError';
  }
}

/** Some cells are printed without the separator, so bare digits are always accepted. */
function countPattern(format: NumberFormat): RegExp {
  return format.thousands === '.' ? /^(?:\d{1,3}(?:\.\d{3})+|\d+)$/ : /^\d+$/;
}

/**
 * A count cell: "" → null (nothing published), "-" → 0 (the reports' zero).
 * Throws a CellReadError on anything else that is not a count in the given
 * format, because a misread figure must stop the ingest rather than slip
 * into the dataset.
 */
export function parseCount(cell: string, format: NumberFormat): number | null {
  const text = plainText(cell);
  if (text === '') return null;
  if (text === '-') return 0;
  if (!countPattern(format).test(text)) throw new CellReadError('count', text);
  const count = Number(format.thousands ? text.split(format.thousands).join('') : text);
  // A count too long to hold exactly would come out as a different figure.
  if (!Number.isSafeInteger(count)) throw new CellReadError('count', text);
  return count;
}

/** Scales without binary noise: 0.1257 → 12.57, not 12.570000000000002. */
function fractionToPercent(fraction: string): number {
  const [whole = '0', decimals = ''] = fraction.split('.');
  const shifted = `${whole}${decimals.padEnd(2, '0').slice(0, 2)}.${decimals.slice(2)}`;
  return Number(shifted.endsWith('.') ? shifted.slice(0, -1) : shifted);
}

/**
 * A rate cell as printed and as a percentage. "89.95%" → 89.95; "99,52%" →
 * 99.52; a bare fraction without "%" ("0.1257", 2017 PL IV) → 12.57. An
 * empty cell gives null (no rate printed); anything else throws a CellReadError.
 */
export function parseRate(cell: string, format: NumberFormat): PublishedRate | null {
  const text = plainText(cell);
  if (text === '') return null;
  const decimal = format.decimal === '.' ? '\\.' : ',';
  const percentMatch = new RegExp(`^(\\d+(?:${decimal}\\d+)?)\\s*%$`).exec(text);
  if (percentMatch?.[1]) return { text, value: Number(percentMatch[1].replace(',', '.')) };
  const fractionMatch = new RegExp(`^0${decimal}\\d+$`).exec(text);
  if (fractionMatch) return { text, value: fractionToPercent(text.replace(',', '.')) };
  throw new CellReadError('rate', text);
}
