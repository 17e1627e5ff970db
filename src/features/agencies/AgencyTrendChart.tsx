import { useRef } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type DotItemDotProps, type TooltipContentProps } from 'recharts';
import { periodLabel } from '@/app/period';
import { DisputeBadge, DisputeMark } from '@/components/DisputeMark';
import { GapBands } from '@/components/charts/gapBands';
import { useChartWidth } from '@/components/charts/useChartWidth';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import type { YearPoint } from './detailData';
import { agencyDetailMessages } from './messages';

const height = 260;
const comparableColour = '#a4161a';
const onlineColour = '#0b5cad';

type ChartedRate = 'comparableLateRate' | 'onlineRate';

const colourOf: Record<ChartedRate, string> = { comparableLateRate: comparableColour, onlineRate: onlineColour };

const disputesOf = (point: YearPoint, rate: ChartedRate) =>
  rate === 'comparableLateRate' ? point.comparableLateRateDisputes : point.onlineRateDisputes;

const isPartial = (point: YearPoint) => point.period !== null && point.period.kind !== 'year';

/**
 * A value's marker: the shape tells the series (a circle for the late rate, a
 * square for the online share), and a hollow one a period shorter than the
 * year, as on /trends. The circle is the larger, so where the two values meet
 * (7,05 % and 7,04 %) it shows as a ring around the square drawn over it.
 */
function Marker({ rate, cx, cy, hollow }: { rate: ChartedRate; cx: number; cy: number; hollow: boolean }) {
  const colour = colourOf[rate];
  const paint = { fill: hollow ? '#fff' : colour, stroke: colour, strokeWidth: hollow ? 2.5 : 1.5 };
  return rate === 'onlineRate' ? (
    <rect x={cx - 3.5} y={cy - 3.5} width={7} height={7} {...paint} />
  ) : (
    <circle cx={cx} cy={cy} r={6.5} {...paint} />
  );
}

/** Called by Recharts as a plain function for each point: the marker, and the «!» badge beside a value the report disputes. */
function dotRenderer(points: readonly YearPoint[], rate: ChartedRate) {
  return function renderDot({ cx, cy, index }: DotItemDotProps) {
    const point = points[index];
    const key = `${rate}-${index}`;
    if (cx === undefined || cy === undefined || point === undefined || point[rate] === null) return <g key={key} />;
    return (
      <g key={key} className="agency-chart__dot" data-rate={rate} data-year={point.year} data-partial={isPartial(point)}>
        <Marker rate={rate} cx={cx} cy={cy} hollow={isPartial(point)} />
        {disputesOf(point, rate).length > 0 ? <DisputeBadge cx={cx} cy={cy} /> : null}
      </g>
    );
  };
}

/** A key entry: the series' line with its marker. */
function KeySwatch({ rate, hollow = false, line = true }: { rate: ChartedRate; hollow?: boolean; line?: boolean }) {
  return (
    <svg className="agency-chart__swatch" width={28} height={12} aria-hidden="true">
      {line ? (
        <line x1={0} x2={28} y1={6} y2={6} stroke={colourOf[rate]} strokeWidth={2.5} strokeDasharray={rate === 'onlineRate' ? '6 4' : undefined} />
      ) : null}
      <Marker rate={rate} cx={14} cy={6} hollow={hollow} />
    </svg>
  );
}

function DisputedNote({ point, rate }: { point: YearPoint; rate: ChartedRate }) {
  const m = useMessages(agencyDetailMessages);
  if (disputesOf(point, rate).length === 0) return null;
  return (
    <>
      {' '}
      <DisputeMark />
      {m('chartDisputedTooltip')}
    </>
  );
}

function ChartTooltip({ active, label, points }: Partial<TooltipContentProps> & { points: YearPoint[] }) {
  const { fmt, lang } = useI18n();
  const m = useMessages(agencyDetailMessages);
  const point = points.find((candidate) => candidate.year === label);
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{point.period ? periodLabel(point.period, lang) : point.year}</strong>
      </p>
      {point.period === null ? (
        <p>{m('chartNoData')}</p>
      ) : (
        <>
          <p>
            {m('chartComparable')}: {fmt.percent(point.comparableLateRate)}
            <DisputedNote point={point} rate="comparableLateRate" />
          </p>
          <p>
            {m('chartOnline')}: {fmt.percent(point.onlineRate)}
            <DisputedNote point={point} rate="onlineRate" />
          </p>
        </>
      )}
    </div>
  );
}

/**
 * The comparable late rate and the online share per year. Years without
 * figures are grey bands and the lines never bridge them; a year whose
 * figures cover only part of it (Quý I/2017) is named under the chart.
 */
export function AgencyTrendChart({ points }: { points: YearPoint[] }) {
  const { fmt, lang } = useI18n();
  const m = useMessages(agencyDetailMessages);
  const frameRef = useRef<HTMLDivElement>(null);
  const width = useChartWidth(frameRef);
  const gapYears = points.filter((point) => point.period === null).map((point) => point.year);
  const partial = points.filter(isPartial);
  const years = points.map((point) => point.year);
  const describe = (series: string, rate: ChartedRate) =>
    m('chartSummary', {
      series,
      values: points
        .map((point) =>
          m(disputesOf(point, rate).length > 0 ? 'chartDisputedValue' : 'chartValue', { year: point.year, value: fmt.percent(point[rate]) }),
        )
        .join('; '),
    });
  const description = [describe(m('chartComparable'), 'comparableLateRate'), describe(m('chartOnline'), 'onlineRate')].join('. ');
  const anyDisputed = points.some((point) => disputesOf(point, 'comparableLateRate').length + disputesOf(point, 'onlineRate').length > 0);

  return (
    <figure className="agency-chart">
      <ul className="agency-chart__legend" aria-hidden="true">
        <li>
          <KeySwatch rate="comparableLateRate" />
          {m('chartComparable')}
        </li>
        <li>
          <KeySwatch rate="onlineRate" />
          {m('chartOnline')}
        </li>
        {partial.length > 0 ? (
          <li>
            <KeySwatch rate="comparableLateRate" hollow line={false} />
            {m('chartPartialMarker', { periods: partial.flatMap((point) => (point.period ? [periodLabel(point.period, lang)] : [])).join(', ') })}
          </li>
        ) : null}
        {anyDisputed ? (
          <li>
            <DisputeMark />
            {m('chartDisputedKey')}
          </li>
        ) : null}
      </ul>
      <div ref={frameRef} className="agency-chart__frame" role="img" aria-label={description}>
        <LineChart width={width} height={height} data={points} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <GapBands years={gapYears} label={m('chartNoData')} fontSize={12} />
          <XAxis
            type="number"
            dataKey="year"
            domain={[Math.min(...years) - 0.5, Math.max(...years) + 0.5]}
            ticks={years}
            interval={0}
            tick={{ fontSize: width < 420 ? 11 : 13 }}
            tickFormatter={(year: number) => String(year)}
          />
          <YAxis
            width={56}
            domain={[0, 'auto']}
            tick={{ fontSize: width < 420 ? 11 : 13 }}
            tickFormatter={(value: number) => fmt.percent(value, 0)}
          />
          <Tooltip content={(props) => <ChartTooltip {...props} points={points} />} />
          <Line
            type="linear"
            dataKey="comparableLateRate"
            name={m('chartComparable')}
            stroke={comparableColour}
            strokeWidth={2.5}
            dot={dotRenderer(points, 'comparableLateRate')}
            connectNulls={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="onlineRate"
            name={m('chartOnline')}
            stroke={onlineColour}
            strokeWidth={2.5}
            strokeDasharray="6 4"
            dot={dotRenderer(points, 'onlineRate')}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </div>
      <figcaption>
        {gapYears.length > 0 ? m('chartGaps', { years: gapYears.join(', ') }) : null}{' '}
        {partial.map((point) => (point.period ? m('chartPartial', { year: point.year, period: periodLabel(point.period, lang) }) : '')).join(' ')}
      </figcaption>
    </figure>
  );
}
