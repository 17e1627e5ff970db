import type { z } from 'zod/mini';
import type { PeriodId } from '@/domain/dataset/schema';
import {
  agenciesResponseSchema,
  agencyDetailResponseSchema,
  apiErrorBodySchema,
  apiPaths,
  findingsResponseSchema,
  indicesResponseSchema,
  periodAgenciesResponseSchema,
  periodsResponseSchema,
  periodTasksResponseSchema,
  taskStatusChangeSchema,
  type AgenciesResponse,
  type AgencyDetailResponse,
  type AgencyLevelFilter,
  type FindingsResponse,
  type IndicesResponse,
  type PeriodAgenciesResponse,
  type PeriodsResponse,
  type PeriodTasksResponse,
  type TaskStatusBody,
  type TaskStatusChange,
} from './contract';
import { ApiError, firstSchemaIssue } from './errors';

export const defaultTimeoutMs = 15_000;

export interface RequestOptions {
  /** Cancels the request (TanStack Query passes one); combined with the client's timeout. */
  signal?: AbortSignal;
}

export interface ApiClient {
  readonly baseUrl: string;
  getPeriods(options?: RequestOptions): Promise<PeriodsResponse>;
  getAgencies(options?: RequestOptions): Promise<AgenciesResponse>;
  getPeriodAgencies(periodId: PeriodId, level?: AgencyLevelFilter, options?: RequestOptions): Promise<PeriodAgenciesResponse>;
  getPeriodTasks(periodId: PeriodId, options?: RequestOptions): Promise<PeriodTasksResponse>;
  setTaskStatus(periodId: PeriodId, taskId: string, body: TaskStatusBody, options?: RequestOptions): Promise<TaskStatusChange>;
  revertTaskStatus(periodId: PeriodId, taskId: string, options?: RequestOptions): Promise<void>;
  getAgency(agencyId: string, options?: RequestOptions): Promise<AgencyDetailResponse>;
  getFindings(periodId?: PeriodId, options?: RequestOptions): Promise<FindingsResponse>;
  getIndices(options?: RequestOptions): Promise<IndicesResponse>;
}

export interface ApiClientOptions {
  /** Absolute base URL; paths of the contract are appended to it (a trailing slash is ignored). */
  baseUrl: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  /** Bodies larger than this are refused unread; default `defaultMaxResponseBytes`. */
  maxResponseBytes?: number;
}

/** User Timing mark set as each response has passed its schema; its detail is the request path. */
export const responseValidatedMark = 'cchc:response-validated';

/**
 * National scale, 10,000 agencies in one period, is about 10 MB; five times
 * that is no answer the app can use, and reading it could stall the tab.
 */
export const defaultMaxResponseBytes = 50_000_000;

/** The body as text, or null once it proves longer than `maxBytes` (by its Content-Length or while reading). */
async function readBodyWithin(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('Content-Length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  if (response.body === null) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  // One decode of the whole body: decoding chunk by chunk is several times slower on a 10 MB answer.
  const body = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(body);
}

interface RequestPlan {
  method: 'GET' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  signal: AbortSignal | undefined;
}

/** A timeout and the caller's signal folded into one, remembering which of the two fired. */
function abortScope(callerSignal: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`No response within ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  const forwardCallerAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) forwardCallerAbort();
  else callerSignal?.addEventListener('abort', forwardCallerAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    callerAborted: () => callerSignal?.aborted === true && !timedOut,
    dispose: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', forwardCallerAbort);
    },
  };
}

/** An error body is a short JSON message: one longer than this is not read on. */
const maxErrorBodyBytes = 64_000;
/** How much of a server's message is shown: enough for a reason, not a page of it. */
const maxServerMessageLength = 300;

async function serverMessage(response: Response): Promise<string | null> {
  try {
    const text = await readBodyWithin(response, maxErrorBodyBytes);
    if (text === null) return null;
    const parsed = apiErrorBodySchema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    const { message } = parsed.data.error;
    // By code point, so a cut never splits a character in two.
    const characters = Array.from(message);
    return characters.length > maxServerMessageLength ? `${characters.slice(0, maxServerMessageLength).join('')}…` : message;
  } catch {
    return null;
  }
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  // Called through globalThis at request time: a detached `fetch` throws "Illegal invocation" in browsers.
  const fetchImpl = options.fetchImpl ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const maxResponseBytes = options.maxResponseBytes ?? defaultMaxResponseBytes;

  /** Sends one request; resolves with the body text of a 2xx response, or throws a classified ApiError. */
  async function send(plan: RequestPlan): Promise<string> {
    const endpoint = plan.path;
    const scope = abortScope(plan.signal, timeoutMs);
    const classifyFailure = (cause: unknown): unknown => {
      if (scope.callerAborted()) return plan.signal?.reason ?? cause;
      if (scope.timedOut()) return new ApiError({ kind: 'timeout', endpoint, timeoutMs, cause });
      return new ApiError({
        kind: 'network',
        endpoint,
        details: cause instanceof Error ? cause.message : String(cause),
        cause,
      });
    };
    try {
      let response: Response;
      try {
        response = await fetchImpl(`${baseUrl}${plan.path}`, {
          method: plan.method,
          headers:
            plan.body === undefined
              ? { Accept: 'application/json' }
              : { Accept: 'application/json', 'Content-Type': 'application/json' },
          body: plan.body === undefined ? undefined : JSON.stringify(plan.body),
          signal: scope.signal,
        });
      } catch (cause) {
        throw classifyFailure(cause);
      }
      if (!response.ok) {
        const details = await serverMessage(response);
        throw new ApiError({
          kind: response.status === 404 ? 'not_found' : 'http',
          endpoint,
          status: response.status,
          details,
        });
      }
      let text: string | null;
      try {
        text = await readBodyWithin(response, maxResponseBytes);
      } catch (cause) {
        throw classifyFailure(cause);
      }
      if (text === null) throw new ApiError({ kind: 'too_large', endpoint, maxBytes: maxResponseBytes });
      return text;
    } finally {
      scope.dispose();
    }
  }

  async function requestJson<Schema extends z.ZodMiniType>(schema: Schema, plan: RequestPlan): Promise<z.infer<Schema>> {
    const text = await send(plan);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (cause) {
      throw new ApiError({
        kind: 'invalid_json',
        endpoint: plan.path,
        details: cause instanceof Error ? cause.message : String(cause),
        cause,
      });
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issue = firstSchemaIssue(schema, data, parsed.error);
      throw new ApiError({
        kind: 'schema',
        endpoint: plan.path,
        details: issue ? `${issue.path}: ${issue.message.en}` : parsed.error.message,
        issue,
        cause: parsed.error,
      });
    }
    // Where the boundary's work ends and the page's begins, in a performance trace and for npm run bench.
    performance.mark(responseValidatedMark, { detail: plan.path });
    return parsed.data;
  }

  const get = <Schema extends z.ZodMiniType>(schema: Schema, path: string, requestOptions?: RequestOptions) =>
    requestJson(schema, { method: 'GET', path, signal: requestOptions?.signal });

  /** A well-formed answer about something other than what was asked (a misrouted or stale one) is refused too. */
  function answering<Answer>(path: string, field: string, asked: string, given: (answer: Answer) => string) {
    return (answer: Answer): Answer => {
      const answered = given(answer);
      if (answered === asked) return answer;
      throw new ApiError({
        kind: 'schema',
        endpoint: path,
        details: `${field}: expected ${asked}, got ${answered}`,
        issue: {
          path: field,
          message: { vi: `phải là ${asked} (theo yêu cầu) nhưng nhận được ${answered}`, en: `must be ${asked}, as requested, but is ${answered}` },
        },
      });
    };
  }

  return {
    baseUrl,
    getPeriods: (requestOptions) => get(periodsResponseSchema, apiPaths.periods(), requestOptions),
    getAgencies: (requestOptions) => get(agenciesResponseSchema, apiPaths.agencies(), requestOptions),
    getPeriodAgencies: (periodId, level, requestOptions) => {
      const path = apiPaths.periodAgencies(periodId, level);
      return get(periodAgenciesResponseSchema, path, requestOptions).then(
        answering(path, 'periodId', periodId, (answer: PeriodAgenciesResponse) => answer.periodId),
      );
    },
    getPeriodTasks: (periodId, requestOptions) => {
      const path = apiPaths.periodTasks(periodId);
      return get(periodTasksResponseSchema, path, requestOptions).then(
        answering(path, 'periodId', periodId, (answer: PeriodTasksResponse) => answer.periodId),
      );
    },
    setTaskStatus: (periodId, taskId, body, requestOptions) => {
      const path = apiPaths.taskStatus(periodId, taskId);
      return requestJson(taskStatusChangeSchema, { method: 'PUT', path, body, signal: requestOptions?.signal })
        .then(answering(path, 'periodId', periodId, (answer: TaskStatusChange) => answer.periodId))
        .then(answering(path, 'taskId', taskId, (answer: TaskStatusChange) => answer.taskId));
    },
    revertTaskStatus: async (periodId, taskId, requestOptions) => {
      await send({ method: 'DELETE', path: apiPaths.taskStatus(periodId, taskId), signal: requestOptions?.signal });
    },
    getAgency: (agencyId, requestOptions) => {
      const path = apiPaths.agency(agencyId);
      return get(agencyDetailResponseSchema, path, requestOptions).then(
        answering(path, 'agency.id', agencyId, (answer: AgencyDetailResponse) => answer.agency.id),
      );
    },
    getFindings: (periodId, requestOptions) => get(findingsResponseSchema, apiPaths.findings(periodId), requestOptions),
    getIndices: (requestOptions) => get(indicesResponseSchema, apiPaths.indices(), requestOptions),
  };
}
