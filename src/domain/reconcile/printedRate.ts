/**
 * A rate is only as precise as it is printed: "94.3%" says 94.25–94.35,
 * "91%" says 90.5–91.5. Reading the printed text (not just its value) tells
 * how much rounding a recomputed rate may differ by, and whether the report
 * wrote a fraction ("0.1257") where it meant a percentage.
 */
export interface PrintedRate {
  /** The printed number read as a percentage (12.57 for "0.1257"). */
  percent: number;
  /** Decimals of the percentage the text carries ("0.1257" → 2). */
  decimals: number;
  /** Printed as a fraction of one, without a % sign. */
  asFraction: boolean;
  decimalMark: '.' | ',';
}

/** Half a unit in the last printed digit, plus room for binary floating point. */
const FLOAT_EPSILON = 1e-9;

export function readPrintedRate(text: string): PrintedRate | null {
  const match = /(\d+)(?:([.,])(\d+))?/.exec(text);
  if (!match) return null;
  const [, whole = '', mark, fraction = ''] = match;
  const number = Number(`${whole}.${fraction || '0'}`);
  const decimalMark = mark === ',' ? ',' : '.';
  const asFraction = !text.includes('%') && fraction !== '' && number < 1;
  if (asFraction) {
    const decimals = Math.max(fraction.length - 2, 0);
    return { percent: Number((number * 100).toFixed(decimals)), decimals, asFraction, decimalMark };
  }
  return { percent: number, decimals: fraction.length, asFraction, decimalMark };
}

export function fitsPrinted(computedPercent: number, printed: PrintedRate): boolean {
  const tolerance = 0.5 * 10 ** -printed.decimals + FLOAT_EPSILON;
  return Math.abs(computedPercent - printed.percent) <= tolerance;
}

/** The percentage as the report would have printed it, in the report's own style ("94.39%"). */
export function printLikeReport(percent: number, printed: PrintedRate): string {
  const text = percent.toFixed(printed.decimals);
  return `${printed.decimalMark === ',' ? text.replace('.', ',') : text}%`;
}

/** The digits of a percentage printed at the report's precision ("94.39" → "9439"). */
export function printedDigits(percent: number, decimals: number): string {
  return percent.toFixed(decimals).replace('.', '');
}
