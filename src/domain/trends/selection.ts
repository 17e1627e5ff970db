/**
 * The trends view's choice (metric and series) as it lives in the URL:
 * ?metric=onlineRate&series=province,level:department,agency:so-tu-phap
 * Parsing is forgiving (unknown parts are dropped) so that an old or edited
 * link still opens a sensible chart instead of an error.
 */
import type { StatisticsLevel } from '@/domain/dataset/schema';
import { defaultTrendMetric, isTrendMetricId, trendMetricSpec, type TrendMetricId } from './metrics';

/** The levels offered as series; 'all' is the province series. */
export const trendLevels = ['department', 'district', 'commune', 'land_registration'] as const satisfies readonly StatisticsLevel[];
export type TrendLevel = (typeof trendLevels)[number];

export type TrendSeriesSelector =
  | { kind: 'province' }
  | { kind: 'level'; level: TrendLevel }
  | { kind: 'agency'; agencyId: string };

/** At most this many agencies are compared side by side. */
export const maxTrendAgencies = 8;

export const provinceSelector: TrendSeriesSelector = { kind: 'province' };

export interface TrendSelection {
  metric: TrendMetricId;
  series: TrendSeriesSelector[];
}

export const defaultTrendSelection: TrendSelection = { metric: defaultTrendMetric, series: [provinceSelector] };

export const trendSearchParams = { metric: 'metric', series: 'series' } as const;

function isTrendLevel(value: string): value is TrendLevel {
  return (trendLevels as readonly string[]).includes(value);
}

/** "province", "level:<level>", "agency:<agency id>". */
export function seriesKey(selector: TrendSeriesSelector): string {
  switch (selector.kind) {
    case 'province':
      return 'province';
    case 'level':
      return `level:${selector.level}`;
    case 'agency':
      return `agency:${selector.agencyId}`;
  }
}

export function parseSeriesKey(key: string): TrendSeriesSelector | null {
  if (key === 'province') return provinceSelector;
  const separator = key.indexOf(':');
  if (separator < 0) return null;
  const kind = key.slice(0, separator);
  const value = key.slice(separator + 1);
  if (kind === 'level' && isTrendLevel(value)) return { kind: 'level', level: value };
  if (kind === 'agency' && value !== '') return { kind: 'agency', agencyId: value };
  return null;
}

/** Drops duplicates and agencies beyond the eighth, keeping the order chosen. */
export function normalizeSeries(series: readonly TrendSeriesSelector[]): TrendSeriesSelector[] {
  const seen = new Set<string>();
  const kept: TrendSeriesSelector[] = [];
  let agencies = 0;
  for (const selector of series) {
    const key = seriesKey(selector);
    if (seen.has(key)) continue;
    if (selector.kind === 'agency') {
      if (agencies >= maxTrendAgencies) continue;
      agencies += 1;
    }
    seen.add(key);
    kept.push(selector);
  }
  return kept;
}

/** The series a `series` parameter names, unreadable keys, repeats and agencies beyond the eighth left out. */
export function readSeriesParam(value: string): TrendSeriesSelector[] {
  return normalizeSeries(
    value
      .split(',')
      .map((key) => parseSeriesKey(key.trim()))
      .filter((selector): selector is TrendSeriesSelector => selector !== null),
  );
}

/** The selection an URL asks for; missing or unreadable parts fall back to the default view. */
export function parseTrendSelection(params: URLSearchParams): TrendSelection {
  const metricParam = params.get(trendSearchParams.metric);
  const metric = isTrendMetricId(metricParam) ? metricParam : defaultTrendSelection.metric;
  const seriesParam = params.get(trendSearchParams.series);
  const series = seriesParam === null ? [] : readSeriesParam(seriesParam);
  return { metric, series: series.length > 0 ? series : [...defaultTrendSelection.series] };
}

/** Writes the selection into a copy of `params`; the default view leaves no parameter behind. */
export function writeTrendSelection(params: URLSearchParams, selection: TrendSelection): URLSearchParams {
  const next = new URLSearchParams(params);
  const series = normalizeSeries(selection.series);
  const isDefaultSeries = series.length === 1 && series[0]?.kind === 'province';
  if (selection.metric === defaultTrendMetric) next.delete(trendSearchParams.metric);
  else next.set(trendSearchParams.metric, selection.metric);
  if (series.length === 0 || isDefaultSeries) next.delete(trendSearchParams.series);
  else next.set(trendSearchParams.series, series.map(seriesKey).join(','));
  return next;
}

/**
 * The series actually plotted: the national indices exist for the whole
 * province only, so level and agency series are set aside for them (and kept
 * in the URL for when the user goes back to a dossier metric).
 */
export function plottedSeries(selection: TrendSelection): TrendSeriesSelector[] {
  if (trendMetricSpec(selection.metric).source === 'index') return [provinceSelector];
  return selection.series;
}
