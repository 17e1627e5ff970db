import type { DossierRow, DossierTable, FigureKey } from '../dataset/schema';
import { figureLabels } from './labels';

/**
 * Arithmetic that holds inside one row whatever the period, when the row
 * publishes every term: a total equals the sum of its parts.
 * received = resolved + pending is deliberately absent: 2022 publishes both
 * yet they differ on 174 of 185 rows (inventory §2.3), so it is no identity.
 */
export interface RowIdentity {
  total: FigureKey;
  parts: readonly FigureKey[];
}

const resolvedByTiming: RowIdentity = { total: 'resolved', parts: ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'] };
/** For tables without an early column, where "Đúng hạn" already includes early dossiers. */
const resolvedWithoutEarly: RowIdentity = { total: 'resolved', parts: ['resolvedOnTime', 'resolvedLate'] };

const commonIdentities: readonly RowIdentity[] = [
  { total: 'received', parts: ['resolved', 'unresolved'] },
  { total: 'approved', parts: ['approvedEarly', 'approvedOnTime', 'approvedLate'] },
  { total: 'rejected', parts: ['rejectedEarly', 'rejectedOnTime', 'rejectedLate'] },
  { total: 'pending', parts: ['pendingWithinDeadline', 'pendingLate'] },
  { total: 'lateTotal', parts: ['resolvedLate', 'pendingLate'] },
];

/** A column exists in a table when at least one of its rows prints a figure in it. */
function tableHasColumn(table: DossierTable, field: FigureKey): boolean {
  return table.rows.some((row) => typeof row.figures[field] === 'number');
}

export function identitiesForTable(table: DossierTable): readonly RowIdentity[] {
  const resolvedIdentity = tableHasColumn(table, 'resolvedEarly') ? resolvedByTiming : resolvedWithoutEarly;
  return [resolvedIdentity, ...commonIdentities];
}

export interface IdentityCheck {
  identity: RowIdentity;
  published: number;
  computed: number;
}

/** Both sides of the identity, or null when the row leaves a term blank. */
export function checkIdentity(identity: RowIdentity, figures: DossierRow['figures']): IdentityCheck | null {
  const published = figures[identity.total];
  if (typeof published !== 'number') return null;
  let computed = 0;
  for (const part of identity.parts) {
    const value = figures[part];
    if (typeof value !== 'number') return null;
    computed += value;
  }
  return { identity, published, computed };
}

export function holds(check: IdentityCheck): boolean {
  return check.published === check.computed;
}

/** "Đã giải quyết · Tổng số + Chưa giải quyết = 3.969 + 789" style wording of the parts. */
export function describeParts(identity: RowIdentity): string {
  return identity.parts.map((part) => figureLabels[part]).join(' + ');
}
