/**
 * Reads the yearly-plan task table of a tab-separated report (000, 001, 004)
 * into one RawTaskRow per task. Cells keep their HTML.
 *
 * Table shape (seeds inventory §8.3): a header row ("TT"/"Stt") opens every
 * page; a section row has a Roman numeral in cell 0; a task row has digits;
 * a row with an empty cell 0 is an unnumbered task right after a section row,
 * and otherwise continues the previous task column by column, either across
 * a page break (right after a header) or as an in-page sub-row.
 */
import { z } from 'zod/mini';
import type { RawTaskRow } from '../rawTask';
import { plainText } from '../../text/html';
import { appendBlock, joinContinuation } from './cellJoin';
import taskRowOverridesJson from '../../../../data/overrides/task-rows.json';

export interface LineRange {
  startLine: number;
  endLine: number;
}

/** Where each TSV report keeps its task table (1-based, inclusive). */
export const tsvTaskTables = {
  '004': { file: 'data/reports/004_c11a7d0045ebd1e1.txt', startLine: 281, endLine: 361 },
  '000': { file: 'data/reports/000_6946f393bc14d385.txt', startLine: 5, endLine: 103 },
  '001': { file: 'data/reports/001_aa68a87f1e8bdfdf.txt', startLine: 3, endLine: 156 },
} as const satisfies Record<string, { file: string } & LineRange>;

const overrideBase = { file: z.string(), line: z.int().check(z.positive()), reason: z.string().check(z.minLength(1)) };

/** A reviewed correction to the mechanical reading, applied by file and line. */
export const taskRowOverrideSchema = z.discriminatedUnion('action', [
  /** Adds a note to the task that starts on `line`. */
  z.object({ ...overrideBase, action: z.literal('note'), note: z.string() }),
  /** A section row lost from the source begins before `line`; `note` goes on each of its tasks. */
  z.object({
    ...overrideBase,
    action: z.literal('insertSection'),
    numeral: z.string(),
    heading: z.string(),
    position: z.int().check(z.positive()),
    note: z.string(),
  }),
  /** The row on `line` continues a task whose start is lost: kept apart, never attached. */
  z.object({ ...overrideBase, action: z.literal('orphan'), fragmentOf: z.string(), note: z.string() }),
  /** The continuation row on `line` belongs at the end of the task starting on `taskLine`. */
  z.object({ ...overrideBase, action: z.literal('attachTo'), taskLine: z.int().check(z.positive()), note: z.string() }),
]);
export type TaskRowOverride = z.infer<typeof taskRowOverrideSchema>;

export const taskRowOverrides: TaskRowOverride[] = z
  .object({ overrides: z.array(taskRowOverrideSchema) })
  .parse(taskRowOverridesJson).overrides;

/** A continuation whose task is lost from the source (see the "orphan" override). */
export interface OrphanFragment extends RawTaskRow {
  /** Code of the task it is the tail of, e.g. "VIII.6". */
  fragmentOf: string;
}

export interface TsvTaskTable {
  rows: RawTaskRow[];
  orphans: OrphanFragment[];
}

type CellKey = 'task' | 'deliverable' | 'deadline' | 'assignment' | 'result';
const cellKeys: readonly CellKey[] = ['task', 'deliverable', 'deadline', 'assignment', 'result'];

interface Section {
  numeral: string;
  heading: string;
  position: number;
  notes: string[];
}

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** Value of a well-formed Roman numeral up to 89, or null ("VIV", "IIII" and words are null). */
function romanValue(numeral: string): number | null {
  if (!/^[IVXL]+$/.test(numeral)) return null;
  let total = 0;
  for (let index = 0; index < numeral.length; index += 1) {
    const value = romanValues[numeral.charAt(index)] ?? 0;
    const next = romanValues[numeral.charAt(index + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === numeral ? total : null;
}

function toRoman(value: number): string {
  const digits: [number, string][] = [
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let numeral = '';
  for (const [amount, symbol] of digits) {
    while (rest >= amount) {
      numeral += symbol;
      rest -= amount;
    }
  }
  return numeral;
}

/**
 * A section row: "I" + "CẢI CÁCH THỂ CHẾ", "III CƠ CHẾ MỘT CỬA…" in one cell,
 * or "VI I" (= VII, the numeral broken by a space) with the title in the next cell.
 */
function readSection(cells: string[]): Omit<Section, 'notes'> | null {
  const lead = plainText(cells[0] ?? '');
  const match = /^([IVXL]+(?: [IVXL]+)*)(?:\s+(\S.*))?$/.exec(lead);
  if (!match) return null;
  const numeral = (match[1] ?? '').replace(/ /g, '');
  const position = romanValue(numeral);
  if (position === null) return null;
  const heading = match[2] ?? plainText(cells[1] ?? '');
  if (heading === '') return null;
  return { numeral, heading, position };
}

function isHeaderRow(lead: string): boolean {
  return /^(tt|stt)$/i.test(lead);
}

function sameFile(a: string, b: string): boolean {
  const base = (path: string) => path.split('/').pop() ?? path;
  return base(a) === base(b);
}

function newRow(section: Section | null, number: string, cells: string[], file: string, line: number): RawTaskRow {
  if (section === null) throw new Error(`${file}:${line}: task row before any section row`);
  const row: RawTaskRow = {
    sectionNumeral: section.numeral,
    sectionHeading: section.heading,
    sectionPosition: section.position,
    number,
    task: '',
    deliverable: '',
    deadline: '',
    assignment: '',
    result: '',
    provenance: { file, line, lineEnd: line },
    notes: [...section.notes],
  };
  cellKeys.forEach((key, index) => {
    row[key] = (cells[index + 1] ?? '').trim();
  });
  return row;
}

function hasText(cells: string[]): boolean {
  return cells.slice(1).some((cell) => cell.trim() !== '');
}

function continueRow(row: RawTaskRow, cells: string[], line: number, join: (a: string, b: string) => string): void {
  cellKeys.forEach((key, index) => {
    row[key] = join(row[key], (cells[index + 1] ?? '').trim());
  });
  if (hasText(cells)) row.provenance.lineEnd = Math.max(row.provenance.lineEnd ?? line, line);
}

/** Reads the task table and keeps apart the fragments whose task is lost. */
export function readTsvTaskTableWithOrphans(
  content: string,
  file: string,
  range: LineRange,
  overrides: readonly TaskRowOverride[] = taskRowOverrides,
): TsvTaskTable {
  const lines = content.split('\n');
  const forThisFile = overrides.filter((override) => sameFile(override.file, file));
  const rows: RawTaskRow[] = [];
  const orphans: OrphanFragment[] = [];
  const deferred: { cells: string[]; line: number; taskLine: number; note: string }[] = [];
  let section: Section | null = null;
  let current: RawTaskRow | null = null;
  let taskSinceSection = false;
  let afterHeader = false;

  for (let line = range.startLine; line <= Math.min(range.endLine, lines.length); line += 1) {
    const here = forThisFile.filter((override) => override.line === line);
    for (const override of here) {
      if (override.action === 'insertSection') {
        section = { numeral: override.numeral, heading: override.heading, position: override.position, notes: [override.note] };
        taskSinceSection = false;
      }
    }
    const cells = (lines[line - 1] ?? '').replace(/\r$/, '').split('\t');
    if (cells.length < 2) continue;
    const lead = plainText(cells[0] ?? '');
    if (isHeaderRow(lead)) {
      afterHeader = true;
      continue;
    }
    const wasAfterHeader = afterHeader;
    afterHeader = false;

    const orphan = here.find((override) => override.action === 'orphan');
    if (orphan) {
      orphans.push({ ...newRow(section, '', cells, file, line), fragmentOf: orphan.fragmentOf, notes: [...(section?.notes ?? []), orphan.note] });
      current = null;
      taskSinceSection = true;
      continue;
    }
    const attach = here.find((override) => override.action === 'attachTo');
    if (attach) {
      deferred.push({ cells, line, taskLine: attach.taskLine, note: attach.note });
      continue;
    }

    const sectionRow = lead === '' ? null : readSection(cells);
    if (sectionRow) {
      section = { ...sectionRow, notes: [] };
      current = null;
      taskSinceSection = false;
      continue;
    }
    if (/^\d+\.?$/.test(lead)) {
      current = newRow(section, lead.replace(/\.$/, ''), cells, file, line);
      rows.push(current);
      taskSinceSection = true;
    } else if (lead === '' && !taskSinceSection && section !== null) {
      current = newRow(section, '', cells, file, line);
      rows.push(current);
      taskSinceSection = true;
    } else if (lead === '' && current !== null) {
      continueRow(current, cells, line, wasAfterHeader ? joinContinuation : appendBlock);
    } else if (lead === '' && !hasText(cells)) {
      continue;
    } else {
      throw new Error(`${file}:${line}: row not understood (cell 0 "${lead}")`);
    }
    for (const override of here) {
      if (override.action === 'note') current.notes.push(override.note);
    }
  }

  for (const { cells, line, taskLine, note } of deferred) {
    const target = rows.find((row) => row.provenance.line === taskLine);
    if (!target) throw new Error(`${file}:${line}: override target line ${taskLine} is not a task`);
    continueRow(target, cells, line, joinContinuation);
    target.notes.push(note);
  }
  return { rows, orphans };
}

/** The tasks of a TSV report's task table, in table order (orphaned fragments left out). */
export function readTsvTaskTable(content: string, file: string, range: { startLine: number; endLine: number }): RawTaskRow[] {
  return readTsvTaskTableWithOrphans(content, file, range).rows;
}
