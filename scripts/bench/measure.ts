/**
 * The measurements, each in fresh headless Chromium contexts (empty cache and
 * storage): JavaScript loaded per route, Largest Contentful Paint under CPU
 * throttling, and interaction latency from the input event to the paint
 * after the DOM has settled (see pageProbe.ts).
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { responseValidatedMark } from '@/api/client';
import type { BenchBuild, ChunkInfo, ChunkKind } from './build';
import { pageProbeSource, type LcpEntry, type ProbeResult, type Until } from './pageProbe';

interface ProbeWindow {
  __bench: { arm: (event: string | null, until: Until) => void; result: ProbeResult | null; lcp: LcpEntry | null };
}

/** A missing element or a page error: the message says which page and which element, for a page still being built. */
export class BenchError extends Error {
  override name = 'BenchError';
}

export interface ProbedPage {
  page: Page;
  context: BrowserContext;
  close: () => Promise<void>;
}

/** A fresh context whose pages run the probe first; uncaught page errors abort the measurement. */
export async function openProbedPage(browser: Browser, options: { armAtStart?: Until; cpuThrottling?: number } = {}): Promise<ProbedPage> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
  await context.addInitScript({ content: pageProbeSource });
  if (options.armAtStart) await context.addInitScript({ content: `window.__bench.arm(null, ${JSON.stringify(options.armAtStart)});` });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  if (options.cpuThrottling !== undefined && options.cpuThrottling !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottling });
  }
  return {
    page,
    context,
    close: async () => {
      await context.close();
      if (pageErrors.length > 0) throw new BenchError(`the page threw: ${pageErrors.join(' | ')}`);
    },
  };
}

/** Waits for an element the measurement needs; a clear error naming it when the page does not have it. */
export async function need(locator: Locator, what: string, timeout = 30_000): Promise<Locator> {
  const first = locator.first();
  try {
    await first.waitFor({ state: 'visible', timeout });
  } catch {
    throw new BenchError(`missing ${what} on ${first.page().url()} (looked for ${String(locator)})`);
  }
  return first;
}

/** No loading skeleton left: every query of the page has settled. */
export async function settled(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[role="status"][aria-busy="true"]') === null, undefined, { timeout, polling: 100 });
}

async function probeResult(page: Page, what: string): Promise<ProbeResult> {
  const handle = await page.waitForFunction(() => (window as unknown as ProbeWindow).__bench.result, undefined, { timeout: 60_000, polling: 100 });
  const result = (await handle.jsonValue()) as ProbeResult;
  if (result.error !== null) throw new BenchError(`${what} on ${page.url()}: ${result.error}`);
  return result;
}

/** Marks an element so the page probe can find it by `[data-bench="<name>"]`. */
export async function tag(locator: Locator, name: string): Promise<string> {
  await locator.evaluate((element, value) => element.setAttribute('data-bench', value), name);
  return `[data-bench="${name}"]`;
}

/** Milliseconds from the `event` that `act` causes to the paint after the page has settled into `until`. */
export async function timeInteraction(page: Page, what: string, event: string, until: Until, act: () => Promise<void>): Promise<number> {
  // Let earlier work (deferred renders, measurements of a virtual list) finish first.
  await page.waitForTimeout(250);
  await page.evaluate(([eventType, condition]) => (window as unknown as ProbeWindow).__bench.arm(eventType, condition), [event, until] as const);
  await act();
  const result = await probeResult(page, what);
  return result.end - result.start;
}

/** The page-load measurement armed with `armAtStart`: the after-paint time, from navigation start, once it settled. */
export async function loadSettledAt(page: Page, what: string): Promise<number> {
  return (await probeResult(page, what)).end;
}

/** When the last of the responses whose URL matches one of `urls` had fully arrived (Resource Timing, page clock). */
export async function responsesEndAt(page: Page, urls: readonly string[]): Promise<number> {
  const ends = await page.evaluate(
    (names) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => names.includes(entry.name))
        .map((entry) => (entry as PerformanceResourceTiming).responseEnd),
    [...urls],
  );
  if (ends.length < urls.length) throw new BenchError(`expected responses for ${urls.join(', ')}, saw ${ends.length}`);
  return Math.max(...ends);
}

/**
 * When the first and the last of the responses for `paths` had passed the client's schema check
 * (the client's User Timing marks, page clock), and which path was checked last.
 */
export async function responsesValidatedAt(page: Page, paths: readonly string[]): Promise<{ first: number; last: number; lastPath: string }> {
  const marks = await page.evaluate(
    (markName) => performance.getEntriesByName(markName, 'mark').map((mark) => [(mark as PerformanceMark).detail as string, mark.startTime] as const),
    responseValidatedMark,
  );
  const times = paths.map((path) => {
    const checked = marks.filter(([detail]) => detail === path).map(([, time]) => time);
    if (checked.length === 0) throw new BenchError(`expected the client to mark ${path} as validated, saw ${marks.map(([detail]) => detail).join(', ') || 'no mark'}`);
    return { path, time: Math.max(...checked) };
  });
  const byTime = times.sort((a, b) => a.time - b.time);
  const first = byTime[0];
  const last = byTime.at(-1);
  if (!first || !last) throw new BenchError('expected at least one response path');
  return { first: first.time, last: last.time, lastPath: last.path };
}

export interface RouteJs {
  route: string;
  gzip: Record<ChunkKind, number>;
  chunks: ChunkInfo[];
}

/** The JavaScript a route loads until it has settled, from a cold cache, classified by chunk kind. */
export async function measureRouteJs(browser: Browser, baseUrl: string, build: BenchBuild, route: string): Promise<RouteJs> {
  const byFile = new Map(build.chunks.map((chunk) => [chunk.fileName, chunk]));
  const probed = await openProbedPage(browser);
  const loaded = new Set<string>();
  probed.page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js')) loaded.add(pathname.replace(/^\//, ''));
  });
  try {
    await probed.page.goto(`${baseUrl}${route}`);
    await need(probed.page.getByRole('heading', { level: 1 }), `the page heading of ${route}`);
    await settled(probed.page);
    await probed.page.waitForTimeout(500);
  } finally {
    await probed.close();
  }
  const chunks = [...loaded].map((file) => {
    const chunk = byFile.get(file);
    if (chunk === undefined) throw new BenchError(`${route} loaded ${file}, which the build did not emit`);
    return chunk;
  });
  const gzip: Record<ChunkKind, number> = { app: 0, charts: 0, mock: 0, data: 0 };
  for (const chunk of chunks) gzip[chunk.kind] += chunk.gzipBytes;
  return { route, gzip, chunks };
}

export interface LcpSample {
  ms: number;
  element: string;
  /** First Contentful Paint of the same load: the shell, before any data. */
  fcpMs: number;
}

/** Largest Contentful Paint of `route` from a cold cache with the CPU slowed `cpuThrottling` times. */
export async function measureLcp(browser: Browser, baseUrl: string, route: string, cpuThrottling: number): Promise<LcpSample> {
  const probed = await openProbedPage(browser, { cpuThrottling });
  try {
    await probed.page.goto(`${baseUrl}${route}`);
    await need(probed.page.getByRole('heading', { level: 1 }), `the page heading of ${route}`);
    await settled(probed.page);
    // LCP stops at the first input; until then a later, larger paint may still replace it.
    await probed.page.waitForTimeout(1000);
    const { lcp, fcp } = await probed.page.evaluate(() => ({
      lcp: (window as unknown as ProbeWindow).__bench.lcp,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    }));
    if (lcp === null || lcp.startTime < 0) throw new BenchError(`no LCP entry on ${route}${lcp ? `: ${lcp.element}` : ''}`);
    return { ms: lcp.startTime, element: lcp.element, fcpMs: fcp };
  } finally {
    await probed.close();
  }
}
