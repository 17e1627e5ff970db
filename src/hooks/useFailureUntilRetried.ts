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
 * keyboard focus falls to <body>. The failures kept are the queries' own
 * (their errorUpdatedAt, which a refetch keeps): other queries in their place
 * (another period) start with none.
 */
export function useFailureUntilRetried(...queries: UseQueryResult<unknown, unknown>[]): ShownFailure | null {
  const [lastFailure, setLastFailure] = useState<{ error: unknown; failedAt: readonly number[] } | null>(null);
  const failing = queries.filter((query) => query.isError);
  const retry = () => failing.forEach((query) => void query.refetch());
  const shown = failing[0];
  if (shown) {
    const failedAt = failing.map((query) => query.errorUpdatedAt);
    if (lastFailure === null || lastFailure.error !== shown.error || lastFailure.failedAt.join() !== failedAt.join()) {
      setLastFailure({ error: shown.error, failedAt });
    }
    return { error: shown.error, retrying: failing.some((query) => query.isFetching), retry };
  }
  const retryingIt =
    lastFailure !== null &&
    queries.some((query) => query.isPending && query.isFetching && lastFailure.failedAt.includes(query.errorUpdatedAt));
  if (lastFailure !== null && !retryingIt) setLastFailure(null);
  return retryingIt ? { error: lastFailure.error, retrying: true, retry } : null;
}
