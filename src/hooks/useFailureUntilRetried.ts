import { useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';

interface ShownFailure {
  error: unknown;
  retrying: boolean;
}

/**
 * A query's failure, kept while a retry runs. TanStack Query sets a query that
 * never loaded back to pending when it is fetched again, and drops its error:
 * a page going by the query's status alone swaps the message, and the retry
 * button just pressed, for a skeleton, and the keyboard focus falls to <body>.
 * The failure kept is the query's own (its errorUpdatedAt, which the refetch
 * keeps): another query in its place (another period) starts with none.
 */
export function useFailureUntilRetried(query: UseQueryResult<unknown, unknown>): ShownFailure | null {
  const [lastFailure, setLastFailure] = useState<{ error: unknown; at: number } | null>(null);
  if (query.isError && lastFailure?.error !== query.error) setLastFailure({ error: query.error, at: query.errorUpdatedAt });
  if (query.isSuccess && lastFailure !== null) setLastFailure(null);
  if (query.isError) return { error: query.error, retrying: query.isFetching };
  const retryingIt = lastFailure !== null && lastFailure.at === query.errorUpdatedAt && query.isPending && query.isFetching;
  return retryingIt ? { error: lastFailure.error, retrying: true } : null;
}
