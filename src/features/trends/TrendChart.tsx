import { useRef } from 'react';
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
import { gapBands } from '@/components/charts/gapBands';
import { useChartWidth } from '@/components/charts/useChartWidth';
import type { TrendModel, TrendPoint } from '@/domain/trends/buildTrends';
import { isTrendYear, trendYears, type TrendYear } from '@/domain/trends/metrics';
import { describeGap, describeSource, formatAxisTick, formatTrendValue, pointPeriodText, type TrendWords } from './present';

const chartHeight = 340;

/** Half a year of room either side, so the first and last years get a band as wide as the others. */
const yearAxisDomain: [number, number] = [Math.min(...trendYears) - 0.5, Math.max(...trendYears) + 0.5];

type ChartRow = Record<string, number | null>;

function dataKey(seriesIndex: number): string {
  return `s${seriesIndex}`;
}

function chartRows(model: TrendModel): ChartRow[] {
  return trendYears.map((year, yearIndex) => {
    const row: ChartRow = { year };
    model.series.forEach((series, seriesIndex) => {
      row[dataKey(seriesIndex)] = series.points[yearIndex]?.value ?? null;
    });
    return row;
  });
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

function yAxisScale(model: TrendModel): { domain: [AxisDomainItem, AxisDomainItem]; ticks?: number[] } {
  switch (model.metric.unit) {
    case 'rank': {
      const outOf = Math.max(0, ...model.series.flatMap((series) => series.points.map((point) => point.outOf ?? 0)));
      return outOf > 1 ? { domain: [1, outOf], ticks: rankTicks(outOf) } : { domain: [1, 'dataMax'] };
    }
    case 'score':
      return {
        domain: [
          (dataMin: number) => Math.max(0, Math.floor(dataMin - 5)),
          (dataMax: number) => Math.min(100, Math.ceil(dataMax + 5)),
        ],
      };
    case 'percent':
    case 'count':
      return { domain: [0, 'auto'] };
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
              {point.source ? <span className="trend-tooltip__source">{describeSource(point.source, words)}</span> : null}
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
 * The trend chart. Years without data are grey bands labelled "Không có số
 * liệu", lines never bridge them (connectNulls off), and a partial period is a
 * hollow marker with "Quý I" under its year.
 */
export function TrendChart({ model, names, colours, words, description, title }: ChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useChartWidth(containerRef);
  const narrow = width < 480;
  const { t, fmt } = words;
  const scale = yAxisScale(model);
  const partialYears = new Set<number>(model.partialYears);

  // Called by Recharts as a plain function for each point, not mounted as a component.
  const renderDot =
    (seriesIndex: number) =>
    ({ cx, cy, index }: DotItemDotProps) => {
      const point = model.series[seriesIndex]?.points[index];
      const key = `${seriesIndex}-${index}`;
      if (cx === undefined || cy === undefined || !point || point.value === null) return <g key={key} />;
      const colour = colours[seriesIndex];
      return (
        <circle
          key={key}
          className="trend-dot"
          data-series={model.series[seriesIndex]?.key}
          data-year={point.year}
          data-partial={point.partial ? 'true' : 'false'}
          cx={cx}
          cy={cy}
          r={point.partial ? 6 : 5}
          fill={point.partial ? '#ffffff' : colour}
          stroke={colour}
          strokeWidth={point.partial ? 2.5 : 1.5}
        />
      );
    };

  return (
    <div className="trend-chart" ref={containerRef}>
      <LineChart
        width={width}
        height={chartHeight}
        data={chartRows(model)}
        margin={{ top: 12, right: narrow ? 8 : 24, bottom: 12, left: narrow ? 0 : 8 }}
        accessibilityLayer
        role="img"
        aria-label={description}
        title={title}
        desc={description}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        {gapBands(model.gapYears, { label: t('noData'), fontSize: narrow ? 11 : 13, className: 'trend-gap' })}
        <XAxis
          type="number"
          dataKey="year"
          domain={yearAxisDomain}
          ticks={[...trendYears]}
          interval={0}
          height={partialYears.size > 0 ? 44 : 28}
          tick={(props: XAxisTickContentProps) => (
            <YearTick
              x={props.x}
              y={props.y}
              payload={props.payload}
              partialLabel={partialYears.has(Number(props.payload.value)) ? t('partialTick') : null}
            />
          )}
        />
        <YAxis
          reversed={model.metric.invertedAxis}
          domain={scale.domain}
          ticks={scale.ticks}
          allowDecimals={model.metric.unit !== 'rank'}
          niceTicks="snap125"
          width={model.metric.unit === 'count' ? 72 : 56}
          tickFormatter={(value: number) => formatAxisTick(value, model.metric.unit, fmt)}
        />
        <Tooltip
          allowEscapeViewBox={{ x: false, y: true }}
          content={(props) => <TrendTooltip {...props} model={model} names={names} colours={colours} words={words} />}
        />
        {model.series.map((series, index) => (
          <Line
            key={series.key}
            type="linear"
            dataKey={dataKey(index)}
            name={names[index]}
            stroke={colours[index]}
            strokeWidth={2.5}
            connectNulls={false}
            isAnimationActive={false}
            dot={renderDot(index)}
            activeDot={{ r: 7 }}
          />
        ))}
      </LineChart>
    </div>
  );
}
