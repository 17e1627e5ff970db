/**
 * The task board in the production build (dist/, embedded mock API, real datasets).
 * Run after `npx vite build`: node --import tsx --test tests/e2e/tasks.e2e.ts
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { periodDatasetSchema, type Task } from '@/domain/dataset/schema';
import { repoRoot } from './support/builds';
import { inPage, waitForSettled } from './support/journey';
import { useProductionApp } from './support/productionApp';

const app = useProductionApp();
let tasks2022: Task[];

before(async () => {
  const raw = await readFile(path.join(repoRoot, 'data/datasets/periods/2022.json'), 'utf8');
  tasks2022 = periodDatasetSchema.parse(JSON.parse(raw)).tasks;
});

async function openBoard(page: Page, search: string): Promise<void> {
  await page.goto(`${app.url}/tasks${search}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await waitForSettled(page);
  await page.locator('main article, main table').first().waitFor();
}

const cards = (page: Page) => page.locator('main article');

async function cardCodes(page: Page): Promise<string[]> {
  return cards(page).locator('.task-card__code').allInnerTexts();
}

/** "Đang hiển thị 31/60 nhiệm vụ · …" → 31. */
async function shownCount(page: Page): Promise<number> {
  const line = await page.getByText(/^Đang hiển thị \d+\/\d+ nhiệm vụ/).innerText();
  const match = /^Đang hiển thị (\d+)\//.exec(line);
  assert.ok(match, `unexpected summary line: ${line}`);
  return Number(match[1]);
}

describe('/tasks board', () => {
  test('2022: one section per reform area, in the plan order, with Vietnamese headings', async () => {
    await inPage(app.browser, async (page) => {
      await openBoard(page, '?period=2022');
      const headings = (await page.locator('main h2').allInnerTexts()).map((text) => text.trim());
      assert.ok(headings.length >= 6, `only ${headings.length} area groups: ${headings.join(' | ')}`);
      // 001 Phụ lục 1: seven areas, I–VII, holding 9, 6, 10, 4, 5, 14 and 12 tasks.
      assert.deepEqual(
        headings.map((heading) => heading.split('.')[0]),
        ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'],
      );
      assert.match(headings[0] ?? '', /^I\. Cải cách thể chế$/);
      assert.match(headings[6] ?? '', /^VII\. Công tác chỉ đạo, điều hành$/);
      const groupCounts = await page.locator('main .task-group__count').allInnerTexts();
      assert.deepEqual(groupCounts, ['9 nhiệm vụ', '6 nhiệm vụ', '10 nhiệm vụ', '4 nhiệm vụ', '5 nhiệm vụ', '14 nhiệm vụ', '12 nhiệm vụ']);
      assert.equal(await cards(page).count(), 60);
      assert.equal(await shownCount(page), 60);
    });
  });

  test('choosing "Sở Nội vụ" in "Cơ quan phụ trách" leaves only its tasks, and the count matches the cards', async () => {
    await inPage(app.browser, async (page) => {
      await openBoard(page, '?period=2022');
      await page.locator('summary', { hasText: 'Cơ quan phụ trách' }).click();
      const filter = page.getByRole('group', { name: 'Cơ quan phụ trách', exact: true });
      const option = filter.getByRole('checkbox', { name: /^Sở Nội vụ \(\d+\)$/ });
      const optionLabel = await option.locator('xpath=..').innerText();
      // click, not check(): the box follows the URL, which the router updates a moment later.
      await option.click();
      await page.waitForURL(/agency=so-noi-vu/);

      const expected = tasks2022
        .filter((task) => task.assignment.entries.some((entry) => entry.agencyId === 'so-noi-vu'))
        .map((task) => task.code);
      await page.getByText(new RegExp(`^Đang hiển thị ${expected.length}/`)).waitFor();
      // Extraction is checked against the raw cell: every task kept names "Nội vụ" in its assignment text.
      const byCode = new Map(tasks2022.map((task) => [task.code, task]));
      const shown = await cardCodes(page);
      assert.ok(shown.length > 0);
      assert.deepEqual(shown, expected);
      for (const code of shown) assert.match(byCode.get(code)?.assignment.text ?? '', /Nội vụ/, `${code} does not name Sở Nội vụ`);
      assert.equal(await shownCount(page), shown.length);
      assert.equal(optionLabel.trim(), `Sở Nội vụ (${shown.length})`);
      assert.equal(new URL(page.url()).searchParams.get('period'), '2022');

      // The detail shows it too, with its role.
      await cards(page).first().getByRole('button').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('table').getByRole('rowheader', { name: 'Sở Nội vụ' }).first().waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      await filter.getByRole('radio', { name: 'Chỉ chủ trì' }).click();
      await page.waitForURL(/role=lead/);
      const leads = tasks2022
        .filter((task) =>
          task.assignment.entries.some((entry) => entry.agencyId === 'so-noi-vu' && (entry.role === 'lead' || entry.role === 'co_lead')),
        )
        .map((task) => task.code);
      await page.getByText(new RegExp(`^Đang hiển thị ${leads.length}/`)).waitFor();
      assert.deepEqual(await cardCodes(page), leads);
      assert.equal(await shownCount(page), leads.length);
      assert.ok(leads.length < shown.length);
    });
  });

  test('a status change survives a reload and can be reverted, the report status staying beside it', async () => {
    await inPage(app.browser, async (page) => {
      await openBoard(page, '?period=2022');
      const code = await cards(page).filter({ has: page.locator('.task-status--blocked') }).first().locator('.task-card__code').innerText();
      // Located by its code: once changed, the task no longer matches "blocked".
      const cardOf = () => cards(page).filter({ has: page.locator('.task-card__code', { hasText: new RegExp(`^${code.replace('.', '\\.')}$`) }) });
      const opener = cardOf().getByRole('button');
      await opener.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.locator('summary', { hasText: 'Cập nhật trạng thái' }).click();
      await dialog.getByLabel('Trạng thái mới').selectOption('in_progress');
      await dialog.getByLabel('Ghi chú (lý do cập nhật)').fill('Đã có hướng dẫn của Bộ');
      await dialog.getByRole('button', { name: 'Lưu trạng thái' }).click();
      await dialog.getByText(/^Cán bộ cập nhật thành «Đang thực hiện» lúc/).waitFor();
      // The text above shows at once (optimistic); the reload must wait for the server's answer.
      await dialog.getByText('Đã lưu trạng thái.').waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await page.evaluate(() => document.activeElement?.textContent ?? ''), await opener.innerText());

      await openBoard(page, '?period=2022');
      const changed = cardOf();
      await changed.getByText('Theo báo cáo: Vướng mắc').waitFor();
      await changed.getByRole('button').click();
      await dialog.getByRole('button', { name: 'Khôi phục trạng thái theo báo cáo' }).click();
      await dialog.getByText('Đang dùng trạng thái theo báo cáo.').waitFor();
      await page.keyboard.press('Escape');
      await changed.getByText('Theo báo cáo: Vướng mắc').waitFor({ state: 'detached' });
      assert.equal(await changed.locator('.task-status--blocked').count(), 1);
    });
  });

  test('an open task is a link of its own: Back closes it and gives the focus back to its card', async () => {
    await inPage(app.browser, async (page) => {
      await openBoard(page, '?period=2022');
      const card = cards(page).filter({ has: page.locator('.task-card__code', { hasText: /^III\.8$/ }) });
      await card.getByRole('button').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      assert.equal(new URL(page.url()).searchParams.get('task'), '2022:III.8');
      const shared = page.url();
      await page.goBack();
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await card.getByRole('button').evaluate((button) => button === document.activeElement), true);
      // The address opens the same task for whoever it is sent to.
      await page.goto(shared);
      await page.getByRole('dialog').getByRole('heading', { name: /Hợp nhất các Trung tâm Khuyến nông/ }).waitFor();
    });
  });

  test('a long task’s dialog keeps «Đóng» on top and working once its text is scrolled under the heading', async () => {
    await inPage(app.browser, async (page) => {
      await page.goto(`${app.url}/tasks?period=2022&task=${encodeURIComponent('2022:V.2')}`);
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      // At every scroll position, what is under the middle of «Đóng» is «Đóng», not the text scrolled under it.
      const covered = await page.locator('.dialog-backdrop').evaluate((backdrop) => {
        const close = [...backdrop.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Đóng');
        const positions: number[] = [];
        for (let top = 0; top <= backdrop.scrollHeight; top += 20) {
          backdrop.scrollTop = top;
          const rect = close!.getBoundingClientRect();
          const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
          if (!close!.contains(hit)) positions.push(backdrop.scrollTop);
        }
        return [...new Set(positions)];
      });
      assert.deepEqual(covered, []);
      await dialog.getByRole('button', { name: 'Đóng' }).click();
      await dialog.waitFor({ state: 'detached' });
    });
  });

  test('a control reached by Tab while scrolled under the dialog’s pinned heading is scrolled clear of it', async () => {
    await inPage(app.browser, async (page) => {
      await page.goto(`${app.url}/tasks?period=2022&task=${encodeURIComponent('2022:V.2')}`);
      const dialog = page.getByRole('dialog');
      const close = dialog.getByRole('button', { name: 'Đóng' });
      await close.focus();
      // Scroll the first control after «Đóng» halfway under the heading, as PageDown leaves it.
      const placed = await page.locator('.dialog-backdrop').evaluate((backdrop) => {
        const head = backdrop.querySelector('.dialog__head')!;
        const next = backdrop.querySelector<HTMLElement>('.dialog__body :is(a[href], button, summary, select, input, textarea)')!;
        next.dataset.probe = 'next';
        // The heading scrolls with the text until it sticks; step until the control is half under it.
        const half = next.getBoundingClientRect().height / 2;
        while (head.getBoundingClientRect().bottom - next.getBoundingClientRect().top < half && backdrop.scrollTop + backdrop.clientHeight < backdrop.scrollHeight) {
          backdrop.scrollTop += 2;
        }
        return head.getBoundingClientRect().bottom - next.getBoundingClientRect().top;
      });
      assert.ok(placed > 0, `the control should start under the heading (${placed}px)`);
      await page.keyboard.press('Tab');
      const { focused, clearance } = await page.evaluate(() => {
        const next = document.querySelector('[data-probe="next"]')!;
        return {
          focused: next === document.activeElement,
          clearance: next.getBoundingClientRect().top - document.querySelector('.dialog__head')!.getBoundingClientRect().bottom,
        };
      });
      assert.ok(focused, 'Tab from «Đóng» should reach the first control of the text');
      assert.ok(clearance >= 0, `the focused control is still ${-clearance}px under the heading`);
    });
  });

  test('fits a 360 px screen without sideways scrolling, cards and list alike', async () => {
    await inPage(
      app.browser,
      async (page) => {
        for (const search of ['?period=2022', '?period=2017-Q1&view=list']) {
          await openBoard(page, search);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `${search}: the page is ${overflow}px wider than the screen`);
        }
      },
      { viewport: { width: 360, height: 780 } },
    );
  });
});
