/**
 * The task whose detail is open lives in the URL (?task=), so a link opens
 * it for a colleague, and Back closes it as it closes any page.
 */
import { useCallback } from 'react';
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
  const { state } = useLocation();
  const navigate = useNavigate();
  const openTaskId = searchParams.get(openTaskParamName);

  const open = useCallback(
    (taskId: string) => {
      const openedOnBoard: OpenedOnBoard = { openedOnBoard: true };
      setSearchParams((current) => withOpenTask(current, taskId), { flushSync: true, state: openedOnBoard });
    },
    [setSearchParams],
  );

  const close = useCallback(() => {
    // Opened here, it closes by going back, so that Forward opens it again, as it would any page.
    if (isOpenedOnBoard(state)) void navigate(-1);
    else setSearchParams((current) => withOpenTask(current, null), { replace: true, flushSync: true });
  }, [state, navigate, setSearchParams]);

  return { openTaskId, open, close };
}
