// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  defaultTrendSelection,
  maxTrendAgencies,
  parseSeriesKey,
  parseTrendSelection,
  plottedSeries,
  provinceSelector,
  seriesKey,
  writeTrendSelection,
  type TrendSelection,
} from '@/domain/trends/selection';

describe('trend selection in the URL', () => {
  it('opens on the comparable late rate of the whole province when there is no parameter', () => {
    expect(parseTrendSelection(new URLSearchParams())).toEqual(defaultTrendSelection);
    expect(defaultTrendSelection).toEqual({ metric: 'comparableLateRate', series: [{ kind: 'province' }] });
  });

  it('reads metric and series in the order given', () => {
    const selection = parseTrendSelection(
      new URLSearchParams('metric=onlineRate&series=level:department,agency:so-tu-phap,province'),
    );
    expect(selection).toEqual({
      metric: 'onlineRate',
      series: [
        { kind: 'level', level: 'department' },
        { kind: 'agency', agencyId: 'so-tu-phap' },
        { kind: 'province' },
      ],
    });
  });

  it('drops unknown metrics, unknown levels, empty agency ids and duplicates', () => {
    const selection = parseTrendSelection(
      new URLSearchParams('metric=lateRate&series=level:all,agency:,bogus,level:district,level:district'),
    );
    expect(selection).toEqual({ metric: 'comparableLateRate', series: [{ kind: 'level', level: 'district' }] });
  });

  it('keeps at most eight agencies', () => {
    const ids = Array.from({ length: 10 }, (_, index) => `agency:a${index}`);
    const selection = parseTrendSelection(new URLSearchParams({ series: ['province', ...ids].join(',') }));
    expect(selection.series.filter((selector) => selector.kind === 'agency')).toHaveLength(maxTrendAgencies);
    expect(selection.series).toHaveLength(1 + maxTrendAgencies);
  });

  it('round-trips through the URL and leaves the default view parameter-free', () => {
    const selection: TrendSelection = {
      metric: 'sipasRank',
      series: [provinceSelector, { kind: 'level', level: 'land_registration' }, { kind: 'agency', agencyId: 'xa-dien-khanh-binh-loc' }],
    };
    const params = writeTrendSelection(new URLSearchParams('period=2022'), selection);
    expect(params.toString()).toBe('period=2022&metric=sipasRank&series=province%2Clevel%3Aland_registration%2Cagency%3Axa-dien-khanh-binh-loc');
    expect(parseTrendSelection(params)).toEqual(selection);
    expect(writeTrendSelection(params, defaultTrendSelection).toString()).toBe('period=2022');
  });

  it('maps every key back to its selector', () => {
    for (const key of ['province', 'level:commune', 'agency:so-y-te']) {
      const selector = parseSeriesKey(key);
      expect(selector && seriesKey(selector)).toBe(key);
    }
  });

  it('plots the national indices for the whole province only', () => {
    const series = [{ kind: 'level', level: 'district' } as const, { kind: 'agency', agencyId: 'so-y-te' } as const];
    expect(plottedSeries({ metric: 'parIndexRank', series })).toEqual([provinceSelector]);
    expect(plottedSeries({ metric: 'received', series })).toEqual(series);
  });
});
