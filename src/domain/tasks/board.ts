/**
 * The task board's logic: each task's effective status (a staff override
 * wins over the report's), its due date and overdue flag, the filters, the
 * groupings and the counts. Pure: the page feeds it the API's tasks and
 * status changes and renders what comes back.
 */
import type { AssignmentEntry, AssignmentRole, Task, TaskStatus } from '../dataset/schema';
import { taskStatuses } from '../dataset/schema';
import { matchesFolded } from '../text/fold';
import { richTextToPlain } from '../text/richText';

/** What the board needs of a staff status change (the API's TaskStatusChange has more). */
export interface StatusOverride {
  taskId: string;
  status: TaskStatus;
}

export interface BoardTask<Override extends StatusOverride = StatusOverride> {
  task: Task;
  /** The override's status when staff set one, else the report's. */
  status: TaskStatus;
  reportStatus: TaskStatus;
  override: Override | null;
  /** The last due date among the deadline's parts; null when no part gives one ("Thường xuyên", "Theo tiến độ …"). */
  dueDate: string | null;
  overdue: boolean;
}

/**
 * Statuses that never make a task overdue: done or moot, and "no result",
 * where the report says nothing (or its pages are lost), so lateness cannot be shown.
 */
const neverOverdueStatuses: ReadonlySet<TaskStatus> = new Set<TaskStatus>(['done', 'not_applicable', 'no_result']);

/** "chủ trì": both the sole lead and each of several joint leads. */
export function isLeadRole(role: AssignmentRole): boolean {
  return role === 'lead' || role === 'co_lead';
}

/**
 * A task's due date: the latest `due` among its deadline parts, because a
 * task with several deliverables is finished only when the last one is due.
 */
export function taskDueDate(task: Task): string | null {
  return task.deadline.parts.reduce<string | null>(
    (latest, part) => (part.due !== null && (latest === null || part.due > latest) ? part.due : latest),
    null,
  );
}

/**
 * Past due on the report date, with a reported status that is not done or
 * moot. ISO dates compare as strings; a report dated by its month alone
 * ("2020-07", the day left blank) sorts before every day of that month, so
 * only a deadline before the month counts: one within it may not have passed.
 */
export function isOverdue(dueDate: string | null, status: TaskStatus, reportDate: string): boolean {
  return dueDate !== null && dueDate < reportDate && !neverOverdueStatuses.has(status);
}

/** The period's tasks in plan order (area, then position within it), with statuses and deadlines resolved. */
export function buildBoardTasks<Override extends StatusOverride>(
  tasks: readonly Task[],
  overrides: readonly Override[],
  reportDate: string,
): BoardTask<Override>[] {
  const overrideByTask = new Map(overrides.map((override) => [override.taskId, override]));
  return [...tasks].sort(comparePlanOrder).map((task) => {
    const override = overrideByTask.get(task.id) ?? null;
    const status = override?.status ?? task.current.status;
    const dueDate = taskDueDate(task);
    return {
      task,
      status,
      reportStatus: task.current.status,
      override,
      dueDate,
      overdue: isOverdue(dueDate, status, reportDate),
    };
  });
}

function comparePlanOrder(left: Task, right: Task): number {
  return left.area.position - right.area.position || left.order - right.order;
}

/** Whom a task is assigned to in a role scope: a single agency, a group of agencies, or a name neither resolved to. */
export type ResponsibleParty =
  | { kind: 'agency'; agencyId: string }
  | { kind: 'group'; groupId: string }
  | { kind: 'text'; text: string };

export function partyOf(entry: AssignmentEntry): ResponsibleParty {
  if (entry.agencyId !== null) return { kind: 'agency', agencyId: entry.agencyId };
  if (entry.groupId !== null) return { kind: 'group', groupId: entry.groupId };
  return { kind: 'text', text: entry.text };
}

export function partyKey(party: ResponsibleParty): string {
  switch (party.kind) {
    case 'agency':
      return `agency:${party.agencyId}`;
    case 'group':
      return `group:${party.groupId}`;
    case 'text':
      return `text:${party.text}`;
  }
}

/** The lead ("chủ trì") parties of a task, each once, in the order the assignment names them. */
export function leadParties(task: Task): ResponsibleParty[] {
  const seen = new Set<string>();
  const parties: ResponsibleParty[] = [];
  for (const entry of task.assignment.entries) {
    if (!isLeadRole(entry.role)) continue;
    const party = partyOf(entry);
    const key = partyKey(party);
    if (seen.has(key)) continue;
    seen.add(key);
    parties.push(party);
  }
  return parties;
}

/** "lead": the agency must lead ("chủ trì"); "any": any role in the assignment counts (phối hợp, thẩm định, …). */
export type AgencyRoleScope = 'lead' | 'any';

export function agencyIdsInScope(task: Task, scope: AgencyRoleScope): Set<string> {
  return new Set(
    task.assignment.entries
      .filter((entry) => scope === 'any' || isLeadRole(entry.role))
      .flatMap((entry) => (entry.agencyId === null ? [] : [entry.agencyId])),
  );
}

export interface AgencyOption {
  agencyId: string;
  /** Tasks the agency leads. */
  leadCount: number;
  /** Tasks whose assignment names the agency in any role. */
  anyCount: number;
}

/** Every agency the period's assignments name, with how many tasks name it as lead and in any role. */
export function agencyOptions(tasks: readonly Task[]): AgencyOption[] {
  const options = new Map<string, AgencyOption>();
  for (const task of tasks) {
    const leads = agencyIdsInScope(task, 'lead');
    for (const agencyId of agencyIdsInScope(task, 'any')) {
      const option = options.get(agencyId) ?? { agencyId, leadCount: 0, anyCount: 0 };
      option.anyCount += 1;
      if (leads.has(agencyId)) option.leadCount += 1;
      options.set(agencyId, option);
    }
  }
  return [...options.values()];
}

export interface TaskFilters {
  /** A task passes when its assignment names any of these agencies in the role scope; empty = no agency filter. */
  agencyIds: readonly string[];
  roleScope: AgencyRoleScope;
  status: TaskStatus | null;
  overdueOnly: boolean;
  query: string;
}

export const noTaskFilters: TaskFilters = { agencyIds: [], roleScope: 'any', status: null, overdueOnly: false, query: '' };

/**
 * The text a search looks through: code, title, deliverable, the raw
 * assignment text (agency extraction is imperfect, so a name it missed is
 * still found) and every result the task carries.
 */
export function taskSearchText(task: Task): string {
  const results = [task.current, ...task.otherResults].flatMap((result) => [
    richTextToPlain(result.result),
    ...result.subResults.map((sub) => `${sub.agencyText} ${sub.evidence ?? ''}`),
  ]);
  return [
    task.code,
    task.title,
    richTextToPlain(task.deliverable),
    task.assignment.text,
    richTextToPlain(task.assignment.blocks),
    ...results,
  ].join('\n');
}

export function matchesTaskFilters(boardTask: BoardTask, filters: TaskFilters): boolean {
  if (filters.status !== null && boardTask.status !== filters.status) return false;
  if (filters.overdueOnly && !boardTask.overdue) return false;
  if (filters.agencyIds.length > 0) {
    const named = agencyIdsInScope(boardTask.task, filters.roleScope);
    if (!filters.agencyIds.some((agencyId) => named.has(agencyId))) return false;
  }
  // Building a task's search text is the costly part; no query, no need for it.
  return filters.query.trim() === '' || matchesFolded(taskSearchText(boardTask.task), filters.query);
}

export function filterBoardTasks<Item extends BoardTask>(boardTasks: readonly Item[], filters: TaskFilters): Item[] {
  return boardTasks.filter((boardTask) => matchesTaskFilters(boardTask, filters));
}

export type StatusCounts = Record<TaskStatus, number>;

export function countStatuses(boardTasks: readonly BoardTask[]): StatusCounts {
  const counts = Object.fromEntries(taskStatuses.map((status) => [status, 0])) as StatusCounts;
  for (const boardTask of boardTasks) counts[boardTask.status] += 1;
  return counts;
}

export interface BoardSummary {
  shown: number;
  done: number;
  inProgress: number;
  overdue: number;
}

export function summarizeBoard(boardTasks: readonly BoardTask[]): BoardSummary {
  return {
    shown: boardTasks.length,
    done: boardTasks.filter((boardTask) => boardTask.status === 'done').length,
    inProgress: boardTasks.filter((boardTask) => boardTask.status === 'in_progress').length,
    overdue: boardTasks.filter((boardTask) => boardTask.overdue).length,
  };
}

export type TaskGrouping = 'area' | 'status' | 'lead';

export type TaskGroupKey =
  | { kind: 'area'; area: Task['area'] }
  | { kind: 'status'; status: TaskStatus }
  | { kind: 'lead'; party: ResponsibleParty }
  | { kind: 'no-lead' };

export interface TaskGroup<Item extends BoardTask = BoardTask> {
  /** Stable across renders, unique within a grouping. */
  id: string;
  key: TaskGroupKey;
  tasks: Item[];
  counts: StatusCounts;
}

function makeGroup<Item extends BoardTask>(id: string, key: TaskGroupKey, tasks: Item[]): TaskGroup<Item> {
  return { id, key, tasks, counts: countStatuses(tasks) };
}

/** One group per reform area present, in the plan's own order of areas. */
export function groupByArea<Item extends BoardTask>(boardTasks: readonly Item[]): TaskGroup<Item>[] {
  const byPosition = new Map<number, { area: Task['area']; tasks: Item[] }>();
  for (const boardTask of boardTasks) {
    const { area } = boardTask.task;
    const entry = byPosition.get(area.position) ?? { area, tasks: [] };
    entry.tasks.push(boardTask);
    byPosition.set(area.position, entry);
  }
  return [...byPosition.entries()]
    .sort(([left], [right]) => left - right)
    .map(([position, { area, tasks }]) => makeGroup(`area:${position}`, { kind: 'area', area }, tasks));
}

/** One group per status present, in the order of the status list (done first). */
export function groupByStatus<Item extends BoardTask>(boardTasks: readonly Item[]): TaskGroup<Item>[] {
  return taskStatuses.flatMap((status) => {
    const tasks = boardTasks.filter((boardTask) => boardTask.status === status);
    return tasks.length === 0 ? [] : [makeGroup(`status:${status}`, { kind: 'status', status }, tasks)];
  });
}

/**
 * One group per lead party, most tasks first (ties in first-seen order); a
 * task with joint leads sits in each of their groups. Tasks whose assignment
 * names no lead come last, together.
 */
export function groupByLead<Item extends BoardTask>(boardTasks: readonly Item[]): TaskGroup<Item>[] {
  const groups = new Map<string, { party: ResponsibleParty; tasks: Item[] }>();
  const withoutLead: Item[] = [];
  for (const boardTask of boardTasks) {
    const parties = leadParties(boardTask.task);
    if (parties.length === 0) withoutLead.push(boardTask);
    for (const party of parties) {
      const key = partyKey(party);
      const entry = groups.get(key) ?? { party, tasks: [] };
      entry.tasks.push(boardTask);
      groups.set(key, entry);
    }
  }
  const leadGroups = [...groups.entries()]
    .map(([key, { party, tasks }]) => makeGroup(`lead:${key}`, { kind: 'lead', party }, tasks))
    .sort((left, right) => right.tasks.length - left.tasks.length);
  return withoutLead.length === 0 ? leadGroups : [...leadGroups, makeGroup('no-lead', { kind: 'no-lead' }, withoutLead)];
}

export function groupBoardTasks<Item extends BoardTask>(boardTasks: readonly Item[], grouping: TaskGrouping): TaskGroup<Item>[] {
  switch (grouping) {
    case 'area':
      return groupByArea(boardTasks);
    case 'status':
      return groupByStatus(boardTasks);
    case 'lead':
      return groupByLead(boardTasks);
  }
}
