/** The history state of the table's links to an agency: the list's query, for the agency page's link back to it. */
export interface FromAgencyList {
  agencyListSearch: string;
}

/** The list's query an agency page was opened from, if it was opened from the list. */
export function agencyListSearchOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('agencyListSearch' in state)) return null;
  return typeof state.agencyListSearch === 'string' && state.agencyListSearch.startsWith('?') ? state.agencyListSearch : null;
}
