// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogSchema, type Agency } from '@/domain/dataset/schema';
import { boundFormat, type Lang } from '@/domain/format';
import { buildTrendModel } from '@/domain/trends/buildTrends';
import { provinceSelector } from '@/domain/trends/selection';
import { translator } from '@/i18n/defineMessages';
import { trendMessages } from '@/features/trends/messages';
import { describeSource, formatAxisTick, formatTrendValue, summarySentence, type TrendWords } from '@/features/trends/present';
import { agencies, trendInput } from '../../domain/trends/fixtures';

function words(lang: Lang): TrendWords {
  return { t: translator(trendMessages, lang), fmt: boundFormat(lang), lang };
}

const byId = new Map<string, Agency>(agencies.map((agency) => [agency.id, agency]));
const vi = words('vi');
const en = words('en');

function sentence(...args: Parameters<typeof buildTrendModel>): string {
  return summarySentence(buildTrendModel(...args), byId, vi).replace(/\u00a0/g, ' ');
}

describe('summarySentence', () => {
  it('compares full years only, and says when a department block holds the land offices', () => {
    expect(sentence(trendInput, 'comparableLateRate', [{ kind: 'level', level: 'department' }])).toBe(
      'Tỷ lệ trễ hạn của khối sở, ban, ngành tăng từ 0,48 % (2020) lên 2,27 % (2022, gồm cả Văn phòng Đăng ký đất đai và các chi nhánh).',
    );
    expect(sentence(trendInput, 'comparableLateRate', [provinceSelector])).not.toContain('Quý I/2017');
  });

  it('reads ranks the right way round: a smaller number is a better rank', () => {
    expect(sentence(trendInput, 'parIndexRank', [provinceSelector])).toBe(
      'Thứ hạng PAR Index của toàn tỉnh tụt từ hạng 11/63 (2018) xuống hạng 25/63 (2022).',
    );
    const sipas = { ...trendInput, indices: trendInput.indices.filter((index) => index.year !== 2021) };
    // SIPAS rank 51/63 (2020) is the only published rank left, so there is nothing to compare.
    expect(sentence(sipas, 'sipasRank', [provinceSelector])).toBe('Thứ hạng SIPAS của toàn tỉnh chỉ có số liệu 2020: 51/63.');
    const improved = {
      ...trendInput,
      indices: trendInput.indices.filter((index) => index.indicator === 'par_index' && index.year >= 2021),
    };
    expect(sentence(improved, 'parIndexRank', [provinceSelector])).toBe(
      'Thứ hạng PAR Index của toàn tỉnh tăng từ hạng 48/63 (2021) lên hạng 25/63 (2022).',
    );
  });

  it('gives every series its clause, including those with one point or none', () => {
    expect(
      sentence(trendInput, 'onlineRate', [
        provinceSelector,
        { kind: 'agency', agencyId: 'xa-dien-khanh-binh-loc' },
        { kind: 'agency', agencyId: 'van-phong-ubnd-tinh' },
      ]),
    ).toBe(
      'Tỷ lệ hồ sơ trực tuyến: toàn tỉnh tăng từ 20,29 % (2020) lên 54,64 % (2022); Bình Lộc tăng từ 6,92 % (2020) lên 63,27 % (2022); Văn phòng UBND tỉnh không có số liệu.',
    );
  });

  it('says a series was at the same level at both ends, not that it held there in between', () => {
    const sameRank = {
      ...trendInput,
      indices: trendInput.indices
        .filter((index) => index.indicator === 'par_index' && index.year >= 2020)
        .map((index) => ({ ...index, rank: 48 })),
    };
    expect(sentence(sameRank, 'parIndexRank', [provinceSelector])).toBe(
      'Thứ hạng PAR Index của toàn tỉnh ở cùng mức 48/63 (2020 và 2022).',
    );
  });

  it('speaks English with en-GB figures', () => {
    const model = buildTrendModel(trendInput, 'received', [provinceSelector]);
    expect(summarySentence(model, byId, words('en'))).toBe(
      // A quarter's count is not set against a year's: the sentence starts at 2020 (000:117).
      'Dossiers received of the whole province rose from 563,305 (2020) to 633,464 (2022).',
    );
  });
});

describe('values and sources', () => {
  it('shows index scores with the unit and decimals their article printed, in the page’s number form, and ranks with their base', () => {
    const [score] = buildTrendModel(trendInput, 'parIndexScore', [provinceSelector]).series;
    expect(score?.points.map((point) => formatTrendValue(point, 'score', vi.fmt))).toEqual([null, null, '80,9', null, '85,11\u00a0%', '86,19\u00a0%']);
    expect(score?.points.map((point) => formatTrendValue(point, 'score', en.fmt))).toEqual([null, null, '80.9', null, '85.11%', '86.19%']);
    const [rank] = buildTrendModel(trendInput, 'sipasRank', [provinceSelector]).series;
    expect(rank?.points.map((point) => formatTrendValue(point, 'rank', vi.fmt))).toEqual([null, null, null, '51/63', '56/63', null]);
  });

  it('describes a dossier point by report, appendix, window and line, and an index by its article', () => {
    const model = buildTrendModel(trendInput, 'comparableLateRate', [provinceSelector]);
    const source2020 = model.series[0]?.points[3]?.source;
    expect(source2020 && describeSource(source2020, vi)).toBe(
      '43/BC-UBND, Phụ lục II; kỳ thống kê 01/01/2020 – 31/12/2020 (dòng 000:117, «Tổng cộng»)',
    );
    const index = buildTrendModel(trendInput, 'parIndexRank', [provinceSelector]).series[0]?.points[5]?.source;
    expect(index && describeSource(index, vi)).toBe(
      'Báo Khánh Hòa: «86,19% ... tăng 23 bậc so với năm 2021» (dòng khanh-hoa-indices-2018-2022.tsv:17)',
    );
  });
});

describe('formatAxisTick', () => {
  const ticks = (values: number[], unit: Parameters<typeof formatAxisTick>[1]) =>
    values.map((value) => formatAxisTick(value, unit, vi.fmt).replace(/\u00a0/g, ' '));

  it('writes each percentage tick with the decimals it needs, so neighbours never read the same', () => {
    expect(ticks([0, 0.25, 0.5, 0.75, 1], 'percent')).toEqual(['0 %', '0,25 %', '0,5 %', '0,75 %', '1 %']);
    expect(ticks([0, 0.02, 0.04, 0.06, 0.08], 'percent')).toEqual(['0 %', '0,02 %', '0,04 %', '0,06 %', '0,08 %']);
    // Steps are binary fractions only sometimes: 0.1 + 0.2 is 0.30000000000000004.
    expect(ticks([0.1 + 0.2, 10, 12.5], 'percent')).toEqual(['0,3 %', '10 %', '12,5 %']);
  });

  it('writes counts and ranks whole, scores with the decimals they need', () => {
    expect(ticks([0, 200000, 400000], 'count')).toEqual(['0', '200.000', '400.000']);
    expect(ticks([1, 32, 63], 'rank')).toEqual(['1', '32', '63']);
    expect(ticks([80, 82.5, 85], 'score')).toEqual(['80', '82,5', '85']);
  });
});

describe('the page intro', () => {
  it('names the first year of each national index that the catalogue holds', () => {
    const catalog = catalogSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/datasets/catalog.json'), 'utf8')));
    const firstYear = (indicator: 'par_index' | 'sipas') =>
      Math.min(...catalog.indices.filter((index) => index.indicator === indicator).map((index) => index.year));
    expect(vi.t('intro')).toContain(`PAR Index có từ năm ${firstYear('par_index')}, SIPAS từ năm ${firstYear('sipas')}`);
    expect(words('en').t('intro')).toContain(`PAR Index starts in ${firstYear('par_index')}, SIPAS in ${firstYear('sipas')}`);
  });
});
