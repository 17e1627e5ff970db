/**
 * Shapes GET /agencies/:id for the detail page: one merged record per period
 * the agency appears in, and one point per calendar year for the chart.
 */
import type { AgencyAppearance, AgencyTask } from '@/api/contract';
import { mergeAgencyRows, type MergedAgencyRows } from '@/domain/agencies/table';
import { figureKeys, type DossierRow, type FigureKey, type Finding, type Period } from '@/domain/dataset/schema';
import { dossierMetricSpec, type DossierMetricSpec } from '@/domain/trends/metrics';
import { valueDisputes } from '@/domain/trends/disputes';

export interface AgencyPeriod {
  period: Period;
  /** Null when the agency appears in this period's tasks only. */
  figures: MergedAgencyRows | null;
  /** The report's rows the figures come from. */
  rows: DossierRow[];
  tasks: AgencyTask[];
}

/** The periods the agency appears in, oldest first (the order of the period list). */
export function agencyPeriods(periods: readonly Period[], appearances: readonly AgencyAppearance[]): AgencyPeriod[] {
  return periods.flatMap((period) => {
    const appearance = appearances.find((candidate) => candidate.periodId === period.id);
    if (!appearance || (appearance.rows.length === 0 && appearance.tasks.length === 0)) return [];
    return [{ period, figures: mergeAgencyRows(period.id, appearance.rows), rows: appearance.rows, tasks: appearance.tasks }];
  });
}

/**
 * Figure rows of the side-by-side table: every figure some period gives a
 * value for, in schema order. A column left blank in every period (2020's
 * online payments for most agencies) would be a row of dashes, so it is left out.
 */
export function publishedFigureKeys(withFigures: readonly AgencyPeriod[], shownElsewhere: ReadonlySet<FigureKey>): FigureKey[] {
  return figureKeys.filter((key) => !shownElsewhere.has(key) && withFigures.some((entry) => entry.figures?.figures[key] != null));
}

export interface YearPoint {
  year: number;
  /** The period the values come from; null for a year without statistics. */
  period: Period | null;
  comparableLateRate: number | null;
  onlineRate: number | null;
  /** The report's own disagreements each value rests on, by the rule /trends marks its points with. */
  comparableLateRateDisputes: Finding[];
  onlineRateDisputes: Finding[];
}

function disputesOfEntry(spec: DossierMetricSpec, entry: AgencyPeriod | undefined, findings: ReadonlyMap<string, readonly Finding[]>): Finding[] {
  const merged = entry?.figures;
  if (!entry || !merged) return [];
  // One row is its own record; the figures of several are read as one row, as they are drawn.
  const chosen = entry.rows.length === 1 ? merged.primary : { ...merged.primary, figures: merged.figures, metrics: merged.metrics };
  return spec.read(chosen) === null ? [] : valueDisputes(spec, entry.period.id, chosen, entry.rows, findings);
}

/**
 * One point per calendar year from the first to the last period. A year
 * without a statistics period (2018, 2019, 2021) is a point of nulls, which
 * the chart shows as a gap. If a year had two statistics periods, the
 * full-year one would stand for it.
 */
export function yearPoints(
  periods: readonly Period[],
  entries: readonly AgencyPeriod[],
  findingsByRow: ReadonlyMap<string, readonly Finding[]>,
): YearPoint[] {
  if (periods.length === 0) return [];
  const years = periods.map((period) => period.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const points: YearPoint[] = [];
  for (let year = first; year <= last; year += 1) {
    const candidates = entries.filter((entry) => entry.period.year === year && entry.figures !== null);
    const chosen = candidates.find((entry) => entry.period.kind === 'year') ?? candidates[0];
    points.push({
      year,
      period: chosen?.period ?? null,
      comparableLateRate: chosen?.figures?.metrics.comparableLateRate ?? null,
      onlineRate: chosen?.figures?.metrics.onlineRate ?? null,
      comparableLateRateDisputes: disputesOfEntry(dossierMetricSpec('comparableLateRate'), chosen, findingsByRow),
      onlineRateDisputes: disputesOfEntry(dossierMetricSpec('onlineRate'), chosen, findingsByRow),
    });
  }
  return points;
}
