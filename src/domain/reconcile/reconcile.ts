import type { DossierTable, Finding, PeriodId } from '../dataset/schema';
import { findingCheckSchema } from '../dataset/schema';
import { buildContext } from './context';
import { checkCrossTable } from './crossTable';
import { checkNumbering } from './numbering';
import { checkRates, checkRowIdentities } from './rowChecks';
import { checkSums } from './sums';

/**
 * Data-quality checks of one period's dossier tables. The checks are generic
 * (sums, identities, rates, cross-table links, numbering), so a new report's
 * mismatch is caught without being listed anywhere. Findings never change a
 * figure; the tables are only read.
 * Order: tables as given, rows in table order, then numbering, sums,
 * cross-table links, identities and rates within a row.
 */
export function reconcilePeriod(periodId: PeriodId, tables: DossierTable[]): Finding[] {
  const context = buildContext(periodId, tables);
  const findings: Finding[] = [];
  for (const table of tables) {
    const numberingByRow = new Map<string | null, Finding[]>();
    for (const item of checkNumbering(context, table)) {
      numberingByRow.set(item.rowId, [...(numberingByRow.get(item.rowId) ?? []), item]);
    }
    for (const row of table.rows) {
      findings.push(
        ...(numberingByRow.get(row.id) ?? []),
        ...checkSums(context, table, row),
        ...checkCrossTable(context, table, row),
        ...checkRowIdentities(context, table, row),
        ...checkRates(context, table, row),
      );
    }
  }
  return findings;
}

type Severity = Finding['severity'];
type Check = Finding['check'];
type SeverityCounts = Record<Severity, number> & { total: number };

export interface FindingsSummary {
  total: number;
  bySeverity: SeverityCounts;
  byCheck: Record<Check, SeverityCounts>;
}

function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0, total: 0 };
}

/** Counts per check and severity, every check and severity present (0 when none). */
export function summarizeFindings(findings: readonly Finding[]): FindingsSummary {
  const byCheck = Object.fromEntries(findingCheckSchema.options.map((check) => [check, emptyCounts()])) as Record<
    Check,
    SeverityCounts
  >;
  const bySeverity = emptyCounts();
  for (const item of findings) {
    byCheck[item.check][item.severity] += 1;
    byCheck[item.check].total += 1;
    bySeverity[item.severity] += 1;
    bySeverity.total += 1;
  }
  return { total: findings.length, bySeverity, byCheck };
}
