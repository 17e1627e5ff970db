import { memo, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { DossierRow, FigureKey, Finding, Period } from '@/domain/dataset/schema';
import { EmptyState } from '@/components/EmptyState';
import { KpiCard } from '@/components/KpiCard';
import { RetryButton } from '@/components/RetryButton';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { periodLabel } from '@/app/period';
import { overviewMessages } from './messages';
import { countChange, rateChange, type Change } from './overviewData';

/** The comparable period's total row, as far as it has loaded. */
export type Comparison =
  | { state: 'none' }
  | { state: 'loading'; period: Period }
  | { state: 'error'; period: Period; retry: () => void; retrying: boolean }
  | { state: 'ready'; period: Period; total: DossierRow | null };

type RateRule = keyof Period['metricRules'];

export interface KpiSectionProps {
  period: Period;
  total: DossierRow;
  /** 2017 publishes no online rate, only this count, in another appendix (004:459). */
  onlineLevel3Plus: number | null;
  comparison: Comparison;
  /** The period's findings; a sum finding on the total row is shown on the card whose figure it concerns. */
  findings: readonly Finding[];
}

/** The six headline figures of a period, each with how it is computed and how it moved since the comparable period. */
export const KpiSection = memo(function KpiSection({ period, total, onlineLevel3Plus, comparison, findings }: KpiSectionProps) {
  const { lang, fmt } = useI18n();
  const m = useMessages(overviewMessages);
  const metrics = total.metrics;
  const figures = total.figures;

  /** Text under a card when there is nothing to compare with (yet). */
  function comparisonStatus(): ReactNode | null {
    switch (comparison.state) {
      case 'none':
        return m('noComparable');
      case 'loading':
        return m('comparing');
      case 'error':
        // Said once, above the cards, with a way to try again.
        return null;
      case 'ready':
        return comparison.total === null ? m('comparisonMissing', { period: periodLabel(comparison.period, lang) }) : null;
    }
  }

  function previousTotal(): { period: Period; row: DossierRow } | null {
    return comparison.state === 'ready' && comparison.total !== null ? { period: comparison.period, row: comparison.total } : null;
  }

  function countChangeText(pick: (row: DossierRow) => number | null): ReactNode {
    const previous = previousTotal();
    if (previous === null) return comparisonStatus();
    const change = countChange(pick(total), pick(previous.row));
    if (change === null) return m('comparisonMissing', { period: periodLabel(previous.period, lang) });
    const label = periodLabel(previous.period, lang);
    return (
      <ChangeText change={change}>
        {change.relative === null
          ? m('countChangeNoRelative', { difference: fmt.signed(change.difference), period: label })
          : m('countChange', {
              difference: fmt.signed(change.difference),
              relative: fmt.signedPercent(change.relative),
              period: label,
            })}
      </ChangeText>
    );
  }

  function rateChangeText(rule: RateRule, pick: (row: DossierRow) => number | null): ReactNode {
    const previous = previousTotal();
    if (previous === null) return comparisonStatus();
    const change = rateChange(pick(total), pick(previous.row));
    if (change === null) return m('comparisonMissing', { period: periodLabel(previous.period, lang) });
    const sameRule = period.metricRules[rule].vi === previous.period.metricRules[rule].vi;
    const values = { difference: fmt.points(change.difference), period: periodLabel(previous.period, lang) };
    return <ChangeText change={change}>{sameRule ? m('rateChange', values) : m('rateChangeOtherRule', values)}</ChangeText>;
  }

  /** Late figures are defined differently per period; they are compared on late-resolved dossiers only, which every period publishes alike. */
  function lateChangeText(kind: 'rate' | 'count'): ReactNode {
    const previous = previousTotal();
    if (previous === null) return comparisonStatus();
    const label = periodLabel(previous.period, lang);
    if (kind === 'rate') {
      const change = rateChange(metrics.comparableLateRate, previous.row.metrics.comparableLateRate);
      if (change === null) return m('comparisonMissing', { period: label });
      return (
        <ChangeText change={change} higherIsWorse>
          {m('lateRateChange', {
            current: fmt.percent(metrics.comparableLateRate),
            previous: fmt.percent(previous.row.metrics.comparableLateRate),
            period: label,
            difference: fmt.points(change.difference),
          })}
        </ChangeText>
      );
    }
    const change = countChange(metrics.resolvedLate, previous.row.metrics.resolvedLate);
    if (change === null) return m('comparisonMissing', { period: label });
    return (
      <ChangeText change={change} higherIsWorse>
        {m('resolvedLateChange', {
          current: fmt.number(metrics.resolvedLate),
          previous: fmt.number(previous.row.metrics.resolvedLate),
          period: label,
          difference: fmt.signed(change.difference),
        })}
      </ChangeText>
    );
  }

  /**
   * The published total stays on the card; where its rows add up differently, the card says so and links to the
   * finding. `fields` are the columns the card's figure is read from, the one it shows first.
   */
  function totalMismatch(fields: readonly FigureKey[]): ReactNode {
    const totalSums = findings.filter((candidate) => candidate.rowId === total.id && candidate.check === 'sum');
    const finding = fields.map((field) => totalSums.find((candidate) => candidate.field === field)).find((found) => found !== undefined);
    if (finding === undefined || finding.computed === null) return undefined;
    return (
      <Link to={{ pathname: '/data', search: `?${new URLSearchParams({ period: period.id, check: 'sum' })}` }}>
        {m('totalDiffers', { computed: fmt.number(finding.computed) })}
      </Link>
    );
  }

  const rule = (key: RateRule) => period.metricRules[key][lang];
  const pendingLate = figures.pendingLate ?? null;
  const pendingLateNote =
    pendingLate !== null && pendingLate > 0 ? m('lateCountIncludesPending', { pending: fmt.number(pendingLate) }) : null;
  const lateCountMismatch = totalMismatch(['lateTotal', 'resolvedLate', 'approvedLate', 'rejectedLate']);
  const onlineDetail =
    figures.online != null
      ? m('onlineCount', { count: figures.online })
      : onlineLevel3Plus !== null
        ? m('onlineLevel3', { count: onlineLevel3Plus })
        : undefined;

  return (
    <>
      {comparison.state === 'error' ? (
        <p className="notice kpi-comparison-failed" role="alert">
          {m('comparisonFailed', { period: periodLabel(comparison.period, lang) })}{' '}
          <RetryButton onRetry={comparison.retry} retrying={comparison.retrying} className="button button--secondary" />
        </p>
      ) : null}
      <div className="kpi-grid">
        <KpiCard
          label={m('received')}
          value={fmt.number(figures.received)}
          detail={totalMismatch(['received'])}
          formula={m('receivedFormula')}
          change={countChangeText((row) => row.figures.received ?? null)}
        />
        <KpiCard
          label={m('resolved')}
          value={fmt.number(metrics.resolved)}
          detail={totalMismatch(['resolved', 'approved', 'rejected'])}
          formula={period.publishedFigures.includes('approved') ? m('resolvedFormulaSplit') : m('resolvedFormula')}
          change={countChangeText((row) => row.metrics.resolved)}
        />
        <KpiCard
          label={m('onTimeRate')}
          value={fmt.percent(metrics.onTimeRate)}
          formula={rule('onTimeRate')}
          change={rateChangeText('onTimeRate', (row) => row.metrics.onTimeRate)}
        />
        <KpiCard
          label={m('lateCount')}
          value={fmt.number(metrics.lateCount)}
          detail={
            pendingLateNote || lateCountMismatch ? (
              <>
                {pendingLateNote}
                {pendingLateNote && lateCountMismatch ? <br /> : null}
                {lateCountMismatch}
              </>
            ) : undefined
          }
          formula={m('lateCountFormula', { rule: rule('lateRate') })}
          change={lateChangeText('count')}
        />
        <KpiCard
          label={m('lateRate')}
          value={fmt.percent(metrics.lateRate)}
          detail={m('lateOf', { late: fmt.number(metrics.lateCount) })}
          formula={rule('lateRate')}
          change={lateChangeText('rate')}
        />
        <KpiCard
          label={m('onlineRate')}
          value={fmt.percent(metrics.onlineRate)}
          detail={onlineDetail}
          formula={rule('onlineRate')}
          change={rateChangeText('onlineRate', (row) => row.metrics.onlineRate)}
        />
      </div>
    </>
  );
});

/** A change with its direction; late figures are also coloured, since more of them is plainly bad news. */
function ChangeText({ change, higherIsWorse = false, children }: { change: Change; higherIsWorse?: boolean; children: ReactNode }) {
  const direction = change.difference > 0 ? 'up' : change.difference < 0 ? 'down' : 'flat';
  const tone = !higherIsWorse || direction === 'flat' ? '' : direction === 'up' ? ' change--bad' : ' change--good';
  return <span className={`change--${direction}${tone}`}>{children}</span>;
}

export function KpiEmpty({ period }: { period: Period }) {
  const { lang } = useI18n();
  const m = useMessages(overviewMessages);
  return (
    <EmptyState title={m('kpiEmpty', { period: periodLabel(period, lang) })}>
      <p>{m('kpiEmptyDetail')}</p>
    </EmptyState>
  );
}
