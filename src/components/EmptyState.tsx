import type { ReactNode } from 'react';

/** Nothing to show, said plainly (never an empty box). */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children ? <div className="state__detail">{children}</div> : null}
    </div>
  );
}
