/**
 * The shape of every period dataset the ingest writes and the API serves.
 * One schema serves both ends: ingest validates what it writes, the client
 * validates what it receives.
 */
import { en } from 'zod/locales';
import { z } from 'zod/mini';

// zod/mini loads no locale, so every issue would read "Invalid input"; classic zod
// defaulted to English, which the UI, the mock and the ingest show. Set here
// because all three load this module before they parse anything.
z.config(en());

export const periodIdSchema = z
  .string()
  .check(z.regex(/^\d{4}(-(Q[1-4]|H[12]))?$/, 'Mã kỳ không hợp lệ (ví dụ 2022, 2020-H1, 2017-Q1)'));
export type PeriodId = z.infer<typeof periodIdSchema>;

export const isoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD'));

/** A report's date: "YYYY-MM-DD", or "YYYY-MM" where the report leaves the day blank (ISO 8601's reduced precision). */
export const reportDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'Ngày báo cáo phải có dạng YYYY-MM-DD, hoặc YYYY-MM khi báo cáo để trống ngày'));

/** Where a record came from: a report file under data/reports and its 1-based line(s). */
export const provenanceSchema = z.object({
  file: z.string(),
  line: z.int().check(z.positive()),
  lineEnd: z.optional(z.int().check(z.positive())),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const sourceDocumentSchema = z.object({
  id: z.string(),
  number: z.nullable(z.string()),
  date: z.nullable(isoDateSchema),
  issuer: z.string(),
  title: z.string(),
  file: z.string(),
  /** Disagreements inside the document (wrong year under an appendix title, …), kept as they stand. */
  notes: z.array(z.string()),
});
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;

export const figureKeys = [
  'received',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'unresolved',
  'approved',
  'approvedEarly',
  'approvedOnTime',
  'approvedLate',
  'rejected',
  'rejectedEarly',
  'rejectedOnTime',
  'rejectedLate',
  'pending',
  'pendingWithinDeadline',
  'pendingLate',
  'lateTotal',
  'online',
  'onlineBase',
  'onlineLevel3Plus',
  'onlinePayments',
  'onlinePaymentAmount',
] as const;
export const figureKeySchema = z.enum(figureKeys);
export type FigureKey = z.infer<typeof figureKeySchema>;

export const rateKeys = ['resolvedRate', 'earlyRate', 'onTimeRate', 'lateRate', 'unresolvedRate', 'onlineRate'] as const;
export const rateKeySchema = z.enum(rateKeys);
export type RateKey = z.infer<typeof rateKeySchema>;

/** A rate as printed (text) and read as a percentage (value 3.01 for "3.01%", 12.57 for "0.1257"). */
export const publishedRateSchema = z.object({ text: z.string(), value: z.nullable(z.number()) });
export type PublishedRate = z.infer<typeof publishedRateSchema>;

export const periodKindSchema = z.enum(['quarter', 'half_year', 'year']);

export const periodSchema = z.object({
  id: periodIdSchema,
  label: z.string(),
  labelEn: z.string(),
  kind: periodKindSchema,
  year: z.int(),
  /** The window the figures were counted over (e.g. 2021-12-15 – 2022-12-14). */
  statisticsWindow: z.object({ start: isoDateSchema, end: isoDateSchema, note: z.nullable(z.string()) }),
  /** Date of the report; tasks are judged overdue against it. */
  reportDate: reportDateSchema,
  sources: z.array(sourceDocumentSchema),
  holds: z.object({ statistics: z.boolean(), tasks: z.boolean() }),
  /** The columns this period's statistics publish; the rest are absent, not zero. */
  publishedFigures: z.array(figureKeySchema),
  publishedRates: z.array(rateKeySchema),
  /** How this period's report defines its late rate, on-time rate and online rate (Vietnamese, then English). */
  metricRules: z.object({
    lateRate: z.object({ vi: z.string(), en: z.string() }),
    onTimeRate: z.object({ vi: z.string(), en: z.string() }),
    onlineRate: z.object({ vi: z.string(), en: z.string() }),
  }),
  /** Period this one can be compared with in the overview (same kind of window), if any. */
  previousComparableId: z.nullable(periodIdSchema),
});
export type Period = z.infer<typeof periodSchema>;

export const agencyLevels = [
  'department',
  'district',
  'commune',
  'land_registration',
  'vertical',
  'public_service',
  'party',
  'central',
  'other',
] as const;
export const agencyLevelSchema = z.enum(agencyLevels);
export type AgencyLevel = z.infer<typeof agencyLevelSchema>;

export const agencySchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  level: agencyLevelSchema,
  /** Parent district (agency id of the district People's Committee) for communes and land-registration branches. */
  districtId: z.nullable(z.string()),
  /** Every spelling seen in the reports, the canonical name included. */
  aliases: z.array(z.string()),
  /**
   * Where each distinct spelling was first met (file order): statistics and
   * compliance labels, assignment entries, per-agency sub-results. Empty for an
   * agency the parsed tables and cells never name.
   */
  sightings: z.array(z.object({ text: z.string(), provenance: provenanceSchema })),
  validFrom: z.nullable(isoDateSchema),
  validTo: z.nullable(isoDateSchema),
  mergedInto: z.nullable(z.string()),
  mergedFrom: z.array(z.string()),
  note: z.nullable(z.string()),
});
export type Agency = z.infer<typeof agencySchema>;

/** Groups named in assignments that are no single agency ("UBND cấp huyện", "Các sở, ban, ngành"). */
export const agencyGroupSchema = z.object({
  id: z.string(),
  label: z.string(),
  memberLevel: z.nullable(agencyLevelSchema),
});
export type AgencyGroup = z.infer<typeof agencyGroupSchema>;

export const statisticsLevels = ['department', 'district', 'commune', 'land_registration', 'all'] as const;
export const statisticsLevelSchema = z.enum(statisticsLevels);
export type StatisticsLevel = z.infer<typeof statisticsLevelSchema>;

/** Figures computed from the published ones by the period's documented rule. Percentages are 0–100. */
export const derivedMetricsSchema = z.object({
  resolved: z.nullable(z.number()),
  resolvedLate: z.nullable(z.number()),
  /** The period's own late count (2022 adds pending-late dossiers). */
  lateCount: z.nullable(z.number()),
  lateRate: z.nullable(z.number()),
  onTimeRate: z.nullable(z.number()),
  onlineRate: z.nullable(z.number()),
  /** Late resolved dossiers / resolved dossiers: the one rate that means the same in every period. */
  comparableLateRate: z.nullable(z.number()),
});
export type DerivedMetrics = z.infer<typeof derivedMetricsSchema>;

export const dossierRowSchema = z.object({
  id: z.string(),
  kind: z.enum(['agency', 'subtotal', 'total']),
  agencyId: z.nullable(z.string()),
  /** The name cell as printed, tags stripped. */
  label: z.string(),
  number: z.nullable(z.string()),
  level: statisticsLevelSchema,
  districtId: z.nullable(z.string()),
  parentRowId: z.nullable(z.string()),
  /**
   * The rows this subtotal or total adds up, as printed. A level block of a
   * summary table (2017 Phụ lục IV, 2020 Phụ lục II) adds up the top rows of
   * its level's own table, so its members sit in that other table.
   */
  memberRowIds: z.array(z.string()),
  figures: z.partialRecord(figureKeySchema, z.nullable(z.number())),
  publishedRates: z.partialRecord(rateKeySchema, publishedRateSchema),
  metrics: derivedMetricsSchema,
  provenance: provenanceSchema,
});
export type DossierRow = z.infer<typeof dossierRowSchema>;

export const dossierTableSchema = z.object({
  id: z.string(),
  periodId: periodIdSchema,
  appendix: z.string(),
  title: z.string(),
  level: statisticsLevelSchema,
  complete: z.boolean(),
  completenessNote: z.nullable(z.string()),
  /** For a partial commune table: districts whose communes are all present. */
  completeDistrictIds: z.nullable(z.array(z.string())),
  rows: z.array(dossierRowSchema),
  provenance: provenanceSchema,
});
export type DossierTable = z.infer<typeof dossierTableSchema>;

export const findingCheckSchema = z.enum(['sum', 'row_identity', 'rate', 'numbering', 'format', 'truncation', 'document']);
export const findingSchema = z.object({
  id: z.string(),
  periodId: periodIdSchema,
  check: findingCheckSchema,
  severity: z.enum(['error', 'warning', 'info']),
  tableId: z.nullable(z.string()),
  rowId: z.nullable(z.string()),
  field: z.nullable(z.string()),
  published: z.nullable(z.number()),
  computed: z.nullable(z.number()),
  difference: z.nullable(z.number()),
  likelyCause: z.nullable(z.string()),
  message: z.string(),
  provenance: provenanceSchema,
});
export type Finding = z.infer<typeof findingSchema>;

export const richBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  z.object({
    type: z.literal('list'),
    items: z.array(z.object({ marker: z.nullable(z.string()), text: z.string(), depth: z.int().check(z.nonnegative()) })),
  }),
]);
export const richTextSchema = z.array(richBlockSchema);
export type RichBlock = z.infer<typeof richBlockSchema>;
export type RichText = z.infer<typeof richTextSchema>;

export const deadlineKindSchema = z.enum(['year', 'quarter', 'month', 'from', 'window', 'recurring', 'dependent', 'unknown']);
export const deadlinePartSchema = z.object({
  text: z.string(),
  kind: deadlineKindSchema,
  start: z.nullable(isoDateSchema),
  due: z.nullable(isoDateSchema),
  note: z.nullable(z.string()),
});
export type DeadlinePart = z.infer<typeof deadlinePartSchema>;

export const assignmentRoleSchema = z.enum(['lead', 'co_lead', 'support', 'appraise', 'guide', 'implement', 'other']);
export type AssignmentRole = z.infer<typeof assignmentRoleSchema>;
export const assignmentEntrySchema = z.object({
  agencyId: z.nullable(z.string()),
  groupId: z.nullable(z.string()),
  text: z.string(),
  role: assignmentRoleSchema,
});
export type AssignmentEntry = z.infer<typeof assignmentEntrySchema>;

export const taskStatuses = [
  'done',
  'in_progress',
  'not_started',
  'not_reported',
  'not_applicable',
  'blocked',
  'suspended',
  'no_result',
] as const;
export const taskStatusSchema = z.enum(taskStatuses);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

export const taskResultSchema = z.object({
  periodId: periodIdSchema,
  result: richTextSchema,
  status: taskStatusSchema,
  /** The phrase that decided the status, or the override's reason. */
  statusEvidence: z.nullable(z.string()),
  statusSource: z.enum(['rule', 'override']),
  subResults: z.array(
    z.object({ agencyId: z.nullable(z.string()), agencyText: z.string(), status: taskStatusSchema, evidence: z.nullable(z.string()) }),
  ),
  provenance: z.nullable(provenanceSchema),
});
export type TaskResult = z.infer<typeof taskResultSchema>;

export const reformAreaSchema = z.object({
  id: z.string(),
  label: z.string(),
  labelEn: z.string(),
  parentId: z.nullable(z.string()),
});
export type ReformArea = z.infer<typeof reformAreaSchema>;

export const taskSchema = z.object({
  id: z.string(),
  periodId: periodIdSchema,
  area: z.object({ id: z.string(), numeral: z.string(), heading: z.string(), position: z.int().check(z.positive()) }),
  /** Number as printed within its area ("" for an unnumbered task) and the full code ("VI.3"). */
  number: z.string(),
  code: z.string(),
  order: z.int().check(z.nonnegative()),
  title: z.string(),
  deliverable: richTextSchema,
  deadline: z.object({ text: z.string(), parts: z.array(deadlinePartSchema) }),
  assignment: z.object({ text: z.string(), blocks: richTextSchema, entries: z.array(assignmentEntrySchema) }),
  /** This period's own result; `otherResults` holds results of the same task in related periods (2020-H1 for 2020). */
  current: taskResultSchema,
  otherResults: z.array(taskResultSchema),
  notes: z.array(z.string()),
  provenance: provenanceSchema,
});
export type Task = z.infer<typeof taskSchema>;

/** 2017-Q1 Phụ lục II: who filed the yearly plan and the quarterly report on time. */
export const reportingComplianceSchema = z.object({
  agencyId: z.nullable(z.string()),
  label: z.string(),
  section: z.string(),
  planIssuedText: z.string(),
  planIssuedDate: z.nullable(isoDateSchema),
  communicationPlan: z.boolean(),
  quarterReport: z.enum(['on_time', 'late', 'missing']),
  provenance: provenanceSchema,
});
export type ReportingCompliance = z.infer<typeof reportingComplianceSchema>;

export const indexValueSchema = z.object({
  year: z.int(),
  indicator: z.enum(['par_index', 'sipas']),
  score: z.nullable(z.number()),
  scoreText: z.nullable(z.string()),
  rank: z.nullable(z.int()),
  of: z.nullable(z.int()),
  source: z.object({ id: z.string(), title: z.string(), quote: z.string() }),
  provenance: provenanceSchema,
});
export type IndexValue = z.infer<typeof indexValueSchema>;

/** Everything one period holds. */
export const periodDatasetSchema = z.object({
  periodId: periodIdSchema,
  tables: z.array(dossierTableSchema),
  tasks: z.array(taskSchema),
  reportingCompliance: z.array(reportingComplianceSchema),
  findings: z.array(findingSchema),
});
export type PeriodDataset = z.infer<typeof periodDatasetSchema>;

/** The catalogue shared by all periods. */
export const catalogSchema = z.object({
  periods: z.array(periodSchema),
  agencies: z.array(agencySchema),
  agencyGroups: z.array(agencyGroupSchema),
  reformAreas: z.array(reformAreaSchema),
  indices: z.array(indexValueSchema),
});
export type Catalog = z.infer<typeof catalogSchema>;
