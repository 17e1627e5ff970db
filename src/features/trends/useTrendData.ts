import { useMemo } from 'react';
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useApiClient } from '@/api/ApiProvider';
import type { PeriodAgenciesResponse } from '@/api/contract';
import { agenciesQueryOptions, findingsQueryOptions, indicesQueryOptions, periodAgenciesQueryOptions } from '@/api/queries';
import type { DossierTable, Period, PeriodId } from '@/domain/dataset/schema';
import type { TrendInput } from '@/domain/trends/buildTrends';
import { useFailureUntilRetried } from '@/hooks/useFailureUntilRetried';

export type TrendDataState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void; retrying: boolean }
  | { status: 'ready'; input: TrendInput };

type Tables = Partial<Record<PeriodId, DossierTable[]>>;

/** Module-level so TanStack Query keeps its result between renders while the queries do not change. */
function combineTables(results: UseQueryResult<PeriodAgenciesResponse>[]) {
  const loaded = results.every((result) => result.data !== undefined);
  const tablesByPeriod: Tables | null = loaded
    ? Object.fromEntries(results.flatMap((result) => (result.data ? [[result.data.periodId, result.data.tables]] : [])))
    : null;
  return { tablesByPeriod, results };
}

/**
 * Everything the trends page plots: the tables of every period that holds
 * statistics, the agency catalogue, the national indices and the findings.
 * The chart waits for all of them, since a period still loading would look
 * like a missing year, and a value drawn before its findings would look
 * undisputed.
 */
export function useTrendData(periods: readonly Period[]): TrendDataState {
  const client = useApiClient();
  const tables = useQueries({
    queries: periods
      .filter((period) => period.holds.statistics)
      .map((period) => periodAgenciesQueryOptions(client, period.id)),
    combine: combineTables,
  });
  const agenciesQuery = useQuery(agenciesQueryOptions(client));
  const indicesQuery = useQuery(indicesQueryOptions(client));
  const findingsQuery = useQuery(findingsQueryOptions(client));

  const { tablesByPeriod } = tables;
  const agencies = agenciesQuery.data?.agencies;
  const indices = indicesQuery.data?.indices;
  const findings = findingsQuery.data?.findings;
  const input = useMemo<TrendInput | null>(
    () => (tablesByPeriod && agencies && indices && findings ? { periods, tablesByPeriod, agencies, indices, findings } : null),
    [periods, tablesByPeriod, agencies, indices, findings],
  );

  const failure = useFailureUntilRetried(...tables.results, agenciesQuery, indicesQuery, findingsQuery);
  if (failure) return { status: 'error', ...failure };
  return input ? { status: 'ready', input } : { status: 'loading' };
}
