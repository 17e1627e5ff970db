import type { Agency } from '@/domain/dataset/schema';

const indexes = new WeakMap<readonly Agency[], ReadonlyMap<string, Agency>>();

/**
 * The agency catalogue (GET /agencies) by id. One index per catalogue answer,
 * however many pages and models ask for it (/trends asks on every change of
 * the chart).
 */
export function indexAgencies(agencies: readonly Agency[]): ReadonlyMap<string, Agency> {
  let index = indexes.get(agencies);
  if (index === undefined) {
    // A loop rather than `new Map(list.map(…))`: no pair array per entry, which 10,000 agencies make felt.
    const byId = new Map<string, Agency>();
    for (const agency of agencies) byId.set(agency.id, agency);
    index = byId;
    indexes.set(agencies, index);
  }
  return index;
}
