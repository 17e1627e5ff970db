import type { AgencyColumn } from '@/domain/agencies/table';
import type { Period } from '@/domain/dataset/schema';
import type { Lang } from '@/domain/format';
import type { Translate } from '@/i18n/defineMessages';
import { figureKey, metricColumnKey, rateKey, type AgenciesMessageKey } from './messages';

/** A column's header text. */
export function columnHeader(column: AgencyColumn, m: Translate<AgenciesMessageKey>): string {
  const { source } = column;
  switch (source.type) {
    case 'name':
      return m('column.name');
    case 'district':
      return m('column.district');
    case 'level':
      return m('column.level');
    case 'figure':
      return m(figureKey(source.key));
    case 'metric':
      return m(metricColumnKey(source.key));
    case 'printed':
      return m('column.printed', { rate: m(rateKey(source.key)) });
  }
}

/** How the column's value is computed, in this period's own terms; null when the header says it all. */
export function columnFormula(column: AgencyColumn, period: Period, lang: Lang, m: Translate<AgenciesMessageKey>): string | null {
  const { source } = column;
  if (source.type === 'printed') return m('formula.printed');
  if (source.type !== 'metric') return null;
  switch (source.key) {
    case 'lateRate':
      return period.metricRules.lateRate[lang];
    case 'onTimeRate':
      return period.metricRules.onTimeRate[lang];
    case 'onlineRate':
      return period.metricRules.onlineRate[lang];
    case 'lateCount':
      return m('formula.lateCount', { rule: period.metricRules.lateRate[lang] });
    case 'resolved':
      return period.publishedFigures.includes('resolved') ? m('formula.resolved') : m('formula.resolvedSplit');
    case 'comparableLateRate':
      return m('formula.comparableLateRate');
    case 'resolvedLate':
      return m('formula.resolvedLate');
  }
}
