import { useEffect, useRef, useState } from 'react';

/**
 * The text of a box whose value lives in the URL. The box keeps its own text,
 * so typing never waits on the router: a controlled input fed from the URL is
 * reset to the old value after each keystroke until the router's update has
 * rendered (it renders in a transition), and a fast typist or a Vietnamese
 * input method (which replaces letters in quick bursts) loses characters.
 * The URL follows as you type, and a change made elsewhere (clearing the
 * filters, going back) flows back into the box.
 */
export function useUrlBoundText(urlValue: string, onChange: (value: string) => void): [string, (value: string) => void] {
  const [text, setText] = useState(urlValue);
  /** Values typed here that the URL has not caught up with yet, oldest first. */
  const inFlight = useRef<string[]>([]);
  useEffect(() => {
    const arrived = inFlight.current.indexOf(urlValue);
    if (arrived >= 0) {
      inFlight.current = inFlight.current.slice(arrived + 1);
      return;
    }
    inFlight.current = [];
    setText(urlValue);
  }, [urlValue]);
  const change = (value: string) => {
    setText(value);
    inFlight.current.push(value);
    onChange(value);
  };
  return [text, change];
}
