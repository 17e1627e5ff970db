import type { DossierRow, DossierTable, PublishedRate, RateKey } from '@/domain/dataset/schema';
import { deriveMetrics, recomputeRate, type Figures } from '@/domain/metrics/periodRules';

/**
 * Synthetic 2017-Q1 style tables (counts plus shares printed with two
 * decimals), built so that every sum, identity and rate holds until a test
 * plants a slip.
 */
export const PERIOD = '2017-Q1';
export const FILE = 'data/reports/synthetic.txt';

const printedRateKeys: RateKey[] = ['resolvedRate', 'earlyRate', 'onTimeRate', 'lateRate', 'unresolvedRate'];

export function countsOf(received: number, early: number, onTime: number, late: number): Figures {
  const resolved = early + onTime + late;
  return {
    received,
    resolved,
    resolvedEarly: early,
    resolvedOnTime: onTime,
    resolvedLate: late,
    unresolved: received - resolved,
  };
}

export function sumFigures(parts: Figures[]): Figures {
  const total: Figures = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part) as [keyof Figures, number | null][]) {
      total[key] = (total[key] ?? 0) + (value ?? 0);
    }
  }
  return total;
}

/** Rates printed the way the 2017 report prints them ("94.39%"). */
export function printRates(figures: Figures, periodId = PERIOD): Partial<Record<RateKey, PublishedRate>> {
  const rates: Partial<Record<RateKey, PublishedRate>> = {};
  for (const key of printedRateKeys) {
    const value = recomputeRate(periodId, key, figures);
    if (value !== null) rates[key] = { text: `${value.toFixed(2)}%`, value: Number(value.toFixed(2)) };
  }
  return rates;
}

let nextLine = 10;

export interface RowSpec {
  id: string;
  label: string;
  figures: Figures;
  kind?: DossierRow['kind'];
  number?: string | null;
  level?: DossierRow['level'];
  districtId?: string | null;
  parentRowId?: string | null;
  memberRowIds?: string[];
  publishedRates?: Partial<Record<RateKey, PublishedRate>>;
  line?: number;
}

export function makeRow(spec: RowSpec): DossierRow {
  nextLine += 1;
  return {
    id: spec.id,
    kind: spec.kind ?? 'agency',
    agencyId: null,
    label: spec.label,
    number: spec.number ?? null,
    level: spec.level ?? 'commune',
    districtId: spec.districtId ?? null,
    parentRowId: spec.parentRowId ?? null,
    memberRowIds: spec.memberRowIds ?? [],
    figures: spec.figures,
    publishedRates: spec.publishedRates ?? printRates(spec.figures),
    metrics: deriveMetrics(PERIOD, spec.figures),
    provenance: { file: FILE, line: spec.line ?? nextLine },
  };
}

export function makeTable(id: string, rows: DossierRow[], overrides: Partial<DossierTable> = {}): DossierTable {
  return {
    id,
    periodId: PERIOD,
    appendix: `Phụ lục ${id}`,
    title: `Bảng ${id}`,
    level: 'commune',
    complete: true,
    completenessNote: null,
    completeDistrictIds: null,
    rows,
    provenance: { file: FILE, line: 1 },
    ...overrides,
  };
}

/** Freezes every nested object and array, so a mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const nested of Object.values(value)) deepFreeze(nested);
  }
  return value;
}
