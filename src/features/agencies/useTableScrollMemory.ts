import { useLayoutEffect, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** Where the table's box was scrolled in each history entry of this visit. */
const scrollByEntry = new Map<string, { top: number; left: number }>();

/**
 * The table scrolls in its own box, which the browser does not restore: Back
 * from an agency opened from row 80 returned to row 1. The box's scroll is
 * kept per history entry and given back when Back or Forward returns to it.
 */
export function useTableScrollMemory(boxRef: RefObject<HTMLElement | null>) {
  const { key } = useLocation();
  const navigationType = useNavigationType();
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const saved = scrollByEntry.get(key);
    if (navigationType === 'POP' && saved) {
      box.scrollTop = saved.top;
      box.scrollLeft = saved.left;
    }
    const remember = () => scrollByEntry.set(key, { top: box.scrollTop, left: box.scrollLeft });
    box.addEventListener('scroll', remember, { passive: true });
    return () => box.removeEventListener('scroll', remember);
  }, [key, navigationType, boxRef]);
}
