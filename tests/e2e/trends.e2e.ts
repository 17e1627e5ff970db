/**
 * /trends in the production build (dist/, embedded mock API), in headless Chromium.
 * Run after `npx vite build`: node --import tsx --test tests/e2e/trends.e2e.ts
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { inPage, waitForSettled } from './support/journey';
import { useProductionApp } from './support/productionApp';

const app = useProductionApp();

async function openTrends(page: Page, query = ''): Promise<void> {
  await page.goto(`${app.url}/trends${query}`);
  await page.getByRole('heading', { level: 1, name: 'Xu hướng 2017–2022' }).waitFor();
  await waitForSettled(page);
  await page.getByTestId('trend-summary').waitFor();
}

/** Year heading and first value cell of each row of the data table, as shown (source references left out). */
async function tableColumn(page: Page): Promise<Array<[string, string]>> {
  await page.getByRole('button', { name: 'Xem bảng số liệu' }).click();
  const table = page.locator('table.trend-table');
  await table.waitFor();
  // No named helper inside the callback: it runs in the page, where the test transpiler's helpers do not exist.
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((row) =>
      [row.querySelector('th'), row.querySelector('td')].map((cell) => {
        const copy = cell?.cloneNode(true) as Element | undefined;
        copy?.querySelectorAll('.visually-hidden, .trend-table__ref, .trend-table__reason').forEach((node) => node.remove());
        return (copy?.textContent ?? '').replace(/\s+/g, ' ').trim();
      }),
    ),
  );
  return rows.map(([year = '', value = '']) => [year, value]);
}

describe('/trends', () => {
  test('shows the chart of the province late rate with three labelled gap years and a hollow Quý I/2017 marker', async () => {
    await inPage(app.browser, async (page) => {
      await openTrends(page);
      const chart = page.locator('.trend-chart svg.recharts-surface');
      const box = await chart.boundingBox();
      assert.ok(box && box.width >= 600 && box.height >= 300, `chart too small: ${JSON.stringify(box)}`);
      assert.equal(await chart.locator('.trend-gap').count(), 3);
      assert.deepEqual(await chart.locator('.recharts-label').allTextContents(), ['Không có số liệu', 'Không có số liệu', 'Không có số liệu']);
      assert.equal(await chart.locator('circle.trend-dot[data-year="2017"][data-partial="true"]').getAttribute('fill'), '#ffffff');
      assert.equal(
        (await page.getByTestId('trend-summary').innerText()).replace(/\u00a0/g, ' '),
        'Tỷ lệ trễ hạn của toàn tỉnh giảm từ 2,00 % (2020) xuống 1,51 % (2022).',
      );
    });
  });

  test('"Xem bảng số liệu" lists 2017 to 2022, with 2018, 2019 and 2021 empty for a dossier metric', async () => {
    await inPage(app.browser, async (page) => {
      await openTrends(page);
      assert.deepEqual(
        (await tableColumn(page)).map(([year, value]) => [year, value.replace(/\u00a0/g, ' ')]),
        [
          ['2017 (Quý I/2017, một quý)', '3,68 %'],
          ['2018', 'Không có số liệu'],
          ['2019', 'Không có số liệu'],
          ['2020', '2,00 %'],
          ['2021', 'Không có số liệu'],
          ['2022', '1,51 %'],
        ],
      );
    });
  });

  test('the PAR Index rank shows the published ranks 2018–2022 and keeps the choice in the URL', async () => {
    await inPage(app.browser, async (page) => {
      await openTrends(page);
      await page.getByRole('combobox', { name: 'Chỉ số' }).selectOption('parIndexRank');
      await page.waitForURL(/\?metric=parIndexRank$/);
      assert.deepEqual(await tableColumn(page), [
        ['2017', 'Không có số liệu'],
        ['2018', '11/63'],
        ['2019', '34/63'],
        ['2020', '48/63'],
        ['2021', '48/63'],
        ['2022', '25/63'],
      ]);
      const tickY = async (label: string) =>
        Number(
          await page
            .locator('.recharts-cartesian-axis-tick-value[orientation="left"]', { hasText: new RegExp(`^${label}$`) })
            .getAttribute('y'),
        );
      assert.ok((await tickY('1')) < (await tickY('63')), 'rank 1 must be at the top');
    });
  });

  test('an agency found without diacritics joins the chart and the URL', async () => {
    await inPage(app.browser, async (page) => {
      await openTrends(page);
      await page.getByRole('combobox', { name: 'Thêm cơ quan, đơn vị (tối đa 8)' }).fill('binh loc');
      await page.getByRole('option', { name: /UBND xã Bình Lộc/ }).click();
      await page.waitForURL(/series=province%2Cagency%3Axa-dien-khanh-binh-loc/);
      // 000:194 and 001:226: Bình Lộc has a 2020 and a 2022 point, none before it was formed.
      const dots = page.locator('circle.trend-dot[data-series="agency:xa-dien-khanh-binh-loc"]');
      await dots.first().waitFor();
      assert.deepEqual(await dots.evaluateAll((circles) => circles.map((circle) => circle.getAttribute('data-year'))), ['2020', '2022']);
    });
  });

  test('stays readable on a 360 px phone: no sideways scrolling, the chart fits the screen', async () => {
    await inPage(
      app.browser,
      async (page) => {
        await openTrends(page, '?series=province,level:department');
        const box = await page.locator('.trend-chart svg.recharts-surface').boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `chart overflows: ${JSON.stringify(box)}`);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scrollWidth <= 360, `page scrolls sideways: ${scrollWidth}px`);
      },
      { viewport: { width: 360, height: 780 } },
    );
  });
});
