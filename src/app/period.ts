import { useCallback } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useApiClient } from '@/api/ApiProvider';
import { periodsQueryOptions } from '@/api/queries';
import type { Period, PeriodId } from '@/domain/dataset/schema';
import type { Lang } from '@/domain/format';

/** The search parameter that carries the selected period on every page. */
export const PERIOD_PARAM = 'period';

/** The period's name in the UI language ("Năm 2022" / "Year 2022"). */
export function periodLabel(period: Period, lang: Lang): string {
  return lang === 'vi' ? period.label : period.labelEn;
}

/** What a page needs a period to hold for its default: dossier statistics, a task table, or anything. */
export type PeriodNeed = 'statistics' | 'tasks' | 'any';

export function periodHolds(period: Period, need: PeriodNeed): boolean {
  return need === 'any' || period.holds[need];
}

/** The latest period holding what the page needs (periods come oldest → newest); the latest of all if none does. */
export function defaultPeriod(periods: readonly Period[], need: PeriodNeed): Period | undefined {
  return periods.findLast((period) => periodHolds(period, need)) ?? periods.at(-1);
}

/** The period a period's figures are compared with: the one it names as comparable, if that one holds statistics. */
export function comparablePeriod(period: Period, periods: readonly Period[]): Period | undefined {
  return periods.find((candidate) => candidate.id === period.previousComparableId && candidate.holds.statistics);
}

export interface ResolvedPeriod {
  /** The period named in the URL, or the page's default when the URL names none. */
  period: Period | undefined;
  /** The URL names a period that is not in the data. */
  unknownId: string | null;
}

export function resolvePeriod(periods: readonly Period[], requestedId: string | null, need: PeriodNeed): ResolvedPeriod {
  if (requestedId === null || requestedId === '') return { period: defaultPeriod(periods, need), unknownId: null };
  const requested = periods.find((period) => period.id === requestedId);
  return requested ? { period: requested, unknownId: null } : { period: undefined, unknownId: requestedId };
}

/** The same URL with another period, every other search parameter kept. */
export function withPeriod(searchParams: URLSearchParams, periodId: PeriodId): URLSearchParams {
  const next = new URLSearchParams(searchParams);
  next.set(PERIOD_PARAM, periodId);
  return next;
}

/** The reporting periods, oldest first. The layout loads them before any page renders, so this never waits. */
export function usePeriods(): Period[] {
  const client = useApiClient();
  return useSuspenseQuery(periodsQueryOptions(client)).data.periods;
}

export interface PeriodParam {
  periodId: PeriodId;
  period: Period;
  periods: Period[];
  /** Switches the period, keeping the path and every other search parameter. */
  setPeriod: (periodId: PeriodId) => void;
}

/**
 * The page's period: `?period=` when given, else the latest period holding
 * what the page needs (`/tasks` → the latest with a task table).
 * The layout shows its own message for an unknown `?period=` and never renders
 * the page then, so a page always gets a real period.
 */
export function usePeriodParam(need: PeriodNeed): PeriodParam {
  const periods = usePeriods();
  const [searchParams, setSearchParams] = useSearchParams();
  const { period } = resolvePeriod(periods, searchParams.get(PERIOD_PARAM), need);
  const fallback = period ?? defaultPeriod(periods, need);
  if (fallback === undefined) throw new Error('The data server lists no reporting period.');
  const setPeriod = useCallback(
    (periodId: PeriodId) => setSearchParams((current) => withPeriod(current, periodId)),
    [setSearchParams],
  );
  return { periodId: fallback.id, period: fallback, periods, setPeriod };
}
