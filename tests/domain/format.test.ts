import { describe, expect, it } from 'vitest';
import {
  formatDate,
  isMonthOnly,
  formatDateRange,
  formatNumber,
  formatPercent,
  formatPointChange,
  formatSignedNumber,
  formatSignedPercent,
  formatSourceRef,
  isLang,
  MISSING_VALUE,
  missingValueLabel,
} from '@/domain/format';

describe('formatNumber', () => {
  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect(formatNumber(633464, 'vi')).toBe('633.464');
    expect(formatNumber(420485000, 'vi')).toBe('420.485.000');
    expect(formatNumber(633464, 'en')).toBe('633,464');
    expect(formatNumber(1234, 'vi')).toBe('1.234');
  });

  it('keeps zero as a figure and shows an absent value as a dash', () => {
    expect(formatNumber(0, 'vi')).toBe('0');
    expect(formatNumber(null, 'vi')).toBe(MISSING_VALUE);
    expect(formatNumber(undefined, 'en')).toBe('—');
    expect(formatNumber(Number.NaN, 'vi')).toBe('—');
  });

  it('shows decimals only when asked', () => {
    expect(formatNumber(12.5, 'vi', 2)).toBe('12,5');
    expect(formatNumber(12.5, 'vi')).toBe('13');
  });
});

describe('formatPercent', () => {
  it('writes 2022 block A’s late rate as the report does, with a space before % in Vietnamese', () => {
    expect(formatPercent(2.3318, 'vi')).toBe('2,33\u00a0%');
    expect(formatPercent(2.3318, 'en')).toBe('2.33%');
  });

  it('keeps two decimals, so a small non-zero rate is not shown as a round number', () => {
    expect(formatPercent(100, 'vi')).toBe('100,00\u00a0%');
    expect(formatPercent(0.0039, 'vi')).toBe('0,00\u00a0%');
    expect(formatPercent(54.64, 'vi', 1)).toBe('54,6\u00a0%');
  });

  it('shows an absent rate (2017 has no online rate) as a dash', () => {
    expect(formatPercent(null, 'vi')).toBe('—');
  });
});

describe('signed changes', () => {
  it('signs counts and percentage points', () => {
    expect(formatSignedNumber(70159, 'vi')).toBe('+70.159');
    expect(formatSignedNumber(-1000, 'vi')).toBe('-1.000');
    expect(formatSignedNumber(0, 'vi')).toBe('0');
    expect(formatPointChange(-0.41, 'vi')).toBe('-0,41 điểm\u00a0%');
    expect(formatPointChange(1.5, 'en')).toBe('+1.50 pp');
    expect(formatPointChange(null, 'en')).toBe('—');
    // 2022 against 2020: 633.464 received against 563.305 (001:364, 000:117).
    expect(formatSignedPercent(((633464 - 563305) / 563305) * 100, 'vi')).toBe('+12,45\u00a0%');
    expect(formatSignedPercent(-3.1, 'en')).toBe('-3.10%');
    expect(formatSignedPercent(null, 'vi')).toBe('—');
  });
});

describe('formatDate', () => {
  it('writes ISO dates day first', () => {
    expect(formatDate('2022-12-31', 'vi')).toBe('31/12/2022');
    expect(formatDate('2023-02-24', 'vi')).toBe('24/02/2023');
    expect(formatDate('2022-12-31', 'en')).toBe('31 Dec 2022');
  });

  it('does not shift a date across time zones', () => {
    expect(formatDate('2021-12-15', 'vi')).toBe('15/12/2021');
  });

  it('writes a month alone, for a report that leaves its day blank', () => {
    expect(formatDate('2020-07', 'vi')).toBe('tháng 7 năm 2020');
    expect(formatDate('2020-07', 'en')).toBe('July 2020');
    expect(isMonthOnly('2020-07')).toBe(true);
    expect(isMonthOnly('2020-07-01')).toBe(false);
  });

  it('shows a missing or malformed date as a dash', () => {
    expect(formatDate(null, 'vi')).toBe('—');
    expect(formatDate('31/12/2022', 'vi')).toBe('—');
  });

  it('writes the 2022 statistics window', () => {
    expect(formatDateRange('2021-12-15', '2022-12-14', 'vi')).toBe('15/12/2021 – 14/12/2022');
  });
});

describe('formatSourceRef', () => {
  it('cites a report line as the research notes do', () => {
    expect(formatSourceRef({ file: 'data/reports/001_aa68a87f1e8bdfdf.txt', line: 364 })).toBe('001:364');
    expect(formatSourceRef({ file: 'data/reports/001_aa68a87f1e8bdfdf.txt', line: 185, lineEnd: 195 })).toBe('001:185–195');
    expect(formatSourceRef({ file: 'data/reports/khanh-hoa-indices-2018-2022.tsv', line: 3 })).toBe(
      'khanh-hoa-indices-2018-2022.tsv:3',
    );
  });
});

describe('languages', () => {
  it('knows the two UI languages and names a missing value in each', () => {
    expect(isLang('vi')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(missingValueLabel('vi')).toBe('Không có số liệu');
    expect(missingValueLabel('en')).toBe('No data');
  });
});
