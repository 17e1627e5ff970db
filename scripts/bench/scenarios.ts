/**
 * The interaction runs, on the build pointed at the bench API. Each run opens
 * a fresh page and times, in order, the interactions of one page. Elements are
 * found by their Vietnamese labels, as a user finds them.
 */
import type { Browser } from 'playwright-core';
import type { BenchApi } from './benchApi';
import { loadSettledAt, need, openProbedPage, responsesEndAt, responsesValidatedAt, settled, tag, timeInteraction } from './measure';

export type Samples = Record<string, number>;

/**
 * /agencies with 10,000 agencies: first render (from the moment the client has
 * checked both the period's tables and the catalogue against their schemas to
 * the painted table), sort by late rate, one search keystroke, a level filter
 * change; and, without a budget, the time from the last byte received to the
 * last response checked (JSON parsing and zod, and any work the page began on
 * the response checked first) and the time from the first response checked
 * to the painted table, which, unlike the budgeted window, starting on the
 * first response early cannot shorten; and which response was checked last,
 * which decides most of the first render.
 */
export async function agenciesRun(browser: Browser, appUrl: string, api: BenchApi): Promise<Samples> {
  api.use('agencies');
  const probed = await openProbedPage(browser, { armAtStart: { kind: 'exists', selector: 'main table tbody tr a[href^="/agencies/"]' } });
  const { page } = probed;
  try {
    await page.goto(`${appUrl}/agencies?period=2022`);
    const tablePainted = await loadSettledAt(page, 'first render of the 10,000-agency table');
    const tablesPath = '/periods/2022/agencies';
    const endpoints = [tablesPath, '/agencies'];
    const dataArrived = await responsesEndAt(page, endpoints.map((endpoint) => `${api.baseUrl}${endpoint}`));
    const dataValidated = await responsesValidatedAt(page, endpoints);
    await settled(page);

    const count = await tag(await need(page.getByText(/^Hiển thị [\d.]+ trên [\d.]+ cơ quan, đơn vị/), 'the row count («Hiển thị … trên …»)'), 'count');
    const lateRateHeader = await need(
      page.locator('table thead th').filter({ has: page.getByRole('button', { name: 'Tỷ lệ trễ hạn', exact: true }) }),
      'the «Tỷ lệ trễ hạn» column header with its sort button',
    );
    const header = await tag(lateRateHeader, 'late-rate-header');
    const sortButton = lateRateHeader.getByRole('button', { name: 'Tỷ lệ trễ hạn', exact: true });
    const sort = await timeInteraction(page, 'sort by late rate', 'click', { kind: 'changed', selector: header, attribute: 'aria-sort' }, () => sortButton.click());

    const search = await need(page.getByRole('searchbox', { name: 'Tìm kiếm' }), 'the «Tìm kiếm» search box');
    await search.focus();
    const keystroke = await timeInteraction(page, 'one search keystroke', 'keydown', { kind: 'changed', selector: count, attribute: null }, () =>
      page.keyboard.press('q'),
    );
    const narrowed = await page.locator(count).innerText();
    await search.fill('');
    await page.waitForFunction(([selector, before]) => document.querySelector(selector)?.textContent !== before, [count, narrowed] as const);

    const level = await need(page.getByRole('combobox', { name: 'Cấp', exact: true }), 'the «Cấp» level filter');
    const levelChange = await timeInteraction(page, 'level filter change', 'input', { kind: 'changed', selector: count, attribute: null }, async () => {
      await level.selectOption('commune');
    });
    return {
      agenciesBoundary: dataValidated.last - dataArrived,
      agenciesFirstRender: tablePainted - dataValidated.last,
      agenciesFromFirstCheck: tablePainted - dataValidated.first,
      // 1 when the period's tables were checked after the catalogue: their merge then falls in the first render.
      agenciesTablesCheckedLast: dataValidated.lastPath === tablesPath ? 1 : 0,
      agenciesSort: sort,
      agenciesKeystroke: keystroke,
      agenciesLevel: levelChange,
    };
  } finally {
    await probed.close();
  }
}

/** /trends with the province and eight agencies charted: switching the metric. */
export async function trendsRun(browser: Browser, appUrl: string, api: BenchApi, agencyIds: readonly string[]): Promise<Samples> {
  api.use('real');
  const probed = await openProbedPage(browser);
  const { page } = probed;
  try {
    const series = ['province', ...agencyIds.map((id) => `agency:${id}`)].join(',');
    await page.goto(`${appUrl}/trends?series=${encodeURIComponent(series)}`);
    await settled(page);
    const summary = await tag(await need(page.getByTestId('trend-summary'), 'the trend summary (data-testid="trend-summary")'), 'summary');
    await need(page.locator('main svg'), 'the trend chart');
    const metric = await need(page.getByRole('combobox', { name: 'Chỉ số', exact: true }), 'the «Chỉ số» metric select');
    const switchMetric = await timeInteraction(page, 'metric switch', 'input', { kind: 'changed', selector: summary, attribute: null }, async () => {
      await metric.selectOption('onTimeRate');
    });
    return { trendsMetric: switchMetric };
  } finally {
    await probed.close();
  }
}

/** /tasks with 600 tasks on the board: a status filter change. */
export async function tasksRun(browser: Browser, appUrl: string, api: BenchApi): Promise<Samples> {
  api.use('tasks');
  const probed = await openProbedPage(browser);
  const { page } = probed;
  try {
    await page.goto(`${appUrl}/tasks?period=2022`);
    await settled(page);
    const summary = await tag(await need(page.getByText(/^Đang hiển thị 600\/600 nhiệm vụ/), 'the board summary «Đang hiển thị 600/600 nhiệm vụ»'), 'summary');
    const status = await need(page.getByRole('combobox', { name: 'Trạng thái', exact: true }), 'the «Trạng thái» status filter');
    const filter = await timeInteraction(page, 'status filter change', 'input', { kind: 'changed', selector: summary, attribute: null }, async () => {
      await status.selectOption('done');
    });
    return { tasksFilter: filter };
  } finally {
    await probed.close();
  }
}
