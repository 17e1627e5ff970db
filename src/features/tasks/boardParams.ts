/**
 * The board's filters, grouping and view live in the URL so a filtered board
 * can be bookmarked and shared. Defaults are left out of the URL; unknown
 * values fall back to the default instead of failing. Every other search
 * parameter (`period` above all) is kept.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { unusedParams, type UnusedParam } from '@/domain/url/unusedParams';
import type { TypedNavigation } from '@/app/useUrlBoundText';
import { taskStatusSchema } from '@/domain/dataset/schema';
import { noTaskFilters, type AgencyRoleScope, type TaskFilters, type TaskGrouping } from '@/domain/tasks/board';

export type BoardView = 'board' | 'list';

export interface BoardParams extends TaskFilters {
  grouping: TaskGrouping;
  view: BoardView;
}

export const defaultBoardParams: BoardParams = { ...noTaskFilters, grouping: 'area', view: 'board' };

export const boardParamNames = {
  agency: 'agency',
  role: 'role',
  status: 'status',
  overdue: 'overdue',
  query: 'q',
  grouping: 'group',
  view: 'view',
} as const;

export const taskGroupings: readonly TaskGrouping[] = ['area', 'status', 'lead'];
export const boardViews: readonly BoardView[] = ['board', 'list'];
const roleScopes: readonly AgencyRoleScope[] = ['lead', 'any'];

function oneOf<Value extends string>(allowed: readonly Value[], raw: string | null, fallback: Value): Value {
  return allowed.find((value) => value === raw) ?? fallback;
}

export function readBoardParams(searchParams: URLSearchParams): BoardParams {
  const status = taskStatusSchema.safeParse(searchParams.get(boardParamNames.status));
  return {
    agencyIds: [...new Set(searchParams.getAll(boardParamNames.agency).filter((id) => id !== ''))],
    roleScope: oneOf(roleScopes, searchParams.get(boardParamNames.role), defaultBoardParams.roleScope),
    status: status.success ? status.data : null,
    overdueOnly: searchParams.get(boardParamNames.overdue) === '1',
    query: searchParams.get(boardParamNames.query) ?? '',
    grouping: oneOf(taskGroupings, searchParams.get(boardParamNames.grouping), defaultBoardParams.grouping),
    view: oneOf(boardViews, searchParams.get(boardParamNames.view), defaultBoardParams.view),
  };
}

/** The board's parameters whose values it does not know, and so ignores (an unknown agency stays listed instead). */
export function unusedBoardParams(searchParams: URLSearchParams): UnusedParam[] {
  const params = readBoardParams(searchParams);
  return unusedParams(searchParams, {
    [boardParamNames.role]: (value) => (params.roleScope === value ? value : null),
    [boardParamNames.status]: (value) => (params.status === value ? value : null),
    [boardParamNames.overdue]: (value) => (value === '1' ? value : null),
    [boardParamNames.grouping]: (value) => (params.grouping === value ? value : null),
    [boardParamNames.view]: (value) => (params.view === value ? value : null),
  });
}

/** The same search parameters with the board's replaced by `params` (defaults omitted). */
export function writeBoardParams(searchParams: URLSearchParams, params: BoardParams): URLSearchParams {
  const next = new URLSearchParams(searchParams);
  for (const name of Object.values(boardParamNames)) next.delete(name);
  for (const agencyId of params.agencyIds) next.append(boardParamNames.agency, agencyId);
  if (params.roleScope !== defaultBoardParams.roleScope) next.set(boardParamNames.role, params.roleScope);
  if (params.status !== null) next.set(boardParamNames.status, params.status);
  if (params.overdueOnly) next.set(boardParamNames.overdue, '1');
  if (params.query !== '') next.set(boardParamNames.query, params.query);
  if (params.grouping !== defaultBoardParams.grouping) next.set(boardParamNames.grouping, params.grouping);
  if (params.view !== defaultBoardParams.view) next.set(boardParamNames.view, params.view);
  return next;
}

/** True when any filter (not grouping or view) narrows the board. */
export function hasActiveFilters(params: BoardParams): boolean {
  return params.agencyIds.length > 0 || params.status !== null || params.overdueOnly || params.query.trim() !== '';
}

/** Changes the board's URL; `typed` marks a keystroke in the search box (see useUrlBoundText). */
export type UpdateBoardParams = (change: Partial<BoardParams>, typed?: TypedNavigation) => void;

export function useBoardParams(): [BoardParams, UpdateBoardParams, UnusedParam[]] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readBoardParams(searchParams), [searchParams]);
  const unused = useMemo(() => unusedBoardParams(searchParams), [searchParams]);
  const update = useCallback<UpdateBoardParams>(
    (change, typed) => {
      setSearchParams((current) => writeBoardParams(current, { ...readBoardParams(current), ...change }), {
        // Typing in the search box must not leave one history entry per keystroke.
        replace: typed?.replace ?? false,
        // A choice (status, agency, grouping, view) is drawn at once, not as a transition that yields and
        // paints in between; keystrokes stay transitions, so typing is never held up by the board.
        flushSync: typed === undefined,
        state: typed?.state,
      });
    },
    [setSearchParams],
  );
  return [params, update, unused];
}
