import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/**
 * Whether the box's content is wider than the box, measured whenever the box or
 * its content changes size (a ResizeObserver reports each as soon as it is
 * observed, after layout, so no layout is forced). Where it cannot be measured
 * (jsdom), the content is taken to overflow.
 */
function useOverflowsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(true);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    // A box holding the focus stays a tab stop when it stops scrolling (a phone turned), or the focus would drop to the page.
    const observer = new ResizeObserver(() => setOverflows(box.scrollWidth > box.clientWidth || document.activeElement === box));
    observer.observe(box);
    // The content can widen while the box keeps its width (a column shown). Every use holds one table
    // for the box's whole life, so the children are observed once.
    for (const child of box.children) observer.observe(child);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}

/**
 * A box whose table may scroll sideways on a narrow screen. While it does, it
 * takes focus and carries a name so a keyboard user can reach and scroll it
 * (axe: scrollable-region-focusable); while everything fits, it is neither a
 * tab stop nor a landmark that would only repeat the table's caption.
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const scrollable = useOverflowsSideways(ref);
  return (
    <div
      ref={ref}
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      {...(scrollable ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </div>
  );
}
