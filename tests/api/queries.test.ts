// @vitest-environment node
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '@/api/client';
import { ApiError, type ApiErrorKind } from '@/api/errors';
import {
  agencyQueryOptions,
  findingsQueryOptions,
  periodAgenciesQueryOptions,
  periodsQueryOptions,
  periodTasksQueryOptions,
  queryKeys,
  shouldRetryApiError,
} from '@/api/queries';
import { loadFixtureDatasets } from './fixtures/datasets';
import { createTestApiClient } from './support/testApiClient';

describe('query keys', () => {
  it('nest period data under the period and agency details under agencies', () => {
    expect(queryKeys.periodAgencies('2022', 'department')).toEqual(['periods', '2022', 'agencies', { level: 'department' }]);
    expect(queryKeys.periodTasks('2022')).toEqual(['periods', '2022', 'tasks']);
    expect(queryKeys.agency('so-du-lich')).toEqual(['agencies', 'so-du-lich']);
    expect(queryKeys.findings(null)).toEqual(['findings', { periodId: null }]);
  });

  it('let one invalidation of a period reach its tables and tasks but not other periods', async () => {
    const fetched: string[] = [];
    const client = createTestApiClient({
      loadDatasets: loadFixtureDatasets,
      faults: (request) => void fetched.push(new URL(request.url).pathname + new URL(request.url).search),
    });
    const queryClient = new QueryClient();
    await queryClient.fetchQuery(periodAgenciesQueryOptions(client, '2022', 'department'));
    await queryClient.fetchQuery(periodTasksQueryOptions(client, '2022'));
    await queryClient.fetchQuery(periodTasksQueryOptions(client, '2017-Q1'));
    await queryClient.fetchQuery(agencyQueryOptions(client, 'so-du-lich'));
    await queryClient.fetchQuery(findingsQueryOptions(client));
    fetched.length = 0;

    await queryClient.invalidateQueries({ queryKey: ['periods', '2022'] });
    expect(fetched).toEqual([]);
    await queryClient.refetchQueries({ stale: true, type: 'all' });
    expect(fetched.sort()).toEqual(['/periods/2022/agencies?level=department', '/periods/2022/tasks']);
  });

  it('keep published datasets fresh for the session', () => {
    const client = createApiClient({ baseUrl: 'http://unused.test' });
    expect(periodsQueryOptions(client).staleTime).toBe(Number.POSITIVE_INFINITY);
    expect(periodTasksQueryOptions(client, '2022').staleTime).toBe(30_000);
  });
});

describe('shouldRetryApiError', () => {
  const failure = (kind: ApiErrorKind, status: number | null = null) => new ApiError({ kind, endpoint: '/periods', status });

  it('retries a transient failure once', () => {
    for (const error of [failure('network'), failure('timeout'), failure('http', 503)]) {
      expect(shouldRetryApiError(0, error), error.kind).toBe(true);
      expect(shouldRetryApiError(1, error), error.kind).toBe(false);
    }
  });

  it('never retries what another try cannot fix', () => {
    for (const error of [failure('not_found', 404), failure('http', 400), failure('schema'), failure('invalid_json'), failure('config')]) {
      expect(shouldRetryApiError(0, error), error.kind).toBe(false);
    }
    expect(shouldRetryApiError(0, new Error('bug'))).toBe(false);
  });
});
