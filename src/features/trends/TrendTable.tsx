import { Fragment } from 'react';
import { SourceRef } from '@/components/SourceRef';
import type { TrendModel, TrendPoint } from '@/domain/trends/buildTrends';
import { trendYears, type TrendYear } from '@/domain/trends/metrics';
import { describeDocument, formatTrendValue, pointPeriodText, type TrendWords } from './present';
import { DisputeMark } from '@/components/DisputeMark';
import { SourceText } from './SourceText';
import { ScrollRegion } from '@/components/ScrollRegion';

interface TrendTableProps {
  id: string;
  model: TrendModel;
  names: string[];
  metricName: string;
  words: TrendWords;
}

function YearHeading({ points, year, words }: { points: Array<TrendPoint | undefined>; year: TrendYear; words: TrendWords }) {
  const partial = points.find((point) => point?.partial);
  return (
    <th scope="row">
      {year}
      {partial ? (
        <span className="trend-table__period"> {words.t('partialNote', { period: pointPeriodText(partial, words.lang) })}</span>
      ) : null}
    </th>
  );
}

function ValueCell({ point, model, words }: { point: TrendPoint | undefined; model: TrendModel; words: TrendWords }) {
  const value = point ? formatTrendValue(point, model.metric.unit, words.fmt) : null;
  if (!point || value === null) {
    return (
      <td className="trend-table__empty">
        <span className="trend-table__no-data">{words.t('noData')}</span>
        {point?.gap ? <span className="trend-table__reason">{words.t(`gap.${point.gap}`)}</span> : null}
      </td>
    );
  }
  return (
    <td className="numeric">
      {value}
      {point.disputes.length > 0 ? (
        <>
          {' '}
          <DisputeMark />
          <span className="visually-hidden">{` (${words.t('disputedCell')})`}</span>
        </>
      ) : null}
      {point.source ? (
        <span className="trend-table__ref">
          <SourceRef provenance={point.source} />
        </span>
      ) : null}
    </td>
  );
}

/** The chart's data as a table: one row per year 2017–2022, every empty cell saying so. */
export function TrendTable({ id, model, names, metricName, words }: TrendTableProps) {
  const { t } = words;
  return (
    <div className="trend-table-block" id={id}>
      {/* The caption scrolls sideways with a wide table on a phone; this copy stays in view. */}
      <p className="trend-table__title" aria-hidden="true">
        {t('tableCaption', { metric: metricName })}
      </p>
      <ScrollRegion label={t('tableCaption', { metric: metricName })}>
        <table className="data-table trend-table">
          <caption className="visually-hidden">{t('tableCaption', { metric: metricName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tableYear')}</th>
              {names.map((name, index) => (
                <th scope="col" className="numeric" key={model.series[index]?.key ?? index}>
                  {name}
                </th>
              ))}
              <th scope="col">{t('tableSource')}</th>
            </tr>
          </thead>
          <tbody>
            {trendYears.map((year, yearIndex) => {
              const points = model.series.map((series) => series.points[yearIndex]);
              // One entry per document, however many series were read from it.
              const documents = new Map(
                points.flatMap((point) => (point?.source ? [[describeDocument(point.source, words), point.source] as const] : [])),
              );
              return (
                <tr key={year} data-year={year}>
                  <YearHeading points={points} year={year} words={words} />
                  {points.map((point, seriesIndex) => (
                    <ValueCell key={model.series[seriesIndex]?.key ?? seriesIndex} point={point} model={model} words={words} />
                  ))}
                  <td className="trend-table__source">
                    {documents.size > 0
                      ? [...documents].map(([text, source], index) => (
                          <Fragment key={text}>
                            {index > 0 ? ' · ' : null}
                            <SourceText source={source} words={words} withRow={false} />
                          </Fragment>
                        ))
                      : t('noData')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
