// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createApiClient, responseValidatedMark } from '@/api/client';
import { ApiError, describeApiError } from '@/api/errors';
import type { MockFault } from '@/api/mock/createMockFetch';
import { fixture2022, loadFixtureDatasets } from './fixtures/datasets';
import { createTestApiClient } from './support/testApiClient';

function clientWith(faults?: (request: Request) => MockFault, timeoutMs?: number) {
  return createTestApiClient({ loadDatasets: loadFixtureDatasets, faults, timeoutMs });
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('createApiClient', () => {
  it('returns the validated body of a good response', async () => {
    const { periods } = await clientWith().getPeriods();
    expect(periods.map((period) => period.id)).toEqual(['2017-Q1', '2022']);
  });

  it('builds URLs from a base URL with a path and a trailing slash', async () => {
    const requested: string[] = [];
    const client = createApiClient({
      baseUrl: 'https://cchc.example.gov.vn/api/',
      fetchImpl: async (input) => {
        requested.push(String(input));
        return jsonResponse({ findings: [] });
      },
    });
    await client.getFindings('2020-H1');
    expect(requested).toEqual(['https://cchc.example.gov.vn/api/findings?period=2020-H1']);
  });

  it('maps a 404 to not_found with the server message', async () => {
    const error = await failureOf(clientWith().getPeriodTasks('2099'));
    expect(error).toMatchObject({ kind: 'not_found', status: 404, endpoint: '/periods/2099/tasks' });
    expect(error.details).toBe('Không tìm thấy kỳ báo cáo "2099"');
    expect(describeApiError(error).title).toBe('Không tìm thấy dữ liệu yêu cầu');
  });

  it('maps a 500 to http with the status in the message', async () => {
    const error = await failureOf(
      clientWith(() => jsonResponse({ error: { code: 'internal', message: 'Hết bộ nhớ' } }, 500)).getIndices(),
    );
    expect(error).toMatchObject({ kind: 'http', status: 500, endpoint: '/indices', details: 'Hết bộ nhớ' });
    expect(describeApiError(error)).toEqual({
      title: 'Máy chủ trả lỗi 500',
      detail: 'Yêu cầu /indices không thành công. Máy chủ báo: Hết bộ nhớ',
    });
    expect(describeApiError(error, 'en').title).toBe('The server returned error 500');
  });

  it('keeps an http error without a JSON body', async () => {
    const error = await failureOf(clientWith(() => new Response('<html>Bad gateway</html>', { status: 502 })).getPeriods());
    expect(error).toMatchObject({ kind: 'http', status: 502, details: null });
  });

  it('maps a body that is not JSON to invalid_json naming the endpoint', async () => {
    const error = await failureOf(clientWith(() => new Response('{"periods": [', { status: 200 })).getPeriods());
    expect(error.kind).toBe('invalid_json');
    expect(error.endpoint).toBe('/periods');
    expect(describeApiError(error).title).toBe('Dữ liệu trả về từ /periods không phải JSON hợp lệ');
  });

  it('maps a wrong type to a schema error naming the endpoint and the first field', async () => {
    const wrong = structuredClone(fixture2022);
    const firstTable = wrong.tables[0];
    if (!firstTable?.rows[1]) throw new Error('fixture changed');
    const row: Record<string, unknown> = { ...firstTable.rows[1], figures: { received: '571' } };
    const body = { periodId: '2022', tables: [{ ...firstTable, rows: [firstTable.rows[0], row] }], reportingCompliance: [] };
    const error = await failureOf(clientWith(() => jsonResponse(body)).getPeriodAgencies('2022', 'department'));
    expect(error.kind).toBe('schema');
    expect(error.endpoint).toBe('/periods/2022/agencies?level=department');
    expect(error.issue?.path).toBe('tables[0].rows[1].figures.received');
    expect(describeApiError(error)).toEqual({
      title: 'Dữ liệu trả về từ /periods/2022/agencies?level=department không đúng định dạng',
      detail: 'Trường tables[0].rows[1].figures.received: Đầu vào không hợp lệ: mong đợi số, nhận được string',
    });
    expect(describeApiError(error, 'en')).toEqual({
      title: 'The data returned by /periods/2022/agencies?level=department does not match the expected format',
      detail: 'Field tables[0].rows[1].figures.received: Invalid input: expected number, received string',
    });
  });

  it('reports a missing top-level field as a schema error', async () => {
    const error = await failureOf(clientWith(() => jsonResponse({ agencies: [] })).getAgencies());
    expect(error).toMatchObject({ kind: 'schema', endpoint: '/agencies' });
    expect(error.issue?.path).toBe('agencyGroups');
  });

  it('gives up after timeoutMs on a server that never answers', async () => {
    const started = Date.now();
    const error = await failureOf(clientWith(() => 'timeout', 60).getPeriods());
    expect(error).toMatchObject({ kind: 'timeout', endpoint: '/periods', timeoutMs: 60 });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('states the timeout in seconds, written in the language', () => {
    const error = new ApiError({ kind: 'timeout', endpoint: '/periods', timeoutMs: 15_000 });
    expect(describeApiError(error).title).toBe('Máy chủ không phản hồi sau 15 giây');
    expect(describeApiError(error, 'en').title).toBe('The server did not respond within 15 seconds');
    const short = new ApiError({ kind: 'timeout', endpoint: '/periods', timeoutMs: 2_500 });
    expect(describeApiError(short).title).toBe('Máy chủ không phản hồi sau 2,5 giây');
    expect(describeApiError(short, 'en').title).toBe('The server did not respond within 2.5 seconds');
  });

  it('maps a failed connection to network', async () => {
    const error = await failureOf(clientWith(() => 'network-error').getAgency('so-du-lich'));
    expect(error).toMatchObject({ kind: 'network', endpoint: '/agencies/so-du-lich', status: null });
    expect(describeApiError(error).title).toBe('Không kết nối được máy chủ dữ liệu');
  });

  it('passes a caller abort through instead of calling it a timeout or a network error', async () => {
    const controller = new AbortController();
    const pending = clientWith(() => 'timeout', 10_000).getPeriods({ signal: controller.signal });
    controller.abort(new DOMException('left the page', 'AbortError'));
    const reason = await pending.catch((error: unknown) => error);
    expect(reason).not.toBeInstanceOf(ApiError);
    expect(reason).toMatchObject({ name: 'AbortError', message: 'left the page' });
  });

  it('refuses a body over maxResponseBytes, announced or streamed, and stops reading it', async () => {
    const body = JSON.stringify({ findings: [] });
    let chunksSent = 0;
    let cancelled = false;
    const chunk = new TextEncoder().encode(' '.repeat(100_000));
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        chunksSent += 1;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const answering = (response: Response) =>
      createApiClient({ baseUrl: 'http://api.test', maxResponseBytes: 1_500_000, fetchImpl: async () => response });

    const streamed = await failureOf(answering(new Response(endless)).getFindings());
    expect(streamed).toMatchObject({ kind: 'too_large', endpoint: '/findings', maxBytes: 1_500_000 });
    expect(chunksSent).toBeLessThan(20);
    expect(cancelled).toBe(true);

    const announced = await failureOf(answering(new Response(body, { headers: { 'Content-Length': '5000000' } })).getFindings());
    expect(announced).toMatchObject({ kind: 'too_large' });
    expect(describeApiError(announced)).toEqual({
      title: 'Dữ liệu trả về từ /findings quá lớn',
      detail: 'Phản hồi vượt 1,5 MB nên không được đọc, để trình duyệt không bị treo. Hãy chọn kỳ khác, hoặc báo quản trị viên máy chủ dữ liệu.',
    });
    expect(describeApiError(announced, 'en').title).toBe('The data returned by /findings is too large');

    expect(await answering(jsonResponse({ findings: [] })).getFindings()).toEqual({ findings: [] });
  });

  it('refuses a well-formed answer about another period, agency or task than the one asked for', async () => {
    const answeringWith = (body: unknown) => createApiClient({ baseUrl: 'http://api.test', fetchImpl: async () => jsonResponse(body) });
    const otherPeriod = await failureOf(answeringWith({ periodId: '2020', tables: [], reportingCompliance: [] }).getPeriodAgencies('2022'));
    expect(otherPeriod).toMatchObject({ kind: 'schema', endpoint: '/periods/2022/agencies', details: 'periodId: expected 2022, got 2020' });
    expect(describeApiError(otherPeriod).detail).toBe('Trường periodId: phải là 2022 (theo yêu cầu) nhưng nhận được 2020');
    expect(describeApiError(otherPeriod, 'en').detail).toBe('Field periodId: must be 2022, as requested, but is 2020');

    const change = { periodId: '2022', taskId: '2022:I.2', status: 'done', note: 'x', changedAt: '2023-01-01T00:00:00Z', reportStatus: 'suspended' };
    const otherTask = await failureOf(answeringWith(change).setTaskStatus('2022', '2022:I.1', { status: 'done', note: 'x' }));
    expect(otherTask).toMatchObject({ kind: 'schema', details: 'taskId: expected 2022:I.1, got 2022:I.2' });
    expect(await answeringWith({ ...change, taskId: '2022:I.1' }).setTaskStatus('2022', '2022:I.1', { status: 'done', note: 'x' })).toMatchObject({
      taskId: '2022:I.1',
    });
  });

  it('reads an error body only so far, and shows only the start of a long message', async () => {
    let chunksSent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        chunksSent += 1;
        controller.enqueue(new TextEncoder().encode(' '.repeat(100_000)));
      },
    });
    const answering = (response: Response) => createApiClient({ baseUrl: 'http://api.test', fetchImpl: async () => response });

    const streamed = await failureOf(answering(new Response(endless, { status: 500 })).getFindings());
    expect(streamed).toMatchObject({ kind: 'http', status: 500, details: null });
    expect(chunksSent).toBeLessThan(5);

    const long = await failureOf(answering(jsonResponse({ error: { code: 'internal', message: 'Lỗi '.repeat(500) } }, 500)).getFindings());
    expect(long.details).toHaveLength(301);
    expect(long.details?.endsWith('…')).toBe(true);
  });

  it('marks each validated response in the performance timeline, naming its path', async () => {
    performance.clearMarks(responseValidatedMark);
    await clientWith().getPeriods();
    const marks = performance.getEntriesByName(responseValidatedMark) as PerformanceMark[];
    expect(marks.map((mark) => mark.detail)).toEqual(['/periods']);
    await failureOf(clientWith(() => jsonResponse({ periods: 'none' })).getPeriods());
    expect(performance.getEntriesByName(responseValidatedMark)).toHaveLength(1);
  });

  it('describes anything that is not an ApiError as unexpected', () => {
    expect(describeApiError(new Error('boom'))).toEqual({ title: 'Đã xảy ra lỗi không mong đợi', detail: 'boom' });
  });
});
