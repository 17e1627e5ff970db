/**
 * The facts behind the one-sentence summary under the chart: the first and
 * last points that have a value, and which way the value went. The wording is
 * the feature's; keeping the facts here makes them testable without React.
 */
import type { TrendPoint, TrendSeries } from './buildTrends';

export type SeriesSummary =
  | { kind: 'none' }
  | { kind: 'single'; point: TrendPoint }
  | { kind: 'change'; first: TrendPoint; last: TrendPoint; direction: 'up' | 'down' | 'same' };

/**
 * A partial period (Quý I/2017) is left out when a full one is there: the
 * page tells readers not to set a quarter against a year, so its summary does
 * not either. The chart and the table still show the quarter.
 */
export function summarizeSeries(series: TrendSeries): SeriesSummary {
  const all = series.points.filter((point): point is TrendPoint & { value: number } => point.value !== null);
  const fullPeriods = all.filter((point) => !point.partial);
  const withValue = fullPeriods.length > 0 ? fullPeriods : all;
  const first = withValue[0];
  const last = withValue[withValue.length - 1];
  if (!first || !last) return { kind: 'none' };
  if (first === last) return { kind: 'single', point: first };
  // Compared at the two decimals shown, so the sentence never says "rose from 3,01 % to 3,01 %".
  const change = Math.round((last.value - first.value) * 100) / 100;
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
  return { kind: 'change', first, last, direction };
}
