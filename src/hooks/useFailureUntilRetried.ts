import { useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';

export interface ShownFailure {
  error: unknown;
  retrying: boolean;
}

/**
 * A query's failure, kept while a retry runs. TanStack Query sets a query that
 * never loaded back to pending when it is fetched again, and drops its error:
 * a page going by the query's status alone swaps the message, and the retry
 * button just pressed, for a skeleton, and the keyboard focus falls to <body>.
 */
export function useFailureUntilRetried(query: UseQueryResult<unknown, unknown>): ShownFailure | null {
  const [lastFailure, setLastFailure] = useState<{ error: unknown } | null>(null);
  if (query.isError && lastFailure?.error !== query.error) setLastFailure({ error: query.error });
  if (query.isSuccess && lastFailure !== null) setLastFailure(null);
  if (query.isError) return { error: query.error, retrying: query.isFetching };
  if (lastFailure !== null && query.isPending && query.isFetching) return { error: lastFailure.error, retrying: true };
  return null;
}
