/**
 * The task whose detail is open lives in the URL (?task=), so a link opens
 * it for a colleague, and Back closes it as it closes any page.
 */
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';

const openTaskParamName = 'task';

/** The history state of the entry that opening a task on the board adds. */
interface OpenedOnBoard {
  openedOnBoard: true;
}

function isOpenedOnBoard(state: unknown): state is OpenedOnBoard {
  return typeof state === 'object' && state !== null && 'openedOnBoard' in state && state.openedOnBoard === true;
}

function withOpenTask(searchParams: URLSearchParams, taskId: string | null): URLSearchParams {
  const next = new URLSearchParams(searchParams);
  if (taskId === null) next.delete(openTaskParamName);
  else next.set(openTaskParamName, taskId);
  return next;
}

/**
 * The open task, and how to open and close one. `open` and `close` keep
 * their identity across navigations (they read the address as it is when
 * called), so the board's cards, which take `open`, do not all redraw on
 * each change of a filter.
 */
export function useOpenTaskParam() {
  const location = useLocation();
  const navigate = useNavigate();
  const openTaskId = new URLSearchParams(location.search).get(openTaskParamName);
  const current = useRef(location);
  useLayoutEffect(() => {
    current.current = location;
  }, [location]);
  /**
   * The entry already left, by a close or by the browser's Back, while the
   * router has yet to render where it went (it renders a Back as a
   * transition): a second close then (Escape and a click together, or Escape
   * during Back) must not go back once more.
   */
  const leftEntry = useRef<string | null>(null);
  useEffect(() => {
    const markLeft = () => {
      leftEntry.current = current.current.key;
    };
    window.addEventListener('popstate', markLeft);
    return () => window.removeEventListener('popstate', markLeft);
  }, []);

  const open = useCallback(
    (taskId: string) => {
      const search = new URLSearchParams(current.current.search);
      // A task the link named but the period lacks leaves its entry first: closing the task opened now must not bring back its notice.
      if (search.has(openTaskParamName)) void navigate({ search: `?${withOpenTask(search, null)}` }, { replace: true, flushSync: true });
      const openedOnBoard: OpenedOnBoard = { openedOnBoard: true };
      void navigate({ search: `?${withOpenTask(search, taskId)}` }, { flushSync: true, state: openedOnBoard });
    },
    [navigate],
  );

  const close = useCallback(() => {
    const { key, state, search } = current.current;
    if (leftEntry.current === key) return;
    leftEntry.current = key;
    // Opened here, it closes by going back, so that Forward opens it again, as it would any page.
    if (isOpenedOnBoard(state)) void navigate(-1);
    else void navigate({ search: `?${withOpenTask(new URLSearchParams(search), null)}` }, { replace: true, flushSync: true });
  }, [navigate]);

  return { openTaskId, open, close };
}
