import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { findingsQueryOptions, periodAgenciesQueryOptions, periodTasksQueryOptions } from '@/api/queries';
import { comparablePeriod } from '@/app/period';
import type { Period } from '@/domain/dataset/schema';

/** What OverviewPage asks for, started by its route while the page's code loads. */
export function prefetchOverviewPage(client: ApiClient, queryClient: QueryClient, period: Period, periods: readonly Period[]): void {
  if (period.holds.statistics) {
    void queryClient.prefetchQuery(periodAgenciesQueryOptions(client, period.id));
    const previous = comparablePeriod(period, periods);
    if (previous) void queryClient.prefetchQuery(periodAgenciesQueryOptions(client, previous.id));
  }
  if (period.holds.tasks) void queryClient.prefetchQuery(periodTasksQueryOptions(client, period.id));
  void queryClient.prefetchQuery(findingsQueryOptions(client, period.id));
}
