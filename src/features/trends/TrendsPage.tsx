import { useId, useMemo, useRef, useState } from 'react';
import { usePeriods } from '@/app/period';
import { usePageTitle } from '@/app/usePageTitle';
import { ErrorState } from '@/components/ErrorState';
import { SkeletonLines } from '@/components/Skeleton';
import { UnusedParamsNotice } from '@/components/UnusedParamsNotice';
import { indexAgencies } from '@/domain/agencies/catalogue';
import { agenciesWithStatistics, buildTrendModel, type TrendInput } from '@/domain/trends/buildTrends';
import { trendMetricSpec } from '@/domain/trends/metrics';
import { plottedSeries, type TrendSelection } from '@/domain/trends/selection';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { DisputeMark } from '@/components/DisputeMark';
import { MetricPicker } from './MetricPicker';
import { trendMessages } from './messages';
import { seriesName, summarySentence, type TrendWords } from './present';
import { SeriesPicker } from './SeriesPicker';
import { seriesColours } from './seriesStyle';
import { TrendChart } from './TrendChart';
import { TrendNotes } from './TrendNotes';
import { TrendTable } from './TrendTable';
import { useTrendData } from './useTrendData';
import { useTrendSelection } from './useTrendSelection';
import './trends.css';

function TrendView({
  input,
  selection,
  onSelect,
  words,
}: {
  input: TrendInput;
  selection: TrendSelection;
  onSelect: (next: TrendSelection) => void;
  words: TrendWords;
}) {
  const { t } = words;
  const tableId = useId();
  const [tableShown, setTableShown] = useState(false);
  const agenciesById = indexAgencies(input.agencies);
  const pickableAgencies = useMemo(() => agenciesWithStatistics(input), [input]);
  const selectors = useMemo(() => plottedSeries(selection), [selection]);
  const model = useMemo(() => buildTrendModel(input, selection.metric, selectors), [input, selection.metric, selectors]);

  const names = model.series.map((series) => seriesName(series.selector, agenciesById, t));
  const colours = seriesColours(model.series.map((series) => series.selector));
  const metricName = t(`metric.${selection.metric}`);
  const summary = summarySentence(model, agenciesById, words);
  const isIndex = trendMetricSpec(selection.metric).source === 'index';
  const hiddenSeries = isIndex && selection.series.some((selector) => selector.kind !== 'province');

  return (
    <>
      <section className="section trend-controls" aria-labelledby="trend-controls-title">
        <h2 id="trend-controls-title" className="visually-hidden">
          {t('controlsTitle')}
        </h2>
        <MetricPicker value={selection.metric} onChange={(metric) => onSelect({ ...selection, metric })} t={t} />
        <SeriesPicker
          series={selection.series}
          onChange={(series) => onSelect({ ...selection, series })}
          pickableAgencies={pickableAgencies}
          agenciesById={agenciesById}
          disabledReason={isIndex ? t('indicesProvinceOnly') : null}
          t={t}
        />
      </section>

      <section className="section trend-result" aria-labelledby="trend-chart-title">
        <h2 id="trend-chart-title">{t('chartTitle', { metric: metricName })}</h2>
        <TrendChart
          model={model}
          names={names}
          colours={colours}
          words={words}
          description={t('chartLabel', { metric: metricName, summary })}
          title={metricName}
        />
        <ul className="trend-legend">
          {names.map((name, index) => (
            <li key={model.series[index]?.key ?? index}>
              <span className="trend-swatch" style={{ background: colours[index] }} aria-hidden="true" />
              {name}
            </li>
          ))}
        </ul>
        <ul className="trend-key">
          <li>
            <span className="trend-key__dot trend-key__dot--full" aria-hidden="true" />
            {t('fullMarker')}
          </li>
          {model.partialYears.length > 0 ? (
            <li>
              <span className="trend-key__dot trend-key__dot--partial" aria-hidden="true" />
              {t('partialMarker')}
            </li>
          ) : null}
          {model.gapYears.length > 0 ? (
            <li>
              <span className="trend-key__gap" aria-hidden="true" />
              {t('gapKey')}
            </li>
          ) : null}
          {model.notes.some((note) => note.kind === 'disputed_values') ? (
            <li>
              <DisputeMark />
              {t('disputedMarker')}
            </li>
          ) : null}
          {model.metric.invertedAxis ? <li>{t('rankAxisNote')}</li> : null}
        </ul>
        <p className="trend-summary" data-testid="trend-summary">
          {summary}
        </p>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={tableShown}
          aria-controls={tableId}
          onClick={() => setTableShown((shown) => !shown)}
        >
          {tableShown ? t('hideTable') : t('showTable')}
        </button>
        {tableShown ? <TrendTable id={tableId} model={model} names={names} metricName={metricName} words={words} /> : null}
      </section>

      <TrendNotes notes={model.notes} periods={input.periods} extra={hiddenSeries ? t('indicesProvinceOnly') : null} words={words} />
    </>
  );
}

/** /trends: the chosen measure over 2017–2022, honest about missing years and the partial first quarter of 2017. */
export default function TrendsPage() {
  const { fmt, lang } = useI18n();
  const t = useMessages(trendMessages);
  usePageTitle(t('title'));
  const periods = usePeriods();
  const data = useTrendData(periods);
  const [selection, setSelection, unusedParams] = useTrendSelection();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const words = useMemo<TrendWords>(() => ({ t, fmt, lang }), [t, fmt, lang]);

  return (
    <div className="page trends-page">
      <header className="page-header">
        <h1 ref={titleRef} tabIndex={-1}>
          {t('title')}
        </h1>
        <p>{t('intro')}</p>
      </header>
      <UnusedParamsNotice unused={unusedParams} focusAfter={titleRef} />
      {data.status === 'loading' ? <SkeletonLines lines={8} /> : null}
      {data.status === 'error' ? <ErrorState error={data.error} onRetry={data.retry} retrying={data.retrying} /> : null}
      {data.status === 'ready' ? <TrendView input={data.input} selection={selection} onSelect={setSelection} words={words} /> : null}
    </div>
  );
}
