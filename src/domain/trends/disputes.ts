/**
 * Which of the report's own disagreements a value drawn from it rests on: a
 * value the report contradicts is marked wherever it is charted.
 */
import { figureKeys, type DossierRow, type FigureKey, type Finding, type PeriodId } from '@/domain/dataset/schema';
import { deriveMetrics } from '@/domain/metrics/periodRules';
import type { DossierMetricSpec } from './metrics';

const figureKeySet: ReadonlySet<string> = new Set(figureKeys);

function isFigureKey(field: string | null): field is FigureKey {
  return field !== null && figureKeySet.has(field);
}

/** Whether the value read from `row` rests on `figure`: the period's rules are asked, by taking the figure away. */
function restsOnFigure(spec: DossierMetricSpec, periodId: PeriodId, row: DossierRow, figure: FigureKey): boolean {
  const figures = { ...row.figures, [figure]: null };
  return spec.read({ ...row, figures, metrics: deriveMetrics(periodId, figures) }) === null;
}

/** A rate finding recomputes the printed rate from the counts: the same number as the value drawn means the same value, printed otherwise. */
function recomputesValue(finding: Finding, value: number): boolean {
  return finding.computed !== null && Math.abs(finding.computed - value) < 0.005;
}

/**
 * The error and warning findings that dispute the value `spec` reads from
 * `chosen`: a finding on a figure the value rests on, on `chosen` itself or on
 * a candidate row printing the same figure (a level's block row repeats its
 * table's total), and a printed rate that differs from the value. Findings of
 * severity `info` only explain, and the rows a total adds up are not followed.
 */
export function valueDisputes(
  spec: DossierMetricSpec,
  periodId: PeriodId,
  chosen: DossierRow,
  candidates: readonly DossierRow[],
  findingsByRow: ReadonlyMap<string, readonly Finding[]>,
): Finding[] {
  const value = spec.read(chosen);
  const disputes: Finding[] = [];
  for (const row of candidates) {
    for (const finding of findingsByRow.get(row.id) ?? []) {
      const field = finding.field;
      if (finding.severity === 'info') continue;
      if (isFigureKey(field)) {
        const sameFigure = row === chosen || (row.figures[field] != null && row.figures[field] === chosen.figures[field]);
        if (sameFigure && restsOnFigure(spec, periodId, chosen, field)) disputes.push(finding);
      } else if (finding.check === 'rate' && value !== null && recomputesValue(finding, value)) {
        disputes.push(finding);
      }
    }
  }
  return disputes;
}
