import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema, periodDatasetSchema, type PeriodId, type Task } from '@/domain/dataset/schema';
import {
  agencyOptions,
  buildBoardTasks,
  filterBoardTasks,
  groupBoardTasks,
  isOverdue,
  leadParties,
  noTaskFilters,
  summarizeBoard,
  taskDueDate,
  type TaskFilters,
} from '@/domain/tasks/board';
import { tasks2022 } from '../../features/tasks/fixtures/taskDatasets';

/** Báo cáo 39/BC-UBND is dated 24/02/2023: the 2022 tasks are judged against that day. */
const reportDate2022 = '2023-02-24';

const board = () => buildBoardTasks(tasks2022, [], reportDate2022);
const codes = (items: { task: Task }[]) => items.map((item) => item.task.code);
const filtered = (filters: Partial<TaskFilters>) => codes(filterBoardTasks(board(), { ...noTaskFilters, ...filters }));

function withDeadline(task: Task, parts: Task['deadline']['parts']): Task {
  return { ...task, deadline: { ...task.deadline, parts } };
}

describe('buildBoardTasks', () => {
  it('puts tasks in plan order whatever order they arrive in', () => {
    expect(codes(board())).toEqual(['I.1', 'I.2', 'I.7', 'II.1', 'III.3', 'III.8', 'III.10']);
  });

  it('lets a staff override win over the report, keeping the report status beside it', () => {
    const override = { taskId: '2022-III.8', status: 'in_progress' as const, note: 'Đã trình UBND tỉnh' };
    const item = buildBoardTasks(tasks2022, [override], reportDate2022).find((entry) => entry.task.code === 'III.8');
    expect(item).toMatchObject({ status: 'in_progress', reportStatus: 'blocked', override });
  });
});

describe('due date and overdue rule', () => {
  it('reads the parsed due date of the deadline ("Tháng 6/2022" → 30/06/2022)', () => {
    const task = tasks2022.find((candidate) => candidate.code === 'III.8');
    expect(task && taskDueDate(task)).toBe('2022-06-30');
  });

  it('takes the last due date when a deadline has several parts, and none when no part is dated', () => {
    const [first] = tasks2022;
    if (first === undefined) throw new Error('fixture is empty');
    const twoMilestones = withDeadline(first, [
      { text: 'Hoàn thành Đề án trong năm 2017', kind: 'year', start: null, due: '2017-12-31', note: null },
      { text: 'Triển khai từ năm 2017 - 2020', kind: 'window', start: '2017-01-01', due: '2020-12-31', note: null },
    ]);
    expect(taskDueDate(twoMilestones)).toBe('2020-12-31');
    expect(taskDueDate(withDeadline(first, [{ text: 'Thường xuyên', kind: 'recurring', start: null, due: null, note: null }]))).toBeNull();
  });

  it('flags a task overdue only when due before the report date and not done or not applicable', () => {
    expect(isOverdue('2022-06-30', 'blocked', reportDate2022)).toBe(true);
    expect(isOverdue('2022-06-30', 'suspended', reportDate2022)).toBe(true);
    expect(isOverdue('2022-06-30', 'done', reportDate2022)).toBe(false);
    expect(isOverdue('2022-06-30', 'not_applicable', reportDate2022)).toBe(false);
    expect(isOverdue('2022-06-30', 'no_result', reportDate2022)).toBe(false);
    expect(isOverdue(null, 'not_started', reportDate2022)).toBe(false);
    // 2020-H1's report is dated «ngày /7/2020», the day left blank (003:5): a deadline before July has passed
    // on any day of it, one within July may not have.
    expect(isOverdue('2020-06-30', 'in_progress', '2020-07')).toBe(true);
    expect(isOverdue('2020-07-01', 'in_progress', '2020-07')).toBe(false);
    expect(isOverdue('2020-07-31', 'in_progress', '2020-07')).toBe(false);
    expect(codes(board().filter((item) => item.overdue))).toEqual(['I.1', 'III.8']);
  });

  it('clears the overdue flag when staff mark the task done', () => {
    const items = buildBoardTasks(tasks2022, [{ taskId: '2022-III.8', status: 'done' }], reportDate2022);
    expect(codes(items.filter((item) => item.overdue))).toEqual(['I.1']);
  });
});

describe('filters', () => {
  it('filters by agency as lead only ("chủ trì") or in any role', () => {
    expect(filtered({ agencyIds: ['so-noi-vu'], roleScope: 'lead' })).toEqual(['I.7', 'III.10']);
    // III.3: Sở Nội vụ appraises ("thẩm định"); III.8: it supports ("phối hợp").
    expect(filtered({ agencyIds: ['so-noi-vu'], roleScope: 'any' })).toEqual(['I.7', 'III.3', 'III.8', 'III.10']);
  });

  it('keeps a task naming any of several chosen agencies', () => {
    expect(filtered({ agencyIds: ['so-noi-vu', 'van-phong-ubnd-tinh'], roleScope: 'lead' })).toEqual([
      'I.7',
      'II.1',
      'III.10',
    ]);
  });

  it('filters by status and by overdue', () => {
    expect(filtered({ status: 'blocked' })).toEqual(['III.8', 'III.10']);
    expect(filtered({ overdueOnly: true })).toEqual(['I.1', 'III.8']);
    expect(filtered({ status: 'blocked', overdueOnly: true })).toEqual(['III.8']);
  });

  it('searches without diacritics through title, deliverable, raw assignment text and result', () => {
    expect(filtered({ query: 'khuyen nong' })).toEqual(['III.8']);
    expect(filtered({ query: 'phuong an/de an duoc ban hanh' })).toEqual(['III.8']);
    // "địa phương rà soát" is only in the assignment cell of II.1.
    expect(filtered({ query: 'dia phuong ra soat' })).toEqual(['II.1']);
    // "Yersin" is only in the result of III.3.
    expect(filtered({ query: 'YERSIN' })).toEqual(['III.3']);
  });

  it('treats a query of only spaces as no query', () => {
    expect(filtered({ query: '   ' })).toEqual(filtered({}));
    expect(filtered({ query: '  \t ', status: 'blocked' })).toEqual(['III.8', 'III.10']);
  });
});

describe('agencyOptions', () => {
  it('counts each agency named in the assignments as lead and in any role', () => {
    const byId = new Map(agencyOptions(tasks2022).map((option) => [option.agencyId, option]));
    expect(byId.get('so-noi-vu')).toEqual({ agencyId: 'so-noi-vu', leadCount: 2, anyCount: 4 });
    expect(byId.get('so-ke-hoach-dau-tu')).toEqual({ agencyId: 'so-ke-hoach-dau-tu', leadCount: 2, anyCount: 2 });
    expect([...byId.keys()].sort()).toEqual(['so-ke-hoach-dau-tu', 'so-noi-vu', 'so-nong-nghiep-ptnt', 'van-phong-ubnd-tinh']);
  });
});

describe('grouping', () => {
  it('groups by reform area in the plan order of areas, with status counts', () => {
    const groups = groupBoardTasks(board(), 'area');
    expect(groups.map((group) => (group.key.kind === 'area' ? group.key.area.heading : null))).toEqual([
      'Cải cách thể chế',
      'Cải cách TTHC',
      'Cải cách tổ chức bộ máy',
    ]);
    expect(groups.map((group) => codes(group.tasks))).toEqual([['I.1', 'I.2', 'I.7'], ['II.1'], ['III.3', 'III.8', 'III.10']]);
    expect(groups[2]?.counts).toMatchObject({ done: 1, blocked: 2, in_progress: 0 });
  });

  it('groups by status in the order of the status list, skipping empty statuses', () => {
    const groups = groupBoardTasks(board(), 'status');
    expect(groups.map((group) => (group.key.kind === 'status' ? group.key.status : null))).toEqual([
      'done',
      'blocked',
      'suspended',
    ]);
    expect(groups.map((group) => group.tasks.length)).toEqual([4, 2, 1]);
  });

  it('groups by lead agency, most tasks first, with tasks led by no single agency last', () => {
    const groups = groupBoardTasks(board(), 'lead');
    expect(groups.map((group) => group.id)).toEqual([
      'lead:agency:so-ke-hoach-dau-tu',
      'lead:agency:so-noi-vu',
      'lead:agency:van-phong-ubnd-tinh',
      'lead:agency:so-nong-nghiep-ptnt',
      'no-lead',
    ]);
    expect(codes(groups.at(-1)?.tasks ?? [])).toEqual(['III.3']);
  });

  it('names each lead once, agencies and groups alike', () => {
    const task = tasks2022.find((candidate) => candidate.code === 'II.1');
    expect(task && leadParties(task)).toEqual([{ kind: 'agency', agencyId: 'van-phong-ubnd-tinh' }]);
  });
});

describe('summarizeBoard', () => {
  it('counts tasks shown, done, in progress and overdue', () => {
    expect(summarizeBoard(board())).toEqual({ shown: 7, done: 4, inProgress: 0, overdue: 2 });
  });
});

describe('the ingested plans', () => {
  const load = (periodId: PeriodId) =>
    periodDatasetSchema.parse(JSON.parse(readFileSync(`data/datasets/periods/${periodId}.json`, 'utf8'))).tasks;
  const areaCounts = (periodId: PeriodId) =>
    groupBoardTasks(buildBoardTasks(load(periodId), [], '9999-12-31'), 'area').map((group) =>
      group.key.kind === 'area' ? `${group.key.area.numeral} ${group.tasks.length}` : group.id,
    );

  // Seeds inventory §4: the sections of each plan, in the order printed, with their task counts.
  it.each([
    ['2017-Q1', ['I 7', 'II 5', 'III 4', 'IV 3', 'V 4', 'VI 6', 'VII 11']],
    ['2020-H1', ['I 8', 'II 2', 'III 3', 'IV 6', 'V 4', 'VI 4', 'VII 4', 'VIII 8', 'IX 1']],
    ['2020', ['I 8', 'II 2', 'III 3', 'IV 6', 'V 4', 'VI 4', 'VII 4', 'VIII 8', 'IX 1']],
    ['2022', ['I 9', 'II 6', 'III 10', 'IV 4', 'V 5', 'VI 14', 'VII 12']],
  ] as const)('%s groups by area in the plan order', (periodId, expected) => {
    expect(areaCounts(periodId)).toEqual(expected);
  });

  it('counts the 2020-H1 tasks due by Quý II/2020 and not done as overdue on the July report', () => {
    const catalog = catalogSchema.parse(JSON.parse(readFileSync('data/datasets/catalog.json', 'utf8')));
    const reportDate = catalog.periods.find((period) => period.id === '2020-H1')?.reportDate ?? '';
    expect(reportDate).toBe('2020-07');
    const items = buildBoardTasks(load('2020-H1'), [], reportDate);
    const thirdPointTwo = items.find((item) => item.task.code === 'III.2');
    expect(thirdPointTwo?.dueDate).toBe('2020-06-30');
    expect(thirdPointTwo?.overdue).toBe(true);
  });

  it('finds Sở Nội vụ in the raw assignment text of every 2022 task the extraction gives it', () => {
    const tasks = load('2022');
    const items = buildBoardTasks(tasks, [], '2023-02-24');
    const named = filterBoardTasks(items, { ...noTaskFilters, agencyIds: ['so-noi-vu'], roleScope: 'any' });
    const led = filterBoardTasks(items, { ...noTaskFilters, agencyIds: ['so-noi-vu'], roleScope: 'lead' });
    expect(named.length).toBeGreaterThan(led.length);
    expect(led.length).toBeGreaterThan(0);
    for (const item of named) expect(item.task.assignment.text).toMatch(/Nội vụ/);
    // Found by search too (the raw text), whatever extraction made of it.
    const searched = codes(filterBoardTasks(items, { ...noTaskFilters, query: 'so noi vu' }));
    for (const code of codes(named)) expect(searched).toContain(code);
  });
});
