/**
 * The parts of an address a page cannot use: an old, edited or shared link
 * asks for a level, status or column the page (or the period) lacks.
 */

/** A value, or some items of a list value, the page ignores. */
export interface UnusedParam {
  name: string;
  /** Position among all the address's parameters. */
  position: number;
  /** What the page ignored: the whole value, or the items of a list it could not use. */
  ignored: string;
  /** The value as the page uses it, which takes its place when the ignored part is taken out; null: none of it. */
  kept: string | null;
}

/** How a page reads one of its parameters: the value as it uses it (a list may lose items), or null when it uses none of it. */
export type ParamReader = (value: string) => string | null;

const listItems = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/**
 * What the page ignores of the parameters it reads. A page reads the first
 * value of a name, so a repeat is ignored whole; an empty value asks for
 * nothing; a list the page reads in part (a sort, a set of series) is
 * reported by the items it drops, not by the ones it uses.
 */
export function unusedParams(searchParams: URLSearchParams, readers: Readonly<Record<string, ParamReader>>): UnusedParam[] {
  const seen = new Set<string>();
  const unused: UnusedParam[] = [];
  [...searchParams].forEach(([name, value], position) => {
    const read = readers[name];
    if (read === undefined) return;
    const repeat = seen.has(name);
    seen.add(name);
    if (value === '') return;
    if (repeat) {
      unused.push({ name, position, ignored: value, kept: null });
      return;
    }
    const kept = read(value);
    if (kept === value) return;
    if (kept === null || kept === '') {
      unused.push({ name, position, ignored: value, kept: null });
      return;
    }
    const keptItems = new Set(listItems(kept));
    const dropped = listItems(value).filter((item) => !keptItems.has(item));
    if (dropped.length > 0) unused.push({ name, position, ignored: dropped.join(','), kept });
  });
  return unused;
}

/** The same parameters with the ignored parts taken out. */
export function withoutParams(searchParams: URLSearchParams, unused: readonly UnusedParam[]): URLSearchParams {
  const byPosition = new Map(unused.map((param) => [param.position, param]));
  const next = new URLSearchParams();
  [...searchParams].forEach(([name, value], position) => {
    const param = byPosition.get(position);
    if (param === undefined) next.append(name, value);
    else if (param.kept !== null) next.append(name, param.kept);
  });
  return next;
}
