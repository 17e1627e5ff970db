/**
 * Production builds for the benchmark, made with Vite's own build API so the
 * bundle can be inspected: every emitted JavaScript chunk with its gzip size
 * and what it is made of (the app, the charts, the embedded mock, the bundled
 * datasets).
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { prerenderBuild, removeBuildManifest } from '../prerender';

export type ChunkKind = 'app' | 'charts' | 'mock' | 'data';

export interface ChunkInfo {
  fileName: string;
  kind: ChunkKind;
  bytes: number;
  gzipBytes: number;
  /** Bytes per origin ("react-dom", "src/features/trends", …) after tree-shaking, before minification; largest first. */
  origins: Array<{ origin: string; bytes: number }>;
}

export interface BenchBuild {
  outDir: string;
  chunks: ChunkInfo[];
}

interface CollectedChunk {
  fileName: string;
  modules: Array<{ id: string; bytes: number }>;
}

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** recharts and everything it pulls in: the bytes only a chart needs. */
function chartPackages(): Set<string> {
  const found = new Set<string>();
  const pending = ['recharts'];
  while (pending.length > 0) {
    const name = pending.pop();
    if (name === undefined || found.has(name)) continue;
    found.add(name);
    try {
      const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
      };
      pending.push(...Object.keys(manifest.dependencies ?? {}));
    } catch {
      // A dependency hoisted elsewhere or optional: its modules are still matched by name.
    }
  }
  for (const shared of ['react', 'react-dom', 'react-is', 'scheduler']) found.delete(shared);
  return found;
}

/** "node_modules/@reduxjs/toolkit/dist/x.js" → "@reduxjs/toolkit"; "src/features/trends/x.tsx" → "src/features/trends". */
function originOf(moduleId: string): string {
  const id = moduleId.replace(/^\0/, '').replace(/\?.*$/, '');
  const nodeModules = id.lastIndexOf('/node_modules/');
  if (nodeModules >= 0) {
    const parts = id.slice(nodeModules + '/node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? id);
  }
  const relative = path.relative(repoRoot, id);
  if (relative.startsWith('data/datasets/')) return 'data/datasets';
  const parts = relative.split(path.sep);
  return parts[0] === 'src' && parts.length > 2 ? `src/${parts[1]}/${parts.length > 3 ? parts[2] : ''}`.replace(/\/$/, '') : relative;
}

function kindOfOrigin(origin: string, charts: ReadonlySet<string>): ChunkKind {
  if (origin === 'data/datasets') return 'data';
  if (origin === 'src/api/mock') return 'mock';
  if (charts.has(origin)) return 'charts';
  return 'app';
}

/** A chunk is what most of its bytes are. */
function classify(origins: ChunkInfo['origins'], charts: ReadonlySet<string>): ChunkKind {
  const byKind = new Map<ChunkKind, number>();
  for (const { origin, bytes } of origins) {
    const kind = kindOfOrigin(origin, charts);
    byKind.set(kind, (byKind.get(kind) ?? 0) + bytes);
  }
  return [...byKind.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'app';
}

function collector(into: CollectedChunk[]): Plugin {
  return {
    name: 'cchc-bench-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        into.push({
          fileName: output.fileName,
          modules: Object.entries(output.modules).map(([id, info]) => ({ id, bytes: info.renderedLength })),
        });
      }
    },
  };
}

/**
 * Builds the app into `outDir`; `apiUrl` becomes VITE_API_URL (unset = the
 * embedded mock). Vite reads VITE_ variables from the environment, so the
 * variable is set for the duration of the build only.
 */
export async function buildForBench(outDir: string, apiUrl: string | null): Promise<BenchBuild> {
  const collected: CollectedChunk[] = [];
  const previous = process.env.VITE_API_URL;
  if (apiUrl === null) delete process.env.VITE_API_URL;
  else process.env.VITE_API_URL = apiUrl;
  try {
    await build({
      root: repoRoot,
      configFile: path.join(repoRoot, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, reportCompressedSize: false },
      plugins: [collector(collected)],
    });
  } finally {
    if (previous === undefined) delete process.env.VITE_API_URL;
    else process.env.VITE_API_URL = previous;
  }
  if (apiUrl === null) await prerenderBuild(outDir);
  await removeBuildManifest(outDir);
  const charts = chartPackages();
  const chunks = await Promise.all(
    collected.map(async ({ fileName, modules }): Promise<ChunkInfo> => {
      const code = await readFile(path.join(outDir, fileName));
      const byOrigin = new Map<string, number>();
      for (const module of modules) byOrigin.set(originOf(module.id), (byOrigin.get(originOf(module.id)) ?? 0) + module.bytes);
      const origins = [...byOrigin.entries()].map(([origin, bytes]) => ({ origin, bytes })).sort((a, b) => b.bytes - a.bytes);
      return { fileName, kind: classify(origins, charts), bytes: code.length, gzipBytes: gzipSync(code).length, origins };
    }),
  );
  // Scripts the prerender writes (the guard of a drawn page) come from outside Rollup, and load with the page.
  const emitted = new Set(chunks.map((chunk) => chunk.fileName));
  const extraScripts = (await readdir(path.join(outDir, 'assets'))).map((name) => `assets/${name}`).filter((file) => file.endsWith('.js') && !emitted.has(file));
  for (const fileName of extraScripts) {
    const code = await readFile(path.join(outDir, fileName));
    chunks.push({ fileName, kind: 'app', bytes: code.length, gzipBytes: gzipSync(code).length, origins: [{ origin: 'scripts/prerender.ts', bytes: code.length }] });
  }
  return { outDir, chunks: chunks.sort((a, b) => b.gzipBytes - a.gzipBytes) };
}
