import { useLayoutEffect, useState, type RefObject } from 'react';

/** Used when the container has no measurable width (jsdom, a hidden tab): the chart still renders at a fixed size. */
export const fallbackChartWidth = 640;
/** Narrowest a chart gets; fits a 360 px phone inside the page padding. */
export const minChartWidth = 280;

/**
 * The width a chart should take in its container, measured before the first
 * paint (so a phone never sees the chart at the fallback width) and again on
 * every resize.
 */
export function useChartWidth(ref: RefObject<HTMLElement | null>): number {
  const [measured, setMeasured] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setMeasured(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) setMeasured(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return measured > 0 ? Math.max(measured, minChartWidth) : fallbackChartWidth;
}
