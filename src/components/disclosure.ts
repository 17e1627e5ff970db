import type { KeyboardEvent } from 'react';

/** Escape closes an open <details> and gives the focus back to its summary, as it closes a menu or a popover. */
export function closeDisclosureOnEscape(event: KeyboardEvent<HTMLDetailsElement>): void {
  const details = event.currentTarget;
  if (event.key !== 'Escape' || !details.open) return;
  event.preventDefault();
  details.open = false;
  details.querySelector<HTMLElement>(':scope > summary')?.focus();
}
