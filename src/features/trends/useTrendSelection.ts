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
    // Replaced, not pushed: picking eight agencies should not take eight presses of Back to leave the page.
    (next: TrendSelection) => setSearchParams((current) => writeTrendSelection(current, next), { replace: true }),
    [setSearchParams],
  );
  return [selection, setSelection];
}
