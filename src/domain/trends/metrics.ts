/**
 * What the trends page can plot. Dossier metrics come from the period tables,
 * the national indices from the indices list; both are placed on the same
 * fixed year axis so that a year without a report shows as a gap.
 */
import type { DossierRow, IndexValue } from '@/domain/dataset/schema';

/** The year axis: always all six years, whether or not a report covers them. */
export const trendYears = [2017, 2018, 2019, 2020, 2021, 2022] as const;
export type TrendYear = (typeof trendYears)[number];

export const trendMetricIds = [
  'comparableLateRate',
  'onTimeRate',
  'onlineRate',
  'received',
  'parIndexScore',
  'parIndexRank',
  'sipasScore',
  'sipasRank',
] as const;
export type TrendMetricId = (typeof trendMetricIds)[number];

export const defaultTrendMetric: TrendMetricId = 'comparableLateRate';

/** How a value is read and shown: percentages 0–100, counts, index scores, ranks among `of` provinces. */
export type TrendUnit = 'percent' | 'count' | 'score' | 'rank';

/** The period rule (Period.metricRules) that explains a dossier metric, when the periods define it differently. */
export type PeriodRuleKey = 'onTimeRate' | 'onlineRate';

export interface DossierMetricSpec {
  id: TrendMetricId;
  source: 'dossier';
  unit: TrendUnit;
  /** Ranks run the other way: 1 is best, so the axis is drawn reversed. */
  invertedAxis: boolean;
  read: (row: DossierRow) => number | null;
  periodRule: PeriodRuleKey | null;
}

export interface IndexMetricSpec {
  id: TrendMetricId;
  source: 'index';
  unit: TrendUnit;
  invertedAxis: boolean;
  indicator: IndexValue['indicator'];
  field: 'score' | 'rank';
}

export type TrendMetricSpec = DossierMetricSpec | IndexMetricSpec;

function dossierMetric(
  id: TrendMetricId,
  unit: TrendUnit,
  read: (row: DossierRow) => number | null,
  periodRule: PeriodRuleKey | null,
): DossierMetricSpec {
  return { id, source: 'dossier', unit, invertedAxis: false, read, periodRule };
}

function indexMetric(id: TrendMetricId, indicator: IndexValue['indicator'], field: 'score' | 'rank'): IndexMetricSpec {
  return { id, source: 'index', unit: field, invertedAxis: field === 'rank', indicator, field };
}

const dossierSpecs = {
  // Late resolved / resolved: the one late rate every report allows (inventory §2.4), so it needs no period rule.
  comparableLateRate: dossierMetric('comparableLateRate', 'percent', (row) => row.metrics.comparableLateRate, null),
  onTimeRate: dossierMetric('onTimeRate', 'percent', (row) => row.metrics.onTimeRate, 'onTimeRate'),
  onlineRate: dossierMetric('onlineRate', 'percent', (row) => row.metrics.onlineRate, 'onlineRate'),
  received: dossierMetric('received', 'count', (row) => row.figures.received ?? null, null),
} as const satisfies Partial<Record<TrendMetricId, DossierMetricSpec>>;

const specs: Record<TrendMetricId, TrendMetricSpec> = {
  ...dossierSpecs,
  parIndexScore: indexMetric('parIndexScore', 'par_index', 'score'),
  parIndexRank: indexMetric('parIndexRank', 'par_index', 'rank'),
  sipasScore: indexMetric('sipasScore', 'sipas', 'score'),
  sipasRank: indexMetric('sipasRank', 'sipas', 'rank'),
};

/** A measure read from the dossier tables, for other pages that chart it as /trends does. */
export function dossierMetricSpec(id: keyof typeof dossierSpecs): DossierMetricSpec {
  return dossierSpecs[id];
}

export function trendMetricSpec(id: TrendMetricId): TrendMetricSpec {
  return specs[id];
}

export function isTrendMetricId(value: unknown): value is TrendMetricId {
  return typeof value === 'string' && (trendMetricIds as readonly string[]).includes(value);
}

export function isTrendYear(value: number): value is TrendYear {
  return (trendYears as readonly number[]).includes(value);
}
