import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { unusedParams, type UnusedParam } from '@/domain/url/unusedParams';
import { isTrendMetricId } from '@/domain/trends/metrics';
import {
  parseTrendSelection,
  readSeriesParam,
  seriesKey,
  trendSearchParams,
  writeTrendSelection,
  type TrendSelection,
} from '@/domain/trends/selection';

/**
 * The metric and series chosen, read from and written to the URL so that a
 * view can be shared or bookmarked; and what of the URL's choice is unknown.
 */
export function useTrendSelection(): [TrendSelection, (next: TrendSelection) => void, UnusedParam[]] {
  const [searchParams, setSearchParams] = useSearchParams();
  const metricParam = searchParams.get(trendSearchParams.metric);
  const seriesParam = searchParams.get(trendSearchParams.series);
  const selection = useMemo(() => {
    const params = new URLSearchParams();
    if (metricParam !== null) params.set(trendSearchParams.metric, metricParam);
    if (seriesParam !== null) params.set(trendSearchParams.series, seriesParam);
    return parseTrendSelection(params);
  }, [metricParam, seriesParam]);
  const unused = useMemo(
    () =>
      unusedParams(searchParams, {
        [trendSearchParams.metric]: (value) => (isTrendMetricId(value) ? value : null),
        [trendSearchParams.series]: (value) => readSeriesParam(value).map(seriesKey).join(','),
      }),
    [searchParams],
  );
  const setSelection = useCallback(
    (next: TrendSelection) =>
      setSearchParams((current) => writeTrendSelection(current, next), {
        // Replaced, not pushed: picking eight agencies should not take eight presses of Back to leave the page.
        replace: true,
        // Drawn at once rather than as a transition: the chart then updates its store in the same task,
        // instead of painting the new title over the old lines first.
        flushSync: true,
      }),
    [setSearchParams],
  );
  return [selection, setSelection, unused];
}
