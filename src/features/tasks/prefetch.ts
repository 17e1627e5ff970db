import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { agenciesQueryOptions, periodTasksQueryOptions } from '@/api/queries';
import type { Period } from '@/domain/dataset/schema';

/** What TasksPage asks for, started by its route while the page's code loads. */
export function prefetchTasksPage(client: ApiClient, queryClient: QueryClient, period: Period): void {
  void queryClient.prefetchQuery(periodTasksQueryOptions(client, period.id));
  void queryClient.prefetchQuery(agenciesQueryOptions(client));
}
