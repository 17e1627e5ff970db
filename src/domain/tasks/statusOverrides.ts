/**
 * Reviewed corrections to the status rule (status.ts), for results the rule
 * cannot read right: a cell whose wording says "done" while the plan's
 * deliverable is missing, or one that mixes a nil report with work done.
 * Each entry says why, quoting the phrase the rule decided on, and the
 * override's reason becomes the task's status evidence.
 */
import { z } from 'zod/mini';
import { periodIdSchema, taskStatusSchema } from '@/domain/dataset/schema';
import type { StatusReading } from './status';
import statusOverridesJson from '../../../data/overrides/task-status.json';

/** "<period>:<code>", the id of a Task: "2022:VII.3", "2017-Q1:I.3", "2020:IX". */
export const taskIdSchema = z.string().check(
  z.refine((id) => {
    const [period = '', code = '', ...rest] = id.split(':');
    return rest.length === 0 && periodIdSchema.safeParse(period).success && /^[IVXL]+(?:\.\d+)?$/.test(code);
  }, 'Mã nhiệm vụ phải có dạng <kỳ>:<số hiệu>, ví dụ 2022:VII.3'),
);

export const statusOverrideSchema = z.object({
  taskId: taskIdSchema,
  status: taskStatusSchema,
  reason: z.string().check(z.minLength(1)),
  reviewedBy: z.optional(z.string().check(z.minLength(1))),
});
export type StatusOverride = z.infer<typeof statusOverrideSchema>;

export const statusOverrides: StatusOverride[] = z
  .object({ overrides: z.array(statusOverrideSchema) })
  .parse(statusOverridesJson)
  .overrides;

export interface StatusDecision extends StatusReading {
  statusSource: 'rule' | 'override';
}

/** The reviewed status of a task when there is one (its reason as evidence), else the rule's reading. */
export function applyStatusOverride(taskId: string, ruleResult: StatusReading, overrides: readonly StatusOverride[]): StatusDecision {
  const override = overrides.find((entry) => entry.taskId === taskId);
  if (!override) return { status: ruleResult.status, evidence: ruleResult.evidence, statusSource: 'rule' };
  return { status: override.status, evidence: override.reason, statusSource: 'override' };
}
