import type { Browser, Page } from 'playwright-core';
import { openWatchedPage, type WatchOptions } from './browser';

/** Runs `journey` in a fresh watched page and fails it on any console error or uncaught exception. */
export async function inPage(browser: Browser, journey: (page: Page) => Promise<void>, options?: WatchOptions): Promise<void> {
  const watched = await openWatchedPage(browser, options);
  try {
    await journey(watched.page);
    watched.assertNoProblems();
  } finally {
    await watched.close();
  }
}

/** Waits until no skeleton is left (every query on the page settled). */
export async function waitForSettled(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[role="status"][aria-busy="true"]') === null, undefined, { timeout });
}

/** The text of the main region, whitespace collapsed. */
export async function mainText(page: Page): Promise<string> {
  return ((await page.locator('main').innerText()) ?? '').replace(/\s+/g, ' ').trim();
}
