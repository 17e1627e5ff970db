/**
 * The HTTP contract between the dashboard and its data server (real or the
 * embedded mock). Every response is validated against these schemas, so a
 * server that drifts from the contract fails loudly, naming the endpoint.
 */
import { z } from 'zod/mini';
import {
  agencyGroupSchema,
  agencySchema,
  assignmentRoleSchema,
  dossierRowSchema,
  dossierTableSchema,
  findingSchema,
  indexValueSchema,
  periodIdSchema,
  periodSchema,
  reformAreaSchema,
  reportingComplianceSchema,
  taskSchema,
  taskStatusSchema,
  type PeriodId,
  type StatisticsLevel,
} from '@/domain/dataset/schema';

export const periodsResponseSchema = z.object({ periods: z.array(periodSchema) });
export type PeriodsResponse = z.infer<typeof periodsResponseSchema>;

export const agenciesResponseSchema = z.object({
  agencies: z.array(agencySchema),
  agencyGroups: z.array(agencyGroupSchema),
});
export type AgenciesResponse = z.infer<typeof agenciesResponseSchema>;

/** `level` query parameter of GET /periods/:periodId/agencies: keeps the rows of that level; omitted = everything. */
export type AgencyLevelFilter = StatisticsLevel;

export const periodAgenciesResponseSchema = z.object({
  periodId: periodIdSchema,
  tables: z.array(dossierTableSchema),
  reportingCompliance: z.array(reportingComplianceSchema),
});
export type PeriodAgenciesResponse = z.infer<typeof periodAgenciesResponseSchema>;

/** The longest note a status change may carry; longer bodies are refused with 400. */
export const taskStatusNoteMaxLength = 2000;

export const taskStatusBodySchema = z.object({
  status: taskStatusSchema,
  note: z.string().check(z.maxLength(taskStatusNoteMaxLength)),
});
export type TaskStatusBody = z.infer<typeof taskStatusBodySchema>;

/** A status set by the monitoring staff over the one the report implies (`reportStatus`). */
export const taskStatusChangeSchema = z.object({
  periodId: periodIdSchema,
  taskId: z.string(),
  status: taskStatusSchema,
  note: z.string(),
  changedAt: z.iso.datetime({ offset: true }),
  reportStatus: taskStatusSchema,
});
export type TaskStatusChange = z.infer<typeof taskStatusChangeSchema>;

export const periodTasksResponseSchema = z.object({
  periodId: periodIdSchema,
  reformAreas: z.array(reformAreaSchema),
  agencyGroups: z.array(agencyGroupSchema),
  tasks: z.array(taskSchema),
  statusChanges: z.array(taskStatusChangeSchema),
});
export type PeriodTasksResponse = z.infer<typeof periodTasksResponseSchema>;

export const agencyRowSchema = z.extend(dossierRowSchema, { tableId: z.string() });
export type AgencyRow = z.infer<typeof agencyRowSchema>;

export const agencyTaskSchema = z.object({
  taskId: z.string(),
  code: z.string(),
  title: z.string(),
  roles: z.array(assignmentRoleSchema),
});
export type AgencyTask = z.infer<typeof agencyTaskSchema>;

export const agencyAppearanceSchema = z.object({
  periodId: periodIdSchema,
  rows: z.array(agencyRowSchema),
  tasks: z.array(agencyTaskSchema),
});
export type AgencyAppearance = z.infer<typeof agencyAppearanceSchema>;

export const agencyDetailResponseSchema = z.object({
  agency: agencySchema,
  appearances: z.array(agencyAppearanceSchema),
});
export type AgencyDetailResponse = z.infer<typeof agencyDetailResponseSchema>;

export const findingsResponseSchema = z.object({ findings: z.array(findingSchema) });
export type FindingsResponse = z.infer<typeof findingsResponseSchema>;

export const indicesResponseSchema = z.object({ indices: z.array(indexValueSchema) });
export type IndicesResponse = z.infer<typeof indicesResponseSchema>;

export const apiErrorCodes = ['not_found', 'bad_request', 'method_not_allowed', 'internal'] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];
/** Body of every 4xx/5xx response; `code` is one of apiErrorCodes from the mock, any string from other servers. */
export const apiErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

const segment = encodeURIComponent;

/** Paths relative to the API base URL, query string included. */
export const apiPaths = {
  periods: () => '/periods',
  agencies: () => '/agencies',
  periodAgencies: (periodId: PeriodId, level?: AgencyLevelFilter) =>
    `/periods/${segment(periodId)}/agencies${level === undefined ? '' : `?level=${segment(level)}`}`,
  periodTasks: (periodId: PeriodId) => `/periods/${segment(periodId)}/tasks`,
  taskStatus: (periodId: PeriodId, taskId: string) => `/periods/${segment(periodId)}/tasks/${segment(taskId)}/status`,
  agency: (agencyId: string) => `/agencies/${segment(agencyId)}`,
  findings: (periodId?: PeriodId) => `/findings${periodId === undefined ? '' : `?period=${segment(periodId)}`}`,
  indices: () => '/indices',
} as const;
