// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createApiClient } from '@/api/client';
import { ApiError } from '@/api/errors';
import { createMockFetch, type MockFetchOptions } from '@/api/mock/createMockFetch';
import { inMemoryDatasets } from '@/api/mock/datasets';
import { createMemoryStorage, taskStatusStorageKey, type KeyValueStorage } from '@/api/mock/taskStatusStore';
import { fixture2022, fixtureCatalog, loadFixtureDatasets } from './fixtures/datasets';

const baseUrl = 'http://mock.test';
const fixedNow = new Date('2024-03-05T08:30:00.000Z');

function mockFetch(options: Partial<MockFetchOptions> = {}) {
  return createMockFetch({
    loadDatasets: loadFixtureDatasets,
    delayMs: 0,
    now: () => fixedNow,
    ...options,
  });
}

function mockClient(storage: KeyValueStorage = createMemoryStorage()) {
  return createApiClient({ baseUrl, fetchImpl: mockFetch({ storage }) });
}

async function call(path: string, init?: RequestInit) {
  const response = await mockFetch()(`${baseUrl}${path}`, init);
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

describe('mock API on fixtures', () => {
  it('serves agencies and indices from the catalogue', async () => {
    const client = mockClient();
    const { agencies, agencyGroups } = await client.getAgencies();
    expect(agencies.map((agency) => agency.id)).toEqual(['bql-kkt-van-phong', 'so-du-lich', 'so-ke-hoach-dau-tu']);
    expect(agencyGroups.map((group) => group.label)).toEqual(['Các Sở, ngành']);
    expect((await client.getIndices()).indices).toEqual([]);
  });

  it('narrows the period tables to the rows of a level and serves everything without one', async () => {
    const client = mockClient();
    const departments = await client.getPeriodAgencies('2022', 'department');
    expect(departments.tables.map((table) => table.id)).toEqual(['2022-pl2-A']);
    expect(departments.tables[0]?.rows.map((row) => [row.kind, row.figures.received])).toEqual([
      ['subtotal', 346143],
      ['agency', 571],
      ['agency', 586],
      ['agency', 211],
    ]);
    const totals = await client.getPeriodAgencies('2022', 'all');
    expect(totals.tables.map((table) => table.rows.map((row) => row.label))).toEqual([['TỔNG']]);
    expect((await client.getPeriodAgencies('2022', 'commune')).tables).toEqual([]);
    const everything = await client.getPeriodAgencies('2022');
    expect(everything.tables.map((table) => [table.id, table.rows.length])).toEqual([
      ['2022-pl2-A', 5],
      ['2022-pl2-B', 0],
    ]);
  });

  it('answers 404 with an error body for an unknown period, agency, task and path', async () => {
    for (const path of ['/periods/2099/agencies', '/periods/2099/tasks', '/agencies/so-khong-co', '/findings?period=2099', '/nowhere']) {
      const { status, body } = await call(path);
      expect(status, path).toBe(404);
      expect(body, path).toMatchObject({ error: { code: 'not_found' } });
    }
    const { status, body } = await call('/periods/2022/tasks/2022-IX.9/status', { method: 'DELETE' });
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: 'not_found', message: 'Không tìm thấy nhiệm vụ "2022-IX.9" trong kỳ 2022' } });
  });

  it('refuses an unknown level with 400 and an unsupported method with 405', async () => {
    expect(await call('/periods/2022/agencies?level=province')).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_request' } },
    });
    const response = await mockFetch()(`${baseUrl}/periods`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET');
  });

  it('validates the PUT body', async () => {
    const path = '/periods/2022/tasks/2022-I.2/status';
    const put = (body: string) => call(path, { method: 'PUT', body, headers: { 'Content-Type': 'application/json' } });
    expect(await put('{"status":')).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
    expect(await put(JSON.stringify({ status: 'finished', note: '' }))).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringContaining('Trường status') } },
    });
    expect(await put(JSON.stringify({ status: 'done' }))).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringContaining('Trường note') } },
    });
    expect(await put(JSON.stringify({ status: 'done', note: 'x'.repeat(2001) }))).toMatchObject({ status: 400 });
  });

  it('persists a status change across two mock instances sharing one storage, and reverts it', async () => {
    const storage = createMemoryStorage();
    const beforeReload = mockClient(storage);
    const change = await beforeReload.setTaskStatus('2022', '2022-I.2', { status: 'in_progress', note: 'Chờ UBND tỉnh ký' });
    expect(change).toEqual({
      periodId: '2022',
      taskId: '2022-I.2',
      status: 'in_progress',
      note: 'Chờ UBND tỉnh ký',
      changedAt: '2024-03-05T08:30:00.000Z',
      reportStatus: 'done',
    });
    expect(storage.getItem(taskStatusStorageKey)).not.toBeNull();

    const afterReload = mockClient(storage);
    const tasks = await afterReload.getPeriodTasks('2022');
    expect(tasks.statusChanges).toEqual([change]);
    expect(tasks.tasks.find((task) => task.id === '2022-I.2')?.current.status).toBe('done');
    expect((await afterReload.getPeriodTasks('2017-Q1')).statusChanges).toEqual([]);

    await afterReload.revertTaskStatus('2022', '2022-I.2');
    const reverted = await mockClient(storage).getPeriodTasks('2022');
    expect(reverted.statusChanges).toEqual([]);
    expect(reverted.tasks.find((task) => task.id === '2022-I.2')?.current.status).toBe('done');
    expect(storage.getItem(taskStatusStorageKey)).toBeNull();
  });

  it('replaces an earlier change of the same task rather than stacking them', async () => {
    const client = mockClient();
    await client.setTaskStatus('2022', '2022-I.3', { status: 'blocked', note: 'a' });
    await client.setTaskStatus('2022', '2022-I.3', { status: 'not_started', note: 'b' });
    const { statusChanges } = await client.getPeriodTasks('2022');
    expect(statusChanges.map((change) => [change.taskId, change.status, change.note])).toEqual([['2022-I.3', 'not_started', 'b']]);
  });

  it('ignores a corrupt stored value instead of failing', async () => {
    const storage = createMemoryStorage();
    storage.setItem(taskStatusStorageKey, '{not json');
    expect((await mockClient(storage).getPeriodTasks('2022')).statusChanges).toEqual([]);
  });

  it('gathers an agency across periods: its own rows with their table, its tasks with roles', async () => {
    const { agency, appearances } = await mockClient().getAgency('so-ke-hoach-dau-tu');
    expect(agency.name).toBe('Sở Kế hoạch và Đầu tư');
    expect(appearances).toHaveLength(1);
    const [appearance] = appearances;
    expect(appearance?.periodId).toBe('2022');
    expect(appearance?.rows.map((row) => [row.tableId, row.id, row.figures.lateTotal])).toEqual([
      ['2022-pl2-A', '2022-pl2-A-6', 56],
    ]);
    expect(appearance?.tasks).toEqual([
      {
        taskId: '2022-I.2',
        code: 'I.2',
        title: 'Ban hành Chương trình hành động nâng cao Chỉ số PCI tỉnh Khánh Hòa năm 2022',
        roles: ['lead'],
      },
    ]);
    expect((await mockClient().getAgency('so-du-lich')).appearances[0]?.tasks).toEqual([]);
  });

  it('filters findings by period', async () => {
    const client = mockClient();
    expect((await client.getFindings()).findings.map((finding) => finding.id)).toEqual(['2022-rate-A-3']);
    expect((await client.getFindings('2022')).findings).toHaveLength(1);
    expect((await client.getFindings('2017-Q1')).findings).toEqual([]);
  });

  it('answers 500 naming the file when a period dataset is missing', async () => {
    const client = createApiClient({
      baseUrl,
      fetchImpl: mockFetch({ loadDatasets: () => inMemoryDatasets(fixtureCatalog, [fixture2022]) }),
    });
    const error = await client.getPeriodTasks('2017-Q1').catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 500 });
    expect((error as ApiError).details).toContain('fixtures/periods/2017-Q1.json');
  });

  /** A dataset loader that counts its calls; with `failFirst`, the first call rejects as a broken catalogue would. */
  function countedLoader({ failFirst = false } = {}) {
    const loader = {
      attempts: 0,
      load: () => {
        loader.attempts += 1;
        return failFirst && loader.attempts === 1 ? Promise.reject(new Error('catalog.json hỏng')) : loadFixtureDatasets();
      },
    };
    return loader;
  }

  it('answers 500 while the datasets fail to load, and loads them again on the next request', async () => {
    const loader = countedLoader({ failFirst: true });
    const flaky = mockFetch({ loadDatasets: loader.load });
    const first = await flaky(`${baseUrl}/periods`);
    expect(first.status).toBe(500);
    expect(await first.json()).toEqual({
      error: { code: 'internal', message: 'Không nạp được bộ dữ liệu: catalog.json hỏng' },
    });
    expect((await flaky(`${baseUrl}/periods`)).status).toBe(200);
    expect((await flaky(`${baseUrl}/indices`)).status).toBe(200);
    expect(loader.attempts).toBe(2);
  });

  it('with preload, starts loading the datasets before the first request and loads them once', async () => {
    const loader = countedLoader();
    const preloading = mockFetch({ preload: true, loadDatasets: loader.load });
    expect(loader.attempts).toBe(1);
    expect((await preloading(`${baseUrl}/periods`)).status).toBe(200);
    expect(loader.attempts).toBe(1);

    const lazyLoader = countedLoader();
    mockFetch({ loadDatasets: lazyLoader.load });
    expect(lazyLoader.attempts).toBe(0);
  });

  it('with preload, a failed early load is not kept: the next request loads again', async () => {
    const loader = countedLoader({ failFirst: true });
    const preloading = mockFetch({ preload: true, loadDatasets: loader.load });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await preloading(`${baseUrl}/periods`)).status).toBe(200);
    expect(loader.attempts).toBe(2);
  });

  it('waits the configured delay and aborts during it like fetch', async () => {
    const slow = mockFetch({ delayMs: 80 });
    const started = Date.now();
    expect((await slow(`${baseUrl}/periods`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
    const controller = new AbortController();
    const pending = slow(`${baseUrl}/periods`, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('injects faults only where asked', async () => {
    const faulty = mockFetch({
      faults: (request) => (new URL(request.url).pathname === '/indices' ? new Response('nope', { status: 503 }) : undefined),
    });
    expect((await faulty(`${baseUrl}/indices`)).status).toBe(503);
    expect((await faulty(`${baseUrl}/periods`)).status).toBe(200);
    await expect(mockFetch({ faults: () => 'network-error' })(`${baseUrl}/periods`)).rejects.toBeInstanceOf(TypeError);
  });
});
