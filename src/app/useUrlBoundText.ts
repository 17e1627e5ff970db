import { useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/** The history state of a navigation a box makes as you type: which box, which keystroke. */
export interface TypedNavigationState {
  typedBy: string;
  keystroke: number;
}

/** How to navigate for a keystroke: with its state, and replacing the entry an earlier keystroke of the same search made. */
export interface TypedNavigation {
  state: TypedNavigationState;
  replace: boolean;
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
 * The first keystroke of a search adds a history entry and the next ones
 * replace it: Back returns to the view before the search, not before the
 * choice made ahead of it.
 */
export function useUrlBoundText(
  urlValue: string,
  onChange: (value: string, navigation: TypedNavigation) => void,
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
    const replace = pending.current.length > 0 || keystrokeOf(location.state, box) !== null;
    keystrokes.current += 1;
    pending.current.push(keystrokes.current);
    onChange(value, { state: { typedBy: box, keystroke: keystrokes.current }, replace });
  };
  return [text, change];
}
