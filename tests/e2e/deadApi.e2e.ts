/**
 * The production build pointed (VITE_API_URL) at an address where nothing
 * listens: every page must show the Vietnamese error with a retry button,
 * never a blank page, never an uncaught error.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildDeadApiDist, deadApiDistDir, deadApiUrl } from './support/builds';
import { inPage, mainText } from './support/journey';
import { useProductionApp } from './support/productionApp';

const app = useProductionApp({ prepare: buildDeadApiDist, root: deadApiDistDir, connectOrigins: [deadApiUrl] });

/**
 * Chromium logs every failed request; those are the scenario, not a defect.
 * It refuses port 9 itself (a "restricted port"), before any connection attempt.
 */
const refusedConnection = /^Failed to load resource: net::ERR_(CONNECTION_REFUSED|UNSAFE_PORT)$/;

describe('with VITE_API_URL pointing at a dead address', () => {
  for (const path of ['/', '/agencies', '/agencies/so-noi-vu', '/trends', '/tasks', '/data', '/tasks?period=2020-H1']) {
    test(`${path} shows the Vietnamese error with a working retry button`, async () => {
      await inPage(
        app.browser,
        async (page) => {
          let apiRequests = 0;
          page.on('request', (request) => {
            if (request.url().startsWith(deadApiUrl)) apiRequests += 1;
          });
          await page.goto(`${app.url}${path}`);
          const alert = page.getByRole('alert').first();
          await alert.waitFor({ timeout: 20_000 });
          const text = await alert.innerText();
          assert.match(text, /Không kết nối được máy chủ dữ liệu/);
          assert.match(text, /VITE_API_URL/);
          const retry = alert.getByRole('button', { name: 'Thử lại' });
          assert.equal(await retry.count(), 1);

          const requestsBeforeRetry = apiRequests;
          await retry.click();
          await page.getByRole('button', { name: 'Thử lại' }).first().waitFor({ timeout: 20_000 });
          assert.ok(apiRequests > requestsBeforeRetry, 'the retry button sent the request again');
          assert.match(await page.getByRole('alert').first().innerText(), /Không kết nối được máy chủ dữ liệu/);
          assert.equal(await page.getByRole('navigation', { name: 'Điều hướng chính' }).count(), 1, 'the shell stays');
          assert.notEqual(await mainText(page), '');
        },
        { expectedConsoleErrors: [refusedConnection] },
      );
    });
  }
});
