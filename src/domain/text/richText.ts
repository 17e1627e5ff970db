/**
 * Report cells hold small HTML fragments: paragraphs, lists whose bullets are
 * literal text ("- ", "+ ", "1. "), unclosed <ul> with no <li> (004), and
 * bullets with no markup at all. parseRichText turns a fragment into
 * paragraphs and list items, so the dashboard never renders report HTML.
 */
import type { RichBlock, RichText } from '../dataset/schema';
import { foldVietnamese } from './fold';
import { decodeEntities } from './html';

type MarkerKind = 'dash' | 'plus' | 'number' | 'paren' | 'letter' | 'none';
type ListItem = Extract<RichBlock, { type: 'list' }>['items'][number];

interface Marker {
  marker: string;
  kind: MarkerKind;
  /** The number of "3." or "(3)", for telling a list's next item from a stray number. */
  ordinal: number | null;
}

const leadingMarkerPatterns: { pattern: RegExp; kind: MarkerKind }[] = [
  { pattern: /^([-–•])\s+(?=\S)/u, kind: 'dash' },
  { pattern: /^(\+)\s+(?=\S)/u, kind: 'plus' },
  { pattern: /^(\d{1,2})[.)]\s+(?=\S)/u, kind: 'number' },
  { pattern: /^\((\d{1,2})\)\s+(?=\S)/u, kind: 'paren' },
  { pattern: /^([a-zđ])\)\s+(?=\S)/u, kind: 'letter' },
];

function readLeadingMarker(text: string): (Marker & { rest: string }) | null {
  for (const { pattern, kind } of leadingMarkerPatterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const marker = match[0].trim();
    const ordinal = kind === 'number' || kind === 'paren' ? Number(match[1]) : null;
    return { marker, kind, ordinal, rest: text.slice(match[0].length) };
  }
  return null;
}

/** The list marker a text starts with ("-", "+", "1.", "(2)", "a)"), or null. */
export function leadingListMarker(text: string): string | null {
  return readLeadingMarker(text.trimStart())?.marker ?? null;
}

/**
 * Names written with " - " between two capitalised parts. Inside a list an
 * inline " - " before a capital starts a new item, except in these.
 */
const hyphenatedNames: [string, string][] = [
  ['lao dong', 'thuong binh'],
  ['phat thanh', 'truyen hinh'],
  ['dieu hanh', 'office'],
  ['phan mem', 'dai hoc'],
  ['nghe nghiep', 'viec lam'],
  ['cong tac xa hoi', 'quy bao tro'],
];

function isHyphenatedName(text: string, dashIndex: number): boolean {
  const before = foldVietnamese(text.slice(Math.max(0, dashIndex - 30), dashIndex));
  const after = foldVietnamese(text.slice(dashIndex + 1, dashIndex + 31));
  return hyphenatedNames.some(([left, right]) => before.endsWith(left) && after.startsWith(right));
}

interface Counters {
  number: number | null;
  paren: number | null;
}

interface Segment extends Marker {
  text: string;
}

const inlineMarker = / ([-+]|\d{1,2}\.|\(\d{1,2}\)) (?=(\S))/gu;

function acceptsInlineMarker(
  text: string,
  index: number,
  token: string,
  next: string,
  inList: boolean,
  counters: Counters,
): Marker | null {
  const afterSentence = /[.;:!?]/.test(text.charAt(index - 1));
  const capital = /\p{Lu}/u.test(next);
  if (token === '-' || token === '+') {
    const accepted = afterSentence || (inList && capital && !isHyphenatedName(text, index + 1));
    return accepted ? { marker: token, kind: token === '+' ? 'plus' : 'dash', ordinal: null } : null;
  }
  const ordinal = Number(/\d+/.exec(token)?.[0]);
  const kind: MarkerKind = token.startsWith('(') ? 'paren' : 'number';
  const last = kind === 'paren' ? counters.paren : counters.number;
  const continuesCount = last === null ? ordinal === 1 && afterSentence : ordinal === last + 1;
  const placed = afterSentence || inList;
  if (!continuesCount || !placed || (kind === 'number' && !capital)) return null;
  return { marker: token, kind, ordinal };
}

function count(counters: Counters, marker: Marker): void {
  if (marker.kind === 'number') counters.number = marker.ordinal;
  if (marker.kind === 'paren') counters.paren = marker.ordinal;
}

/**
 * Splits one run of text into a lead (no marker) and list items. Inline
 * bullets are split only where the text is clearly a list: after the end of
 * a sentence, or, inside a list, a dash before a capital and the next number.
 */
function splitInline(text: string, listContext: boolean, counters: Counters): Segment[] {
  const leading = readLeadingMarker(text);
  const segments: Segment[] = [
    leading
      ? { marker: leading.marker, kind: leading.kind, ordinal: leading.ordinal, text: leading.rest }
      : { marker: '', kind: 'none', ordinal: null, text },
  ];
  if (leading) count(counters, leading);
  let inList = listContext || leading !== null;
  let remaining = segments[0]?.text ?? '';
  let current = segments[0];
  let searchFrom = 0;
  for (;;) {
    inlineMarker.lastIndex = searchFrom;
    const match = inlineMarker.exec(remaining);
    if (!match || !current) break;
    const accepted = acceptsInlineMarker(remaining, match.index, match[1] ?? '', match[2] ?? '', inList, counters);
    if (!accepted) {
      searchFrom = match.index + 1;
      continue;
    }
    current.text = remaining.slice(0, match.index);
    remaining = remaining.slice(match.index + match[0].length);
    current = { ...accepted, text: remaining };
    segments.push(current);
    count(counters, accepted);
    inList = true;
    searchFrom = 0;
  }
  return segments
    .map((segment) => ({ ...segment, text: segment.text.trim() }))
    .filter((segment) => segment.text !== '');
}

type UnitKind = 'paragraph' | 'item' | 'bare';
interface Unit {
  text: string;
  kind: UnitKind;
  level: number;
}

const tagPattern = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const blockTags = new Set([
  'p', 'br', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'td', 'th', 'blockquote', 'section', 'hr',
]);
const droppedContent = new Set(['script', 'style']);
/**
 * A raw "<" that could open a tag once joined with what follows it: before a
 * letter, "/", "!", "?", an entity, or the tag that ends the run.
 */
const rawTagOpener = /<+(?=[a-zA-Z/!?&]|$)/;

/**
 * One run of raw text between two tags, with every raw tag opener dropped, so
 * no markup survives as text. The pieces around each dropped "<" and each run
 * are decoded on their own: "&<b>lt;" or "&<lt;" must not join into an entity.
 */
function decodeRun(raw: string): string {
  return raw.split(rawTagOpener).map(decodeEntities).join('');
}

function readUnits(html: string): Unit[] {
  const units: Unit[] = [];
  const open: ('list' | 'li')[] = [];
  let buffer = '';
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    buffer = '';
    if (text === '') return;
    const lists = open.filter((element) => element === 'list').length;
    const level = Math.max(0, lists - 1);
    const top = open[open.length - 1];
    units.push({ text, kind: top === 'li' ? 'item' : top === 'list' ? 'bare' : 'paragraph', level });
  };
  let position = 0;
  tagPattern.lastIndex = 0;
  for (let match = tagPattern.exec(html); match; match = tagPattern.exec(html)) {
    buffer += decodeRun(html.slice(position, match.index));
    position = match.index + match[0].length;
    const closing = match[1] === '/';
    const name = (match[2] ?? '').toLowerCase();
    if (name === '') continue;
    if (droppedContent.has(name) && !closing) {
      const end = html.toLowerCase().indexOf(`</${name}`, position);
      const after = end === -1 ? html.length : html.indexOf('>', end);
      position = after === -1 ? html.length : after + 1;
      tagPattern.lastIndex = position;
      continue;
    }
    if (name === 'ul' || name === 'ol') {
      flush();
      if (closing) {
        const index = open.lastIndexOf('list');
        if (index !== -1) open.length = index;
      } else {
        open.push('list');
      }
    } else if (name === 'li') {
      flush();
      if (open[open.length - 1] === 'li') open.pop();
      if (!closing) open.push('li');
    } else if (blockTags.has(name)) {
      flush();
    }
  }
  buffer += decodeRun(html.slice(position));
  flush();
  return units;
}

/** Depth of an item within its list: a new kind of marker nests under the previous one. */
class DepthTracker {
  private readonly stack: { kind: MarkerKind; level: number }[] = [];

  depthOf(kind: MarkerKind, level: number): number {
    for (let index = this.stack.length - 1; index >= 0; index -= 1) {
      const entry = this.stack[index];
      if (entry && entry.kind === kind && entry.level === level) {
        this.stack.length = index + 1;
        return index;
      }
    }
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1]?.level ?? 0) > level) this.stack.pop();
    this.stack.push({ kind, level });
    return this.stack.length - 1;
  }
}

/** Paragraphs and list items of a cell's HTML: markers split off, tags stripped, entities unescaped. Never throws. */
export function parseRichText(html: string): RichText {
  const blocks: RichText = [];
  const counters: Counters = { number: null, paren: null };
  let list: ListItem[] | null = null;
  let depths = new DepthTracker();
  const addItem = (marker: string | null, text: string, kind: MarkerKind, level: number) => {
    if (list === null) {
      list = [];
      depths = new DepthTracker();
      blocks.push({ type: 'list', items: list });
    }
    list.push({ marker, text, depth: depths.depthOf(kind, level) });
  };
  for (const unit of readUnits(html)) {
    const segments = splitInline(unit.text, unit.kind !== 'paragraph', counters);
    segments.forEach((segment, index) => {
      if (segment.kind === 'none' && index === 0 && unit.kind === 'paragraph') {
        list = null;
        blocks.push({ type: 'paragraph', text: segment.text });
        return;
      }
      const level = unit.kind === 'paragraph' ? 0 : unit.level;
      addItem(segment.kind === 'none' ? null : segment.marker, segment.text, segment.kind, level);
    });
  }
  return blocks;
}

/** One line per paragraph and per item (marker kept, two spaces per depth), for search and CSV. */
export function richTextToPlain(blocks: RichText): string {
  return blocks
    .flatMap((block) =>
      block.type === 'paragraph'
        ? [block.text]
        : block.items.map((item) => `${'  '.repeat(item.depth)}${item.marker ? `${item.marker} ` : ''}${item.text}`),
    )
    .join('\n');
}
