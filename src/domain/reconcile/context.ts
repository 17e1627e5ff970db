import type { DossierRow, DossierTable, Finding, PeriodId } from '../dataset/schema';
import { correctionForIdentity, type DigitCorrection } from './corrections';
import { checkIdentity, holds, identitiesForTable, type IdentityCheck, type RowIdentity } from './identities';

/** What every check needs to know about the period, computed once. */
export interface PeriodContext {
  periodId: PeriodId;
  tables: readonly DossierTable[];
  rowsByTable: ReadonlyMap<string, ReadonlyMap<string, DossierRow>>;
  identitiesByTable: ReadonlyMap<string, readonly RowIdentity[]>;
  /** Failing identities of each row, each with the digit slip that explains it, if one does. */
  failuresByRow: ReadonlyMap<string, readonly IdentityFailure[]>;
}

export interface IdentityFailure {
  check: IdentityCheck;
  correction: DigitCorrection | null;
}

export function buildContext(periodId: PeriodId, tables: readonly DossierTable[]): PeriodContext {
  const rowsByTable = new Map<string, Map<string, DossierRow>>();
  const identitiesByTable = new Map<string, readonly RowIdentity[]>();
  const failuresByRow = new Map<string, IdentityFailure[]>();
  for (const table of tables) {
    rowsByTable.set(table.id, new Map(table.rows.map((row) => [row.id, row])));
    const identities = identitiesForTable(table);
    identitiesByTable.set(table.id, identities);
    for (const row of table.rows) {
      const failures: IdentityFailure[] = [];
      for (const identity of identities) {
        const check = checkIdentity(identity, row.figures);
        if (check && !holds(check)) {
          failures.push({ check, correction: correctionForIdentity(periodId, row, check, identities) });
        }
      }
      failuresByRow.set(row.id, failures);
    }
  }
  return { periodId, tables, rowsByTable, identitiesByTable, failuresByRow };
}

export function rowsOf(context: PeriodContext, table: DossierTable): ReadonlyMap<string, DossierRow> {
  return context.rowsByTable.get(table.id) ?? new Map();
}

export function identitiesOf(context: PeriodContext, table: DossierTable): readonly RowIdentity[] {
  return context.identitiesByTable.get(table.id) ?? [];
}

/** The digit slips in a row that explain its failing identities. */
export function correctionsOf(context: PeriodContext, row: DossierRow): DigitCorrection[] {
  return (context.failuresByRow.get(row.id) ?? []).flatMap((failure) => (failure.correction ? [failure.correction] : []));
}

function difference(published: number | null, computed: number | null): number | null {
  return published === null || computed === null ? null : published - computed;
}

/** A finding with its difference filled in from published and computed. */
export function finding(fields: Omit<Finding, 'difference'>): Finding {
  return { ...fields, difference: difference(fields.published, fields.computed) };
}
