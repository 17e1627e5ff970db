import { queryOptions, type FetchQueryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { PeriodId } from '@/domain/dataset/schema';
import type { ApiClient } from './client';
import type { AgencyLevelFilter } from './contract';
import { ApiError } from './errors';

/**
 * Hierarchical keys: invalidating ['periods', id] reaches that period's agencies
 * and tasks, ['agencies'] reaches every agency detail.
 */
export const queryKeys = {
  periods: () => ['periods'] as const,
  agencies: () => ['agencies'] as const,
  periodAgencies: (periodId: PeriodId, level: AgencyLevelFilter | null) =>
    ['periods', periodId, 'agencies', { level }] as const,
  periodTasks: (periodId: PeriodId) => ['periods', periodId, 'tasks'] as const,
  agency: (agencyId: string) => ['agencies', agencyId] as const,
  findings: (periodId: PeriodId | null) => ['findings', { periodId }] as const,
  indices: () => ['indices'] as const,
};

/** Published datasets change only with a new ingest, so a fetched copy stays fresh for the session. */
const datasetStaleTime = Number.POSITIVE_INFINITY;
/** Task statuses are edited by staff, so a page opened again after a short while asks for them again. */
const taskStatusStaleTime = 30_000;

/**
 * Retrying cannot fix a wrong request or a malformed answer; a dropped
 * connection, a timeout or a 5xx may be transient, so those get one more try.
 */
export function shouldRetryApiError(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1 || !(error instanceof ApiError)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return error.kind === 'http' && error.status !== null && error.status >= 500;
}

export function periodsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: queryKeys.periods(),
    queryFn: ({ signal }) => client.getPeriods({ signal }),
    staleTime: datasetStaleTime,
    retry: shouldRetryApiError,
  });
}

export function agenciesQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: queryKeys.agencies(),
    queryFn: ({ signal }) => client.getAgencies({ signal }),
    staleTime: datasetStaleTime,
    retry: shouldRetryApiError,
  });
}

/** `level` undefined = every table of the period. */
export function periodAgenciesQueryOptions(client: ApiClient, periodId: PeriodId, level?: AgencyLevelFilter) {
  return queryOptions({
    queryKey: queryKeys.periodAgencies(periodId, level ?? null),
    queryFn: ({ signal }) => client.getPeriodAgencies(periodId, level, { signal }),
    staleTime: datasetStaleTime,
    retry: shouldRetryApiError,
  });
}

export function periodTasksQueryOptions(client: ApiClient, periodId: PeriodId) {
  return queryOptions({
    queryKey: queryKeys.periodTasks(periodId),
    queryFn: ({ signal }) => client.getPeriodTasks(periodId, { signal }),
    staleTime: taskStatusStaleTime,
    // Someone may have changed a status in another tab or on another machine meanwhile: coming back
    // to the tab shows it, before this one writes over it unawares.
    refetchOnWindowFocus: 'always',
    retry: shouldRetryApiError,
  });
}

export function agencyQueryOptions(client: ApiClient, agencyId: string) {
  return queryOptions({
    queryKey: queryKeys.agency(agencyId),
    queryFn: ({ signal }) => client.getAgency(agencyId, { signal }),
    staleTime: datasetStaleTime,
    retry: shouldRetryApiError,
  });
}

/** `periodId` undefined = findings of every period. */
export function findingsQueryOptions(client: ApiClient, periodId?: PeriodId) {
  return queryOptions({
    queryKey: queryKeys.findings(periodId ?? null),
    queryFn: ({ signal }) => client.getFindings(periodId, { signal }),
    staleTime: datasetStaleTime,
    retry: shouldRetryApiError,
  });
}

export function indicesQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: queryKeys.indices(),
    queryFn: ({ signal }) => client.getIndices({ signal }),
    staleTime: datasetStaleTime,
    retry: shouldRetryApiError,
  });
}

/**
 * Starts a query that a page is about to observe, unless the page sets it
 * `enabled: false` (an `enabled` computed per query is not asked, and the
 * query is started). A failed start is the page's to show, through its own query.
 */
export function prefetchEnabled<TData, TError, TKey extends QueryKey>(
  queryClient: QueryClient,
  options: FetchQueryOptions<TData, TError, TData, TKey> & { enabled?: boolean | ((...args: never[]) => boolean) },
): void {
  if (options.enabled !== false) void queryClient.prefetchQuery(options);
}
