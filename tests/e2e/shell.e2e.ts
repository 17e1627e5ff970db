/**
 * Browser journeys through the production build (dist/, embedded mock API):
 * every route opens, figures appear, the period switch and the language
 * switch work, and no console error or uncaught exception occurs.
 * Run after `npm run build`: node --import tsx --test tests/e2e/*.e2e.ts
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { inPage, mainText, waitForSettled } from './support/journey';
import { useProductionApp } from './support/productionApp';

const app = useProductionApp();

/** The footer's source line, whitespace collapsed. */
async function sourceLine(page: Page): Promise<string> {
  return (await page.getByTestId('source-line').innerText()).replace(/\s+/g, ' ');
}

const kpiCard = (page: Page, label: string) =>
  page.locator('article.kpi-card').filter({ has: page.getByRole('heading', { level: 3, name: label, exact: true }) });

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${app.url}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await waitForSettled(page);
}

describe('every route of the production build', () => {
  for (const path of ['/', '/agencies', '/trends', '/tasks', '/data']) {
    test(`${path} opens with its heading and figures, without any error`, async () => {
      await inPage(app.browser, async (page) => {
        await open(page, path);
        assert.notEqual((await page.getByRole('heading', { level: 1 }).first().innerText()).trim(), '');
        assert.equal(await page.getByRole('alert').count(), 0, `unexpected alert on ${path}: ${await mainText(page)}`);
        assert.match(await mainText(page), /\d/, `no figure on ${path}`);
        // /trends lays every period side by side: it names every report and no one window.
        const source = path === '/trends' ? /^Nguồn: 937\/BC-SNV .*39\/BC-UBND [^;]*$/ : /Nguồn: .*Kỳ thống kê: \d{2}\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}/;
        assert.match(await sourceLine(page), source);
      });
    });
  }

  test('an agency page opens from the overview’s top-five list', async () => {
    await inPage(app.browser, async (page) => {
      await open(page, '/');
      const top = page.getByRole('table', { name: 'Năm cơ quan, đơn vị có tỷ lệ trễ hạn cao nhất trong kỳ' });
      const first = top.getByRole('link').first();
      const name = (await first.innerText()).trim();
      await first.click();
      await page.waitForURL(/\/agencies\/[^/?]+\?period=2022$/);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await waitForSettled(page);
      assert.equal(await page.getByRole('alert').count(), 0);
      assert.ok(name.length > 0);
    });
  });

  test('an unknown route shows the not-found page inside the shell', async () => {
    await inPage(app.browser, async (page) => {
      await open(page, '/khong-co-trang-nay');
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Không tìm thấy trang');
      assert.equal(await page.getByRole('navigation', { name: 'Điều hướng chính' }).count(), 1);
    });
  });

  // A view other than the drawn one (a period in the address, English saved) is drawn afresh, stage by stage.
  for (const { view, path, english } of [
    { view: 'a period in the address', path: '/?period=2020', english: false },
    { view: 'English saved', path: '/', english: true },
    { view: 'the task board of a period', path: '/tasks?period=2020', english: false },
  ]) {
    test(`on a 390 px phone, ${view}: the page hardly moves while it loads (layout shift under 0.1)`, async () => {
      await inPage(
        app.browser,
        async (page) => {
          await page.addInitScript((saveEnglish) => {
            if (saveEnglish) localStorage.setItem('cchc.lang', 'en');
            const shifts: number[] = [];
            Object.assign(window, { layoutShifts: shifts });
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
            }).observe({ type: 'layout-shift', buffered: true });
          }, english);
          await page.goto(`${app.url}${path}`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await waitForSettled(page);
          const total = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0));
          assert.ok(total < 0.1, `layout shift ${total.toFixed(3)}`);
        },
        { viewport: { width: 390, height: 844 } },
      );
    });
  }

  test('an unknown period shows a message with links to the valid periods', async () => {
    await inPage(app.browser, async (page) => {
      await open(page, '/tasks?period=2019');
      const alert = page.getByRole('alert');
      assert.match(await alert.innerText(), /Không có kỳ báo cáo «2019»/);
      assert.deepEqual(await alert.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href'))), [
        '/tasks?period=2017-Q1',
        '/tasks?period=2020-H1',
        '/tasks?period=2020',
        '/tasks?period=2022',
      ]);
    });
  });
});

describe('overview figures and the period switch', () => {
  test('2022 opens by default with 633.464 dossiers received; switching to 2017-Q1 changes figures, URL and source line', async () => {
    await inPage(app.browser, async (page) => {
      await open(page, '/');
      assert.match(await kpiCard(page, 'Hồ sơ tiếp nhận').innerText(), /633\.464/);
      assert.match(await kpiCard(page, 'Tỷ lệ trễ hạn').innerText(), /1,59\s%/);
      assert.match(await sourceLine(page), /39\/BC-UBND/);

      await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).selectOption('2017-Q1');
      await page.waitForURL(/\?period=2017-Q1$/);
      await waitForSettled(page);
      await page.getByRole('heading', { level: 1, name: 'Tổng quan Quý I/2017' }).waitFor();
      assert.match(await kpiCard(page, 'Hồ sơ tiếp nhận').innerText(), /102\.008/);
      assert.match(await kpiCard(page, 'Hồ sơ tiếp nhận').innerText(), /Không có kỳ so sánh tương đương/);
      assert.match(await sourceLine(page), /937\/BC-SNV .*Kỳ thống kê: 01\/01\/2017 – 31\/03\/2017/);
    });
  });

  test('the switch keeps the other search parameters, and a reload gives the same view', async () => {
    await inPage(app.browser, async (page) => {
      await open(page, '/data?check=sum');
      await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).selectOption('2020');
      await page.waitForURL(/\/data\?check=sum&period=2020$/);
      // 2020 publishes two totals that disagree with their rows: 000:147, rejected dossiers (+16).
      const listed = page.getByText(/^2 \/ \d+ ghi nhận$/);
      await listed.waitFor();
      const before = await mainText(page);
      assert.match(before, /Chất lượng dữ liệu Năm 2020/);
      assert.match(before, /000:147/);
      await page.reload();
      await listed.waitFor();
      assert.equal(await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).inputValue(), '2020');
      assert.equal(await page.getByRole('combobox', { name: 'Loại kiểm tra' }).inputValue(), 'sum');
      assert.equal(await mainText(page), before);
    });
  });

  test('the task-only period 2020-H1 opens the overview without dossier figures but with task progress', async () => {
    await inPage(app.browser, async (page) => {
      await open(page, '/?period=2020-H1');
      assert.match(await mainText(page), /Kỳ 6 tháng đầu năm 2020 không có số liệu giải quyết hồ sơ\./);
      assert.match(await mainText(page), /40 nhiệm vụ trong kế hoạch của kỳ\./);
    });
  });
});

describe('language and keyboard', () => {
  test('the English switch translates the page, sets <html lang> and survives a reload', async () => {
    await inPage(app.browser, async (page) => {
      await open(page, '/');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overview: Year 2022' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.match(await kpiCard(page, 'Dossiers received').innerText(), /633,464/);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Overview: Year 2022' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    });
  });

  test('the skip link is the first stop and moves focus to the main content; navigation works by keyboard', async () => {
    await inPage(app.browser, async (page) => {
      await open(page, '/');
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
      assert.equal(await skip.evaluate((element) => element === document.activeElement), true);
      assert.ok(((await skip.boundingBox())?.y ?? -1) >= 0, 'the focused skip link is visible');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');

      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Chất lượng dữ liệu' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/data$/);
      await page.getByRole('heading', { level: 1, name: /Chất lượng dữ liệu/ }).waitFor();
    });
  });

  test('a link at the foot of a page opens the next page at its top', async () => {
    await inPage(app.browser, async (page) => {
      await page.goto(`${app.url}/?period=2022`);
      const link = page.getByRole('link', { name: /Xem bảng nhiệm vụ/ });
      await link.scrollIntoViewIfNeeded();
      const footY = await page.evaluate(() => window.scrollY);
      assert.ok(footY > 200, `the link is not far down the page (${footY} px)`);
      await link.click();
      await page.getByRole('heading', { level: 1, name: 'Nhiệm vụ' }).waitFor();
      assert.equal(await page.evaluate(() => window.scrollY), 0);
    });
  });

  test('a KPI formula opens on keyboard focus', async () => {
    await inPage(app.browser, async (page) => {
      await open(page, '/');
      await kpiCard(page, 'Tỷ lệ trễ hạn').getByRole('button').focus();
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor();
      assert.match(await tooltip.innerText(), /đang giải quyết trễ hạn/);
    });
  });
});

test('the server sends the security headers the app runs under', async () => {
  const response = await fetch(`${app.url}/tasks`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
});
