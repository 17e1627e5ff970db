/**
 * Reads the "Tiến độ" (deadline) cell of a plan task into dated parts
 * (seeds inventory §7). A cell can hold several deadlines, one per
 * deliverable or milestone, written as paragraphs, lines or " - " bullets.
 *
 * Dates follow the plan's wording: "Quý II/2020" is due on the last day of
 * the quarter, "Tháng 01/2022" on the last day of the month, "Từ …" gives a
 * start and no due date. Forms that only give a deadline ("Trong năm 2022",
 * "Quý I/2022", "Tháng 6/2020") carry no start date. A date the text does not
 * give stays null; a range that runs backwards is kept as `unknown` rather
 * than guessed at.
 */
import type { DeadlinePart } from '@/domain/dataset/schema';

export interface ParsedDeadline {
  text: string;
  parts: DeadlinePart[];
}

type DatedKind = Exclude<DeadlinePart['kind'], 'unknown'>;

interface Reading {
  kind: DatedKind;
  start: string | null;
  due: string | null;
  note: string | null;
}

const quarterOrdinals: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const quarter = '(I|II|III|IV)';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function yearStart(year: string): string {
  return isoDate(Number(year), 1, 1);
}

function yearEnd(year: string): string {
  return isoDate(Number(year), 12, 31);
}

function quarterStart(numeral: string, year: string): string {
  const ordinal = quarterOrdinals[numeral] ?? 1;
  return isoDate(Number(year), ordinal * 3 - 2, 1);
}

function quarterEnd(numeral: string, year: string): string {
  const ordinal = quarterOrdinals[numeral] ?? 4;
  const month = ordinal * 3;
  return isoDate(Number(year), month, lastDayOfMonth(Number(year), month));
}

function validMonth(month: string): boolean {
  const value = Number(month);
  return value >= 1 && value <= 12;
}

/** NFC and single spaces. Dashes stay as written ("–" in 004 and 000): the forms accept all three. */
function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const dash = ' ?[-–—] ?';

/** "(sau khi có hướng dẫn …)" after a date form becomes the part's note. */
const trailingNote = '(?: \\((.+)\\))?';

interface Form {
  pattern: RegExp;
  read: (match: RegExpMatchArray) => Reading | null;
}

function window(start: string, due: string, note: string | null): Reading | null {
  return due >= start ? { kind: 'window', start, due, note } : null;
}

/** A condition cut short by a page break ("Theo tiến độ triển khai của" / "Trung ương"). */
const danglingEnd = /(?:^|\s)(?:của|và|với|theo)$/iu;

/** Whom a "Theo …" deadline waits for, when the text names them ("… của Trung ương"). */
function dependencyOf(condition: string): string | null {
  const owner = /của (.+)$/u.exec(condition);
  return owner?.[1] ?? null;
}

/** Whole-segment forms of §7, tried in order on normalised text. */
const forms: Form[] = [
  {
    pattern: new RegExp(`^(?:Trong )?Quý ${quarter}/(\\d{4})${trailingNote}$`, 'iu'),
    read: ([, numeral = '', year = '', note]) => ({ kind: 'quarter', start: null, due: quarterEnd(numeral.toUpperCase(), year), note: note ?? null }),
  },
  {
    pattern: new RegExp(`^Từ Quý ${quarter}(?:/(\\d{4}))?${dash}(?:Quý )?${quarter}/(\\d{4})${trailingNote}$`, 'iu'),
    read: ([, first = '', firstYear, last = '', lastYear = '', note]) =>
      window(quarterStart(first.toUpperCase(), firstYear ?? lastYear), quarterEnd(last.toUpperCase(), lastYear), note ?? null),
  },
  {
    pattern: new RegExp(`^Từ Quý ${quarter}/(\\d{4})${trailingNote}$`, 'iu'),
    read: ([, numeral = '', year = '', note]) => ({ kind: 'from', start: quarterStart(numeral.toUpperCase(), year), due: null, note: note ?? null }),
  },
  {
    pattern: new RegExp(`^(?:Trong )?Tháng (\\d{1,2})/(\\d{4})${trailingNote}$`, 'iu'),
    read: ([, month = '', year = '', note]) =>
      validMonth(month)
        ? {
            kind: 'month',
            start: null,
            due: isoDate(Number(year), Number(month), lastDayOfMonth(Number(year), Number(month))),
            note: note ?? null,
          }
        : null,
  },
  {
    pattern: new RegExp(`^Từ tháng (\\d{1,2})/(\\d{4})${trailingNote}$`, 'iu'),
    read: ([, month = '', year = '', note]) =>
      validMonth(month) ? { kind: 'from', start: isoDate(Number(year), Number(month), 1), due: null, note: note ?? null } : null,
  },
  {
    pattern: new RegExp(`^(?:Trong năm|Năm) (\\d{4})${trailingNote}$`, 'iu'),
    read: ([, year = '', note]) => ({ kind: 'year', start: null, due: yearEnd(year), note: note ?? null }),
  },
  {
    pattern: new RegExp(`^(?:Từ năm|Năm) (\\d{4})${dash}(\\d{4})${trailingNote}$`, 'iu'),
    read: ([, first = '', last = '', note]) => window(yearStart(first), yearEnd(last), note ?? null),
  },
  {
    pattern: new RegExp(`^Từ năm (\\d{4})${trailingNote}$`, 'iu'),
    read: ([, year = '', note]) => ({ kind: 'from', start: yearStart(year), due: null, note: note ?? null }),
  },
  {
    pattern: /^(?:Thực hiện )?thường xuyên\.?$/iu,
    read: () => ({ kind: 'recurring', start: null, due: null, note: null }),
  },
  {
    pattern: /^(?:Thực hiện )?theo (.+)$/iu,
    read: ([, condition = '']) =>
      danglingEnd.test(condition) ? null : { kind: 'dependent', start: null, due: null, note: dependencyOf(condition) },
  },
];

function readWhole(segment: string): Reading | null {
  const text = segment.replace(/[.;,]$/, '');
  for (const form of forms) {
    const match = text.match(form.pattern);
    if (match) return form.read(match);
  }
  return null;
}

/**
 * Free-text milestones ("Hoàn thành Đề án trong năm 2017", "Triển khai từ năm
 * 2017 - 2020", "Hoàn thành và triển khai từ năm 2017"): the date expression
 * inside the sentence decides the kind, the words around it become the note.
 */
const embeddedForms: Form[] = [
  {
    pattern: /^(.*?)\s*(?<![\p{L}\p{N}])từ năm (\d{4}) ?[-–—] ?(\d{4})\s*(.*)$/iu,
    read: ([, before = '', first = '', last = '', after = '']) => window(yearStart(first), yearEnd(last), milestoneNote(before, after)),
  },
  {
    pattern: /^(.*?)\s*(?<![\p{L}\p{N}])từ năm (\d{4})\s*(.*)$/iu,
    read: ([, before = '', year = '', after = '']) => ({ kind: 'from', start: yearStart(year), due: null, note: milestoneNote(before, after) }),
  },
  {
    pattern: /^(.*?)\s*(?<![\p{L}\p{N}])từ quý (I|II|III|IV)\/(\d{4})\s*(.*)$/iu,
    read: ([, before = '', numeral = '', year = '', after = '']) => ({
      kind: 'from',
      start: quarterStart(numeral.toUpperCase(), year),
      due: null,
      note: milestoneNote(before, after),
    }),
  },
  {
    pattern: /^(.*?)\s*(?<![\p{L}\p{N}])trong quý (I|II|III|IV)\/(\d{4})\s*(.*)$/iu,
    read: ([, before = '', numeral = '', year = '', after = '']) => ({
      kind: 'quarter',
      start: null,
      due: quarterEnd(numeral.toUpperCase(), year),
      note: milestoneNote(before, after),
    }),
  },
  {
    pattern: /^(.*?)\s*(?<![\p{L}\p{N}])trong năm (\d{4})\s*(.*)$/iu,
    read: ([, before = '', year = '', after = '']) => ({ kind: 'year', start: null, due: yearEnd(year), note: milestoneNote(before, after) }),
  },
];

function milestoneNote(before: string, after: string): string | null {
  const note = `${before} ${after}`.replace(/\s+/g, ' ').trim();
  return note === '' ? null : note;
}

/** A sentence that ties its timing to another process ("… đồng thời theo tiến trình …"). */
const dependentPhrase = /(?:^|\s)theo (?:tiến độ|tiến trình|kế hoạch|chỉ đạo|hướng dẫn|đề án|quy định)(?![\p{L}\p{N}])/iu;

function readFreeText(segment: string): Reading | null {
  for (const form of embeddedForms) {
    const match = segment.match(form.pattern);
    if (match) return form.read(match);
  }
  if (dependentPhrase.test(segment)) return { kind: 'dependent', start: null, due: null, note: null };
  return null;
}

/**
 * Deadlines written one after another without a separator ("Quý II/2017 Theo
 * tiến độ Đề án", the paragraphs of one cell flattened): the cuts that make
 * every piece read as a whole form, shortest first piece first; null when
 * there are none.
 */
function splitRunOn(segment: string): string[] | null {
  const words = segment.split(' ');
  const memo = new Map<number, string[] | null>();
  const segmentFrom = (start: number): string[] | null => {
    const known = memo.get(start);
    if (known !== undefined) return known;
    let found: string[] | null = null;
    for (let end = start + 1; end <= words.length && !found; end += 1) {
      const head = words.slice(start, end).join(' ');
      if (!readWhole(head)) continue;
      if (end === words.length) found = [head];
      else {
        const rest = segmentFrom(end);
        if (rest) found = [head, ...rest];
      }
    }
    memo.set(start, found);
    return found;
  };
  const pieces = segmentFrom(0);
  return pieces && pieces.length > 1 ? pieces : null;
}

interface Piece {
  text: string;
  /** The piece opens a line other than the first, so a page break may have cut it from the one before. */
  afterLineBreak: boolean;
}

/**
 * A dash followed by a capital letter starts a new milestone ("- Hoàn thành …
 * - Triển khai …"), except inside a range: "Từ Quý I/2017 – III/2017",
 * "Từ Quý II – Quý IV/2020".
 */
const bulletDash = /\s[-–—]\s(?=\p{Lu})(?!(?:I|II|III|IV)\/|(?:Quý|Tháng|Năm)\s)/u;

/**
 * Lines, then bullets within a line. A line goes back onto the one before
 * when it opens in lower case ("… đơn giản" / "hóa"), or when the line before
 * reads as nothing on its own and the two read as one form ("Từ Quý" /
 * "IV/2017", "Theo tiến độ triển khai của" / "Trung ương"): a form broken
 * over a page break.
 */
function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  text.split(/\r?\n/).forEach((line, lineIndex) => {
    normalise(line)
      .replace(/^[-–—]\s*/, '')
      .split(bulletDash)
      .forEach((bullet, bulletIndex) => {
        const trimmed = bullet.trim();
        if (trimmed !== '') pieces.push({ text: trimmed, afterLineBreak: lineIndex > 0 && bulletIndex === 0 });
      });
  });
  const glued: Piece[] = [];
  for (const piece of pieces) {
    const previous = glued[glued.length - 1];
    const joined = previous ? `${previous.text} ${piece.text}` : '';
    if (previous && piece.afterLineBreak && (/^\p{Ll}/u.test(piece.text) || (!readWhole(previous.text) && readWhole(joined)))) {
      previous.text = joined;
    } else {
      glued.push({ ...piece });
    }
  }
  return glued;
}

function partOf(text: string, reading: Reading | null): DeadlinePart {
  if (!reading) return { text, kind: 'unknown', start: null, due: null, note: null };
  return { text, ...reading };
}

function readSegment(segment: string): DeadlinePart[] {
  const whole = readWhole(segment);
  if (whole) return [partOf(segment, whole)];
  const runOn = splitRunOn(segment);
  if (runOn) return runOn.map((piece) => partOf(piece, readWhole(piece)));
  return [partOf(segment, readFreeText(segment))];
}

export function parseDeadline(text: string): ParsedDeadline {
  const pieces = splitPieces(text);
  if (pieces.length === 0) return { text, parts: [partOf('', null)] };
  return { text, parts: pieces.flatMap((piece) => readSegment(piece.text)) };
}
