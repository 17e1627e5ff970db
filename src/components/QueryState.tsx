import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useFailureUntilRetried } from '@/hooks/useFailureUntilRetried';
import { ErrorState } from './ErrorState';
import { SkeletonLines } from './Skeleton';

export interface QueryStateProps<Data> {
  query: UseQueryResult<Data, unknown>;
  /** What to show while loading (defaults to grey lines). */
  skeleton?: ReactNode;
  /** Decides whether loaded data counts as empty. */
  isEmpty?: (data: Data) => boolean;
  /** Shown when isEmpty says so. */
  empty?: ReactNode;
  children: (data: Data) => ReactNode;
}

/**
 * The three states every query goes through: loading (skeleton), failed
 * (alert with retry) and loaded (children, or the empty state).
 */
export function QueryState<Data>({ query, skeleton, isEmpty, empty, children }: QueryStateProps<Data>) {
  const failure = useFailureUntilRetried(query);
  if (failure) return <ErrorState error={failure.error} onRetry={failure.retry} retrying={failure.retrying} />;
  if (!query.isSuccess) return <>{skeleton ?? <SkeletonLines />}</>;
  if (isEmpty?.(query.data)) return <>{empty ?? null}</>;
  return <>{children(query.data)}</>;
}
