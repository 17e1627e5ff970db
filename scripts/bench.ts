/**
 * npm run bench [-- --check] [-- --runs 3] [-- --readme] [-- --only agencies,tasks]
 *
 * Builds the production app twice (the embedded mock into .tmp/bench-dist, and
 * one pointed at a local bench API into .tmp/bench-dist-api), then measures in
 * headless Chromium and prints medians:
 *   - initial JavaScript (gzip) per route, per kind of chunk, and in total;
 *   - Largest Contentful Paint of / and /agencies (mock API), CPU slowed 4×;
 *   - /agencies with 10,000 synthetic agencies: first render, sort by late
 *     rate, one search keystroke, a level filter change;
 *   - /trends, switching the metric with eight agencies charted;
 *   - /tasks with 600 tasks, a status filter change.
 * --check exits with 1 when a budget is missed; --readme writes the table into
 * README.md's Performance section; results also go to .tmp/bench/. --only
 * measures some parts (js, lcp, agencies, trends, tasks), for work on one of
 * them; its report leaves the others out and cannot go into the README.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/support/browser';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { benchTaskCount, startBenchApi, stressAgencyCount } from './bench/benchApi';
import { buildForBench, type ChunkInfo } from './bench/build';
import { measureLcp, measureRouteJs, type LcpSample, type RouteJs } from './bench/measure';
import { budgetMet, kb, median, renderMarkdown, responseOrderNote, withReadmeTable, type BenchReport, type Budget, type TimedMeasure } from './bench/report';
import { agenciesRun, tasksRun, trendsRun, type Samples } from './bench/scenarios';

const repoRoot = path.resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    readme: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
const benchParts = ['js', 'lcp', 'agencies', 'trends', 'tasks'] as const;
type BenchPart = (typeof benchParts)[number];
const isBenchPart = (name: string): name is BenchPart => benchParts.some((part) => part === name);
const requestedParts = options.only?.split(',').map((name) => name.trim()) ?? [...benchParts];
const unknownParts = requestedParts.filter((name) => !isBenchPart(name));
if (unknownParts.length > 0) throw new Error(`--only takes ${benchParts.join(', ')}; not ${unknownParts.join(', ')}`);
const parts = new Set(requestedParts.filter(isBenchPart));
if (options.readme && parts.size < benchParts.length) throw new Error('--readme needs every part measured: drop --only');

const budgets = { rootJsBytes: 150_000, interactionMs: 100, lcpMs: 1500 };
const jsRoutes = ['/', '/agencies', '/agencies/so-ke-hoach-dau-tu', '/trends', '/tasks', '/data'];
const lcpRoutes = ['/', '/agencies'];
const lcpThrottling = 4;
const interactionNames: Record<string, string> = {
  agenciesFirstRender: `/agencies, ${stressAgencyCount.toLocaleString('en')} agencies: first render (data checked → table painted)`,
  agenciesSort: '/agencies: sort by late rate',
  agenciesKeystroke: '/agencies: one search keystroke',
  agenciesLevel: '/agencies: level filter change',
  trendsMetric: '/trends, 8 agencies: metric switch',
  tasksFilter: `/tasks, ${benchTaskCount} tasks: status filter change`,
};
/** Measured and reported, without a budget. */
const unbudgetedNames: Record<string, string> = {
  agenciesBoundary: `/agencies, ${stressAgencyCount.toLocaleString('en')} agencies: last byte received → both responses checked (10 MB of JSON parsed and checked, and any work begun on the first)`,
  agenciesFromFirstCheck: `/agencies, ${stressAgencyCount.toLocaleString('en')} agencies: first response checked → table painted`,
};

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = (message: string) => console.error(`[bench ${elapsed()}] ${message}`);

/** The first eight agencies of the catalogue with a row of their own in every period that holds statistics. */
async function agenciesInEveryPeriod(api: Awaited<ReturnType<typeof startBenchApi>>): Promise<string[]> {
  const statistics = api.real.catalog.periods.filter((period) => period.holds.statistics);
  const withRows = await Promise.all(
    statistics.map(async (period) => {
      const dataset = await api.real.loadPeriod(period.id);
      return new Set(dataset.tables.flatMap((table) => table.rows.flatMap((row) => (row.kind === 'agency' && row.agencyId ? [row.agencyId] : []))));
    }),
  );
  const chosen = api.real.catalog.agencies.filter((agency) => withRows.every((ids) => ids.has(agency.id))).slice(0, 8).map((agency) => agency.id);
  if (chosen.length < 8) throw new Error(`only ${chosen.length} agencies have rows in every statistics period`);
  return chosen;
}

function rootComposition(root: RouteJs | undefined): Array<{ origin: string; bytes: number }> {
  const byOrigin = new Map<string, number>();
  for (const chunk of root?.chunks.filter((candidate) => candidate.kind === 'app') ?? []) {
    for (const { origin, bytes } of chunk.origins) byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + bytes);
  }
  return [...byOrigin.entries()].map(([origin, bytes]) => ({ origin, bytes })).sort((a, b) => b.bytes - a.bytes);
}

function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

async function main(): Promise<number> {
  const api = await startBenchApi();
  log(`bench API on ${api.baseUrl}`);
  const mockDist = path.join(repoRoot, '.tmp/bench-dist');
  const apiDist = path.join(repoRoot, '.tmp/bench-dist-api');
  const mockBuild = await buildForBench(mockDist, null);
  log(`built ${mockDist}`);
  const apiBuild = await buildForBench(apiDist, api.baseUrl);
  log(`built ${apiDist} (VITE_API_URL=${api.baseUrl})`);
  const trendAgencies = await agenciesInEveryPeriod(api);

  const browser = await launchBrowser();
  const mockSite = await startStaticServer({ root: mockDist });
  const apiSite = await startStaticServer({ root: apiDist, connectOrigins: [api.baseUrl] });
  try {
    const routes: RouteJs[] = [];
    if (parts.has('js')) {
      for (const route of jsRoutes) routes.push(await measureRouteJs(browser, mockSite.url, mockBuild, route));
      log('measured the JavaScript of each route');
    }

    const lcpSamples = new Map<string, LcpSample[]>(lcpRoutes.map((route) => [route, []]));
    const interactionSamples = new Map<string, number[]>();
    const record = (samples: Samples) => {
      for (const [name, value] of Object.entries(samples)) interactionSamples.set(name, [...(interactionSamples.get(name) ?? []), value]);
    };
    for (let run = 1; run <= runs; run += 1) {
      if (parts.has('lcp')) {
        for (const route of lcpRoutes) lcpSamples.get(route)?.push(await measureLcp(browser, mockSite.url, route, lcpThrottling));
      }
      if (parts.has('agencies')) record(await agenciesRun(browser, apiSite.url, api));
      if (parts.has('trends')) record(await trendsRun(browser, apiSite.url, api, trendAgencies));
      if (parts.has('tasks')) record(await tasksRun(browser, apiSite.url, api));
      log(`run ${run}/${runs} done`);
    }

    const lcp: TimedMeasure[] = (parts.has('lcp') ? lcpRoutes : []).map((route) => {
      const samples = lcpSamples.get(route) ?? [];
      return {
        name: `LCP of \`${route}\`, mock API, CPU ${lcpThrottling}× slower`,
        samples: samples.map((sample) => sample.ms),
        note: `first contentful paint ${Math.round(median(samples.map((sample) => sample.fcpMs)))} ms; LCP element ${mostFrequent(samples.map((sample) => sample.element))}`,
      };
    });
    const tablesLast = interactionSamples.get('agenciesTablesCheckedLast') ?? [];
    const interactions: TimedMeasure[] = Object.entries(interactionNames).flatMap(([key, name]) => {
      const samples = interactionSamples.get(key);
      if (!samples) return [];
      return key === 'agenciesFirstRender' ? [{ name, samples, note: responseOrderNote(samples, tablesLast) }] : [{ name, samples }];
    });
    const unbudgeted: TimedMeasure[] = Object.entries(unbudgetedNames).flatMap(([key, name]) => {
      const samples = interactionSamples.get(key);
      return samples ? [{ name, samples }] : [];
    });
    const root = routes.find((route) => route.route === '/');
    const budgetList: Budget[] = [
      ...(root
        ? [{ name: 'Initial JS of `/` (gzip; charts, mock and bundled data excluded)', value: root.gzip.app, limit: budgets.rootJsBytes, format: kb }]
        : []),
      ...lcp.map((measure) => ({ name: measure.name, value: median(measure.samples), limit: budgets.lcpMs, format: (value: number) => `${Math.round(value)} ms` })),
      ...interactions.map((measure) => ({ name: measure.name, value: median(measure.samples), limit: budgets.interactionMs, format: (value: number) => `${Math.round(value)} ms` })),
    ];
    const cpu = os.cpus();
    const report: BenchReport = {
      runs,
      routes,
      allChunks: mockBuild.chunks,
      lcp,
      interactions,
      unbudgeted,
      budgets: budgetList,
      rootComposition: rootComposition(root),
      environment: `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, headless Chromium ${browser.version()}, Node ${process.version}. Interactions run without CPU throttling; the 10,000 agencies are synthetic (\`src/domain/agencies/stressDataset.ts\`), served over HTTP by \`scripts/bench/benchApi.ts\`.`,
    };

    const markdown = renderMarkdown(report);
    console.log(markdown);
    const outDir = path.join(repoRoot, '.tmp/bench');
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, 'report.md'), `${markdown}\n`);
    await writeFile(
      path.join(outDir, 'results.json'),
      `${JSON.stringify({ ...report, budgets: report.budgets.map(({ format: _format, ...budget }) => budget), apiBuildChunks: apiBuild.chunks.map(({ origins: _origins, ...chunk }: ChunkInfo) => chunk) }, null, 2)}\n`,
    );
    if (options.readme) {
      const readmePath = path.join(repoRoot, 'README.md');
      await writeFile(readmePath, withReadmeTable(await readFile(readmePath, 'utf8'), markdown));
      log('README.md updated');
    }
    const missed = report.budgets.filter((budget) => !budgetMet(budget));
    log(`finished; ${missed.length === 0 ? 'every budget met' : `${missed.length} budget(s) missed: ${missed.map((budget) => budget.name).join('; ')}`}`);
    return options.check && missed.length > 0 ? 1 : 0;
  } finally {
    await browser.close();
    await mockSite.close();
    await apiSite.close();
    await api.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[bench ${elapsed()}] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  },
);
