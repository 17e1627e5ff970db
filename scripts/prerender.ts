/**
 * Part of `npm run build`: draws the pages that open without parameters into
 * the built HTML, from the bundled datasets, so the browser shows a page
 * before any JavaScript runs; main.tsx then hydrates it
 * (README.md, "Pages drawn at build time").
 *
 * A build pointed at a real API (VITE_API_URL) is not prerendered: its data
 * is only known when the page opens.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, loadEnv } from 'vite';
import type { PrerenderedPage } from '../src/prerender';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Each page, the file a static host answers it with (vite preview and docs/deployment.md try
 * `<path>.html`) and the module of its route in src/app/routes.tsx, whose styles the markup needs
 * before the first paint. /trends is drawn in the browser only: its charts come with inline styles,
 * which the CSP blocks in markup.
 */
const pages = [
  { pathname: '/', file: 'index.html', module: 'src/features/overview/OverviewPage.tsx' },
  { pathname: '/agencies', file: 'agencies.html', module: 'src/features/agencies/AgenciesPage.tsx' },
  { pathname: '/tasks', file: 'tasks.html', module: 'src/features/tasks/TasksPage.tsx' },
  { pathname: '/data', file: 'data.html', module: 'src/features/data-quality/DataQualityPage.tsx' },
];

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
function pageLinks(manifest: Record<string, ManifestChunk>, module: string): string {
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
  ].join('\n    ');
}

/** JSON inside <script type="application/json">: a `<` in the data can neither close the element nor open a comment. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function fillTemplate(template: string, pathname: string, links: string, page: PrerenderedPage, queriesElementId: string): string {
  // The CSP (style-src 'self') blocks style attributes in markup, and hydration would never set them afterwards.
  const styled = /<[^>]+\sstyle="[^"]*"/.exec(page.html);
  if (styled) throw new Error(`${pathname} drew an inline style, which the CSP would block: ${styled[0].slice(0, 160)}`);
  const marker = '<div id="root"></div>';
  if (!template.includes(marker)) throw new Error(`the built index.html has no empty ${marker}`);
  return template
    .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta name="cchc-prerendered" content="${pathname}" />`)
    .replace('</head>', `  ${links}\n  </head>`)
    .replace(
      marker,
      `<div id="root">${page.html}</div>\n    <script type="application/json" id="${queriesElementId}">${scriptSafeJson(page.queries)}</script>`,
    );
}

/** Draws the pages into the build in `distDir`, which `vite build` has just written. */
export async function prerenderBuild(distDir: string): Promise<void> {
  // React and react-dom/server must load the same build: the production one, as in the browser.
  // Nothing may import React before this line, hence the ids below come from the server bundle.
  process.env.NODE_ENV = 'production';
  if (loadEnv('production', root, 'VITE_').VITE_API_URL || process.env.VITE_API_URL) {
    console.log('prerender: skipped, the build reads a real API (VITE_API_URL)');
    return;
  }
  // Inside the project, so that the server bundle finds the packages it leaves external in node_modules/.
  const serverDir = path.join(root, 'node_modules', '.cache', 'cchc-prerender');
  try {
    await build({
      root,
      logLevel: 'warn',
      build: { ssr: 'src/prerender.tsx', outDir: serverDir, emptyOutDir: true, copyPublicDir: false },
    });
    const { prerenderPage, PRERENDERED_QUERIES_ID } = (await import(pathToFileURL(path.join(serverDir, 'prerender.js')).href)) as typeof import('../src/prerender');
    const template = await readFile(path.join(distDir, 'index.html'), 'utf8');
    const manifest = JSON.parse(await readFile(path.join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
    for (const { pathname, file, module } of pages) {
      const links = pageLinks(manifest, module);
      const html = fillTemplate(template, pathname, links, await prerenderPage(pathname), PRERENDERED_QUERIES_ID);
      await writeFile(path.join(distDir, file), html);
      console.log(`prerender: ${pathname} → ${path.relative(root, path.join(distDir, file))} (${Math.round(html.length / 1024)} KB)`);
    }
  } finally {
    await rm(serverDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDirArgument = process.argv.indexOf('--outDir');
  await prerenderBuild(path.resolve(root, outDirArgument === -1 ? 'dist' : (process.argv[outDirArgument + 1] ?? 'dist')));
}
