/**
 * The task whose detail is open lives in the URL (?task=), so a link opens
 * it for a colleague, and Back closes it as it closes any page.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

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

export function useOpenTaskParam() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { state, key } = useLocation();
  const navigate = useNavigate();
  const openTaskId = searchParams.get(openTaskParamName);
  /**
   * The entry already left, by a close or by the browser's Back, while the
   * router has yet to render where it went (it renders a Back as a
   * transition): a second close then (Escape and a click together, or Escape
   * during Back) must not go back once more.
   */
  const leftEntry = useRef<string | null>(null);
  useEffect(() => {
    const markLeft = () => {
      leftEntry.current = key;
    };
    window.addEventListener('popstate', markLeft);
    return () => window.removeEventListener('popstate', markLeft);
  }, [key]);

  const open = useCallback(
    (taskId: string) => {
      // A task the link named but the period lacks leaves its entry first: closing the task opened now must not bring back its notice.
      if (openTaskId !== null) setSearchParams((current) => withOpenTask(current, null), { replace: true, flushSync: true });
      const openedOnBoard: OpenedOnBoard = { openedOnBoard: true };
      setSearchParams((current) => withOpenTask(current, taskId), { flushSync: true, state: openedOnBoard });
    },
    [openTaskId, setSearchParams],
  );

  const close = useCallback(() => {
    if (leftEntry.current === key) return;
    leftEntry.current = key;
    // Opened here, it closes by going back, so that Forward opens it again, as it would any page.
    if (isOpenedOnBoard(state)) void navigate(-1);
    else setSearchParams((current) => withOpenTask(current, null), { replace: true, flushSync: true });
  }, [key, state, navigate, setSearchParams]);

  return { openTaskId, open, close };
}
