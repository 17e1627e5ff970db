/**
 * Runs `task` once the browser has nothing more urgent to do (after the
 * current render has painted), or within `timeoutMs` at the latest. Safari has
 * no requestIdleCallback; a timer is the closest it offers. Returns the
 * cancel function, so it can be an effect's clean-up.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 1);
  return () => clearTimeout(handle);
}
