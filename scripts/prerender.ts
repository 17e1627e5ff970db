/**
 * Part of `npm run build`: draws the pages that open without parameters into
 * the built HTML, from the bundled datasets, so the browser shows a page
 * before any JavaScript runs; main.tsx then hydrates it
 * (README.md, "Pages drawn at build time").
 *
 * A build pointed at a real API (VITE_API_URL) is not prerendered: its data
 * is only known when the page opens.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, loadEnv } from 'vite';
import { escapeHtml } from '../src/domain/text/html';
import type { PrerenderedPage } from '../src/prerender';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Each page, the file a static host answers it with, and the module of its route in
 * src/app/routes.tsx, whose styles the markup needs before the first paint. `/` gets its own file:
 * index.html stays the bare app, which hosts answer every other address with (see
 * docs/deployment.md). /trends is drawn in the browser only: its charts come with inline styles,
 * which the CSP blocks in markup.
 */
const pages = [
  { pathname: '/', file: 'home.html', module: 'src/features/overview/OverviewPage.tsx' },
  { pathname: '/agencies', file: 'agencies.html', module: 'src/features/agencies/AgenciesPage.tsx' },
  { pathname: '/tasks', file: 'tasks.html', module: 'src/features/tasks/TasksPage.tsx' },
  { pathname: '/data', file: 'data.html', module: 'src/features/data-quality/DataQualityPage.tsx' },
];

/** The CSP (style-src 'self') blocks a style attribute in markup, and hydration would never set it afterwards. */
export const inlineStyleAttribute = /<[^>]+\sstyle="[^"]*"/;

/** An entry of Vite's build manifest (dist/.vite/manifest.json), as far as it is read here. */
interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

/**
 * The `<link>`s a page's markup needs: the stylesheets of its route module's chunks, which the
 * browser would otherwise only fetch with the route's code, after the first paint, and that code
 * itself, preloaded so that hydration need not wait for a second round trip.
 */
function pageLinks(manifest: Record<string, ManifestChunk>, module: string): string[] {
  const css = new Set<string>();
  const scripts = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest has no ${key}`);
    if (key === 'index.html' || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(module);
  return [
    ...[...css].map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`),
    ...[...scripts].map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
  ];
}

/** JSON inside <script type="application/json">: a `<` in the data can neither close the element nor open a comment. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Replaces the one `marker` in `html`; the replacement is taken as it is (a `$` in report text is no pattern). */
function replaceOnce(html: string, marker: string, replacement: string): string {
  if (!html.includes(marker)) throw new Error(`the built index.html has no ${marker}`);
  return html.replace(marker, () => replacement);
}

export interface PageHead {
  /** The path the markup is drawn for, checked by the guard script before the page is shown. */
  pathname: string;
  /** Where the guard script (src/app/prerendered-check.js) was written, e.g. /assets/prerendered-check-1a2b3c4d.js. */
  guardScript: string;
  /** Further `<link>` elements for the head. */
  links: readonly string[];
  /** The id of the element holding the query cache (PRERENDERED_QUERIES_ID). */
  queriesElementId: string;
}

/** The built index.html with a drawn page in #root: its path, guard script and links in the head, its query cache after it. */
export function fillTemplate(template: string, head: PageHead, page: PrerenderedPage): string {
  const styled = inlineStyleAttribute.exec(page.html);
  if (styled) throw new Error(`${head.pathname} drew an inline style, which the CSP would block: ${styled[0].slice(0, 160)}`);
  const headTags = [
    `<meta name="cchc-prerendered" content="${head.pathname}" />`,
    // Before the stylesheets, so that a page drawn for another view is hidden from the first paint.
    `<script src="${head.guardScript}"></script>`,
  ];
  let html = replaceOnce(template, '<meta charset="UTF-8" />', ['<meta charset="UTF-8" />', ...headTags].join('\n    '));
  if (page.title !== null) html = replaceOnce(html, '<title>CCHC Khánh Hòa</title>', `<title>${escapeHtml(page.title)}</title>`);
  html = replaceOnce(html, '</head>', `  ${head.links.join('\n    ')}\n  </head>`);
  return replaceOnce(
    html,
    '<div id="root"></div>',
    `<div id="root">${page.html}</div>\n    <script type="application/json" id="${head.queriesElementId}">${scriptSafeJson(page.queries)}</script>`,
  );
}

/** The guard script under a name that changes with its content, so hosts may cache it like the rest of assets/. */
async function writeGuardScript(distDir: string): Promise<string> {
  const code = await readFile(path.join(root, 'src', 'app', 'prerendered-check.js'));
  const file = `assets/prerendered-check-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
  await mkdir(path.join(distDir, 'assets'), { recursive: true });
  await writeFile(path.join(distDir, file), code);
  return `/${file}`;
}

/** The same figures must read the same in the build and in the browser, or hydration fails on every number. */
function assertFullIcu(): void {
  const sample = new Intl.NumberFormat('vi-VN').format(1234.5);
  if (sample !== '1.234,5') throw new Error(`this Node formats 1234.5 in vi-VN as «${sample}»: it needs full ICU data to prerender`);
}

/** Draws the pages into the build in `distDir`, which `vite build` (with the embedded mock) has just written. */
export async function prerenderBuild(distDir: string): Promise<void> {
  // React and react-dom/server must load the same build: the production one, as in the browser.
  // Nothing may import React before this line, hence the ids below come from the server bundle.
  process.env.NODE_ENV = 'production';
  // The page is drawn as for a browser with nothing saved; a Node with Web Storage must not lend it its own.
  Object.defineProperty(globalThis, 'localStorage', { value: undefined, configurable: true });
  assertFullIcu();
  // Inside the project, so that the server bundle finds the packages it leaves external in node_modules/.
  const serverDir = path.join(root, 'node_modules', '.cache', 'cchc-prerender');
  try {
    await build({
      root,
      logLevel: 'warn',
      build: { ssr: 'src/prerender.tsx', outDir: serverDir, emptyOutDir: true, copyPublicDir: false, manifest: false },
    });
    const { prerenderPage, PRERENDERED_QUERIES_ID } = (await import(pathToFileURL(path.join(serverDir, 'prerender.js')).href)) as typeof import('../src/prerender');
    const template = await readFile(path.join(distDir, 'index.html'), 'utf8');
    const manifest = JSON.parse(await readFile(path.join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
    const guardScript = await writeGuardScript(distDir);
    for (const { pathname, file, module } of pages) {
      const head: PageHead = { pathname, guardScript, links: pageLinks(manifest, module), queriesElementId: PRERENDERED_QUERIES_ID };
      const html = fillTemplate(template, head, await prerenderPage(pathname));
      await writeFile(path.join(distDir, file), html);
      console.log(`prerender: ${pathname} → ${path.relative(root, path.join(distDir, file))} (${Math.round(html.length / 1024)} KB)`);
    }
  } finally {
    await rm(serverDir, { recursive: true, force: true });
  }
}

/** Build internals the prerender reads; a host need not serve them. */
export async function removeBuildManifest(distDir: string): Promise<void> {
  await rm(path.join(distDir, '.vite'), { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDirArgument = process.argv.indexOf('--outDir');
  const distDir = path.resolve(root, outDirArgument === -1 ? 'dist' : (process.argv[outDirArgument + 1] ?? 'dist'));
  // loadEnv reads the .env files and the environment, as vite build did.
  if (loadEnv('production', root, 'VITE_').VITE_API_URL) console.log('prerender: skipped, the build reads a real API (VITE_API_URL)');
  else await prerenderBuild(distDir);
  await removeBuildManifest(distDir);
}
