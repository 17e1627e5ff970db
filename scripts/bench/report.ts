/** Medians, budgets and the Markdown tables the benchmark prints (and puts in the README). */
import type { ChunkInfo } from './build';
import type { RouteJs } from './measure';

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** KB as Vite prints them: 1 KB = 1000 bytes. */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;

export interface TimedMeasure {
  name: string;
  samples: number[];
  /** Shown beside the figure, e.g. the LCP element. */
  note?: string;
}

export interface Budget {
  name: string;
  value: number;
  limit: number;
  format: (value: number) => string;
}

export interface BenchReport {
  runs: number;
  routes: RouteJs[];
  allChunks: ChunkInfo[];
  lcp: TimedMeasure[];
  interactions: TimedMeasure[];
  /** Shown with the timings, held to no budget. */
  unbudgeted: TimedMeasure[];
  budgets: Budget[];
  /** What the initial JavaScript of / is made of (bytes per origin before minification, over its app chunks). */
  rootComposition: Array<{ origin: string; bytes: number }>;
  environment: string;
}

/** Which first-render samples had the period's tables checked last (the slower case: their merge falls in the window). */
export function responseOrderNote(firstRenders: readonly number[], tablesLast: readonly number[]): string {
  const slow = firstRenders.filter((_, index) => tablesLast[index] === 1);
  const which = slow.length > 0 ? `: ${slow.map((value) => `${Math.round(value)} ms`).join(', ')}` : '';
  return `the period's tables checked after the catalogue in ${slow.length} of ${firstRenders.length} runs${which}`;
}

export function budgetMet(budget: Budget): boolean {
  return Number.isFinite(budget.value) && budget.value <= budget.limit;
}

export function renderMarkdown(report: BenchReport): string {
  const lines: string[] = [];
  const largest = [...report.allChunks].sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
  const total = report.allChunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);

  lines.push('| budget | median | limit | |', '|---|---:|---:|:-:|');
  for (const budget of report.budgets) {
    lines.push(`| ${budget.name} | ${budget.format(budget.value)} | ${budget.format(budget.limit)} | ${budgetMet(budget) ? 'ok' : '**missed**'} |`);
  }

  lines.push('', `Initial JavaScript per route (gzip, loaded from a cold cache until the page has settled):`, '');
  lines.push('| route | app | charts | embedded mock | bundled data | total |', '|---|---:|---:|---:|---:|---:|');
  for (const route of report.routes) {
    const { app, charts, mock, data } = route.gzip;
    lines.push(`| \`${route.route}\` | ${kb(app)} | ${kb(charts)} | ${kb(mock)} | ${kb(data)} | ${kb(app + charts + mock + data)} |`);
  }
  lines.push(
    '',
    `All JavaScript of the build: ${kb(total)} gzip in ${report.allChunks.length} chunks; largest chunk \`${largest?.fileName ?? '–'}\` (${largest?.kind ?? '–'}), ${kb(largest?.gzipBytes ?? 0)} gzip.`,
    `What the app JavaScript of \`/\` is made of (bytes before minification): ${report.rootComposition
      .slice(0, 8)
      .map(({ origin, bytes }) => `${origin} ${kb(bytes)}`)
      .join(', ')}.`,
  );

  lines.push('', `Timings, median of ${report.runs} runs (all samples in brackets):`, '');
  lines.push('| measure | median | samples |', '|---|---:|---|');
  for (const measure of [...report.lcp, ...report.interactions, ...report.unbudgeted]) {
    lines.push(`| ${measure.name}${measure.note ? ` (${measure.note})` : ''} | ${ms(median(measure.samples))} | ${measure.samples.map(ms).join(', ')} |`);
  }
  lines.push('', report.environment);
  return lines.join('\n');
}

/** Replaces the text between the README's bench markers. */
export function withReadmeTable(readme: string, markdown: string): string {
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block in its Performance section`);
  return `${readme.slice(0, from + start.length)}\n${markdown}\n${readme.slice(to)}`;
}
