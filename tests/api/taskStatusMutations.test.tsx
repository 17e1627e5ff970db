// @vitest-environment jsdom
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '@/api/ApiProvider';
import type { TaskStatusChange } from '@/api/contract';
import type { MockFault } from '@/api/mock/createMockFetch';
import { periodTasksQueryOptions } from '@/api/queries';
import { useRevertTaskStatus, useSetTaskStatus } from '@/api/taskStatusMutations';
import { loadFixtureDatasets } from './fixtures/datasets';
import { createTestApiClient } from './support/testApiClient';

const isStatusWrite = (request: Request) => request.method === 'PUT' || request.method === 'DELETE';

function setup(faults?: (request: Request) => MockFault) {
  /** Cached statuses at the moment each PUT/DELETE reaches the server: the optimistic value, if any. */
  const cachedAtWrite: string[][] = [];
  const client = createTestApiClient({
    loadDatasets: loadFixtureDatasets,
    delayMs: 20,
    faults: (request) => {
      if (isStatusWrite(request)) cachedAtWrite.push(statuses(cachedChanges()));
      return faults?.(request);
    },
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiProvider client={client}>{children}</ApiProvider>
    </QueryClientProvider>
  );
  const rendered = renderHook(
    () => ({
      tasks: useQuery(periodTasksQueryOptions(client, '2022')),
      setStatus: useSetTaskStatus('2022'),
      revert: useRevertTaskStatus('2022'),
    }),
    { wrapper },
  );
  const cachedChanges = () => queryClient.getQueryData(periodTasksQueryOptions(client, '2022').queryKey)?.statusChanges;
  /** Every distinct list of cached statuses, in order: proves what the user saw between the clicks and the answers. */
  const statusHistory: string[][] = [];
  queryClient.getQueryCache().subscribe(() => {
    const seen = cachedChanges();
    if (seen !== undefined && statusHistory.at(-1)?.join() !== statuses(seen).join()) statusHistory.push(statuses(seen));
  });
  return { ...rendered, cachedChanges, statusHistory, cachedAtWrite };
}

function statuses(changes: TaskStatusChange[] | undefined): string[] {
  return changes?.map((change) => `${change.taskId}:${change.status}`) ?? [];
}

describe('task status mutations', () => {
  it('shows the new status at once, keeps it after the server confirms, and reverts it', async () => {
    const { result, cachedChanges, statusHistory, cachedAtWrite } = setup();
    await waitFor(() => expect(result.current.tasks.isSuccess).toBe(true));

    act(() => result.current.setStatus.mutate({ taskId: '2022-I.2', status: 'blocked', note: 'Chờ ý kiến Bộ' }));
    await waitFor(() => expect(result.current.setStatus.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.tasks.isFetching).toBe(false));
    expect(cachedChanges()).toMatchObject([{ taskId: '2022-I.2', status: 'blocked', reportStatus: 'done', note: 'Chờ ý kiến Bộ' }]);

    act(() => result.current.revert.mutate('2022-I.2'));
    await waitFor(() => expect(result.current.revert.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.tasks.isFetching).toBe(false));
    expect(cachedChanges()).toEqual([]);
    expect(cachedAtWrite).toEqual([['2022-I.2:blocked'], []]);
    expect(statusHistory).toEqual([[], ['2022-I.2:blocked'], []]);
  });

  it('rolls the optimistic status back when the server refuses', async () => {
    const { result, cachedChanges, statusHistory } = setup((request) =>
      isStatusWrite(request) ? Response.json({ error: { code: 'internal', message: 'Lỗi ghi' } }, { status: 500 }) : undefined,
    );
    await waitFor(() => expect(result.current.tasks.isSuccess).toBe(true));
    act(() => result.current.setStatus.mutate({ taskId: '2022-I.3', status: 'suspended', note: '' }));
    await waitFor(() => expect(result.current.setStatus.isError).toBe(true));
    await waitFor(() => expect(result.current.tasks.isFetching).toBe(false));
    expect(result.current.setStatus.error).toMatchObject({ kind: 'http', status: 500 });
    expect(statusHistory).toEqual([[], ['2022-I.3:suspended'], []]);
    expect(cachedChanges()).toEqual([]);
  });
});
