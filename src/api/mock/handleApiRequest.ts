import {
  statisticsLevelSchema,
  type AssignmentRole,
  type DossierTable,
  type PeriodDataset,
  type PeriodId,
  type StatisticsLevel,
} from '@/domain/dataset/schema';
import {
  taskStatusBodySchema,
  type AgencyAppearance,
  type AgencyDetailResponse,
  type AgenciesResponse,
  type ApiErrorBody,
  type ApiErrorCode,
  type FindingsResponse,
  type IndicesResponse,
  type PeriodAgenciesResponse,
  type PeriodsResponse,
  type PeriodTasksResponse,
  type TaskStatusChange,
} from '../contract';
import { formatIssuePath } from '../errors';
import type { BundledDatasets } from './datasets';
import type { TaskStatusStore } from './taskStatusStore';

export interface MockServerContext {
  datasets: BundledDatasets;
  store: TaskStatusStore;
  /** Clock for `changedAt`; tests pin it. */
  now?: () => Date;
}

type Method = 'GET' | 'PUT' | 'DELETE';

interface RouteRequest {
  request: Request;
  url: URL;
  params: Readonly<Record<string, string>>;
  context: MockServerContext;
}

type RouteHandler = (routeRequest: RouteRequest) => Promise<Response>;

interface MockRoute {
  pattern: string;
  handlers: Partial<Record<Method, RouteHandler>>;
}

function json<Body>(status: number, body: Body): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

export function errorResponse(status: number, code: ApiErrorCode, message: string, headers?: Record<string, string>) {
  const body: ApiErrorBody = { error: { code, message } };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

/** Thrown inside a route to answer with an error body; anything else thrown becomes a 500. */
class RouteFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function requirePeriod(context: MockServerContext, periodId: string): PeriodId {
  const period = context.datasets.catalog.periods.find((candidate) => candidate.id === periodId);
  if (period === undefined) throw new RouteFailure(404, 'not_found', `Không tìm thấy kỳ báo cáo "${periodId}"`);
  return period.id;
}

async function loadPeriod(context: MockServerContext, periodId: string): Promise<PeriodDataset> {
  return context.datasets.loadPeriod(requirePeriod(context, periodId));
}

function requireTask(dataset: PeriodDataset, taskId: string) {
  const task = dataset.tasks.find((candidate) => candidate.id === taskId);
  if (task === undefined) {
    throw new RouteFailure(404, 'not_found', `Không tìm thấy nhiệm vụ "${taskId}" trong kỳ ${dataset.periodId}`);
  }
  return task;
}

function param(routeRequest: RouteRequest, name: string): string {
  const value = routeRequest.params[name];
  if (value === undefined) throw new Error(`Route is missing parameter ${name}`);
  return value;
}

async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new RouteFailure(400, 'bad_request', 'Nội dung yêu cầu không phải JSON hợp lệ');
  }
}

/**
 * A level picks rows, not tables: one printed table may hold every level (2022 Phụ lục 2
 * has the departments, districts, communes and land offices in one). Tables left
 * without rows are dropped; parent and member ids may point at rows left out.
 */
function tablesNarrowedToLevel(tables: readonly DossierTable[], level: StatisticsLevel): DossierTable[] {
  return tables.flatMap((table) => {
    const rows = table.rows.filter((row) => row.level === level);
    return rows.length === 0 ? [] : [{ ...table, rows }];
  });
}

async function appearanceIn(context: MockServerContext, periodId: PeriodId, agencyId: string): Promise<AgencyAppearance> {
  const dataset = await context.datasets.loadPeriod(periodId);
  const rows = dataset.tables.flatMap((table) =>
    table.rows.filter((row) => row.agencyId === agencyId).map((row) => ({ ...row, tableId: table.id })),
  );
  const tasks = dataset.tasks.flatMap((task) => {
    const roles = [
      ...new Set<AssignmentRole>(
        task.assignment.entries.filter((entry) => entry.agencyId === agencyId).map((entry) => entry.role),
      ),
    ];
    return roles.length === 0 ? [] : [{ taskId: task.id, code: task.code, title: task.title, roles }];
  });
  return { periodId, rows, tasks };
}

/** The contract's routes; `:name` segments are parameters (decoded). */
const mockApiRoutes: readonly MockRoute[] = [
  {
    pattern: '/periods',
    handlers: {
      GET: async ({ context }) => json<PeriodsResponse>(200, { periods: context.datasets.catalog.periods }),
    },
  },
  {
    pattern: '/agencies',
    handlers: {
      GET: async ({ context }) =>
        json<AgenciesResponse>(200, {
          agencies: context.datasets.catalog.agencies,
          agencyGroups: context.datasets.catalog.agencyGroups,
        }),
    },
  },
  {
    pattern: '/periods/:periodId/agencies',
    handlers: {
      GET: async (routeRequest) => {
        const rawLevel = routeRequest.url.searchParams.get('level');
        const level = rawLevel === null ? null : statisticsLevelSchema.safeParse(rawLevel);
        if (level !== null && !level.success) {
          throw new RouteFailure(
            400,
            'bad_request',
            `Cấp "${rawLevel}" không hợp lệ; dùng một trong: ${statisticsLevelSchema.options.join(', ')}`,
          );
        }
        const dataset = await loadPeriod(routeRequest.context, param(routeRequest, 'periodId'));
        return json<PeriodAgenciesResponse>(200, {
          periodId: dataset.periodId,
          tables: level === null ? dataset.tables : tablesNarrowedToLevel(dataset.tables, level.data),
          reportingCompliance: dataset.reportingCompliance,
        });
      },
    },
  },
  {
    pattern: '/periods/:periodId/tasks',
    handlers: {
      GET: async (routeRequest) => {
        const { context } = routeRequest;
        const dataset = await loadPeriod(context, param(routeRequest, 'periodId'));
        const taskIds = new Set(dataset.tasks.map((task) => task.id));
        return json<PeriodTasksResponse>(200, {
          periodId: dataset.periodId,
          reformAreas: context.datasets.catalog.reformAreas,
          agencyGroups: context.datasets.catalog.agencyGroups,
          tasks: dataset.tasks,
          statusChanges: context.store.list(dataset.periodId).filter((change) => taskIds.has(change.taskId)),
        });
      },
    },
  },
  {
    pattern: '/periods/:periodId/tasks/:taskId/status',
    handlers: {
      PUT: async (routeRequest) => {
        const { context } = routeRequest;
        const dataset = await loadPeriod(context, param(routeRequest, 'periodId'));
        const task = requireTask(dataset, param(routeRequest, 'taskId'));
        const body = taskStatusBodySchema.safeParse(await readJsonBody(routeRequest.request));
        if (!body.success) {
          const issue = body.error.issues[0];
          throw new RouteFailure(
            400,
            'bad_request',
            issue ? `Trường ${formatIssuePath(issue.path) || '(gốc)'}: ${issue.message}` : 'Nội dung yêu cầu không hợp lệ',
          );
        }
        const change: TaskStatusChange = {
          periodId: dataset.periodId,
          taskId: task.id,
          status: body.data.status,
          note: body.data.note,
          changedAt: (context.now ?? (() => new Date()))().toISOString(),
          reportStatus: task.current.status,
        };
        context.store.put(change);
        return json<TaskStatusChange>(200, change);
      },
      DELETE: async (routeRequest) => {
        const dataset = await loadPeriod(routeRequest.context, param(routeRequest, 'periodId'));
        const task = requireTask(dataset, param(routeRequest, 'taskId'));
        routeRequest.context.store.remove(dataset.periodId, task.id);
        return new Response(null, { status: 204 });
      },
    },
  },
  {
    pattern: '/agencies/:agencyId',
    handlers: {
      GET: async (routeRequest) => {
        const { context } = routeRequest;
        const agencyId = param(routeRequest, 'agencyId');
        const agency = context.datasets.catalog.agencies.find((candidate) => candidate.id === agencyId);
        if (agency === undefined) throw new RouteFailure(404, 'not_found', `Không tìm thấy cơ quan "${agencyId}"`);
        const appearances = await Promise.all(
          context.datasets.catalog.periods.map((period) => appearanceIn(context, period.id, agency.id)),
        );
        return json<AgencyDetailResponse>(200, {
          agency,
          appearances: appearances.filter((appearance) => appearance.rows.length > 0 || appearance.tasks.length > 0),
        });
      },
    },
  },
  {
    pattern: '/findings',
    handlers: {
      GET: async ({ url, context }) => {
        const periodFilter = url.searchParams.get('period');
        const periodIds =
          periodFilter === null
            ? context.datasets.catalog.periods.map((period) => period.id)
            : [requirePeriod(context, periodFilter)];
        const datasets = await Promise.all(periodIds.map((periodId) => context.datasets.loadPeriod(periodId)));
        return json<FindingsResponse>(200, { findings: datasets.flatMap((dataset) => dataset.findings) });
      },
    },
  },
  {
    pattern: '/indices',
    handlers: {
      GET: async ({ context }) => json<IndicesResponse>(200, { indices: context.datasets.catalog.indices }),
    },
  },
];

function matchRoute(pattern: string, pathname: string): Record<string, string> | null {
  const expected = pattern.split('/').filter(Boolean);
  const actual = pathname.split('/').filter(Boolean);
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of expected.entries()) {
    const value = actual[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return null;
  }
  return params;
}

function isMethod(method: string): method is Method {
  return method === 'GET' || method === 'PUT' || method === 'DELETE';
}

/**
 * Serves the API contract from the datasets: the same function answers the
 * in-process mock fetch and the node:http server of the real-HTTP tests.
 */
export async function handleApiRequest(request: Request, context: MockServerContext): Promise<Response> {
  const url = new URL(request.url);
  try {
    for (const route of mockApiRoutes) {
      const params = matchRoute(route.pattern, url.pathname);
      if (params === null) continue;
      const handler = isMethod(request.method) ? route.handlers[request.method] : undefined;
      if (handler === undefined) {
        return errorResponse(405, 'method_not_allowed', `${request.method} không dùng được với ${url.pathname}`, {
          Allow: Object.keys(route.handlers).join(', '),
        });
      }
      return await handler({ request, url, params, context });
    }
    return errorResponse(404, 'not_found', `Không có endpoint ${url.pathname}`);
  } catch (error) {
    if (error instanceof RouteFailure) return errorResponse(error.status, error.code, error.message);
    if (error instanceof URIError) return errorResponse(400, 'bad_request', `Đường dẫn không hợp lệ: ${url.pathname}`);
    return errorResponse(500, 'internal', `Lỗi máy chủ dữ liệu: ${error instanceof Error ? error.message : String(error)}`);
  }
}
