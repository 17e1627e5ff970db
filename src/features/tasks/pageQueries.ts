import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { agenciesQueryOptions, periodTasksQueryOptions, prefetchEnabled } from '@/api/queries';
import type { PeriodNeed } from '@/app/period';
import type { Period } from '@/domain/dataset/schema';

/** The page's period when the URL names none; its route asks for the same period's data. */
export const tasksPeriodNeed: PeriodNeed = 'tasks';

/** The queries of TasksPage for `period`: the page observes them, and its route starts them (prefetchTasksPage). */
export function tasksPageQueries(client: ApiClient, period: Period) {
  return {
    tasks: periodTasksQueryOptions(client, period.id),
    // Names fall back to the assignment's own wording if the registry cannot be loaded; the board still works.
    catalogue: agenciesQueryOptions(client),
  };
}

export function prefetchTasksPage(client: ApiClient, queryClient: QueryClient, period: Period): void {
  const { tasks, catalogue } = tasksPageQueries(client, period);
  prefetchEnabled(queryClient, tasks);
  prefetchEnabled(queryClient, catalogue);
}
