/** A search parameter value a page cannot use: an old or edited link asks for a level, status or column it lacks. */
export interface UnusedParam {
  name: string;
  value: string;
}

/** The values of the named search parameters that their check rejects; an empty value asks for nothing. */
export function unusedParams(searchParams: URLSearchParams, checks: Record<string, (value: string) => boolean>): UnusedParam[] {
  return Object.entries(checks).flatMap(([name, isUsable]) =>
    searchParams
      .getAll(name)
      .filter((value) => value !== '' && !isUsable(value))
      .map((value) => ({ name, value })),
  );
}

/** The same search parameters without the unused values. */
export function withoutParams(searchParams: URLSearchParams, unused: readonly UnusedParam[]): URLSearchParams {
  const next = new URLSearchParams(searchParams);
  for (const { name, value } of unused) next.delete(name, value);
  return next;
}
