// @vitest-environment node
/**
 * The series builder on the committed datasets (data/datasets), i.e. on what
 * the dashboard actually shows. Expected values are recomputed by hand from
 * the report lines cited.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogSchema, periodDatasetSchema, type DossierTable, type Finding, type PeriodId } from '@/domain/dataset/schema';
import { buildTrendModel, type TrendInput, type TrendSeries } from '@/domain/trends/buildTrends';
import { provinceSelector } from '@/domain/trends/selection';

const datasets = join(import.meta.dirname, '..', '..', '..', 'data', 'datasets');
const catalog = catalogSchema.parse(JSON.parse(readFileSync(join(datasets, 'catalog.json'), 'utf8')));
const tablesByPeriod: Partial<Record<PeriodId, DossierTable[]>> = {};
const findings: Finding[] = [];
for (const period of catalog.periods) {
  const dataset = periodDatasetSchema.parse(JSON.parse(readFileSync(join(datasets, 'periods', `${period.id}.json`), 'utf8')));
  tablesByPeriod[period.id] = dataset.tables;
  findings.push(...dataset.findings);
}
const input: TrendInput = { periods: catalog.periods, tablesByPeriod, indices: catalog.indices, agencies: catalog.agencies, findings };

/** "line field" of each finding disputing the series' points, year by year. */
function disputes(series: TrendSeries | undefined): string[][] {
  return series?.points.map((point) => point.disputes.map((finding) => `${finding.provenance.line} ${finding.field}`)) ?? [];
}

function values(series: TrendSeries | undefined): Array<number | null> {
  return series?.points.map((point) => (point.value === null ? null : Number(point.value.toFixed(4)))) ?? [];
}

function gaps(series: TrendSeries | undefined) {
  return series?.points.map((point) => point.gap) ?? [];
}

describe('trends on the committed datasets', () => {
  it('plots the province comparable late rate for Quý I/2017, 2020 and 2022 only', () => {
    const [province] = buildTrendModel(input, 'comparableLateRate', [provinceSelector]).series;
    // 004:470 3448/93674; 000:117 (10533+260)/(531777+6754); 001:364 9009/596533.
    expect(values(province)).toEqual([3.6809, null, null, 2.0042, null, 1.5102]);
    expect(gaps(province)).toEqual([null, 'no_report', 'no_report', null, 'no_report', null]);
    expect(province?.points.map((point) => point.partial)).toEqual([true, false, false, false, false, false]);
    expect(province?.points.map((point) => point.source?.line ?? null)).toEqual([470, null, null, 117, null, 364]);
  });

  it('reads every level from the block rows, with no 2017 land-registration block', () => {
    const model = buildTrendModel(input, 'received', [
      { kind: 'level', level: 'department' },
      { kind: 'level', level: 'district' },
      { kind: 'level', level: 'commune' },
      { kind: 'level', level: 'land_registration' },
    ]);
    // 004:467-469; 000:113-116; 001:166, 196, 208, 186.
    expect(model.series.map(values)).toEqual([
      [17256, null, null, 69760, null, 346143],
      [25338, null, null, 46646, null, 42916],
      [59414, null, null, 264439, null, 244405],
      [null, null, null, 182460, null, 270718],
    ]);
    expect(model.notes).toContainEqual({ kind: 'department_includes_land_registration', periodIds: ['2022'] });
  });

  it('flags the values the report disputes itself: Ninh Hòa 2017 and the district level that prints its total', () => {
    const late = buildTrendModel(input, 'comparableLateRate', [{ kind: 'agency', agencyId: 'ubnd-tx-ninh-hoa' }, { kind: 'level', level: 'district' }]);
    const [ninhHoa, districts] = late.series;
    // 004:510 Ninh Hòa: resolved 3.969, yet 3.036 + 691 + 1.242 = 4.969, and the report prints 6.1 % for the
    // late rate drawn as 1.242 / 3.969 = 31,29 %; the «received» finding is no dispute of a late rate.
    expect(disputes(ninhHoa)[0]).toEqual(['510 resolved', '510 lateRate']);
    // 004:468, the district block, repeats TỔNG 004:512, whose late count 1.237 its rows add up to 2.237.
    expect(disputes(districts)[0]).toEqual(['512 resolvedLate']);
    expect(disputes(ninhHoa).slice(1).flat()).toEqual([]);
    expect(late.notes.find((note) => note.kind === 'disputed_values')).toMatchObject({
      findings: [
        expect.objectContaining({ field: 'resolved' }),
        expect.objectContaining({ field: 'lateRate' }),
        expect.objectContaining({ field: 'resolvedLate' }),
      ],
    });

    const received = buildTrendModel(input, 'received', [{ kind: 'agency', agencyId: 'ubnd-tx-ninh-hoa' }, { kind: 'level', level: 'district' }]);
    expect(received.series.map((series) => disputes(series)[0])).toEqual([['510 received'], ['512 received']]);
  });

  it('leaves undisputed a value drawn from a disputed row that rests on none of its disputed figures', () => {
    // The district block 2017 (004:468): TỔNG 512 disputes its «received» and late counts, not the on-time share.
    const [districts] = buildTrendModel(input, 'onTimeRate', [{ kind: 'level', level: 'district' }]).series;
    expect(districts?.points[0]?.value).not.toBeNull();
    expect(disputes(districts)[0]).toEqual([]);
  });

  it('gives Bình Lộc no 2017 point and Văn phòng UBND tỉnh no 2020 or 2022 point', () => {
    const [binhLoc, office] = buildTrendModel(input, 'received', [
      { kind: 'agency', agencyId: 'xa-dien-khanh-binh-loc' },
      { kind: 'agency', agencyId: 'van-phong-ubnd-tinh' },
    ]).series;
    expect(values(binhLoc)).toEqual([null, null, null, 1836, null, 2358]);
    expect(binhLoc?.points[0]?.gap).toBe('not_existing');
    expect(values(office)).toEqual([300, null, null, null, null, null]);
    expect(gaps(office)).toEqual([null, 'no_report', 'no_report', 'not_in_report', 'no_report', 'not_in_report']);
  });

  it('shows the 2020 Nha Trang communes as lost with the cut-off appendix', () => {
    const [commune] = buildTrendModel(input, 'received', [{ kind: 'agency', agencyId: 'xa-nha-trang-phuoc-dong' }]).series;
    expect(values(commune)).toEqual([841, null, null, null, null, 3173]);
    expect(commune?.points[3]?.gap).toBe('incomplete_table');
  });

  it('plots the published PAR Index ranks 2018–2022 on an inverted axis', () => {
    const model = buildTrendModel(input, 'parIndexRank', [provinceSelector]);
    expect(model.metric.invertedAxis).toBe(true);
    expect(values(model.series[0])).toEqual([null, 11, 34, 48, 48, 25]);
    expect(model.series[0]?.points.map((point) => point.outOf)).toEqual([null, 63, 63, 63, 63, 63]);
  });
});
