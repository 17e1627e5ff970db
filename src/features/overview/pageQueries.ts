import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { findingsQueryOptions, periodAgenciesQueryOptions, periodTasksQueryOptions, prefetchEnabled } from '@/api/queries';
import { comparablePeriod, type PeriodNeed } from '@/app/period';
import type { Period } from '@/domain/dataset/schema';

/** The page's period when the URL names none; its route asks for the same period's data. */
export const overviewPeriodNeed: PeriodNeed = 'statistics';

/**
 * The queries of OverviewPage for `period`, compared with `previous` (comparablePeriod): the page
 * observes them, and its route starts them (prefetchOverviewPage). In the order the page is read:
 * the headline figures and their comparison first, so that the requests behind them are sent,
 * answered and drawn first.
 */
export function overviewPageQueries(client: ApiClient, period: Period, previous: Period | undefined) {
  return {
    tables: { ...periodAgenciesQueryOptions(client, period.id), enabled: period.holds.statistics },
    comparison: { ...periodAgenciesQueryOptions(client, previous?.id ?? period.id), enabled: previous !== undefined && period.holds.statistics },
    tasks: { ...periodTasksQueryOptions(client, period.id), enabled: period.holds.tasks },
    findings: findingsQueryOptions(client, period.id),
  };
}

export type OverviewPageQueries = ReturnType<typeof overviewPageQueries>;

export function prefetchOverviewPage(client: ApiClient, queryClient: QueryClient, period: Period, periods: readonly Period[]): void {
  const { tables, comparison, tasks, findings } = overviewPageQueries(client, period, comparablePeriod(period, periods));
  prefetchEnabled(queryClient, tables);
  prefetchEnabled(queryClient, comparison);
  prefetchEnabled(queryClient, tasks);
  prefetchEnabled(queryClient, findings);
}
