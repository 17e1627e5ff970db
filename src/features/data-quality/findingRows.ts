import {
  figureKeys,
  findingCheckSchema,
  rateKeys,
  type DossierRow,
  type DossierTable,
  type FigureKey,
  type Finding,
  type RateKey,
} from '@/domain/dataset/schema';
import type { Lang } from '@/domain/format';
import { figureLabels, rateLabels } from '@/domain/reconcile/labels';
import { figureLabelsEn, rateLabelsEn, type FindingCheck } from './messages';

export const findingChecks: readonly FindingCheck[] = findingCheckSchema.options;

/** The `check` search parameter; anything unknown means no filter. */
export function parseCheckFilter(value: string | null): FindingCheck | null {
  const parsed = findingCheckSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function countByCheck(findings: readonly Finding[]): Map<FindingCheck, number> {
  const counts = new Map<FindingCheck, number>();
  for (const finding of findings) counts.set(finding.check, (counts.get(finding.check) ?? 0) + 1);
  return counts;
}

/** In reading order of the reports: by file, then line. */
export function inSourceOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.provenance.file.localeCompare(b.provenance.file) ||
      a.provenance.line - b.provenance.line ||
      a.id.localeCompare(b.id),
  );
}

function isFigureKey(field: string): field is FigureKey {
  return (figureKeys as readonly string[]).includes(field);
}

function isRateKey(field: string): field is RateKey {
  return (rateKeys as readonly string[]).includes(field);
}

/** The numbering check (src/domain/reconcile/numbering.ts) is about the report's STT column. */
const numberColumnLabel: Record<Lang, string> = { vi: 'Số thứ tự (STT)', en: 'Row number (STT)' };

/** The column a finding is about, in the report's words; an unknown field name is shown as it is. */
export function fieldLabel(field: string | null, lang: Lang): string | null {
  if (field === null) return null;
  if (isFigureKey(field)) return lang === 'vi' ? figureLabels[field] : figureLabelsEn[field];
  if (isRateKey(field)) return lang === 'vi' ? rateLabels[field] : rateLabelsEn[field];
  if (field === 'number') return numberColumnLabel[lang];
  return field;
}

/** Rates are compared in percent; everything else is a count or an amount. */
export function isRateField(field: string | null): boolean {
  return field !== null && isRateKey(field);
}

export interface FindingContext {
  tables: ReadonlyMap<string, DossierTable>;
  rows: ReadonlyMap<string, DossierRow>;
}

export function findingContext(tables: readonly DossierTable[]): FindingContext {
  return {
    tables: new Map(tables.map((table) => [table.id, table])),
    rows: new Map(tables.flatMap((table) => table.rows).map((row) => [row.id, row])),
  };
}
