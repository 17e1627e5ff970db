import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseTrendSelection, trendSearchParams, writeTrendSelection, type TrendSelection } from '@/domain/trends/selection';

/** The metric and series chosen, read from and written to the URL so that a view can be shared or bookmarked. */
export function useTrendSelection(): [TrendSelection, (next: TrendSelection) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const metricParam = searchParams.get(trendSearchParams.metric);
  const seriesParam = searchParams.get(trendSearchParams.series);
  const selection = useMemo(() => {
    const params = new URLSearchParams();
    if (metricParam !== null) params.set(trendSearchParams.metric, metricParam);
    if (seriesParam !== null) params.set(trendSearchParams.series, seriesParam);
    return parseTrendSelection(params);
  }, [metricParam, seriesParam]);
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
  return [selection, setSelection];
}
