import { describe, expect, it } from 'vitest';
import { deriveMetrics, metricRuleText, recomputeRate, type Figures } from '@/domain/metrics/periodRules';

/** 004:467 Khối Sở, ngành (2017 PL IV). */
const provincialBlock2017: Figures = {
  received: 17256,
  resolved: 15522,
  resolvedEarly: 12569,
  resolvedOnTime: 2486,
  resolvedLate: 467,
  unresolved: 1734,
};
/** 004:478 Sở Lao động - Thương binh và Xã hội (2017 PL V). */
const labour2017: Figures = { received: 386, resolved: 364, resolvedEarly: 299, resolvedOnTime: 65, resolvedLate: 0, unresolved: 22 };
/** 000:141 Sở Tài nguyên và Môi trường (2020 PL III). */
const environment2020: Figures = {
  received: 2048,
  approved: 1595,
  approvedEarly: 1582,
  approvedOnTime: 0,
  approvedLate: 13,
  rejected: 94,
  rejectedEarly: 94,
  rejectedOnTime: 0,
  rejectedLate: 0,
  online: 463,
  onlinePayments: null,
  onlinePaymentAmount: null,
};
/** 001:172 Sở Kế hoạch và Đầu tư (2022 Phụ lục 2). */
const planning2022: Figures = {
  received: 211,
  resolved: 163,
  resolvedOnTime: 107,
  resolvedLate: 56,
  pending: 25,
  pendingWithinDeadline: 25,
  pendingLate: 0,
  lateTotal: 56,
  online: 2,
  onlineBase: 9,
};
/** 001:364 TỔNG (2022). */
const total2022: Figures = {
  received: 633464,
  resolved: 596533,
  resolvedOnTime: 587524,
  resolvedLate: 9009,
  pending: 18512,
  pendingWithinDeadline: 17760,
  pendingLate: 752,
  lateTotal: 9761,
  online: 253432,
  onlineBase: 463823,
};

describe('deriveMetrics', () => {
  it('2017-Q1: late over resolved, on time counts early dossiers, no online rate (inventory §2.1)', () => {
    const metrics = deriveMetrics('2017-Q1', provincialBlock2017);
    expect(metrics.resolved).toBe(15522);
    expect(metrics.lateCount).toBe(467);
    expect(metrics.lateRate).toBeCloseTo(3.0086, 4);
    expect(metrics.onTimeRate).toBeCloseTo(96.9914, 4);
    expect(metrics.onlineRate).toBeNull();
    expect(metrics.comparableLateRate).toBe(metrics.lateRate);
  });

  it('2020: resolved and late add approved and rejected dossiers (inventory §2.2, 000:141)', () => {
    const metrics = deriveMetrics('2020', environment2020);
    expect(metrics.resolved).toBe(1689);
    expect(metrics.resolvedLate).toBe(13);
    expect(metrics.onTimeRate).toBeCloseTo(99.2303, 4);
    expect(metrics.lateRate).toBeCloseTo(100 - 99.2303, 4);
    expect(metrics.onlineRate).toBeCloseTo(22.607, 3);
  });

  it('2022: late adds pending-late dossiers over resolved + pending (inventory §2.3)', () => {
    const planning = deriveMetrics('2022', planning2022);
    expect(planning.lateCount).toBe(56);
    expect(planning.lateRate).toBeCloseTo(29.787, 3);
    expect(planning.comparableLateRate).toBeCloseTo((56 / 163) * 100, 10);
    expect(planning.onTimeRate).toBeCloseTo((107 / 163) * 100, 10);
    expect(planning.onlineRate).toBeCloseTo(22.222, 3);
    const total = deriveMetrics('2022', total2022);
    expect(total.lateRate).toBeCloseTo(1.587, 4);
    expect(total.onlineRate).toBeCloseTo(54.64, 3);
    expect(total.onTimeRate).toBeCloseTo((587524 / 596533) * 100, 10);
  });

  it('gives null for a missing input or a zero base, never 0', () => {
    const metrics = deriveMetrics('2022', { ...planning2022, online: null, onlineBase: null });
    expect(metrics.onlineRate).toBeNull();
    expect(metrics.lateRate).not.toBeNull();
    const empty = deriveMetrics('2020', { ...environment2020, approved: 0, rejected: 0, approvedLate: 0, rejectedLate: 0 });
    expect(empty.resolved).toBe(0);
    expect(empty.lateRate).toBeNull();
    expect(empty.onTimeRate).toBeNull();
  });

  it('returns all-null metrics for a period without statistics', () => {
    expect(deriveMetrics('2020-H1', provincialBlock2017)).toEqual({
      resolved: null,
      resolvedLate: null,
      lateCount: null,
      lateRate: null,
      onTimeRate: null,
      onlineRate: null,
      comparableLateRate: null,
    });
  });
});

describe('recomputeRate', () => {
  it("recomputes 2017's published on-time share without early dossiers (004:478 → 17.86%)", () => {
    expect(recomputeRate('2017-Q1', 'onTimeRate', labour2017)).toBeCloseTo(17.857, 3);
    expect(recomputeRate('2017-Q1', 'earlyRate', labour2017)).toBeCloseTo(82.143, 3);
    expect(recomputeRate('2017-Q1', 'resolvedRate', labour2017)).toBeCloseTo(94.301, 3);
    expect(recomputeRate('2017-Q1', 'unresolvedRate', labour2017)).toBeCloseTo(5.699, 3);
    expect(recomputeRate('2017-Q1', 'lateRate', provincialBlock2017)).toBeCloseTo(3.0086, 4);
  });

  it("recomputes 2020's on-time and online rates (000:141 → 99,23% and 22,61%)", () => {
    expect(recomputeRate('2020', 'onTimeRate', environment2020)).toBeCloseTo(99.23, 2);
    expect(recomputeRate('2020', 'onlineRate', environment2020)).toBeCloseTo(22.61, 2);
  });

  it("recomputes 2022's late rate from the published late column (001:364 → 1,59%)", () => {
    expect(recomputeRate('2022', 'lateRate', total2022)).toBeCloseTo(1.587, 3);
    expect(recomputeRate('2022', 'lateRate', { ...total2022, lateTotal: 0 })).toBe(0);
    expect(recomputeRate('2022', 'onlineRate', total2022)).toBeCloseTo(54.64, 2);
  });

  it('gives null for a rate the period does not publish', () => {
    expect(recomputeRate('2022', 'earlyRate', total2022)).toBeNull();
    expect(recomputeRate('2020', 'lateRate', environment2020)).toBeNull();
    expect(recomputeRate('2019', 'lateRate', total2022)).toBeNull();
  });
});

describe('metricRuleText', () => {
  it('states each statistics period’s three rules in Vietnamese and English', () => {
    expect(Object.keys(metricRuleText).sort()).toEqual(['2017-Q1', '2020', '2022']);
    for (const rules of Object.values(metricRuleText)) {
      for (const rule of [rules.lateRate, rules.onTimeRate, rules.onlineRate]) {
        expect(rule.vi.length).toBeGreaterThan(10);
        expect(rule.en.length).toBeGreaterThan(10);
      }
    }
    expect(metricRuleText['2022']?.lateRate.vi).toContain('đang giải quyết');
    expect(metricRuleText['2020']?.onTimeRate.en).toContain('rejected');
  });
});
