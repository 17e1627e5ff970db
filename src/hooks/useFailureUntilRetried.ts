import { useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';

interface ShownFailure {
  error: unknown;
  retrying: boolean;
  /** Fetches again every query that failed. */
  retry: () => void;
}

/**
 * The failure of one of a page's queries, kept while a retry runs. TanStack
 * Query sets a query that never loaded back to pending when it is fetched
 * again, and drops its error: a page going by the queries' status alone swaps
 * the message, and the retry button just pressed, for a skeleton, and the
 * keyboard focus falls to <body>. A query that failed is known by its own
 * failure (its errorUpdatedAt, which a refetch keeps), and is remembered until
 * it has loaded: other queries in its place (another period) start with none.
 */
export function useFailureUntilRetried(...queries: UseQueryResult<unknown, unknown>[]): ShownFailure | null {
  const [lastFailure, setLastFailure] = useState<{ error: unknown; failedAt: readonly number[] } | null>(null);
  const failing = queries.filter((query) => query.isError);
  const stillRetrying = queries.filter(
    (query) => query.isPending && query.isFetching && lastFailure !== null && lastFailure.failedAt.includes(query.errorUpdatedAt),
  );
  const retry = () => failing.forEach((query) => void query.refetch());
  const retrying = failing.some((query) => query.isFetching) || stillRetrying.length > 0;

  const shown = failing[0];
  if (shown) {
    const failedAt = [...failing, ...stillRetrying].map((query) => query.errorUpdatedAt);
    if (lastFailure === null || lastFailure.error !== shown.error || lastFailure.failedAt.join() !== failedAt.join()) {
      setLastFailure({ error: shown.error, failedAt });
    }
    return { error: shown.error, retrying, retry };
  }
  if (stillRetrying.length > 0 && lastFailure !== null) return { error: lastFailure.error, retrying, retry };
  if (lastFailure !== null) setLastFailure(null);
  return null;
}
