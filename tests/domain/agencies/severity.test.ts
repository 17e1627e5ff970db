import { describe, expect, it } from 'vitest';
import {
  checkThresholds,
  defaultSeverityThresholds,
  isDefaultThresholds,
  lateRateSeverity,
  parseStoredThresholds,
  serializeThresholds,
} from '@/domain/agencies/severity';

describe('lateRateSeverity with the default bands (severe ≥ 10, high ≥ 5, watch > 1)', () => {
  it.each([
    [10, 'severe'],
    [9.999, 'high'],
    [5, 'high'],
    [4.999, 'watch'],
    [1.0001, 'watch'],
    [1, 'good'],
    [0, 'good'],
  ] as const)('%s %% is %s', (rate, band) => {
    expect(lateRateSeverity(rate)).toBe(band);
  });

  it('puts a computed rate that is exactly on a threshold in the band the rule names, despite float noise', () => {
    expect(lateRateSeverity((1 / 10) * 100)).toBe('severe');
    expect(lateRateSeverity((7 / 140) * 100)).toBe('high');
    expect(lateRateSeverity((3 / 300) * 100)).toBe('good');
    // 7 / 1000 × 100 computes to 0.7000000000000001: on a user threshold of 0.7 it is still "not above".
    expect((7 / 1000) * 100).toBeGreaterThan(0.7);
    expect(lateRateSeverity((7 / 1000) * 100, { severe: 3.3, high: 2, watch: 0.7 })).toBe('good');
    expect(lateRateSeverity((33 / 1000) * 100, { severe: 3.3, high: 2, watch: 0.7 })).toBe('severe');
  });

  it('real rates: 2022 KH&ĐT 56/188 (001:172) severe, Du lịch 52/583 (001:169) high, Xây dựng 21/1222 watch, Công Thương 1/25729 (001:168) good', () => {
    expect(lateRateSeverity((56 / 188) * 100)).toBe('severe');
    expect(lateRateSeverity((52 / 583) * 100)).toBe('high');
    expect(lateRateSeverity((21 / (1186 + 36)) * 100)).toBe('watch');
    // Printed as "0,00%", but one late dossier is not zero and still "good", never "none".
    expect(lateRateSeverity((1 / 25729) * 100)).toBe('good');
  });

  it('no figure is none, not good', () => {
    expect(lateRateSeverity(null)).toBe('none');
    expect(lateRateSeverity(undefined)).toBe('none');
    expect(lateRateSeverity(Number.NaN)).toBe('none');
  });

  it('follows user thresholds', () => {
    const strict = { severe: 3, high: 2, watch: 0.5 };
    expect(lateRateSeverity(3, strict)).toBe('severe');
    expect(lateRateSeverity(2.5, strict)).toBe('high');
    expect(lateRateSeverity(0.5, strict)).toBe('good');
    expect(lateRateSeverity(0.51, strict)).toBe('watch');
  });
});

describe('thresholds', () => {
  it('accepts increasing thresholds within 0–100 and refuses the rest', () => {
    expect(checkThresholds({ severe: 12, high: 6, watch: 2 })).toEqual({ ok: true, thresholds: { severe: 12, high: 6, watch: 2 } });
    expect(checkThresholds({ severe: 5, high: 5, watch: 1 })).toEqual({ ok: false, problem: 'not_increasing' });
    expect(checkThresholds({ severe: 10, high: 5, watch: 6 })).toEqual({ ok: false, problem: 'not_increasing' });
    expect(checkThresholds({ severe: 101, high: 5, watch: 1 })).toEqual({ ok: false, problem: 'out_of_range' });
    expect(checkThresholds({ severe: 10, high: 5, watch: -1 })).toEqual({ ok: false, problem: 'out_of_range' });
    expect(checkThresholds({ severe: '10', high: 5, watch: 1 })).toEqual({ ok: false, problem: 'not_a_number' });
    expect(checkThresholds({ severe: 10, high: Number.NaN, watch: 1 })).toEqual({ ok: false, problem: 'not_a_number' });
  });

  it('round-trips through storage and falls back to the defaults on anything unreadable', () => {
    const custom = { severe: 15, high: 7.5, watch: 2 };
    expect(parseStoredThresholds(serializeThresholds(custom))).toEqual(custom);
    expect(parseStoredThresholds(null)).toEqual(defaultSeverityThresholds);
    expect(parseStoredThresholds('not json')).toEqual(defaultSeverityThresholds);
    expect(parseStoredThresholds('{"severe":1,"high":5,"watch":10}')).toEqual(defaultSeverityThresholds);
    expect(parseStoredThresholds('[]')).toEqual(defaultSeverityThresholds);
    expect(isDefaultThresholds(parseStoredThresholds(null))).toBe(true);
    expect(isDefaultThresholds(custom)).toBe(false);
  });
});
