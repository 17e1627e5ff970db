// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildTrendModel } from '@/domain/trends/buildTrends';
import { provinceSelector } from '@/domain/trends/selection';
import { summarizeSeries } from '@/domain/trends/summarize';
import { trendInput } from './fixtures';

describe('summarizeSeries', () => {
  it('compares the first and last full years, leaving out Quý I/2017 when a full year is there', () => {
    const model = buildTrendModel(trendInput, 'comparableLateRate', [{ kind: 'level', level: 'department' }]);
    expect(model.series[0]!.points.find((point) => point.year === 2017)).toMatchObject({ partial: true });
    expect(model.series[0]!.points.find((point) => point.year === 2017)?.value).not.toBeNull();
    expect(summarizeSeries(model.series[0]!)).toMatchObject({
      kind: 'change',
      first: { year: 2020, partial: false },
      last: { year: 2022, partial: false },
    });
  });

  it('reads a falling rank number as a fall in value (the wording turns it into a better rank)', () => {
    const model = buildTrendModel(trendInput, 'parIndexRank', [provinceSelector]);
    expect(summarizeSeries(model.series[0]!)).toMatchObject({ kind: 'change', direction: 'up', first: { value: 11 }, last: { value: 25 } });
  });

  it('keeps a quarter when it is all there is', () => {
    const office = buildTrendModel(trendInput, 'received', [{ kind: 'agency', agencyId: 'van-phong-ubnd-tinh' }]);
    expect(summarizeSeries(office.series[0]!)).toMatchObject({ kind: 'single', point: { year: 2017, partial: true } });
  });

  it('has a single point when only one year has a value, and none when no year has', () => {
    const office = buildTrendModel(trendInput, 'received', [{ kind: 'agency', agencyId: 'van-phong-ubnd-tinh' }]);
    expect(summarizeSeries(office.series[0]!)).toMatchObject({ kind: 'single', point: { year: 2017, value: 300 } });
    const online = buildTrendModel(trendInput, 'onlineRate', [{ kind: 'agency', agencyId: 'van-phong-ubnd-tinh' }]);
    expect(summarizeSeries(online.series[0]!)).toEqual({ kind: 'none' });
  });

  it('calls a change invisible at two decimals "same"', () => {
    const model = buildTrendModel(trendInput, 'sipasScore', [provinceSelector]);
    const series = model.series[0]!;
    const flat = { ...series, points: series.points.map((point) => (point.value === null ? point : { ...point, value: 81.821 })) };
    expect(summarizeSeries(flat)).toMatchObject({ kind: 'change', direction: 'same' });
  });
});
