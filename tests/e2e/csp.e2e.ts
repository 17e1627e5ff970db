/**
 * The production build runs under the production Content-Security-Policy
 * (no inline script, no eval): every route and the interactive parts open
 * without a single policy violation, and `vite preview` itself, the command
 * behind `npm run preview`, sends the headers of src/app/securityHeaders.ts.
 * Run after `npx vite build`: node --import tsx --test tests/e2e/csp.e2e.ts
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { securityHeaders } from '@/app/securityHeaders';
import { distDir, repoRoot } from './support/builds';
import { inPage, mainText, waitForSettled } from './support/journey';
import { inlineScriptTags } from './support/markup';
import { qualityRoutes } from './support/qualityRoutes';
import { useProductionApp } from './support/productionApp';

const app = useProductionApp();

/** Collects every CSP violation the page reports, from the first script on. */
const violationRecorder = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber);
  });
`;

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

async function openRecorded(page: Page, url: string): Promise<void> {
  await page.context().addInitScript({ content: violationRecorder });
  const response = await page.goto(url);
  assert.ok(response, `no response for ${url}`);
  assert.equal(response.headers()['content-security-policy'], securityHeaders()['Content-Security-Policy'], `CSP header of ${url}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
  await waitForSettled(page, 20_000);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

describe('the production build under the production CSP', () => {
  for (const route of qualityRoutes) {
    test(`${route.path} renders with no policy violation`, async () => {
      await inPage(app.browser, async (page) => {
        await openRecorded(page, `${app.url}${route.path}`);
        assert.notEqual(await mainText(page), '');
        assert.deepEqual(await cspViolations(page), []);
      });
    });
  }

  test('charts, the task dialog, the language switch and a period change raise no violation either', async () => {
    await inPage(app.browser, async (page) => {
      await openRecorded(page, `${app.url}/trends?series=province,level:district,agency:so-tu-phap`);
      await page.locator('main svg').first().waitFor();
      await page.getByRole('button', { name: 'Xem bảng số liệu' }).click();
      await page.getByRole('link', { name: 'Nhiệm vụ' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nhiệm vụ' }).waitFor();
      await waitForSettled(page);
      await page.locator('main button[aria-haspopup="dialog"]').first().click();
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tasks' }).waitFor();
      await page.getByRole('combobox', { name: 'Reporting period' }).selectOption('2020');
      await page.waitForURL(/period=2020/);
      await waitForSettled(page);
      assert.deepEqual(await cspViolations(page), []);
    });
  });

  test('the policy is really enforced: an injected inline script is blocked and reported', async () => {
    await inPage(
      app.browser,
      async (page) => {
        await openRecorded(page, `${app.url}/`);
        const ran = await page.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'window.__inlineScriptRan = true;';
          document.head.append(script);
          return (window as unknown as { __inlineScriptRan?: boolean }).__inlineScriptRan === true;
        });
        assert.equal(ran, false, 'an inline script ran despite the CSP');
        await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0);
        assert.match((await cspViolations(page))[0] ?? '', /^script-src(-elem)? blocked inline/);
      },
      { expectedConsoleErrors: [/Content Security Policy/] },
    );
  });
});

describe('vite preview (npm run preview)', () => {
  let previewServer: PreviewServer;
  let previewUrl: string;

  before(async () => {
    const port = await freePort();
    previewServer = await preview({
      root: repoRoot,
      configFile: path.join(repoRoot, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: distDir },
      preview: { port, strictPort: true, host: '127.0.0.1', open: false },
    });
    previewUrl = `http://127.0.0.1:${port}`;
  });

  after(async () => {
    await previewServer?.close();
  });

  test('sends every security header on pages, page routes and assets', async () => {
    const expected = securityHeaders();
    const html = await fetch(`${previewUrl}/agencies?period=2022`);
    assert.equal(html.status, 200);
    const body = await html.text();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(body)?.[1];
    assert.ok(script, 'the built index.html loads its entry as an external module script');
    assert.deepEqual(inlineScriptTags(body), [], 'the built page has an inline script');
    const asset = await fetch(`${previewUrl}${script}`);
    assert.equal(asset.status, 200);
    for (const response of [html, asset]) {
      for (const [name, value] of Object.entries(expected)) {
        assert.equal(response.headers.get(name), value, `${name} on ${response.url}`);
      }
    }
    assert.doesNotMatch(expected['Content-Security-Policy'] ?? '', /unsafe-inline|unsafe-eval/);
  });

  test('the app served by vite preview renders under its CSP with no violation', async () => {
    await inPage(app.browser, async (page) => {
      await openRecorded(page, `${previewUrl}/`);
      assert.match(await mainText(page), /633\.464/);
      assert.deepEqual(await cspViolations(page), []);
    });
  });
});
