// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { agenciesWithStatistics, buildTrendModel, type TrendSeries } from '@/domain/trends/buildTrends';
import { trendMetricIds, trendMetricSpec, trendYears } from '@/domain/trends/metrics';
import { provinceSelector } from '@/domain/trends/selection';
import { files, trendInput } from './fixtures';

function valuesOf(series: TrendSeries | undefined): Array<number | null> {
  return series?.points.map((point) => (point.value === null ? null : Number(point.value.toFixed(4)))) ?? [];
}

function pointOf(series: TrendSeries | undefined, year: number) {
  const point = series?.points.find((entry) => entry.year === year);
  if (!point) throw new Error(`no ${year} point`);
  return point;
}

describe('buildTrendModel: the year axis', () => {
  it('gives every series exactly six points, 2017 to 2022, for every metric', () => {
    for (const metric of trendMetricIds) {
      const model = buildTrendModel(trendInput, metric, [provinceSelector, { kind: 'agency', agencyId: 'xa-dien-khanh-binh-loc' }]);
      for (const series of model.series) expect(series.points.map((point) => point.year)).toEqual([...trendYears]);
    }
  });

  it('keeps the years without a report as gaps (null, never 0) with the reason', () => {
    const model = buildTrendModel(trendInput, 'comparableLateRate', [provinceSelector]);
    const [province] = model.series;
    // 004:470 3448/93674; 000:117 (10533+260)/(531777+6754); 001:364 9009/596533.
    expect(valuesOf(province)).toEqual([3.6809, null, null, 2.0042, null, 1.5102]);
    for (const year of [2018, 2019, 2021]) {
      expect(pointOf(province, year)).toMatchObject({ value: null, gap: 'no_report', source: null, partial: false });
    }
    expect(model.gapYears).toEqual([2018, 2019, 2021]);
  });

  it('keeps a real zero as zero: Văn phòng UBND tỉnh had 0 late of 288 in Quý I/2017 (004:487)', () => {
    const model = buildTrendModel(trendInput, 'comparableLateRate', [{ kind: 'agency', agencyId: 'van-phong-ubnd-tinh' }]);
    expect(pointOf(model.series[0], 2017)).toMatchObject({ value: 0, gap: null });
  });
});

describe('buildTrendModel: partial periods', () => {
  it('flags the Quý I/2017 point as partial and names its period, and only that one', () => {
    const model = buildTrendModel(trendInput, 'comparableLateRate', [provinceSelector]);
    const [province] = model.series;
    expect(pointOf(province, 2017)).toMatchObject({
      partial: true,
      periodId: '2017-Q1',
      periodLabel: { vi: 'Quý I/2017', en: 'Q1 2017' },
    });
    expect(province?.points.filter((point) => point.partial).map((point) => point.year)).toEqual([2017]);
    expect(model.partialYears).toEqual([2017]);
    expect(model.notes).toContainEqual({ kind: 'partial_period', periodIds: ['2017-Q1'] });
  });

  it('uses the full year 2020, not the six-month report without statistics', () => {
    const model = buildTrendModel(trendInput, 'received', [provinceSelector]);
    expect(pointOf(model.series[0], 2020)).toMatchObject({ periodId: '2020', partial: false, value: 563305 });
  });

  it('does not mention a partial period when none is plotted (indices start in 2018)', () => {
    const model = buildTrendModel(trendInput, 'parIndexRank', [provinceSelector]);
    expect(model.partialYears).toEqual([]);
    expect(model.notes.map((note) => note.kind)).not.toContain('partial_period');
  });
});

describe('buildTrendModel: agencies that did not exist or are not listed', () => {
  it('gives Bình Lộc no 2017 point: it was formed on 01/3/2020', () => {
    const model = buildTrendModel(trendInput, 'received', [{ kind: 'agency', agencyId: 'xa-dien-khanh-binh-loc' }]);
    const [binhLoc] = model.series;
    expect(pointOf(binhLoc, 2017)).toMatchObject({ value: null, gap: 'not_existing', periodId: '2017-Q1', partial: true });
    // 000:194, 001:226.
    expect(valuesOf(binhLoc)).toEqual([null, null, null, 1836, null, 2358]);
    const predecessor = buildTrendModel(trendInput, 'received', [{ kind: 'agency', agencyId: 'xa-dien-khanh-dien-binh' }]);
    // Diên Bình (004:616) merged into Bình Lộc: its line stops, it is not continued by the new commune's figures.
    expect(valuesOf(predecessor.series[0])).toEqual([221, null, null, null, null, null]);
    expect(pointOf(predecessor.series[0], 2020).gap).toBe('not_existing');
  });

  it('gives Văn phòng UBND tỉnh no 2020 and no 2022 point: those tables do not list it', () => {
    const model = buildTrendModel(trendInput, 'received', [{ kind: 'agency', agencyId: 'van-phong-ubnd-tinh' }]);
    const [office] = model.series;
    expect(valuesOf(office)).toEqual([300, null, null, null, null, null]);
    expect(pointOf(office, 2020).gap).toBe('not_in_report');
    expect(pointOf(office, 2022).gap).toBe('not_in_report');
  });

  it('says a 2020 Nha Trang commune was lost with the cut-off commune appendix, not that it was absent', () => {
    const model = buildTrendModel(trendInput, 'received', [{ kind: 'agency', agencyId: 'xa-nha-trang-phuoc-dong' }]);
    const [commune] = model.series;
    expect(valuesOf(commune)).toEqual([841, null, null, null, null, 3173]);
    expect(pointOf(commune, 2020).gap).toBe('incomplete_table');
  });
});

describe('buildTrendModel: levels and sources', () => {
  it('reads each level from the province-wide block rows (2020 communes from PL II, complete)', () => {
    const model = buildTrendModel(trendInput, 'comparableLateRate', [
      { kind: 'level', level: 'department' },
      { kind: 'level', level: 'commune' },
      { kind: 'level', level: 'land_registration' },
    ]);
    const [departments, communes, land] = model.series;
    // 004:467 467/15522; 000:113 317/66693; 001:166 7510/331561.
    expect(valuesOf(departments)).toEqual([3.0086, null, null, 0.4753, null, 2.265]);
    expect(pointOf(communes, 2020).source).toMatchObject({ line: 115, appendix: 'Phụ lục II' });
    // No land-registration block in 2017; 000:116 4215/172402; 2022 its block under A (001:186) 7308/259483.
    expect(valuesOf(land)).toEqual([null, null, null, 2.4449, null, 2.8164]);
    expect(pointOf(land, 2017).gap).toBe('not_in_report');
  });

  it('notes that the 2022 department block includes land registration', () => {
    const withDepartments = buildTrendModel(trendInput, 'comparableLateRate', [{ kind: 'level', level: 'department' }]);
    expect(withDepartments.notes).toContainEqual({ kind: 'department_includes_land_registration', periodIds: ['2022'] });
    const withoutDepartments = buildTrendModel(trendInput, 'comparableLateRate', [provinceSelector]);
    expect(withoutDepartments.notes.map((note) => note.kind)).toEqual(['partial_period', 'comparable_late_rule']);
  });

  it('draws a period whose parent chain loops back on itself, as a malformed API answer may', () => {
    const year2022 = trendInput.tablesByPeriod['2022'] ?? [];
    const looped = year2022.map((table) => ({
      ...table,
      rows: table.rows.map((row) => (row.id === 'r184' ? { ...row, parentRowId: 'r186' } : row)),
    }));
    const model = buildTrendModel({ ...trendInput, tablesByPeriod: { ...trendInput.tablesByPeriod, '2022': looped } }, 'comparableLateRate', [
      { kind: 'level', level: 'department' },
    ]);
    // r186 → r184 → r186 never reaches the department block r166: its land offices are not inside it.
    expect(model.notes.map((note) => note.kind)).not.toContain('department_includes_land_registration');
    expect(valuesOf(model.series[0])).toEqual([3.0086, null, null, 0.4753, null, 2.265]);
  });

  it('carries the report, line and statistics window of each point', () => {
    const model = buildTrendModel(trendInput, 'comparableLateRate', [provinceSelector]);
    expect(pointOf(model.series[0], 2022).source).toEqual({
      documentTitle: 'Phụ lục 1–2 kèm Báo cáo 39/BC-UBND (kết quả CCHC năm 2022)',
      documentNumber: '39/BC-UBND',
      file: files.year2022,
      line: 364,
      appendix: 'Phụ lục 2',
      rowLabel: 'TỔNG',
      window: { start: '2021-12-15', end: '2022-12-14' },
      quote: null,
    });
    expect(pointOf(model.series[0], 2017).source?.window).toEqual({ start: '2017-01-01', end: '2017-03-31' });
  });

  it('states each period’s own online denominator, and leaves 2017 without an online share', () => {
    const model = buildTrendModel(trendInput, 'onlineRate', [provinceSelector]);
    const [province] = model.series;
    // 000:117 114312/563305 (of received); 001:364 253432/463823 (of "Tổng số HS phát sinh").
    expect(valuesOf(province)).toEqual([null, null, null, 20.2931, null, 54.6398]);
    expect(pointOf(province, 2017)).toMatchObject({ gap: 'not_published', partial: true });
    expect(pointOf(province, 2020).rule?.vi).toMatch(/hồ sơ đã nhận/);
    expect(pointOf(province, 2022).rule?.vi).toMatch(/tổng số hồ sơ phát sinh/);
    expect(model.notes).toContainEqual({ kind: 'online_denominator_changes' });
  });

  it('tells a published 0 from a blank cell: Sở Ngoại vụ 0 online in 2020 (000:137), blank in 2022 (001:177)', () => {
    const model = buildTrendModel(trendInput, 'onlineRate', [{ kind: 'agency', agencyId: 'so-ngoai-vu' }]);
    const [office] = model.series;
    expect(valuesOf(office)).toEqual([null, null, null, 0, null, null]);
    expect(pointOf(office, 2022)).toMatchObject({ gap: 'not_published', source: { line: 177 } });
  });
});

describe('buildTrendModel: national indices', () => {
  it('plots PAR Index ranks 2018–2022 with 2017 as a gap, on an inverted axis', () => {
    const model = buildTrendModel(trendInput, 'parIndexRank', [provinceSelector]);
    expect(model.metric.invertedAxis).toBe(true);
    expect(valuesOf(model.series[0])).toEqual([null, 11, 34, 48, 48, 25]);
    expect(pointOf(model.series[0], 2022)).toMatchObject({ outOf: 63, source: { line: 17, quote: '86,19% ... tăng 23 bậc so với năm 2021' } });
    expect(model.gapYears).toEqual([2017]);
  });

  it('inverts the axis of both ranks and of nothing else', () => {
    const inverted = trendMetricIds.filter((metric) => trendMetricSpec(metric).invertedAxis);
    expect(inverted).toEqual(['parIndexRank', 'sipasRank']);
  });

  it('keeps unpublished scores as gaps and the printed text of published ones', () => {
    const model = buildTrendModel(trendInput, 'parIndexScore', [provinceSelector]);
    expect(valuesOf(model.series[0])).toEqual([null, null, 80.9, null, 85.11, 86.19]);
    expect(pointOf(model.series[0], 2018).gap).toBe('not_published');
    expect(pointOf(model.series[0], 2019).printed).toBe('80,9');
    const sipas = buildTrendModel(trendInput, 'sipasRank', [provinceSelector]);
    expect(valuesOf(sipas.series[0])).toEqual([null, null, null, 51, 56, null]);
    expect(pointOf(sipas.series[0], 2022).gap).toBe('no_report');
  });
});

describe('agenciesWithStatistics', () => {
  it('offers only agencies that have a statistics row in some period', () => {
    const ids = agenciesWithStatistics(trendInput).map((agency) => agency.id);
    expect(ids).toEqual(['van-phong-ubnd-tinh', 'so-ngoai-vu', 'bql-kkt-van-phong', 'xa-dien-khanh-binh-loc', 'xa-dien-khanh-dien-binh', 'xa-nha-trang-phuoc-dong']);
  });
});
