import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * False while a page is drawn at build time and while the browser hydrates
 * that markup, true in every later render and in a page drawn only in the
 * browser. What depends on the window waits for it, so the hydrating render
 * draws what the build drew.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
