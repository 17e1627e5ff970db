import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { agenciesQueryOptions, findingsQueryOptions, periodAgenciesQueryOptions } from '@/api/queries';
import type { Period } from '@/domain/dataset/schema';

/** What AgenciesPage asks for, started by its route while the page's code loads. */
export function prefetchAgenciesPage(client: ApiClient, queryClient: QueryClient, period: Period): void {
  if (!period.holds.statistics) return;
  void queryClient.prefetchQuery(periodAgenciesQueryOptions(client, period.id));
  void queryClient.prefetchQuery(agenciesQueryOptions(client));
  void queryClient.prefetchQuery(findingsQueryOptions(client, period.id));
}
