import type { ReactNode } from 'react';

/**
 * A box whose table may scroll sideways on a narrow screen. It takes focus and
 * carries a name so a keyboard user can reach and scroll it (axe:
 * scrollable-region-focusable).
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `table-scroll ${className}` : 'table-scroll'} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
