/**
 * Report files as lines of tab-separated cells, and the appendix sections
 * ("Phụ lục …") they contain. Line numbers are 1-based physical lines, the
 * numbering every provenance uses.
 */
import { plainText } from '@/domain/text/html';

export interface ReportLine {
  line: number;
  /** Raw cells, HTML kept; read them with plainText. */
  cells: string[];
}

export interface AppendixSection {
  /** "Phụ lục IV", whatever case the report prints. */
  appendix: string;
  /** Short key used in ids: "pl4". */
  key: string;
  /** Title as printed (markup removed), lines joined with a space. */
  title: string;
  /** Line of the appendix heading. */
  line: number;
  /** Every tab-separated line of the section, in order. */
  rows: ReportLine[];
  /** Single-cell lines after the title (sub-headings, footnotes), in order; the attachment line is left out. */
  notes: ReportLine[];
}

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10 };

export function romanToNumber(numeral: string): number | null {
  if (!/^[IVX]+$/.test(numeral)) return null;
  let total = 0;
  for (let index = 0; index < numeral.length; index += 1) {
    const value = romanValues[numeral.charAt(index)] ?? 0;
    const next = romanValues[numeral.charAt(index + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Plain text of a cell or title line: tags, entities and Markdown emphasis removed. */
export function cellText(cell: string): string {
  return plainText(cell.replace(/\*+/g, ' '));
}

export function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

export function reportLines(content: string): ReportLine[] {
  return content.split('\n').map((text, index) => ({ line: index + 1, cells: text.replace(/\r$/, '').split('\t') }));
}

const appendixHeading = /^ph[uụ] l[uụ]c\s+([IVX]+|\d+)\.?\s*(.*)$/iu;

function appendixOf(line: ReportLine): { numeral: string; rest: string } | null {
  if (line.cells.length !== 1) return null;
  const match = appendixHeading.exec(cellText(line.cells[0] ?? ''));
  if (!match?.[1]) return null;
  return { numeral: match[1].toUpperCase(), rest: match[2] ?? '' };
}

/** A line that only restates which report the appendix belongs to: "(Kèm theo Báo cáo số …)". */
function isAttachmentLine(text: string): boolean {
  return text.startsWith('(');
}

/**
 * Every appendix of a report, keyed by numeral ("IV", "2"). The title is the
 * rest of the heading line, or the single-cell lines that follow it up to
 * the first table row or attachment line.
 */
export function appendixSections(content: string): Map<string, AppendixSection> {
  const lines = reportLines(content);
  const sections = new Map<string, AppendixSection>();
  let current: AppendixSection | null = null;
  let readingTitle = false;
  for (const line of lines) {
    const heading = appendixOf(line);
    if (heading) {
      const number = romanToNumber(heading.numeral) ?? Number(heading.numeral);
      current = {
        appendix: `Phụ lục ${heading.numeral}`,
        key: `pl${number}`,
        title: heading.rest,
        line: line.line,
        rows: [],
        notes: [],
      };
      sections.set(heading.numeral, current);
      readingTitle = heading.rest === '';
      continue;
    }
    if (!current) continue;
    if (line.cells.length > 1) {
      readingTitle = false;
      current.rows.push(line);
      continue;
    }
    const text = cellText(line.cells[0] ?? '');
    if (text === '') continue;
    if (readingTitle && !isAttachmentLine(text)) {
      current.title = current.title === '' ? text : `${current.title} ${text}`;
      continue;
    }
    readingTitle = false;
    if (!isAttachmentLine(text)) current.notes.push(line);
  }
  return sections;
}

export function requireSection(sections: Map<string, AppendixSection>, numeral: string, file: string): AppendixSection {
  const section = sections.get(numeral);
  if (!section) throw new Error(`${file}: không tìm thấy Phụ lục ${numeral}`);
  return section;
}
