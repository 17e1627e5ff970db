import { describe, expect, it } from 'vitest';
import { ancestorsOf } from '@/domain/dataset/rowAncestors';
import type { DossierRow } from '@/domain/dataset/schema';

function row(id: string, parentRowId: string | null): DossierRow {
  return {
    id,
    kind: parentRowId === null ? 'total' : 'subtotal',
    agencyId: null,
    label: id,
    number: null,
    level: 'all',
    districtId: null,
    parentRowId,
    memberRowIds: [],
    figures: {},
    publishedRates: {},
    metrics: { resolved: null, resolvedLate: null, lateCount: null, lateRate: null, onTimeRate: null, onlineRate: null, comparableLateRate: null },
    provenance: { file: 'data/reports/test.txt', line: 1 },
  };
}

/** The ids the walk yields, at most `limit` of them: a walk that never ends fails the test instead of hanging it. */
function walk(rows: readonly DossierRow[], startId: string, limit = 10): string[] {
  const byId = new Map(rows.map((each) => [each.id, each]));
  const start = byId.get(startId);
  if (!start) throw new Error(`no row ${startId}`);
  const ids: string[] = [];
  for (const parent of ancestorsOf(start, (id) => byId.get(id))) {
    ids.push(parent.id);
    if (ids.length >= limit) break;
  }
  return ids;
}

describe('ancestorsOf', () => {
  it('walks up to the top of the table, nearest first', () => {
    expect(walk([row('total', null), row('block', 'total'), row('district', 'block'), row('commune', 'district')], 'commune')).toEqual([
      'district',
      'block',
      'total',
    ]);
  });

  it('yields nothing for a top row', () => {
    expect(walk([row('total', null)], 'total')).toEqual([]);
  });

  it('stops at a parent the table does not hold', () => {
    expect(walk([row('block', 'lost'), row('district', 'block')], 'district')).toEqual(['block']);
  });

  it('stops where a malformed chain comes back on itself', () => {
    expect(walk([row('self', 'self')], 'self')).toEqual([]);
    expect(walk([row('a', 'b'), row('b', 'c'), row('c', 'b'), row('start', 'a')], 'start')).toEqual(['a', 'b', 'c']);
    expect(walk([row('a', 'b'), row('b', 'a')], 'a')).toEqual(['b']);
  });
});
