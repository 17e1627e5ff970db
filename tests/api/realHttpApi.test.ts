// @vitest-environment node
/**
 * The client against real HTTP: a node:http server answering with the same
 * handler as the mock, over the bundled datasets, called with Node's own fetch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '@/api/client';
import { ApiError } from '@/api/errors';
import { loadBundledDatasets } from '@/api/mock/bundledDatasets';
import { handleApiRequest } from '@/api/mock/handleApiRequest';
import { createMemoryStorage, createTaskStatusStore } from '@/api/mock/taskStatusStore';
import { startNodeApiServer, type RunningServer } from './support/nodeApiServer';

let contractServer: RunningServer;
let brokenServer: RunningServer;

beforeAll(async () => {
  const datasets = await loadBundledDatasets();
  const store = createTaskStatusStore(createMemoryStorage());
  contractServer = await startNodeApiServer((request) => handleApiRequest(request, { datasets, store }));
  brokenServer = await startNodeApiServer(async (request) => {
    switch (new URL(request.url).pathname) {
      case '/periods':
        return new Response('{"periods": [{"id": "2022",', { headers: { 'Content-Type': 'application/json' } });
      case '/agencies':
        return Response.json({ agencies: 'none', agencyGroups: [] });
      case '/indices':
        return new Promise<Response>(() => undefined);
      default:
        return Response.json({ error: { code: 'internal', message: 'Cơ sở dữ liệu ngừng' } }, { status: 500 });
    }
  });
});

afterAll(async () => {
  await Promise.all([contractServer.close(), brokenServer.close()]);
});

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('client over real HTTP', () => {
  it('serves periods, agencies by level, tasks, and a status change round trip', async () => {
    const client = createApiClient({ baseUrl: contractServer.baseUrl });
    const { periods } = await client.getPeriods();
    expect(periods.map((period) => period.id)).toEqual(['2017-Q1', '2020-H1', '2020', '2022']);

    const departments = await client.getPeriodAgencies('2022', 'department');
    expect(departments.periodId).toBe('2022');
    const departmentRows = departments.tables.flatMap((table) => table.rows);
    expect(departmentRows.filter((row) => row.kind === 'agency')).toHaveLength(18);
    expect(departmentRows.every((row) => row.level === 'department')).toBe(true);

    const tasks = await client.getPeriodTasks('2022');
    expect(tasks.statusChanges).toEqual([]);
    const task = tasks.tasks[0];
    if (task === undefined) throw new Error('the 2022 dataset has no tasks yet');
    const change = await client.setTaskStatus('2022', task.id, { status: 'blocked', note: 'Thử qua HTTP' });
    expect(change).toMatchObject({ taskId: task.id, status: 'blocked', reportStatus: task.current.status });
    expect((await client.getPeriodTasks('2022')).statusChanges).toEqual([change]);
    await client.revertTaskStatus('2022', task.id);
    expect((await client.getPeriodTasks('2022')).statusChanges).toEqual([]);
  });

  it('maps an unknown period to not_found', async () => {
    const error = await failureOf(createApiClient({ baseUrl: contractServer.baseUrl }).getPeriodAgencies('2031'));
    expect(error).toMatchObject({ kind: 'not_found', status: 404, endpoint: '/periods/2031/agencies' });
  });

  it('maps malformed JSON, a wrong type, a 500 and a hang to their kinds', async () => {
    const client = createApiClient({ baseUrl: brokenServer.baseUrl, timeoutMs: 300 });
    expect(await failureOf(client.getPeriods())).toMatchObject({ kind: 'invalid_json', endpoint: '/periods' });
    const schemaError = await failureOf(client.getAgencies());
    expect(schemaError).toMatchObject({ kind: 'schema', endpoint: '/agencies' });
    expect(schemaError.issue?.path).toBe('agencies');
    expect(await failureOf(client.getFindings())).toMatchObject({
      kind: 'http',
      status: 500,
      details: 'Cơ sở dữ liệu ngừng',
    });
    expect(await failureOf(client.getIndices())).toMatchObject({ kind: 'timeout', timeoutMs: 300 });
  });

  it('maps an address where nothing listens to network', async () => {
    const error = await failureOf(createApiClient({ baseUrl: 'http://127.0.0.1:9' }).getPeriods());
    expect(error).toMatchObject({ kind: 'network', endpoint: '/periods', status: null });
  });
});
