// @vitest-environment node
/**
 * A build pointed at a real server (VITE_API_URL set) must contain no mock code and
 * no bundled dataset; the same build without the URL must contain both, which
 * proves the markers below survive minification.
 * Manual check of the whole app: VITE_API_URL=http://127.0.0.1:9 npx vite build && grep -rl embedded-mock.cchc.invalid dist/
 */
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Strings only the mock modules hold: the mock base URL, a route of its table, its storage key. */
const mockMarkers = ['embedded-mock.cchc.invalid', '/periods/:periodId/tasks/:taskId/status', 'cchc-dashboard:task-status-changes:v1'];
const datasetChunk = /^assets\/(catalog|\d{4}(-Q[1-4]|-H[12])?)-[\w-]+\.js$/;

async function buildApiClient(apiUrl: string) {
  const result = await build({
    root: repoRoot,
    configFile: `${repoRoot}/vite.config.ts`,
    logLevel: 'silent',
    define: { 'import.meta.env.VITE_API_URL': JSON.stringify(apiUrl) },
    build: {
      write: false,
      rollupOptions: { input: `${repoRoot}/tests/api/support/apiClientEntry.ts` },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const files = outputs.flatMap((output) => output.output);
  const text = files.map((file) => (file.type === 'chunk' ? file.code : String(file.source))).join('\n');
  return {
    fileNames: files.map((file) => file.fileName),
    markersFound: mockMarkers.filter((marker) => text.includes(marker)),
  };
}

describe('API build', () => {
  it('drops the mock and the datasets when VITE_API_URL is set, and keeps them when it is not', async () => {
    const withServer = await buildApiClient('http://127.0.0.1:9');
    expect(withServer.markersFound).toEqual([]);
    expect(withServer.fileNames.filter((name) => datasetChunk.test(name))).toEqual([]);
    expect(withServer.fileNames.filter((name) => name.endsWith('.js'))).toHaveLength(1);

    const withMock = await buildApiClient('');
    expect(withMock.markersFound).toEqual(mockMarkers);
    expect(withMock.fileNames.filter((name) => datasetChunk.test(name)).length).toBeGreaterThanOrEqual(5);
  }, 120_000);
});
