/**
 * Each report defines its late, on-time and online rates differently
 * (seeds inventory §2). These rules recompute them from the published counts
 * so that the dashboard never relies on a rounded printed percentage, and so
 * that reconciliation can check every printed rate against its own period's
 * definition.
 */
import type { DerivedMetrics, DossierRow, Period, PeriodId, RateKey } from '@/domain/dataset/schema';

export type Figures = DossierRow['figures'];

type Count = number | null | undefined;

const emptyMetrics: DerivedMetrics = {
  resolved: null,
  resolvedLate: null,
  lateCount: null,
  lateRate: null,
  onTimeRate: null,
  onlineRate: null,
  comparableLateRate: null,
};

/** A share in percent (0–100), unrounded; null when an input is missing or the base is 0. */
function percent(numerator: Count, denominator: Count): number | null {
  if (numerator == null || denominator == null || denominator === 0) return null;
  return (numerator / denominator) * 100;
}

function sum(...counts: Count[]): number | null {
  let total = 0;
  for (const count of counts) {
    if (count == null) return null;
    total += count;
  }
  return total;
}

function difference(minuend: Count, subtrahend: Count): number | null {
  if (minuend == null || subtrahend == null) return null;
  return minuend - subtrahend;
}

/**
 * 2017-Q1 (inventory §2.1): every share is of resolved dossiers. Late = late / resolved.
 * The dashboard's on-time rate follows the narrative's "đúng hạn và sớm hạn" = (early + on time) / resolved.
 * No online rate: PL III publishes only a level-3+ count.
 */
function derive2017(figures: Figures): DerivedMetrics {
  const resolved = figures.resolved ?? null;
  const resolvedLate = figures.resolvedLate ?? null;
  return {
    resolved,
    resolvedLate,
    lateCount: resolvedLate,
    lateRate: percent(resolvedLate, resolved),
    onTimeRate: percent(sum(figures.resolvedEarly, figures.resolvedOnTime), resolved),
    onlineRate: null,
    comparableLateRate: percent(resolvedLate, resolved),
  };
}

/**
 * 2020 (inventory §2.2): resolved = approved + rejected, late = approved-late + rejected-late.
 * "Tỷ lệ hồ sơ đúng hạn" = (resolved − late) / resolved, so the late rate = late / resolved = 100 − on-time.
 * Online rate = online / received.
 */
function derive2020(figures: Figures): DerivedMetrics {
  const resolved = sum(figures.approved, figures.rejected);
  const resolvedLate = sum(figures.approvedLate, figures.rejectedLate);
  return {
    resolved,
    resolvedLate,
    lateCount: resolvedLate,
    lateRate: percent(resolvedLate, resolved),
    onTimeRate: percent(difference(resolved, resolvedLate), resolved),
    onlineRate: percent(figures.online, figures.received),
    comparableLateRate: percent(resolvedLate, resolved),
  };
}

/**
 * 2022 (inventory §2.3): late = resolved-late + pending-late (the published "Hồ sơ trễ hạn" count),
 * over resolved + pending, not over received. On time = "Đúng hạn" / resolved (no early column).
 * Online rate = online / "Tổng số HS phát sinh" (its own base column).
 */
function derive2022(figures: Figures): DerivedMetrics {
  const resolved = figures.resolved ?? null;
  const resolvedLate = figures.resolvedLate ?? null;
  const lateCount = sum(resolvedLate, figures.pendingLate);
  return {
    resolved,
    resolvedLate,
    lateCount,
    lateRate: percent(lateCount, sum(resolved, figures.pending)),
    onTimeRate: percent(figures.resolvedOnTime, resolved),
    onlineRate: percent(figures.online, figures.onlineBase),
    comparableLateRate: percent(resolvedLate, resolved),
  };
}

const derivers: Record<string, (figures: Figures) => DerivedMetrics> = {
  '2017-Q1': derive2017,
  '2020': derive2020,
  '2022': derive2022,
};

/** The derived metrics of one row by its period's rule; all null for a period without statistics. */
export function deriveMetrics(periodId: PeriodId, figures: Figures): DerivedMetrics {
  const derive = derivers[periodId];
  return derive ? derive(figures) : { ...emptyMetrics };
}

type RateRecomputers = Partial<Record<RateKey, (figures: Figures) => number | null>>;

/**
 * The published rate columns, each recomputed by the definition its own report uses.
 * Note 2017's on-time column excludes early dossiers, unlike the dashboard's 2017 on-time metric.
 */
const publishedRateRules: Record<string, RateRecomputers> = {
  '2017-Q1': {
    resolvedRate: (f) => percent(f.resolved, f.received),
    earlyRate: (f) => percent(f.resolvedEarly, f.resolved),
    onTimeRate: (f) => percent(f.resolvedOnTime, f.resolved),
    lateRate: (f) => percent(f.resolvedLate, f.resolved),
    unresolvedRate: (f) => percent(f.unresolved, f.received),
  },
  '2020': {
    onTimeRate: (f) => {
      const resolved = sum(f.approved, f.rejected);
      return percent(difference(resolved, sum(f.approvedLate, f.rejectedLate)), resolved);
    },
    onlineRate: (f) => percent(f.online, f.received),
  },
  '2022': {
    lateRate: (f) => percent(f.lateTotal, sum(f.resolved, f.pending)),
    onlineRate: (f) => percent(f.online, f.onlineBase),
  },
};

/** Recomputes a printed rate column from the row's counts; null when the period does not publish that rate. */
export function recomputeRate(periodId: PeriodId, rate: RateKey, figures: Figures): number | null {
  const recompute = publishedRateRules[periodId]?.[rate];
  return recompute ? recompute(figures) : null;
}

/** One-line formulas shown in tooltips, Vietnamese then English. */
export const metricRuleText: Record<string, Period['metricRules']> = {
  '2017-Q1': {
    lateRate: {
      vi: 'Tỷ lệ trễ hạn = hồ sơ trễ hạn / hồ sơ đã giải quyết',
      en: 'Late rate = late dossiers / resolved dossiers',
    },
    onTimeRate: {
      vi: 'Tỷ lệ đúng hạn = (hồ sơ trước hạn + đúng hạn) / hồ sơ đã giải quyết',
      en: 'On-time rate = (early + on-time dossiers) / resolved dossiers',
    },
    onlineRate: {
      vi: 'Không công bố tỷ lệ trực tuyến; chỉ có số hồ sơ trực tuyến mức độ 3 trở lên',
      en: 'No online rate published; only a count of level-3+ online dossiers',
    },
  },
  '2020': {
    lateRate: {
      vi: 'Tỷ lệ trễ hạn = (trễ hạn đồng ý + trễ hạn từ chối) / (đồng ý + từ chối giải quyết) = 100% − tỷ lệ đúng hạn',
      en: 'Late rate = (approved late + rejected late) / (approved + rejected) = 100% − on-time rate',
    },
    onTimeRate: {
      vi: 'Tỷ lệ đúng hạn = (đã giải quyết − trễ hạn) / đã giải quyết, tính cả hồ sơ đồng ý và từ chối (gồm sớm hạn)',
      en: 'On-time rate = (resolved − late) / resolved, approved plus rejected (early included)',
    },
    onlineRate: {
      vi: 'Tỷ lệ trực tuyến = hồ sơ trực tuyến / hồ sơ đã nhận',
      en: 'Online rate = online dossiers / received dossiers',
    },
  },
  '2022': {
    lateRate: {
      vi: 'Tỷ lệ trễ hạn = (đã giải quyết trễ hạn + đang giải quyết trễ hạn) / (đã giải quyết + đang giải quyết)',
      en: 'Late rate = (resolved late + pending overdue) / (resolved + pending)',
    },
    onTimeRate: {
      vi: 'Tỷ lệ đúng hạn = hồ sơ giải quyết đúng hạn / hồ sơ đã giải quyết xong',
      en: 'On-time rate = dossiers resolved on time / resolved dossiers',
    },
    onlineRate: {
      vi: 'Tỷ lệ trực tuyến = hồ sơ trực tuyến / tổng số hồ sơ phát sinh',
      en: 'Online rate = online dossiers / dossiers arising ("Tổng số HS phát sinh")',
    },
  },
};
