/**
 * Rejoining a table cell that a page break (or an in-page sub-row) split in
 * two. Both halves are HTML fragments; the result must read, through
 * parseRichText, as if the cell had never been split.
 */
import { plainText } from '../../text/html';
import { leadingListMarker } from '../../text/richText';

const trailingClosingTags = /(?:\s*<\/[a-z][a-z0-9]*\s*>)+\s*$/i;
const leadingBlockOpener = /^\s*<(p|li)\b[^>]*>/i;
const leadingListOpener = /^\s*<(ul|ol)\b/i;
const leadingBlock = /^\s*<(?:p|ul|ol|div)\b/i;
const blockTag = /<\/?(?:p|li|ul|ol|div|br)\b[^>]*>/i;
/** A sentence (or list item) is complete when it ends with one of these, closing quotes and brackets aside. */
const completeEnding = /[.;:!?…]["”’')\]]*$/;
/** "2017-" + "2020", "222/BC-" + "UBND": the break fell inside one word. */
const gluedEnding = /[^\s][-/]$/;

function separatorAfter(previousText: string): string {
  return gluedEnding.test(previousText) ? '' : ' ';
}

/**
 * The first run of text of a fragment, up to its first block boundary, and
 * what follows. A leading <p>/<li> opener is dropped with its own closer, so
 * the run can flow into the previous fragment's last paragraph or item.
 */
function splitFirstRun(fragment: string): { run: string; rest: string } {
  const opener = leadingBlockOpener.exec(fragment);
  const body = opener ? fragment.slice(opener[0].length) : fragment;
  const boundary = blockTag.exec(body);
  if (!boundary) return { run: body.trim(), rest: '' };
  const run = body.slice(0, boundary.index).trim();
  const closesOpener = opener !== null && boundary[0].toLowerCase().startsWith(`</${(opener[1] ?? '').toLowerCase()}`);
  const rest = closesOpener ? body.slice(boundary.index + boundary[0].length) : body.slice(boundary.index);
  return { run, rest: rest.trim() };
}

/**
 * "…giai đoạn 2011" + "- 2020 (ngày …)": a dash after a number continues a
 * year range; any other leading marker starts a new item.
 */
function startsNewItem(previousText: string, firstRun: string): boolean {
  const marker = leadingListMarker(firstRun);
  if (marker === null) return false;
  const continuesRange = /\d$/.test(previousText) && /^[-–]\s*\d/.test(firstRun);
  return !continuesRange;
}

/**
 * Joins the continuation of a cell on the next page to the cell. One space
 * between the halves, none after a word broken at "-" or "/". When the first
 * half stops mid-sentence, the first run of the second half goes inside the
 * first half's last paragraph or list item instead of opening a new one.
 */
export function joinContinuation(previous: string, continuation: string): string {
  if (continuation.trim() === '') return previous;
  if (previous.trim() === '') return continuation;
  const previousText = plainText(previous);
  const separator = separatorAfter(previousText);
  if (completeEnding.test(previousText) || leadingListOpener.test(continuation)) {
    return `${previous.trimEnd()}${separator}${continuation.trimStart()}`;
  }
  const { run, rest } = splitFirstRun(continuation);
  if (run === '' || startsNewItem(previousText, plainText(run))) {
    return `${previous.trimEnd()}${separator}${continuation.trimStart()}`;
  }
  const closers = trailingClosingTags.exec(previous);
  const body = closers ? previous.slice(0, closers.index) : previous;
  const joined = `${body.trimEnd()}${separator}${run}${closers ? closers[0].trimEnd() : ''}`;
  return rest === '' ? joined : `${joined} ${rest}`;
}

/** Adds a second block to a cell (an in-page sub-row: a second deliverable, a second assignment). */
export function appendBlock(previous: string, addition: string): string {
  if (addition.trim() === '') return previous;
  if (previous.trim() === '') return addition;
  const asBlock = (fragment: string) =>
    leadingBlock.test(fragment) ? fragment.trim() : `<p>${fragment.trim()}</p>`;
  return `${asBlock(previous)} ${asBlock(addition)}`;
}
