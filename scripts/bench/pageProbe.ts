/**
 * Code the benchmark installs in every page before the app starts (as plain
 * JavaScript text, so the TypeScript transpiler's helpers never end up in
 * the page). It records Largest Contentful Paint, and times one interaction
 * at a time: from the input event until the DOM has settled and painted.
 */

/** What ends a measurement: an element appearing, or a value of an element changing. */
export type Until =
  | { kind: 'exists'; selector: string }
  | { kind: 'changed'; selector: string; attribute: string | null };

export interface ProbeResult {
  /** performance.now() of the input event (its timeStamp), or 0 for a measurement from page load. */
  start: number;
  /** After-paint time of the last frame that changed the DOM once the condition held. */
  end: number;
  error: string | null;
}

export interface LcpEntry {
  startTime: number;
  element: string;
}

/**
 * window.__bench.arm(eventType | null, until): the next `eventType` event
 * (captured on window) starts the clock; the clock stops at the paint after
 * the last DOM change, once `until` holds and the DOM has been still for
 * three frames. window.__bench.result holds the outcome.
 */
export const pageProbeSource = String.raw`
(() => {
  const quietFrames = 3;
  const giveUpAfterMs = 20000;
  const bench = { result: null, lcp: null, lastMutation: 0 };
  window.__bench = bench;

  new MutationObserver(() => { bench.lastMutation = performance.now(); })
    .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const element = entry.element;
        const text = element ? (element.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60) : '';
        bench.lcp = {
          startTime: entry.startTime,
          element: element ? element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ')[0] : '') + (text ? ' «' + text + '»' : '') : '(removed)',
        };
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch (error) {
    bench.lcp = { startTime: -1, element: 'LCP unsupported: ' + error };
  }

  function valueOf(until) {
    const element = document.querySelector(until.selector);
    if (!element) return null;
    return until.attribute === null ? element.textContent : element.getAttribute(until.attribute);
  }

  bench.arm = (eventType, until) => {
    const before = until.kind === 'changed' ? valueOf(until) : null;
    if (until.kind === 'changed' && before === null) throw new Error('nothing matches ' + until.selector);
    const outcome = { start: 0, end: 0, error: null };
    bench.result = null;

    function holds() {
      if (until.kind === 'exists') return document.querySelector(until.selector) !== null;
      const now = valueOf(until);
      return now !== null && now !== before;
    }

    function watch() {
      const startedAt = performance.now();
      let metAt = null;
      let still = 0;
      let lastSeenMutation = bench.lastMutation;
      let lastChangedFrameEnd = 0;
      function frame(frameTime) {
        if (performance.now() - startedAt > giveUpAfterMs) {
          outcome.error = 'after ' + giveUpAfterMs + ' ms: ' + (metAt === null ? 'condition never held (' + JSON.stringify(until) + ')' : 'the DOM never settled');
          bench.result = outcome;
          return;
        }
        const changed = bench.lastMutation !== lastSeenMutation;
        lastSeenMutation = bench.lastMutation;
        if (metAt === null && holds()) metAt = frameTime;
        if (changed || lastChangedFrameEnd === 0) {
          still = 0;
          // The frame now starting paints the DOM as it is; the task after it runs once it is on screen.
          setTimeout(() => { lastChangedFrameEnd = performance.now(); }, 0);
        } else {
          still += 1;
        }
        if (metAt !== null && still >= quietFrames && lastChangedFrameEnd > 0) {
          outcome.end = lastChangedFrameEnd;
          bench.result = outcome;
          return;
        }
        requestAnimationFrame(frame);
      }
      requestAnimationFrame(frame);
    }

    if (eventType === null) {
      watch();
      return;
    }
    window.addEventListener(eventType, (event) => {
      outcome.start = Math.min(event.timeStamp, performance.now());
      watch();
    }, { capture: true, once: true });
  };
})();
`;
