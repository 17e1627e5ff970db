import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { agenciesQueryOptions, findingsQueryOptions, periodAgenciesQueryOptions, prefetchEnabled } from '@/api/queries';
import type { PeriodNeed } from '@/app/period';
import type { Period } from '@/domain/dataset/schema';

/** The page's period when the URL names none; its route asks for the same period's data. */
export const agenciesPeriodNeed: PeriodNeed = 'statistics';

/** The queries of AgenciesPage for `period`: the page observes them, and its route starts them (prefetchAgenciesPage). */
export function agenciesPageQueries(client: ApiClient, period: Period) {
  // A period without dossier statistics shows an empty state: nothing to fetch for it.
  const enabled = period.holds.statistics;
  return {
    // Every table of the period: a level is a property of each row (2022 prints all levels in one table).
    tables: { ...periodAgenciesQueryOptions(client, period.id), enabled },
    // The catalogue gives district names and every spelling of each name, for the search.
    catalogue: { ...agenciesQueryOptions(client), enabled },
    // Findings only add markers: the table does not wait for them, nor fail with them.
    findings: { ...findingsQueryOptions(client, period.id), enabled },
  };
}

export function prefetchAgenciesPage(client: ApiClient, queryClient: QueryClient, period: Period): void {
  const { tables, catalogue, findings } = agenciesPageQueries(client, period);
  prefetchEnabled(queryClient, tables);
  prefetchEnabled(queryClient, catalogue);
  prefetchEnabled(queryClient, findings);
}
