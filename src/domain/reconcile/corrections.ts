import type { DossierRow, FigureKey, PeriodId, RateKey } from '../dataset/schema';
import { rateKeys } from '../dataset/schema';
import { formatNumber } from '../format';
import { recomputeRate } from '../metrics/periodRules';
import { digitSlip, digitSlipLabels, type DigitSlip } from './digits';
import { checkIdentity, holds, type IdentityCheck, type RowIdentity } from './identities';
import { figureLabels, rateLabels } from './labels';
import { fitsPrinted, readPrintedRate, type PrintedRate } from './printedRate';

/**
 * A figure that a single digit slip explains, shown by the row's own other
 * figures: the corrected value restores an identity (or a sum), keeps every
 * identity that held, and every printed rate that depends on it fits the
 * corrected value. This never changes the figure; it only explains a finding.
 */
export interface DigitCorrection {
  row: DossierRow;
  field: FigureKey;
  printed: number;
  corrected: number;
  slip: DigitSlip;
  /** What the corrected value agrees with, in words. */
  agreesWith: string;
  /** Printed rates that depend on the figure and fit only the corrected value. */
  confirmingRates: { key: RateKey; text: string }[];
}

interface ReadableRate {
  key: RateKey;
  text: string;
  printed: PrintedRate;
}

/** The row's printed rates that the period's rules can recompute. */
function recomputableRates(periodId: PeriodId, row: DossierRow): ReadableRate[] {
  const readable: ReadableRate[] = [];
  for (const key of rateKeys) {
    const rate = row.publishedRates[key];
    const printed = rate ? readPrintedRate(rate.text) : null;
    if (rate && printed && recomputeRate(periodId, key, row.figures) !== null) {
      readable.push({ key, text: rate.text, printed });
    }
  }
  return readable;
}

function hasRecomputableRates(periodId: PeriodId, row: DossierRow): boolean {
  return recomputableRates(periodId, row).length > 0;
}

/** Tests one corrected value; null when the row's other figures or its rates speak against it. */
export function testCorrection(
  periodId: PeriodId,
  row: DossierRow,
  field: FigureKey,
  corrected: number,
  agreesWith: string,
  identities: readonly RowIdentity[],
): DigitCorrection | null {
  const printed = row.figures[field];
  if (typeof printed !== 'number' || !Number.isInteger(corrected) || corrected < 0) return null;
  const slip = digitSlip(String(printed), String(corrected));
  if (!slip) return null;
  const correctedFigures = { ...row.figures, [field]: corrected };
  for (const identity of identities) {
    const before = checkIdentity(identity, row.figures);
    const after = checkIdentity(identity, correctedFigures);
    if (before && holds(before) && !(after && holds(after))) return null;
  }
  const confirmingRates: DigitCorrection['confirmingRates'] = [];
  for (const rate of recomputableRates(periodId, row)) {
    const before = recomputeRate(periodId, rate.key, row.figures);
    const after = recomputeRate(periodId, rate.key, correctedFigures);
    if (before === after) continue;
    if (after === null || !fitsPrinted(after, rate.printed)) return null;
    confirmingRates.push({ key: rate.key, text: rate.text });
  }
  return { row, field, printed, corrected, slip, agreesWith, confirmingRates };
}

/** Picks the one correction the evidence supports; rates must confirm it whenever the row prints any. */
function single(periodId: PeriodId, row: DossierRow, candidates: DigitCorrection[]): DigitCorrection | null {
  const supported = hasRecomputableRates(periodId, row)
    ? candidates.filter((candidate) => candidate.confirmingRates.length > 0)
    : candidates;
  return supported.length === 1 ? (supported[0] ?? null) : null;
}

/** The single digit slip, in any term of a failing identity, that restores it. */
export function correctionForIdentity(
  periodId: PeriodId,
  row: DossierRow,
  check: IdentityCheck,
  identities: readonly RowIdentity[],
): DigitCorrection | null {
  const { identity } = check;
  /** "Label A op Label B = 1.234 op 56": the arithmetic the corrected value agrees with. */
  const arithmetic = (fields: readonly FigureKey[], operator: string): string =>
    `${fields.map((field) => figureLabels[field]).join(` ${operator} `)} = ` +
    fields.map((field) => formatNumber(row.figures[field], 'vi')).join(` ${operator} `);
  const candidates: DigitCorrection[] = [];
  const asTotal = testCorrection(periodId, row, identity.total, check.computed, arithmetic(identity.parts, '+'), identities);
  if (asTotal) candidates.push(asTotal);
  for (const part of identity.parts) {
    const partValue = row.figures[part];
    if (typeof partValue !== 'number') continue;
    const implied = check.published - (check.computed - partValue);
    const others = identity.parts.filter((other) => other !== part);
    const candidate = testCorrection(periodId, row, part, implied, arithmetic([identity.total, ...others], '−'), identities);
    if (candidate) candidates.push(candidate);
  }
  return single(periodId, row, candidates);
}

/** "«14758» nhiều khả năng là «4758» (thừa một chữ số; khớp với …; … cũng khớp)". */
export function describeCorrection(correction: DigitCorrection): string {
  const reasons = [digitSlipLabels[correction.slip], `khớp với ${correction.agreesWith}`];
  if (correction.confirmingRates.length > 0) {
    const rates = correction.confirmingRates.map((rate) => `${rateLabels[rate.key].toLowerCase()} «${rate.text}»`).join(', ');
    reasons.push(`${rates} cũng khớp với ${correction.corrected}`);
  }
  return `«${correction.printed}» ở cột «${figureLabels[correction.field]}» nhiều khả năng là «${correction.corrected}» (${reasons.join('; ')})`;
}
