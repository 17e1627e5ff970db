/**
 * Headless Chromium (Debian's /usr/bin/chromium driven by playwright-core)
 * with a page that records every console error and uncaught exception, so a
 * journey fails on any of them.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  problems: string[];
  /** Throws listing every problem, if any. */
  assertNoProblems: () => void;
  close: () => Promise<void>;
}

export interface WatchOptions {
  /** Console errors that are the expected consequence of the scenario (e.g. refused connections to a dead API). */
  expectedConsoleErrors?: RegExp[];
  viewport?: { width: number; height: number };
  locale?: string;
}

/** A fresh context (empty localStorage) and page, watched for errors. */
export async function openWatchedPage(browser: Browser, options: WatchOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'vi-VN',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const expected = options.expectedConsoleErrors ?? [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (expected.some((pattern) => pattern.test(text))) return;
    problems.push(`console error on ${page.url()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught error on ${page.url()}: ${error.stack ?? error.message}`));
  return {
    page,
    context,
    problems,
    assertNoProblems: () => {
      if (problems.length > 0) throw new Error(`The page reported ${problems.length} problem(s):\n${problems.join('\n')}`);
    },
    close: () => context.close(),
  };
}
