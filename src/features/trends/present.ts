/**
 * Words and numbers for the trends page: values in vi-VN (or en-GB), series
 * names, the source of a point and the one-sentence summary. Pure, so the
 * wording is tested without rendering a chart.
 */
import type { Agency, PeriodId } from '@/domain/dataset/schema';
import { formatSourceRef, type Lang } from '@/domain/format';
import type { Translate } from '@/i18n/defineMessages';
import type { BoundFormat } from '@/domain/format';
import type { TrendModel, TrendPoint, TrendPointSource } from '@/domain/trends/buildTrends';
import type { TrendUnit } from '@/domain/trends/metrics';
import type { TrendSeriesSelector } from '@/domain/trends/selection';
import { summarizeSeries } from '@/domain/trends/summarize';
import type { TrendMessageKey } from './messages';

export type TrendTranslate = Translate<TrendMessageKey>;

export interface TrendWords {
  t: TrendTranslate;
  fmt: BoundFormat;
  lang: Lang;
}

/**
 * An index score with the unit and the decimals its article printed, since the
 * articles disagree on the unit ("80,9" points, "85,11%"), written in the
 * page's own number form: "84,4 %" in Vietnamese, "84.4%" in English.
 */
function formatScore(value: number, printed: string | null, fmt: BoundFormat): string {
  if (printed === null) return fmt.number(value, 2);
  const decimals = /[.,](\d+)/.exec(printed)?.[1]?.length ?? 0;
  return printed.trim().endsWith('%') ? fmt.percent(value, decimals) : fmt.number(value, decimals);
}

/** The value as shown in the chart, tooltip, table and summary; null when the point has none. */
export function formatTrendValue(point: TrendPoint, unit: TrendUnit, fmt: BoundFormat): string | null {
  const { value } = point;
  if (value === null) return null;
  switch (unit) {
    case 'percent':
      return fmt.percent(value);
    case 'count':
      return fmt.number(value);
    case 'score':
      return formatScore(value, point.printed, fmt);
    case 'rank':
      return point.outOf === null ? fmt.number(value) : `${fmt.number(value)}/${fmt.number(point.outOf)}`;
  }
}

/**
 * The fewest decimals that write an axis tick exactly: 2 → 0, 0.5 → 1,
 * 0.25 → 2. The axis steps by 1, 2, 2.5 or 5 times a power of ten, so ticks
 * written this way never read the same; a fixed count would write a low late
 * rate's 0.25 and 0.3 both as "0,3 %".
 */
function tickDecimals(value: number): number {
  const most = 4;
  for (let decimals = 0; decimals < most; decimals++) {
    const scaled = value * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return decimals;
  }
  return most;
}

/** An axis tick: short enough for a 360 px screen. */
export function formatAxisTick(value: number, unit: TrendUnit, fmt: BoundFormat): string {
  switch (unit) {
    case 'percent':
      return fmt.percent(value, tickDecimals(value));
    case 'score':
      return fmt.number(value, tickDecimals(value));
    case 'count':
    case 'rank':
      return fmt.number(value);
  }
}

/** "2022", or "Quý I/2017" when the point comes from a partial period. */
export function pointPeriodText(point: TrendPoint, lang: Lang): string {
  if (point.partial && point.periodLabel) return point.periodLabel[lang];
  return String(point.year);
}

export type NameForm = 'title' | 'sentence';

export function seriesName(
  selector: TrendSeriesSelector,
  agencies: ReadonlyMap<string, Agency>,
  t: TrendTranslate,
  form: NameForm = 'title',
): string {
  switch (selector.kind) {
    case 'province':
      return t(form === 'title' ? 'series.province' : 'seriesInSentence.province');
    case 'level':
      return t(form === 'title' ? `series.${selector.level}` : `seriesInSentence.${selector.level}`);
    case 'agency':
      return agencies.get(selector.agencyId)?.name ?? t('unknownAgency', { id: selector.agencyId });
  }
}

/**
 * The indices file names each article as 'Báo …, date, "title": https://…' and keeps the quote's own quotation marks;
 * the address and the doubled marks only clutter a tooltip (the line reference leads to the full entry).
 */
function articleText(title: string, quote: string): { title: string; quote: string } {
  return { title: title.replace(/:\s*https?:\/\/\S+$/, ''), quote: articleQuote(quote) };
}

/** An index article's sentence without the quotation marks the indices file keeps around it. */
export function articleQuote(quote: string): string {
  return quote.replace(/^"(.*)"$/, '$1');
}

/** "39/BC-UBND, Phụ lục 2; kỳ thống kê 15/12/2021 – 14/12/2022", or the article and its sentence for an index. */
export function describeDocument(source: TrendPointSource, { t, fmt }: Pick<TrendWords, 't' | 'fmt'>): string {
  if (source.quote !== null) return t('sourceIndex', articleText(source.documentTitle, source.quote));
  const document = source.documentNumber ?? source.documentTitle;
  const where = source.appendix === null ? document : t('sourceDocument', { document, appendix: source.appendix });
  if (source.window === null) return where;
  return `${where}; ${t('sourceWindow', { range: fmt.dateRange(source.window.start, source.window.end) })}`;
}

/** The document and the row the value was read from: "39/BC-UBND, Phụ lục 2; kỳ thống kê … (dòng 001:364, «TỔNG»)". */
export function describeSource(source: TrendPointSource, words: Pick<TrendWords, 't' | 'fmt'>): string {
  const ref = formatSourceRef(source);
  const line = source.rowLabel === null ? words.t('sourceLine', { ref }) : words.t('sourceRow', { ref, label: source.rowLabel });
  return `${describeDocument(source, words)} (${line})`;
}

/** "Không có số liệu (không có báo cáo cho năm này)". */
export function describeGap(point: TrendPoint, t: TrendTranslate): string {
  return point.gap === null ? t('noData') : `${t('noData')} (${t(`gap.${point.gap}`)})`;
}

/** Periods whose department block, drawn by this series, also holds the land registration offices. */
function landOfficePeriodIds(model: TrendModel, selector: TrendSeriesSelector): ReadonlySet<PeriodId> {
  if (selector.kind !== 'level' || selector.level !== 'department') return new Set();
  const note = model.notes.find((candidate) => candidate.kind === 'department_includes_land_registration');
  return new Set(note?.periodIds);
}

/**
 * When a value of the summary is from: "2020"; "2022, gồm cả Văn phòng Đăng
 * ký đất đai…" for a department block that holds the land offices, as the
 * sentence then sets two different blocks side by side; and, for a value the
 * report disputes, "…, báo cáo không khớp".
 */
function summaryWhen(point: TrendPoint, landOfficePeriods: ReadonlySet<PeriodId>, { t, lang }: TrendWords): string {
  const printed = pointPeriodText(point, lang);
  const period = point.periodId !== null && landOfficePeriods.has(point.periodId) ? t('summaryWithLandOffices', { period: printed }) : printed;
  return point.disputes.length > 0 ? t('summaryDisputed', { period }) : period;
}

function seriesClause(
  model: TrendModel,
  index: number,
  name: string,
  words: TrendWords,
): string {
  const { t, fmt } = words;
  const series = model.series[index];
  if (!series) return '';
  const summary = summarizeSeries(series);
  const landOfficePeriods = landOfficePeriodIds(model, series.selector);
  const unit = model.metric.unit;
  switch (summary.kind) {
    case 'none':
      return t('summaryNone', { series: name });
    case 'single':
      return t('summarySingle', {
        series: name,
        period: summaryWhen(summary.point, landOfficePeriods, words),
        value: formatTrendValue(summary.point, unit, fmt) ?? t('noData'),
      });
    case 'change': {
      const params = {
        series: name,
        from: formatTrendValue(summary.first, unit, fmt) ?? t('noData'),
        to: formatTrendValue(summary.last, unit, fmt) ?? t('noData'),
        fromPeriod: summaryWhen(summary.first, landOfficePeriods, words),
        toPeriod: summaryWhen(summary.last, landOfficePeriods, words),
      };
      if (summary.direction === 'same') return t('summarySame', params);
      if (model.metric.invertedAxis) return t(summary.direction === 'down' ? 'summaryRankBetter' : 'summaryRankWorse', params);
      return t(summary.direction === 'down' ? 'summaryDown' : 'summaryUp', params);
    }
  }
}

/**
 * One sentence for the whole chart: "Tỷ lệ trễ hạn của toàn tỉnh giảm từ
 * 2,00 % (2020) xuống 1,51 % (2022)." It compares full years (a quarter only
 * when a series has nothing else, and then names it), says when a department
 * block holds the land offices, and says when the report disputes a value:
 * the sentence is also the chart's description.
 */
export function summarySentence(model: TrendModel, agencies: ReadonlyMap<string, Agency>, words: TrendWords): string {
  const { t } = words;
  const metric = t(`sentenceMetric.${model.metric.id}`);
  const clauses = model.series.map((series, index) =>
    seriesClause(model, index, seriesName(series.selector, agencies, t, 'sentence'), words),
  );
  if (clauses.length === 1) return t('summaryOne', { metric, clause: clauses[0] ?? '' });
  return t('summaryMany', { metric, clauses: clauses.join('; ') });
}
