import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { unusedParams } from '@/domain/url/unusedParams';
import type { TypedNavigationState } from '@/app/useUrlBoundText';
import { formatSortParam, levelHasDistricts, parseSortParam, type AgencyTableModel, type SortKey } from '@/domain/agencies/table';
import type { StatisticsLevel } from '@/domain/dataset/schema';

/** Search parameters of /agencies; `period` belongs to the shell. */
export const viewParams = { level: 'level', district: 'district', search: 'q', sort: 'sort', groups: 'groups' } as const;

export interface AgencyViewState {
  level: StatisticsLevel | null;
  districtId: string | null;
  search: string;
  sorting: SortKey[];
  grouped: boolean;
}

export type AgencyViewChange = Partial<AgencyViewState>;

/**
 * The table's view (filters, search, sort, groups) lives in the URL, so a
 * view can be bookmarked, shared and restored with Back. Values the period
 * does not have (a level or district it lacks, an unknown column) are ignored,
 * and so is a district where the level has none; `unused` lists them.
 */
export function useAgencyViewState(model: AgencyTableModel, columnIds: ReadonlySet<string>) {
  const [searchParams, setSearchParams] = useSearchParams();

  const state = useMemo<AgencyViewState>(() => {
    const rawLevel = searchParams.get(viewParams.level);
    const level = model.levels.find((candidate) => candidate === rawLevel) ?? null;
    const rawDistrict = searchParams.get(viewParams.district);
    // A district kept in the address from another level would empty the table with no control to undo it.
    const districtId = levelHasDistricts(level) ? (model.districts.find((district) => district.id === rawDistrict)?.id ?? null) : null;
    return {
      level,
      districtId,
      search: searchParams.get(viewParams.search) ?? '',
      sorting: parseSortParam(searchParams.get(viewParams.sort), columnIds),
      grouped: searchParams.get(viewParams.groups) === '1',
    };
  }, [searchParams, model, columnIds]);

  const unused = useMemo(
    () =>
      unusedParams(searchParams, {
        [viewParams.level]: (value) => (state.level === value ? value : null),
        [viewParams.district]: (value) => (state.districtId === value ? value : null),
        [viewParams.sort]: () => formatSortParam(state.sorting),
        [viewParams.groups]: (value) => (value === '1' ? value : null),
      }),
    [searchParams, state],
  );

  /**
   * A keystroke in the search box (`state` given, see useUrlBoundText) stays
   * a transition, so keys are never held up by the table, and replaces the
   * history entry when useUrlBoundText says so. A choice (sort, level,
   * district, groups) is drawn at once instead of as a transition that yields
   * and paints in between.
   */
  const update = useCallback(
    (change: AgencyViewChange, options: { replace?: boolean; state?: TypedNavigationState } = {}) => {
      const typing = options.state !== undefined;
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          const write = (name: string, value: string | null) => {
            if (value === null || value === '') next.delete(name);
            else next.set(name, value);
          };
          if ('level' in change) write(viewParams.level, change.level ?? null);
          if ('districtId' in change) write(viewParams.district, change.districtId ?? null);
          if ('search' in change) write(viewParams.search, change.search ?? null);
          if ('sorting' in change) write(viewParams.sort, formatSortParam(change.sorting ?? []));
          if ('grouped' in change) write(viewParams.groups, change.grouped ? '1' : null);
          return next;
        },
        { replace: options.replace ?? false, flushSync: !typing, state: options.state },
      );
    },
    [setSearchParams],
  );

  return { state, update, unused };
}
