import { memo, useMemo, useRef } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
  type AxisDomainItem,
  type DotItemDotProps,
  type TooltipContentProps,
  type XAxisTickContentProps,
} from 'recharts';
import { GapBands } from '@/components/charts/gapBands';
import { sameNumbers } from '@/components/charts/sameNumbers';
import { useChartWidth } from '@/components/charts/useChartWidth';
import type { BoundFormat } from '@/domain/format';
import type { TrendModel, TrendPoint } from '@/domain/trends/buildTrends';
import { isTrendYear, trendYears, type TrendUnit, type TrendYear } from '@/domain/trends/metrics';
import { describeGap, formatAxisTick, formatTrendValue, pointPeriodText, type TrendWords } from './present';
import { DisputeBadge, DisputeMark } from '@/components/DisputeMark';
import { SourceText } from './SourceText';

const chartHeight = 340;

/** Half a year of room either side, so the first and last years get a band as wide as the others. */
const yearAxisDomain: [number, number] = [Math.min(...trendYears) - 0.5, Math.max(...trendYears) + 0.5];

/** One array for every render: Recharts compares an axis's `ticks` by identity. */
const yearTicks = [...trendYears];

/**
 * One row per year: each series' value under its data key, whether that
 * value comes from a partial period and whether the report disputes it. The row is what Recharts hands a dot, so
 * a dot needs nothing else and its renderer can stay the same function from
 * one metric to the next. Plain values only: Recharts freezes the rows it keeps.
 */
interface ChartRow {
  year: TrendYear;
  [valueKey: `s${number}`]: number | null;
  [partialKey: `p${number}`]: boolean;
  [disputedKey: `d${number}`]: boolean;
}

function dataKey(seriesIndex: number): `s${number}` {
  return `s${seriesIndex}`;
}

function partialKey(seriesIndex: number): `p${number}` {
  return `p${seriesIndex}`;
}

function disputedKey(seriesIndex: number): `d${number}` {
  return `d${seriesIndex}`;
}

function chartRows(model: TrendModel): ChartRow[] {
  return trendYears.map((year, yearIndex) => {
    const row: ChartRow = { year };
    model.series.forEach((series, seriesIndex) => {
      const point = series.points[yearIndex];
      row[dataKey(seriesIndex)] = point?.value ?? null;
      row[partialKey(seriesIndex)] = point?.partial ?? false;
      row[disputedKey(seriesIndex)] = (point?.disputes.length ?? 0) > 0;
    });
    return row;
  });
}

function isChartRow(value: unknown): value is ChartRow {
  return typeof value === 'object' && value !== null && 'year' in value && typeof value.year === 'number';
}

function yearPoints(model: TrendModel, year: TrendYear): Array<TrendPoint | undefined> {
  const yearIndex = trendYears.indexOf(year);
  return model.series.map((series) => series.points[yearIndex]);
}

/** The period label of a year whose values come from a partial period ("Quý I/2017"), else null. */
function partialPeriodOf(model: TrendModel, year: TrendYear, words: TrendWords): string | null {
  const partial = yearPoints(model, year).find((point) => point?.partial && point.value !== null);
  return partial ? pointPeriodText(partial, words.lang) : null;
}

function rankTicks(outOf: number): number[] {
  const ticks = [1];
  for (let tick = 10; tick < outOf - 4; tick += 10) ticks.push(tick);
  ticks.push(outOf);
  return ticks;
}

/** Module-level so the axis settings Recharts keeps in its store stay the same object between renders. */
const scoreDomain: [AxisDomainItem, AxisDomainItem] = [
  (dataMin: number) => Math.max(0, Math.floor(dataMin - 5)),
  (dataMax: number) => Math.min(100, Math.ceil(dataMax + 5)),
];
const fromZeroDomain: [AxisDomainItem, AxisDomainItem] = [0, 'auto'];
const rankFallbackDomain: [AxisDomainItem, AxisDomainItem] = [1, 'dataMax'];

/** The most provinces any rank of the model is out of (63), 0 when the model holds no ranks. */
function rankOutOf(model: TrendModel): number {
  if (model.metric.unit !== 'rank') return 0;
  return Math.max(0, ...model.series.flatMap((series) => series.points.map((point) => point.outOf ?? 0)));
}

function yAxisScale(unit: TrendUnit, outOf: number): { domain: [AxisDomainItem, AxisDomainItem]; ticks?: number[] } {
  switch (unit) {
    case 'rank':
      return outOf > 1 ? { domain: [1, outOf], ticks: rankTicks(outOf) } : { domain: rankFallbackDomain };
    case 'score':
      return { domain: scoreDomain };
    case 'percent':
    case 'count':
      return { domain: fromZeroDomain };
  }
}

interface ChartProps {
  model: TrendModel;
  names: string[];
  colours: string[];
  words: TrendWords;
  /** The summary sentence, read out as the chart's accessible description. */
  description: string;
  /** The measure's name, the SVG's <title>. */
  title: string;
}

function TrendTooltip({
  active,
  label,
  model,
  names,
  colours,
  words,
}: Partial<TooltipContentProps> & Omit<ChartProps, 'description' | 'title'>) {
  if (!active || typeof label !== 'number' || !isTrendYear(label)) return null;
  const { t, fmt, lang } = words;
  const partialPeriod = partialPeriodOf(model, label, words);
  const points = yearPoints(model, label);
  // The rule belongs to the period, not the series: said once under the year.
  const rules = [
    ...new Set(points.flatMap((point) => (point?.rule && point.value !== null ? [point.rule[lang]] : []))),
  ];
  return (
    <div className="trend-tooltip" data-testid="trend-tooltip">
      <p className="trend-tooltip__year">
        {partialPeriod === null ? label : t('yearPartial', { year: label, period: partialPeriod })}
      </p>
      {rules.map((rule) => (
        <p key={rule} className="trend-tooltip__rule">
          {t('rule', { rule })}
        </p>
      ))}
      <ul>
        {points.map((point, index) => {
          if (!point) return null;
          const value = formatTrendValue(point, model.metric.unit, fmt);
          return (
            <li key={model.series[index]?.key ?? index}>
              <span className="trend-swatch" style={{ background: colours[index] }} aria-hidden="true" />
              <span className="trend-tooltip__name">{names[index]}: </span>
              <strong>{value ?? describeGap(point, t)}</strong>
              {point.partial && value !== null ? <span> ({pointPeriodText(point, lang)})</span> : null}
              {point.source ? (
                <span className="trend-tooltip__source">
                  <SourceText source={point.source} words={words} withRow />
                </span>
              ) : null}
              {value !== null && point.disputes.length > 0 ? (
                <span className="trend-tooltip__dispute">
                  <DisputeMark />
                  {t('disputedTooltip')}{' '}
                  {point.disputes.map((finding) => (
                    <span key={finding.id} lang="vi" className="trend-tooltip__dispute-message">
                      {finding.message}
                    </span>
                  ))}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function YearTick({ x, y, payload, partialLabel }: Pick<XAxisTickContentProps, 'x' | 'y' | 'payload'> & { partialLabel: string | null }) {
  return (
    <g transform={`translate(${x},${y})`}>
      <text dy={14} textAnchor="middle" fill="#1b1f24" fontSize={13}>
        {String(payload.value)}
      </text>
      {partialLabel === null ? null : (
        <text dy={30} textAnchor="middle" fill="#505a66" fontSize={12}>
          {partialLabel}
        </text>
      )}
    </g>
  );
}

/**
 * Each chart part below is memoised on plain values. Recharts keeps every
 * axis, line and band in a store of its own and re-registers one whenever its
 * props change, and each registration makes the whole chart compute again: a
 * metric switch should change the data and nothing that has not changed.
 */

const YearAxis = memo(
  function YearAxis({ partialYears, partialLabel }: { partialYears: readonly number[]; partialLabel: string }) {
    return (
      <XAxis
        type="number"
        dataKey="year"
        domain={yearAxisDomain}
        ticks={yearTicks}
        interval={0}
        height={partialYears.length > 0 ? 44 : 28}
        tick={(props: XAxisTickContentProps) => (
          <YearTick
            x={props.x}
            y={props.y}
            payload={props.payload}
            partialLabel={partialYears.includes(Number(props.payload.value)) ? partialLabel : null}
          />
        )}
      />
    );
  },
  (previous, next) => previous.partialLabel === next.partialLabel && sameNumbers(previous.partialYears, next.partialYears),
);

const ValueAxis = memo(function ValueAxis({
  unit,
  reversed,
  rankOutOf,
  fmt,
}: {
  unit: TrendUnit;
  reversed: boolean;
  rankOutOf: number;
  fmt: BoundFormat;
}) {
  const scale = yAxisScale(unit, rankOutOf);
  return (
    <YAxis
      reversed={reversed}
      domain={scale.domain}
      ticks={scale.ticks}
      // Every tick is drawn: the few a 340 px axis gets never collide, and Recharts then need not
      // measure each label in the page (a forced layout per label) to find out, here and in the grid.
      interval={0}
      // Dossiers and ranks are whole numbers: a step of 0.5 would write two ticks alike.
      allowDecimals={unit === 'percent' || unit === 'score'}
      niceTicks="snap125"
      // Room for the longest tick: "400.000", or a low rate's "0,025 %".
      width={unit === 'count' ? 72 : unit === 'percent' ? 64 : 56}
      tickFormatter={(value: number) => formatAxisTick(value, unit, fmt)}
    />
  );
});

const activeDot = { r: 7 };

/** Called by Recharts as a plain function for each point, not mounted as a component. */
function dotRenderer(seriesIndex: number, seriesKey: string, colour: string | undefined) {
  return function renderDot({ cx, cy, index, payload }: DotItemDotProps) {
    const row = isChartRow(payload) ? payload : null;
    const value = row?.[dataKey(seriesIndex)] ?? null;
    const key = `${seriesIndex}-${index}`;
    if (cx === undefined || cy === undefined || row === null || value === null) return <g key={key} />;
    const partial = row[partialKey(seriesIndex)] === true;
    const disputed = row[disputedKey(seriesIndex)] === true;
    const dot = (
      <circle
        key={key}
        className="trend-dot"
        data-series={seriesKey}
        data-year={row.year}
        data-partial={partial ? 'true' : 'false'}
        data-disputed={disputed ? 'true' : 'false'}
        cx={cx}
        cy={cy}
        r={partial ? 6 : 5}
        fill={partial ? '#ffffff' : colour}
        stroke={colour}
        strokeWidth={partial ? 2.5 : 1.5}
      />
    );
    if (!disputed) return dot;
    return (
      <g key={key}>
        {dot}
        <DisputeBadge cx={cx} cy={cy} />
      </g>
    );
  };
}

const TrendLine = memo(function TrendLine({
  seriesIndex,
  seriesKey,
  name,
  colour,
}: {
  seriesIndex: number;
  seriesKey: string;
  name: string | undefined;
  colour: string | undefined;
}) {
  return (
    <Line
      type="linear"
      dataKey={dataKey(seriesIndex)}
      name={name}
      stroke={colour}
      strokeWidth={2.5}
      connectNulls={false}
      isAnimationActive={false}
      dot={dotRenderer(seriesIndex, seriesKey, colour)}
      activeDot={activeDot}
    />
  );
});

/**
 * The trend chart. Years without data are grey bands labelled "Không có số
 * liệu", lines never bridge them (connectNulls off), a partial period is a
 * hollow marker with "Quý I" under its year, and a value the report disputes
 * carries a "!" badge.
 */
export function TrendChart({ model, names, colours, words, description, title }: ChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useChartWidth(containerRef);
  const narrow = width < 480;
  const { t, fmt } = words;
  const rows = useMemo(() => chartRows(model), [model]);

  return (
    <div className="trend-chart" ref={containerRef}>
      <LineChart
        width={width}
        height={chartHeight}
        data={rows}
        margin={{ top: 12, right: narrow ? 8 : 24, bottom: 12, left: narrow ? 0 : 8 }}
        accessibilityLayer
        role="img"
        aria-label={description}
        title={title}
        desc={description}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <GapBands years={model.gapYears} label={t('noData')} fontSize={narrow ? 11 : 13} className="trend-gap" />
        <YearAxis partialYears={model.partialYears} partialLabel={t('partialTick')} />
        <ValueAxis unit={model.metric.unit} reversed={model.metric.invertedAxis} rankOutOf={rankOutOf(model)} fmt={fmt} />
        <Tooltip
          allowEscapeViewBox={{ x: false, y: true }}
          content={(props) => <TrendTooltip {...props} model={model} names={names} colours={colours} words={words} />}
        />
        {model.series.map((series, index) => (
          <TrendLine key={series.key} seriesIndex={index} seriesKey={series.key} name={names[index]} colour={colours[index]} />
        ))}
      </LineChart>
    </div>
  );
}
