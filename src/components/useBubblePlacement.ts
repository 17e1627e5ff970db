import { useLayoutEffect, type RefObject } from 'react';

/** Room kept between a bubble and its anchor, and between a bubble and the edges of the window. */
const gap = 6;
const margin = 8;

interface Size {
  width: number;
  height: number;
}

/**
 * Where a bubble opens beside its anchor, inside the window: below it if it
 * fits there, else above it if it fits there, else as high as the window
 * allows; lined up with the anchor's start or end edge, moved in to stay on
 * screen.
 */
export function placeBubble(anchor: DOMRect, bubble: Size, edge: 'start' | 'end', window: Size): { top: number; left: number } {
  const lined = edge === 'start' ? anchor.left : anchor.right - bubble.width;
  const left = Math.max(margin, Math.min(lined, window.width - margin - bubble.width));
  if (anchor.bottom + gap + bubble.height <= window.height - margin) return { top: anchor.bottom + gap, left };
  if (anchor.top - gap - bubble.height >= margin) return { top: anchor.top - gap - bubble.height, left };
  return { top: margin, left };
}

/**
 * Keeps an open bubble (position: fixed) beside its anchor, following it as
 * the page or any scroll box scrolls and as the window resizes. Fixed to the
 * window rather than to its anchor, a bubble in a table that scrolls sideways
 * is neither cut off by the scroll box nor hidden under a sticky column.
 */
export function useBubblePlacement(
  open: boolean,
  anchorRef: RefObject<HTMLElement | null>,
  bubbleRef: RefObject<HTMLElement | null>,
  edge: 'start' | 'end',
) {
  useLayoutEffect(() => {
    if (!open) return;
    function place() {
      const anchor = anchorRef.current;
      const bubble = bubbleRef.current;
      if (!anchor || !bubble) return;
      const { width, height } = bubble.getBoundingClientRect();
      const { top, left } = placeBubble(anchor.getBoundingClientRect(), { width, height }, edge, {
        width: window.innerWidth,
        height: window.innerHeight,
      });
      bubble.style.top = `${top}px`;
      bubble.style.left = `${left}px`;
    }
    place();
    window.addEventListener('scroll', place, { capture: true, passive: true });
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
    };
  }, [open, anchorRef, bubbleRef, edge]);
}
