/**
 * Late-rate severity bands. The top band comes from the province's rule that
 * an agency with 10 % or more late dossiers in a year cannot be rated good at
 * administrative reform (12-CTr/TU, 004:74); the lower bands grade the rest so
 * staff see who is drifting towards it. Staff may move the thresholds.
 */
export const severities = ['severe', 'high', 'watch', 'good', 'none'] as const;
export type Severity = (typeof severities)[number];

/** Percentages (0–100): severe ≥ `severe`, high ≥ `high`, watch > `watch`, good otherwise. */
export interface SeverityThresholds {
  severe: number;
  high: number;
  watch: number;
}

export const defaultSeverityThresholds: Readonly<SeverityThresholds> = Object.freeze({ severe: 10, high: 5, watch: 1 });

/**
 * Rates are computed as count / base × 100, which carries binary rounding
 * noise (7 / 140 × 100 = 5.000000000000001). Rounding to 9 decimals first
 * puts a rate that is exactly on a threshold in the band the rule names.
 */
function comparable(rate: number): number {
  return Math.round(rate * 1e9) / 1e9;
}

/** The band of a late rate (percent); `none` when there is no figure. */
export function lateRateSeverity(
  rate: number | null | undefined,
  thresholds: SeverityThresholds = defaultSeverityThresholds,
): Severity {
  if (rate == null || !Number.isFinite(rate)) return 'none';
  const value = comparable(rate);
  if (value >= thresholds.severe) return 'severe';
  if (value >= thresholds.high) return 'high';
  if (value > thresholds.watch) return 'watch';
  return 'good';
}

export type ThresholdProblem = 'not_a_number' | 'out_of_range' | 'not_increasing';

export type ThresholdCheck = { ok: true; thresholds: SeverityThresholds } | { ok: false; problem: ThresholdProblem };

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Accepts thresholds that are numbers in 0–100 with watch < high < severe, so every band stays reachable. */
export function checkThresholds(candidate: { severe: unknown; high: unknown; watch: unknown }): ThresholdCheck {
  const { severe, high, watch } = candidate;
  if (!isFiniteNumber(severe) || !isFiniteNumber(high) || !isFiniteNumber(watch)) return { ok: false, problem: 'not_a_number' };
  if ([severe, high, watch].some((value) => value < 0 || value > 100)) return { ok: false, problem: 'out_of_range' };
  if (!(watch < high && high < severe)) return { ok: false, problem: 'not_increasing' };
  return { ok: true, thresholds: { severe, high, watch } };
}

/** localStorage key of the user's thresholds. */
export const SEVERITY_STORAGE_KEY = 'cchc.agencies.lateRateThresholds';

/** Reads stored thresholds; anything unreadable or invalid falls back to the defaults. */
export function parseStoredThresholds(raw: string | null | undefined): SeverityThresholds {
  if (raw == null) return { ...defaultSeverityThresholds };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return { ...defaultSeverityThresholds };
    const { severe, high, watch } = parsed as Record<string, unknown>;
    const checked = checkThresholds({ severe, high, watch });
    return checked.ok ? checked.thresholds : { ...defaultSeverityThresholds };
  } catch {
    return { ...defaultSeverityThresholds };
  }
}

export function serializeThresholds(thresholds: SeverityThresholds): string {
  return JSON.stringify({ severe: thresholds.severe, high: thresholds.high, watch: thresholds.watch });
}

export function isDefaultThresholds(thresholds: SeverityThresholds): boolean {
  return (
    thresholds.severe === defaultSeverityThresholds.severe &&
    thresholds.high === defaultSeverityThresholds.high &&
    thresholds.watch === defaultSeverityThresholds.watch
  );
}
