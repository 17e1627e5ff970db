/**
 * Turns the raw task rows of every report into Tasks: structured text,
 * parsed deadlines, extracted assignments and a status with its evidence.
 */
import type { PeriodId, Provenance, Task, TaskResult } from '../../dataset/schema';
import { matchAgency } from '../../agencies/registry';
import { extractAssignment } from '../../tasks/assignment';
import { parseDeadline, type ParsedDeadline } from '../../tasks/deadline';
import { reformAreaIdFor } from '../../tasks/reformAreas';
import { classifyResult } from '../../tasks/status';
import { applyStatusOverride, statusOverrides } from '../../tasks/statusOverrides';
import { plainText } from '../../text/html';
import { parseRichText, richTextToPlain } from '../../text/richText';
import type { RawTaskRow } from '../rawTask';
import { readPdfTaskTable, taskCode } from './pdfTaskTable';
import { buildPlan2020, NOTE_NO_ANNUAL_RESULT, type Plan2020Entry } from './plan2020';
import { readTsvTaskTable, readTsvTaskTableWithOrphans, tsvTaskTables } from './tsvTaskTable';

type ReportContents = Record<string, string>;

function reportText(reports: ReportContents, repoPath: string): string | null {
  const fileName = repoPath.split('/').pop() ?? repoPath;
  return reports[fileName] ?? null;
}

function resolveAgencyId(name: string): string | null {
  return matchAgency(name)?.id ?? null;
}

function readResult(periodId: PeriodId, code: string, html: string, provenance: Provenance | null): TaskResult {
  const result = parseRichText(html);
  const classified = classifyResult(richTextToPlain(result));
  const decision = applyStatusOverride(`${periodId}:${code}`, classified, statusOverrides);
  return {
    periodId,
    result,
    status: decision.status,
    statusEvidence: decision.evidence,
    statusSource: decision.statusSource,
    subResults: classified.subResults.map((sub) => ({
      agencyId: resolveAgencyId(sub.agencyText),
      agencyText: sub.agencyText,
      status: sub.status,
      evidence: sub.evidence,
    })),
    provenance,
  };
}

function missingResult(periodId: PeriodId, reason: string): TaskResult {
  return {
    periodId,
    result: [],
    status: 'no_result',
    statusEvidence: reason,
    statusSource: 'rule',
    subResults: [],
    provenance: null,
  };
}

/**
 * A year's plan is issued in December of the year before, so a deadline that
 * is over before then is most likely a slip in the year (001:141 "Tháng
 * 3/2021" in the 2022 plan, done by QĐ 1138 of 27/4/2022). The deadline
 * stays as printed; the task says so.
 */
function deadlineNotes(periodId: PeriodId, deadline: ParsedDeadline): string[] {
  const planYear = Number(periodId.slice(0, 4));
  const planIssued = `${planYear - 1}-12-01`;
  return deadline.parts
    .filter((part) => part.due !== null && part.due < planIssued)
    .map(
      (part) =>
        `Tiến độ «${part.text}» đã hết trước khi kế hoạch năm ${planYear} được ban hành (tháng 12/${planYear - 1}); có thể báo cáo ghi nhầm năm.`,
    );
}

function toTask(periodId: PeriodId, row: RawTaskRow, order: number, current: TaskResult, otherResults: TaskResult[], notes: string[]): Task {
  const areaId = reformAreaIdFor(row.sectionHeading);
  const code = taskCode(row.sectionNumeral, row.number);
  if (areaId === null) {
    throw new Error(`${row.provenance.file}:${row.provenance.line}: no reform area for heading «${row.sectionHeading}»`);
  }
  const assignmentText = plainText(row.assignment);
  const deadline = parseDeadline(richTextToPlain(parseRichText(row.deadline)));
  return {
    id: `${periodId}:${code}`,
    periodId,
    area: { id: areaId, numeral: row.sectionNumeral, heading: row.sectionHeading, position: row.sectionPosition },
    number: row.number,
    code,
    order,
    title: plainText(row.task),
    deliverable: parseRichText(row.deliverable),
    deadline,
    assignment: {
      text: assignmentText,
      blocks: parseRichText(row.assignment),
      entries: extractAssignment(assignmentText, resolveAgencyId),
    },
    current,
    otherResults,
    notes: [...notes, ...deadlineNotes(periodId, deadline)],
    provenance: row.provenance,
  };
}

function tasksOfTsvReport(periodId: PeriodId, reports: ReportContents, table: (typeof tsvTaskTables)['004' | '001']): Task[] {
  const content = reportText(reports, table.file);
  if (content === null) return [];
  return readTsvTaskTable(content, table.file, table).map((row, order) =>
    toTask(periodId, row, order, readResult(periodId, taskCode(row.sectionNumeral, row.number), row.result, row.provenance), [], row.notes),
  );
}

function plan2020(reports: ReportContents): Plan2020Entry[] {
  const midYearFile = 'data/reports/003_2785a7ccbc719acf.txt';
  const annualTable = tsvTaskTables['000'];
  const midYearContent = reportText(reports, midYearFile);
  const annualContent = reportText(reports, annualTable.file);
  if (midYearContent === null || annualContent === null) return [];
  const annual = readTsvTaskTableWithOrphans(annualContent, annualTable.file, annualTable);
  const midYear = readPdfTaskTable(midYearContent, midYearFile, annual.rows);
  return buildPlan2020(midYear, annual.rows, annual.orphans);
}

/**
 * The 2020 plan is one list of 40 tasks read from the mid-year report (003);
 * the year-end result (000) is the 2020 period's own result, and each period
 * shows the other's result beside its own.
 */
function tasksOf2020(entries: Plan2020Entry[]): { midYear: Task[]; annual: Task[] } {
  const midYear: Task[] = [];
  const annual: Task[] = [];
  entries.forEach((entry, order) => {
    const midYearResult = readResult('2020-H1', entry.code, entry.plan.result, entry.plan.provenance);
    const annualResult = entry.annualResult
      ? readResult('2020', entry.code, entry.annualResult.result, entry.annualResult.provenance)
      : missingResult('2020', NOTE_NO_ANNUAL_RESULT);
    midYear.push(toTask('2020-H1', entry.plan, order, midYearResult, [annualResult], entry.notes));
    annual.push(toTask('2020', entry.plan, order, annualResult, [midYearResult], entry.notes));
  });
  return { midYear, annual };
}

export function buildTasks(reports: ReportContents): Record<string, Task[]> {
  const { midYear, annual } = tasksOf2020(plan2020(reports));
  return {
    '2017-Q1': tasksOfTsvReport('2017-Q1', reports, tsvTaskTables['004']),
    '2020-H1': midYear,
    '2020': annual,
    '2022': tasksOfTsvReport('2022', reports, tsvTaskTables['001']),
  };
}
