import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useFailureUntilRetried } from '@/hooks/useFailureUntilRetried';

interface Answer {
  resolve: (value: string) => void;
  reject: (error: Error) => void;
}

/** Two queries whose every fetch waits until the test answers it. */
function renderTwoQueries() {
  const pending: Record<'a' | 'b', Answer[]> = { a: [], b: [] };
  const fetchOf = (key: 'a' | 'b') => () =>
    new Promise<string>((resolve, reject) => {
      pending[key].push({ resolve, reject });
    });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const { result } = renderHook(
    () => {
      const a = useQuery({ queryKey: ['a'], queryFn: fetchOf('a') });
      const b = useQuery({ queryKey: ['b'], queryFn: fetchOf('b') });
      return { failure: useFailureUntilRetried(a, b), statuses: [a.status, b.status], fetching: [a.isFetching, b.isFetching] };
    },
    { wrapper: ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider> },
  );
  const answer = (key: 'a' | 'b', outcome: string | Error) =>
    act(async () => {
      const next = pending[key].shift();
      if (outcome instanceof Error) next?.reject(outcome);
      else next?.resolve(outcome);
      await Promise.resolve();
    });
  return { result, answer };
}

describe('useFailureUntilRetried over several queries', () => {
  it('keeps the failure until every query that failed has loaded again', async () => {
    const { result, answer } = renderTwoQueries();
    expect(result.current.failure).toBeNull();
    const aFailed = new Error('a failed');
    await answer('a', aFailed);
    // A query's failure is known by its time: the two must differ, as they would over a network.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await answer('b', new Error('b failed'));
    await waitFor(() => expect(result.current.failure).toMatchObject({ error: aFailed, retrying: false }));

    act(() => result.current.failure?.retry());
    await waitFor(() => expect(result.current.failure).toMatchObject({ error: aFailed, retrying: true }));
    await answer('a', 'loaded');
    await waitFor(() => expect(result.current.statuses).toEqual(['success', 'pending']));
    // b, which failed too, is still being fetched again.
    expect(result.current.failure).toMatchObject({ error: aFailed, retrying: true });
    await answer('b', 'loaded');
    await waitFor(() => expect(result.current.failure).toBeNull());
  });

  it('shows a failure again when the retry fails', async () => {
    const { result, answer } = renderTwoQueries();
    await answer('a', 'loaded');
    await answer('b', new Error('b failed'));
    await waitFor(() => expect(result.current.failure?.retrying).toBe(false));

    act(() => result.current.failure?.retry());
    await waitFor(() => expect(result.current.failure?.retrying).toBe(true));
    const failedAgain = new Error('b failed again');
    await answer('b', failedAgain);
    await waitFor(() => expect(result.current.failure).toMatchObject({ error: failedAgain, retrying: false }));
  });

  it('keeps a query retrying remembered when another fails again meanwhile', async () => {
    const { result, answer } = renderTwoQueries();
    await answer('a', new Error('a failed'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await answer('b', new Error('b failed'));
    await waitFor(() => expect(result.current.failure?.retrying).toBe(false));
    act(() => result.current.failure?.retry());
    await waitFor(() => expect(result.current.fetching).toEqual([true, true]));

    const failedAgain = new Error('a failed again');
    await answer('a', failedAgain);
    await waitFor(() => expect(result.current.statuses[0]).toBe('error'));
    // b is still being fetched again: the retry is not over.
    expect(result.current.failure).toMatchObject({ error: failedAgain, retrying: true });
    await answer('b', 'loaded');
    await waitFor(() => expect(result.current.statuses[1]).toBe('success'));
    expect(result.current.failure).toMatchObject({ error: failedAgain, retrying: false });

    act(() => result.current.failure?.retry());
    await answer('a', 'loaded');
    await waitFor(() => expect(result.current.failure).toBeNull());
  });

  it('keeps a retry remembered when a query that was still loading fails meanwhile', async () => {
    const { result, answer } = renderTwoQueries();
    const aFailed = new Error('a failed');
    await answer('a', aFailed);
    await waitFor(() => expect(result.current.failure).toMatchObject({ error: aFailed }));
    act(() => result.current.failure?.retry());
    await waitFor(() => expect(result.current.fetching).toEqual([true, true]));

    await new Promise((resolve) => setTimeout(resolve, 5));
    const bFailed = new Error('b failed');
    await answer('b', bFailed);
    await waitFor(() => expect(result.current.statuses[1]).toBe('error'));
    expect(result.current.failure).toMatchObject({ error: bFailed, retrying: true });
    act(() => result.current.failure?.retry());
    await answer('b', 'loaded');
    await waitFor(() => expect(result.current.statuses[1]).toBe('success'));
    // a is still being fetched again: the message last shown stays.
    expect(result.current.failure).toMatchObject({ error: bFailed, retrying: true });
    await answer('a', 'loaded');
    await waitFor(() => expect(result.current.failure).toBeNull());
  });
});
