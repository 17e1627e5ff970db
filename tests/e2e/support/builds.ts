/**
 * Where the browser tests find the builds. The main build (dist/) is made by
 * `npm run build` before the tests; the dead-API build is made here, because
 * only these tests need it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
/** E2E_DIST_DIR / E2E_DEADAPI_DIST_DIR let a run use its own copies (e.g. when several builds share a checkout). */
export const distDir = path.resolve(repoRoot, process.env.E2E_DIST_DIR ?? 'dist');
export const deadApiDistDir = path.resolve(repoRoot, process.env.E2E_DEADAPI_DIST_DIR ?? 'dist-deadapi');

/** Port 9 (discard) on the loopback: nothing listens there, so every request is refused at once. */
export const deadApiUrl = 'http://127.0.0.1:9';

/** Builds the app pointed at an API where nothing listens, into dist-deadapi/. */
export function buildDeadApiDist(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', deadApiDistDir, '--emptyOutDir', '--logLevel', 'error'],
      { cwd: repoRoot, env: { ...process.env, VITE_API_URL: deadApiUrl }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build for ${deadApiDistDir} exited with ${code}`))));
  });
}
