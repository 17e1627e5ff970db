/**
 * Accessibility gate on the production build (dist/, embedded mock API):
 * axe-core on every route, in Vietnamese and in English, with no serious or
 * critical violation; <html lang> follows the language; keyboard focus moves
 * in document order and is always visible.
 * Run after `npx vite build`: node --import tsx --test tests/e2e/a11y.e2e.ts
 */
import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { inPage, waitForSettled } from './support/journey';
import { languageInitScript, qualityRoutes } from './support/qualityRoutes';
import { useProductionApp } from './support/productionApp';

const app = useProductionApp();

const languages = ['vi', 'en'] as const;
type Language = (typeof languages)[number];

/** WCAG 2.2 A and AA, plus axe's best practices (reported, gated only when serious or critical). */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function open(page: Page, lang: Language, path: string, heading: RegExp): Promise<void> {
  await page.context().addInitScript({ content: languageInitScript(lang) });
  await page.goto(`${app.url}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor({ timeout: 20_000 });
  await waitForSettled(page, 20_000);
}

/** Runs axe on the page as it is now; fails on serious or critical violations, lists the rest as diagnostics. */
async function assertNoSeriousViolations(t: TestContext, page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  const summarize = (violation: (typeof violations)[number]) =>
    `[${violation.impact}] ${violation.id}: ${violation.help}\n${violation.nodes
      .slice(0, 5)
      .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
      .join('\n')}`;
  const blocking = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  for (const violation of violations.filter((candidate) => !blocking.includes(candidate))) t.diagnostic(`${where} ${summarize(violation)}`);
  assert.equal(blocking.length, 0, `${where}: ${blocking.length} serious/critical axe violation(s):\n${blocking.map(summarize).join('\n')}`);
}

/** Desktop in both languages, and a phone, where wide tables must scroll inside a keyboard-reachable region. */
const variants: ReadonlyArray<{ lang: Language; name: string; viewport: { width: number; height: number } }> = [
  ...languages.map((lang) => ({ lang, name: lang, viewport: { width: 1280, height: 900 } })),
  { lang: 'vi', name: 'vi on a phone', viewport: { width: 390, height: 844 } },
];

describe('axe: no serious or critical violation on any route, in either language', () => {
  for (const variant of variants) {
    for (const route of qualityRoutes) {
      test(`${route.path} in ${variant.name}`, async (t) => {
        await inPage(
          app.browser,
          async (page) => {
            await open(page, variant.lang, route.path, route.heading[variant.lang]);
            assert.equal(await page.evaluate(() => document.documentElement.lang), variant.lang);
            await assertNoSeriousViolations(t, page, `${route.path} (${variant.name})`);
          },
          { viewport: variant.viewport },
        );
      });
    }
  }

  test('an unknown period: the message and its links to the valid periods', async (t) => {
    await inPage(app.browser, async (page) => {
      await page.goto(`${app.url}/tasks?period=2019`);
      await page.getByRole('alert').waitFor();
      await assertNoSeriousViolations(t, page, '/tasks?period=2019');
    });
  });

  test('the task detail dialog, open', async (t) => {
    await inPage(app.browser, async (page) => {
      await open(page, 'vi', '/tasks', /^Nhiệm vụ$/);
      await page.locator('main button[aria-haspopup="dialog"]').first().click();
      await page.getByRole('dialog').waitFor();
      await assertNoSeriousViolations(t, page, '/tasks with the detail dialog');
    });
  });

  test('the trend chart with its data table shown and eight agencies compared', async (t) => {
    await inPage(app.browser, async (page) => {
      const agencies = [
        'so-ke-hoach-dau-tu',
        'so-tu-phap',
        'so-noi-vu',
        'so-tai-chinh',
        'so-xay-dung',
        'so-y-te',
        'so-cong-thuong',
        'so-giao-duc-dao-tao',
      ];
      const series = ['province', ...agencies.map((id) => `agency:${id}`)].join(',');
      await open(page, 'vi', `/trends?series=${encodeURIComponent(series)}`, /^Xu hướng 2017–2022$/);
      await page.getByRole('button', { name: 'Xem bảng số liệu' }).click();
      await page.locator('table').first().waitFor();
      await assertNoSeriousViolations(t, page, '/trends with eight agencies and the data table');
    });
  });
});

interface FocusStop {
  description: string;
  visible: boolean;
  /** Follows the previous stop in document order (or is the first). */
  inOrder: boolean;
  positiveTabIndex: boolean;
}

/** Presses Tab and describes where focus landed. */
async function nextFocusStop(page: Page): Promise<FocusStop | null> {
  await page.keyboard.press('Tab');
  // Inline callback without named helpers: it runs in the page, where the test transpiler's helpers do not exist.
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const holder = window as unknown as { lastFocusStop?: Element };
    const previous = holder.lastFocusStop;
    const inOrder =
      previous === undefined || previous === element || (previous.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    holder.lastFocusStop = element;
    const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return {
      description: `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}> «${label}»`,
      visible: outline || shadow,
      inOrder,
      positiveTabIndex: element.tabIndex > 0,
    };
  });
}

describe('keyboard: focus moves in reading order and is always visible', () => {
  const maxStops = 40;
  for (const route of qualityRoutes.filter((candidate) => ['/', '/agencies', '/trends', '/tasks', '/data'].includes(candidate.path))) {
    test(`the first ${maxStops} Tab stops of ${route.path}`, async () => {
      await inPage(app.browser, async (page) => {
        await open(page, 'vi', route.path, route.heading.vi);
        const problems: string[] = [];
        let stops = 0;
        for (let index = 0; index < maxStops; index += 1) {
          const stop = await nextFocusStop(page);
          if (stop === null) break;
          stops += 1;
          if (!stop.visible) problems.push(`no visible focus indicator on ${stop.description}`);
          if (!stop.inOrder) problems.push(`focus jumped backwards to ${stop.description}`);
          if (stop.positiveTabIndex) problems.push(`positive tabindex on ${stop.description}`);
        }
        assert.ok(stops >= 5, `only ${stops} focusable elements on ${route.path}`);
        assert.deepEqual(problems, []);
      });
    });
  }

  test('a table box is a named tab stop while it scrolls sideways, and neither while its table fits', async () => {
    const pages = [
      { path: '/', heading: /^Tổng quan/ },
      { path: '/agencies/so-ke-hoach-dau-tu', heading: /Sở Kế hoạch và Đầu tư/ },
      { path: '/data', heading: /^Chất lượng dữ liệu/ },
    ];
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const boxes: Array<{ where: string; overflows: boolean; focusable: boolean; region: boolean }> = [];
      for (const { path, heading } of pages) {
        await inPage(
          app.browser,
          async (page) => {
            await open(page, 'vi', path, heading);
            const where = `${path} at ${viewport.width} px`;
            // A prerendered page shows its markup before it is hydrated; the boxes are measured once it is.
            await page
              .waitForFunction(
                () =>
                  [...document.querySelectorAll('main .table-scroll')].every(
                    (box) => (box.getAttribute('tabindex') === '0') === box.scrollWidth > box.clientWidth,
                  ),
                undefined,
                { timeout: 10_000 },
              )
              .catch(() => undefined);
            const found = await page.locator('main .table-scroll').evaluateAll((elements) =>
              elements.map((box) => ({
                overflows: box.scrollWidth > box.clientWidth,
                focusable: box.getAttribute('tabindex') === '0',
                region: box.getAttribute('role') === 'region' && (box.getAttribute('aria-label') ?? '') !== '',
              })),
            );
            assert.ok(found.length > 0, `${where}: no table box`);
            boxes.push(...found.map((box) => ({ where, ...box })));
          },
          { viewport },
        );
      }
      assert.deepEqual(
        boxes.filter((box) => box.focusable !== box.overflows || box.region !== box.overflows),
        [],
        'a box is a tab stop or a region without scrolling, or scrolls without being one',
      );
      const scrolling = boxes.filter((box) => box.overflows).length;
      if (viewport.width === 1280) assert.ok(scrolling < boxes.length, 'every table scrolls at 1280 px: the fitting case is not checked');
      else assert.ok(scrolling > 0, 'no table scrolls at 390 px: the scrolling case is not checked');
    }
  });
});
