import { useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/** The history state of a navigation a box makes as you type: which box, which keystroke. */
export interface TypedNavigationState {
  typedBy: string;
  keystroke: number;
}

function keystrokeOf(state: unknown, box: string): number | null {
  if (typeof state !== 'object' || state === null || !('typedBy' in state) || !('keystroke' in state)) return null;
  return state.typedBy === box && typeof state.keystroke === 'number' ? state.keystroke : null;
}

/**
 * The text of a box whose value lives in the URL. The box keeps its own text,
 * so typing never waits on the router: a controlled input fed from the URL is
 * reset to the old value after each keystroke until the router's update has
 * rendered (it renders in a transition), and a fast typist or a Vietnamese
 * input method (which replaces letters in quick bursts) loses characters.
 * The URL follows as you type, and a change made elsewhere (clearing the
 * filters, going back) flows back into the box.
 *
 * Each keystroke's navigation carries `TypedNavigationState` (pass it to the
 * router with the URL change), so the box knows its own navigations when they
 * render, even when a value repeats ("a", "", "a") or the router skips some.
 */
export function useUrlBoundText(
  urlValue: string,
  onChange: (value: string, state: TypedNavigationState) => void,
): [string, (value: string) => void] {
  const box = useId();
  const location = useLocation();
  const [text, setText] = useState(urlValue);
  /** Keystrokes whose navigations have not rendered yet, oldest first. */
  const pending = useRef<number[]>([]);
  const keystrokes = useRef(0);
  useEffect(() => {
    const keystroke = keystrokeOf(location.state, box);
    const arrived = keystroke === null ? -1 : pending.current.indexOf(keystroke);
    if (arrived >= 0) {
      // The box is at this keystroke or past it; any skipped before it will not render.
      pending.current = pending.current.slice(arrived + 1);
      return;
    }
    pending.current = [];
    setText(urlValue);
  }, [location, urlValue, box]);
  const change = (value: string) => {
    setText(value);
    keystrokes.current += 1;
    pending.current.push(keystrokes.current);
    onChange(value, { typedBy: box, keystroke: keystrokes.current });
  };
  return [text, change];
}
