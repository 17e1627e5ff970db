import type { DossierRow } from './schema';

/**
 * The rows above `row` in its report, nearest first. The walk stops at a
 * parent it cannot find or has already passed: the API's schema cannot rule
 * out a cyclic chain, and a page must not hang on one.
 */
export function* ancestorsOf(row: DossierRow, rowById: (id: string) => DossierRow | undefined): Generator<DossierRow, void, undefined> {
  const passed = new Set<string>([row.id]);
  for (let parentId = row.parentRowId; parentId !== null && !passed.has(parentId); ) {
    passed.add(parentId);
    const parent = rowById(parentId);
    if (!parent) return;
    yield parent;
    parentId = parent.parentRowId;
  }
}
