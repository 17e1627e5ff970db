/**
 * Pages drawn at build time (scripts/prerender.ts): the HTML of `/`,
 * `/agencies`, `/tasks` and `/data` already holds the page, the browser hydrates that markup rather
 * than drawing it again, and any other view (a query string, a trailing slash,
 * a saved language) is drawn afresh without showing the build's markup first;
 * every other address gets the bare app.
 * Run after `npm run build`: node --import tsx --test tests/e2e/prerender.e2e.ts
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { inPage, waitForSettled } from './support/journey';
import { useProductionApp } from './support/productionApp';
import { languageInitScript } from './support/qualityRoutes';
import { inlineScriptTags } from './support/markup';
import { inlineStyleAttribute } from '../../scripts/prerender';

const app = useProductionApp();

/**
 * Records, from before the first byte is parsed, whether the build's heading
 * was ever on screen and whether an h1 element was ever taken out of the page
 * (what a fresh draw over the markup would do).
 */
const markupWatcher = `
  window.__markup = { removedHeadings: 0, buildHeadingShown: false, firstStylesheets: [], firstTitle: '' };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.removedNodes) {
        if (node.nodeType === 1 && (node.matches('h1') || node.querySelector('h1'))) window.__markup.removedHeadings++;
      }
    }
  }).observe(document, { childList: true, subtree: true });
  // "interactive": the HTML is parsed and no module script has run yet, so #root holds what the build drew.
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    window.__markup.firstStylesheets = [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.href);
    window.__markup.firstTitle = document.title;
    const root = document.getElementById('root');
    const heading = root && root.querySelector('h1');
    if (!heading) return;
    // Shown means painted, and painting happens in frames, which wait for the stylesheets that hide a stale
    // page: look in each frame until the build's heading has left the page. (Its style read before the
    // stylesheets have arrived would say visible on a slow machine, though nothing is painted yet.)
    const look = () => {
      if (!heading.isConnected) return;
      if (getComputedStyle(root).visibility === 'visible') {
        window.__markup.buildHeadingShown = true;
        return;
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
`;

interface MarkupRecord {
  removedHeadings: number;
  buildHeadingShown: boolean;
  /** Stylesheets the page added after its HTML: styles the markup was first painted without. */
  lateStylesheets: string[];
  /** Whether the HTML already named the page as the live page does. */
  titleKept: boolean;
}

async function openWatched(page: Page, path: string): Promise<MarkupRecord> {
  await page.context().addInitScript({ content: markupWatcher });
  await page.goto(`${app.url}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await waitForSettled(page);
  return page.evaluate(() => {
    const { removedHeadings, buildHeadingShown, firstStylesheets, firstTitle } = (
      window as unknown as {
        __markup: { removedHeadings: number; buildHeadingShown: boolean; firstStylesheets: string[]; firstTitle: string };
      }
    ).__markup;
    const stylesheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href);
    return {
      removedHeadings,
      buildHeadingShown,
      lateStylesheets: stylesheets.filter((href) => !firstStylesheets.includes(href)),
      titleKept: firstTitle === document.title,
    };
  });
}

const hydratedInPlace: MarkupRecord = { removedHeadings: 0, buildHeadingShown: true, lateStylesheets: [], titleKept: true };

async function htmlOf(path: string): Promise<string> {
  const response = await fetch(`${app.url}${path}`);
  assert.equal(response.status, 200);
  return response.text();
}

describe('pages drawn at build time', () => {
  test('the HTML of /, /agencies, /tasks and /data holds the page, with no inline script or style', async () => {
    const pages = [
      { path: '/', heading: 'Tổng quan Năm 2022', figure: />633\.464</ },
      { path: '/agencies', heading: 'Cơ quan, đơn vị: Năm 2022', figure: />571</ },
      { path: '/tasks', heading: 'Nhiệm vụ', figure: /ngày báo cáo \(24\/02\/2023\)/ },
      { path: '/data', heading: 'Chất lượng dữ liệu', figure: />1\.064</ },
    ];
    for (const { path, heading, figure } of pages) {
      const html = await htmlOf(path);
      assert.match(html, new RegExp(`<h1[^>]*>${heading}`), `the heading in the HTML of ${path}`);
      assert.match(html, figure, `a figure in the HTML of ${path}`);
      assert.deepEqual(inlineScriptTags(html), [], `an inline script in ${path} would break under the CSP`);
      assert.doesNotMatch(html, inlineStyleAttribute, `an inline style in ${path} would be blocked by the CSP`);
    }
    // The status bars are sized by SVG attributes, so the drawn task board shows them before any script has run.
    assert.match(await htmlOf('/tasks'), /<rect class="status-progress__segment task-status--\w+" x="0%" width="[\d.]+%" height="100%"/);
  });

  test('every other address gets the bare app, not a drawn page to throw away', async () => {
    for (const path of ['/trends', '/agencies/so-tu-phap', '/khong-co-trang-nay']) {
      const html = await htmlOf(path);
      assert.match(html, /<div id="root"><\/div>/, `the HTML of ${path}`);
      assert.doesNotMatch(html, /cchc-prerendered/, `the HTML of ${path}`);
    }
  });

  test('/ is hydrated, not drawn again, and then works as a single-page app', async () => {
    await inPage(app.browser, async (page) => {
      const markup = await openWatched(page, '/');
      assert.deepEqual(markup, hydratedInPlace);
      await page.getByRole('navigation').getByRole('link', { name: 'Cơ quan, đơn vị' }).click();
      await page.getByRole('heading', { level: 1, name: 'Cơ quan, đơn vị: Năm 2022' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/agencies');
    });
  });

  test('/agencies is hydrated and sorts by late rate', async () => {
    await inPage(app.browser, async (page) => {
      const markup = await openWatched(page, '/agencies');
      assert.deepEqual(markup, hydratedInPlace);
      await page.getByRole('button', { name: /^Tỷ lệ trễ hạn/ }).first().click();
      await page.waitForURL(/sort=/);
      assert.notEqual(await page.locator('th[aria-sort="descending"], th[aria-sort="ascending"]').count(), 0);
    });
  });

  test('/tasks is hydrated and filters by status', async () => {
    await inPage(app.browser, async (page) => {
      const markup = await openWatched(page, '/tasks');
      assert.deepEqual(markup, hydratedInPlace);
      await page.getByLabel('Trạng thái', { exact: true }).selectOption('done');
      await page.waitForURL(/status=done/);
    });
  });

  test('Vietnamese saved after switching back from English is the view the build drew', async () => {
    await inPage(app.browser, async (page) => {
      await page.context().addInitScript({ content: languageInitScript('vi') });
      assert.deepEqual(await openWatched(page, '/'), hydratedInPlace);
    });
  });

  test('/data is hydrated', async () => {
    await inPage(app.browser, async (page) => {
      assert.deepEqual(await openWatched(page, '/data'), hydratedInPlace);
    });
  });

  for (const { view, path, heading, initScript } of [
    { view: 'a query string', path: '/agencies?level=district', heading: /^Cơ quan, đơn vị: Năm 2022$/, initScript: '' },
    { view: 'another period', path: '/?period=2020', heading: /^Tổng quan Năm 2020$/, initScript: '' },
    { view: 'a trailing slash', path: '/agencies/', heading: /^Cơ quan, đơn vị: Năm 2022$/, initScript: '' },
    { view: 'a saved language', path: '/', heading: /^Overview: Year 2022$/, initScript: languageInitScript('en') },
  ]) {
    test(`${view} is drawn afresh, and the build's markup is never shown`, async () => {
      await inPage(app.browser, async (page) => {
        if (initScript) await page.context().addInitScript({ content: initScript });
        const markup = await openWatched(page, path);
        assert.equal(markup.buildHeadingShown, false);
        assert.match(await page.getByRole('heading', { level: 1 }).innerText(), heading);
        assert.equal(await page.locator('#root').evaluate((root) => getComputedStyle(root).visibility), 'visible');
      });
    });
  }
});
