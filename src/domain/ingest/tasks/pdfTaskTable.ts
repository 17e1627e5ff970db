/**
 * Reads the task table of the 2020 mid-year appendix (seed 003, "PHỤ LỤC 1").
 * The file is PDF text: every wrapped cell line is a text line of its own,
 * the cells of a row come one column after another, and rows run on across
 * 21 pages. Nothing in a line says which column it belongs to, so the plan
 * columns are recovered by following the same plan's text in the annual
 * appendix (seed 000, passed in as `anchors`). Tasks that cannot be followed
 * that way are split by the reviewed file data/overrides/2020-h1-columns.json.
 */
import { z } from 'zod/mini';
import type { RawTaskRow } from '../rawTask';
import { escapeHtml, plainText } from '../../text/html';
import columnOverridesJson from '../../../../data/overrides/2020-h1-columns.json';

/** A non-blank line of the table, after the title block and page headers are dropped. */
export interface PdfLine {
  /** 1-based physical line in the report. */
  line: number;
  /** 1-based page of the table. */
  page: number;
  /** The line with runs of white space collapsed (the task number removed on a task's first line). */
  text: string;
}

export interface PdfTask {
  /** Number as printed ("" for the unnumbered task of section IX). */
  number: string;
  /** Every line of the task, its number line first. */
  lines: PdfLine[];
}

export interface PdfSection {
  numeral: string;
  /** Title as printed, a wrapped title joined with one space. */
  heading: string;
  position: number;
  line: number;
  tasks: PdfTask[];
}

const PAGE_HEADER = ['TT', 'Nhiệm vụ Sản phẩm Tiến độ', 'Phân công và cách', 'thức thực hiện', 'Kết quả'];
const ROMAN_NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

const PLAN_COLUMNS = ['task', 'deliverable', 'deadline', 'assignment'] as const;
type PlanColumn = (typeof PLAN_COLUMNS)[number];
type Column = PlanColumn | 'result';
const COLUMNS: readonly Column[] = [...PLAN_COLUMNS, 'result'];

/** Share of characters a line must have in common with the annual text it continues (absorbs typos such as "nằm"/"năm"). */
const MIN_SIMILARITY = 0.85;

/** Splits the table into pages, sections and tasks; columns are left mixed. */
export function segmentPdfTaskTable(content: string): PdfSection[] {
  const sections: PdfSection[] = [];
  let section: PdfSection | null = null;
  let task: PdfTask | null = null;
  for (const line of tableLines(content)) {
    const nextNumeral = ROMAN_NUMERALS[sections.length];
    const heading = nextNumeral === undefined ? null : sectionHeadingOf(line.text, nextNumeral);
    if (nextNumeral !== undefined && heading !== null) {
      section = { numeral: nextNumeral, heading, position: sections.length + 1, line: line.line, tasks: [] };
      sections.push(section);
      task = null;
      continue;
    }
    if (section === null) throw new Error(`line ${line.line}: text before the first section heading`);
    if (task === null) {
      const firstTaskText = taskStartText(line.text, '1');
      // A title that wraps puts its tail (IX: "2011 – 2020") on the next line, still in capitals.
      if (firstTaskText === null && !/\p{Ll}/u.test(line.text)) {
        section.heading = `${section.heading} ${line.text}`;
        continue;
      }
      task = firstTaskText === null ? { number: '', lines: [line] } : { number: '1', lines: [{ ...line, text: firstTaskText }] };
      section.tasks.push(task);
      continue;
    }
    if (task.number !== '') {
      const nextNumber: string = String(Number(task.number) + 1);
      const nextTaskText = taskStartText(line.text, nextNumber);
      if (nextTaskText !== null) {
        task = { number: nextNumber, lines: [{ ...line, text: nextTaskText }] };
        section.tasks.push(task);
        continue;
      }
    }
    task.lines.push(line);
  }
  return sections;
}

/** The 003 plan tasks with their mid-year result, in plan order. */
export function readPdfTaskTable(content: string, file: string, anchors: RawTaskRow[]): RawTaskRow[] {
  return segmentPdfTaskTable(content).flatMap((section) =>
    section.tasks.map((task) => {
      const code = taskCode(section.numeral, task.number);
      const override = columnOverrides.tasks[code];
      const anchor = anchors.find((row) => row.sectionNumeral === section.numeral && row.number === task.number);
      let pieces: CellPiece[];
      if (override !== undefined) pieces = piecesFromOverride(task, code, override);
      else if (anchor !== undefined) pieces = piecesFollowingAnchor(task, anchor);
      else throw new Error(`${code} (line ${task.lines[0]?.line}): no annual row to follow and no column override`);
      const first = task.lines[0];
      const last = task.lines[task.lines.length - 1];
      if (first === undefined || last === undefined) throw new Error(`${code}: task has no lines`);
      const cell = (column: Column) => cellFromPdfLines(pieces.filter((piece) => piece.column === column).map((piece) => piece.text));
      return {
        sectionNumeral: section.numeral,
        sectionHeading: section.heading,
        sectionPosition: section.position,
        number: task.number,
        task: cell('task'),
        deliverable: cell('deliverable'),
        deadline: cell('deadline'),
        assignment: cell('assignment'),
        result: cell('result'),
        provenance: { file, line: first.line, lineEnd: last.line },
        notes: [],
      };
    }),
  );
}

/** "VIII.6"; a section's unnumbered task is the numeral alone ("IX"). */
export function taskCode(sectionNumeral: string, number: string): string {
  return number === '' ? sectionNumeral : `${sectionNumeral}.${number}`;
}

/**
 * Builds a cell from its wrapped lines. Lines join with one space, or with
 * none after a "-" or "/" glued to a word ("E-" + "Office"). A line opening
 * with a "- " or "+ " bullet starts a list item; a cell with bullets comes
 * out as HTML (<p> lead, <ul><li> items, marker kept in the item as in the
 * TSV reports) so that parseRichText reads the items, and a cell without
 * bullets as one bare text run (escaped like any HTML text).
 */
export function cellFromPdfLines(lines: readonly string[]): string {
  const blocks: { bullet: boolean; text: string }[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    const last = blocks[blocks.length - 1];
    if (last === undefined || /^[-+] /.test(line)) blocks.push({ bullet: /^[-+] /.test(line), text: line });
    else last.text = /\S[-/]$/.test(last.text) ? `${last.text}${line}` : `${last.text} ${line}`;
  }
  if (!blocks.some((block) => block.bullet)) return escapeHtml(blocks[0]?.text ?? '');
  const items = blocks.filter((block) => block.bullet).map((block) => `<li>${escapeHtml(block.text)}</li>`);
  const lead = blocks[0]?.bullet === false ? `<p>${escapeHtml(blocks[0].text)}</p> ` : '';
  return `${lead}<ul>${items.join(' ')}</ul>`;
}

function tableLines(content: string): PdfLine[] {
  const nonBlank = content
    .split('\n')
    .map((raw, index) => ({ line: index + 1, text: raw.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '');
  const lines: PdfLine[] = [];
  let page = 0;
  for (let index = 0; index < nonBlank.length; ) {
    if (PAGE_HEADER.every((headerLine, offset) => nonBlank[index + offset]?.text === headerLine)) {
      page += 1;
      index += PAGE_HEADER.length;
      continue;
    }
    const line = nonBlank[index];
    // Lines before the first page header are the title block.
    if (line !== undefined && page > 0) lines.push({ ...line, page });
    index += 1;
  }
  if (page === 0) throw new Error('no table header ("TT / Nhiệm vụ Sản phẩm Tiến độ / …") found');
  return lines;
}

function sectionHeadingOf(text: string, numeral: string): string | null {
  const match = /^([IVX]+) (.+)$/.exec(text);
  if (match === null || match[1] !== numeral) return null;
  const title = match[2] ?? '';
  return /\p{L}/u.test(title) && !/\p{Ll}/u.test(title) ? title : null;
}

/** The text after the task number when the line starts the task numbered `number` ("" for a bare number); otherwise null. */
function taskStartText(text: string, number: string): string | null {
  const match = /^(\d+)(?: (.*))?$/.exec(text);
  // Compared as strings: "02 Đề án" inside a result is not task 2.
  return match !== null && match[1] === number ? (match[2] ?? '') : null;
}

interface CellPiece {
  column: Column;
  text: string;
  line: number;
}

/**
 * Sends each line to the plan column whose annual text it continues at that
 * column's read position; anything else is result text. Within a page the
 * columns only move forward (task → deliverable → deadline → assignment →
 * result); a new page starts again at the task column, because the PDF lays
 * out each column's continuation in that order.
 */
function piecesFollowingAnchor(task: PdfTask, anchor: RawTaskRow): CellPiece[] {
  const anchorKeys = Object.fromEntries(PLAN_COLUMNS.map((column) => [column, matchKey(plainText(anchor[column]))])) as Record<
    PlanColumn,
    string
  >;
  const readPositions: Record<PlanColumn, number> = { task: 0, deliverable: 0, deadline: 0, assignment: 0 };
  const pieces: CellPiece[] = [];
  let page = 0;
  let columnIndex = 0;
  for (const line of task.lines) {
    if (line.text === '') continue;
    if (line.page !== page) {
      page = line.page;
      columnIndex = 0;
    }
    const remaining = PLAN_COLUMNS.map((column) => anchorKeys[column].slice(readPositions[column]));
    for (const part of bestSplit(line.text.split(' '), 0, columnIndex, remaining).parts) {
      pieces.push({ column: part.column, text: part.text, line: line.line });
      columnIndex = COLUMNS.indexOf(part.column);
      if (part.column !== 'result') readPositions[part.column] += part.consumed;
    }
  }
  return pieces;
}

interface SplitPart {
  column: Column;
  text: string;
  /** Characters of the column's annual text the part covers. */
  consumed: number;
}

/**
 * The best way to read words[start..] from column `fromColumn` on: either the
 * whole rest is result text, or a leading run of words continues one plan
 * column. A run may be followed by more text on the same line only when it
 * completes its column; that splits merged lines such as "Quý II/2020 Sở Nội
 * vụ chủ trì, phối" (deadline + assignment) or "2019 - 2021 11/02/2020 của…"
 * (end of the task + result). The score is the number of matched characters.
 */
function bestSplit(
  words: readonly string[],
  start: number,
  fromColumn: number,
  remaining: readonly string[],
): { parts: SplitPart[]; score: number } {
  let best = { parts: [{ column: 'result' as Column, text: words.slice(start).join(' '), consumed: 0 }], score: 0 };
  for (let columnIndex = fromColumn; columnIndex < PLAN_COLUMNS.length; columnIndex++) {
    const column = PLAN_COLUMNS[columnIndex];
    const rest = remaining[columnIndex];
    if (column === undefined || rest === undefined || rest === '') continue;
    for (let end = words.length; end > start; end--) {
      const text = words.slice(start, end).join(' ');
      const key = matchKey(text);
      const consumed = continuedLength(key, rest);
      if (consumed === null) continue;
      const part = { column, text, consumed };
      let candidate: { parts: SplitPart[]; score: number } | null = null;
      if (end === words.length) candidate = { parts: [part], score: key.length };
      else if (consumed === rest.length) {
        const tail = bestSplit(words, end, columnIndex + 1, remaining);
        candidate = { parts: [part, ...tail.parts], score: key.length + tail.score };
      }
      if (candidate !== null && candidate.score > best.score) best = candidate;
    }
  }
  return best;
}

/**
 * How many characters at the start of `rest` the key continues, when it does
 * so exactly or with at least MIN_SIMILARITY of its characters in common
 * (edit distance); otherwise null.
 */
function continuedLength(key: string, rest: string): number | null {
  if (key === '') return null;
  if (rest.startsWith(key)) return key.length;
  const slack = Math.max(2, Math.ceil(key.length * (1 - MIN_SIMILARITY)));
  const window = rest.slice(0, key.length + slack);
  let distances = Array.from({ length: window.length + 1 }, (_, index) => index);
  for (let row = 1; row <= key.length; row++) {
    const next = [row];
    for (let col = 1; col <= window.length; col++) {
      const substitution = (distances[col - 1] ?? 0) + (key[row - 1] === window[col - 1] ? 0 : 1);
      next.push(Math.min((distances[col] ?? 0) + 1, (next[col - 1] ?? 0) + 1, substitution));
    }
    distances = next;
  }
  let best: { length: number; similarity: number } | null = null;
  for (let length = Math.max(1, key.length - slack); length <= window.length; length++) {
    const similarity = 1 - (distances[length] ?? Infinity) / Math.max(key.length, length);
    if (similarity >= MIN_SIMILARITY && (best === null || similarity > best.similarity)) best = { length, similarity };
  }
  return best === null ? null : best.length;
}

/**
 * Text reduced to lower-case letters and digits, with the abbreviations the
 * two reports use interchangeably spelled out, so that spacing, punctuation,
 * hyphen spacing ("2016 - 2020"/"2016-2020") and "CCHC"/"cải cách hành
 * chính" do not stop a line from matching.
 */
function matchKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/(?<![\p{L}\p{N}])CCHC(?![\p{L}\p{N}])/gu, 'cải cách hành chính')
    .replace(/(?<![\p{L}\p{N}])TTHC(?![\p{L}\p{N}])/gu, 'thủ tục hành chính')
    .replace(/(?<![\p{L}\p{N}])QĐ(?![\p{L}\p{N}])/gu, 'quyết định')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const lineNumberSchema = z.int().check(z.positive());
/** Either an inclusive range of physical lines, or one piece of a merged line with its text. */
const cellSourceSchema = z.union([
  z.tuple([lineNumberSchema, lineNumberSchema]),
  z.object({ line: lineNumberSchema, text: z.string().check(z.minLength(1)) }),
]);
type CellSource = z.infer<typeof cellSourceSchema>;
const taskOverrideSchema = z.object({
  reason: z.string().check(z.minLength(1)),
  task: z.array(cellSourceSchema),
  deliverable: z.array(cellSourceSchema),
  deadline: z.array(cellSourceSchema),
  assignment: z.array(cellSourceSchema),
  result: z.array(cellSourceSchema),
});
type TaskOverride = z.infer<typeof taskOverrideSchema>;
const columnOverridesSchema = z.object({
  description: z.string(),
  source: z.string(),
  tasks: z.record(z.string(), taskOverrideSchema),
});

const columnOverrides = columnOverridesSchema.parse(columnOverridesJson);

/**
 * Applies a reviewed split. Every line of the task must be used exactly once,
 * either whole (in a range) or cut into pieces whose texts, in column order,
 * rebuild the line; anything else is an error in the override file.
 */
function piecesFromOverride(task: PdfTask, code: string, override: TaskOverride): CellPiece[] {
  const textByLine = new Map(task.lines.filter((line) => line.text !== '').map((line) => [line.line, line.text]));
  const wholeUses = new Map<number, number>();
  const cutPieces = new Map<number, string[]>();
  const pieces: CellPiece[] = [];
  const fail = (message: string): never => {
    throw new Error(`${columnOverrides.source}, ${code}: ${message}`);
  };
  const take = (column: Column, source: CellSource) => {
    if (Array.isArray(source)) {
      const [from, to] = source;
      if (!textByLine.has(from) || !textByLine.has(to) || from > to) fail(`lines ${from}-${to} are not a range of this task's lines`);
      for (const [line, text] of textByLine) {
        if (line < from || line > to) continue;
        wholeUses.set(line, (wholeUses.get(line) ?? 0) + 1);
        pieces.push({ column, text, line });
      }
      return;
    }
    if (!textByLine.has(source.line)) fail(`line ${source.line} is not a line of this task`);
    cutPieces.set(source.line, [...(cutPieces.get(source.line) ?? []), source.text]);
    pieces.push({ column, text: source.text, line: source.line });
  };
  for (const column of COLUMNS) for (const source of override[column]) take(column, source);
  for (const [line, text] of textByLine) {
    const whole = wholeUses.get(line) ?? 0;
    const cut = cutPieces.get(line);
    if (cut === undefined && whole !== 1) fail(`line ${line} is used ${whole} times`);
    if (cut !== undefined && (whole !== 0 || cut.join(' ').replace(/\s+/g, ' ').trim() !== text)) {
      fail(`the pieces of line ${line} do not rebuild "${text}"`);
    }
  }
  return pieces.sort((a, b) => a.line - b.line || COLUMNS.indexOf(a.column) - COLUMNS.indexOf(b.column));
}
