/**
 * Serves the API contract over HTTP from data/datasets, so the built app can be
 * run against a real server:  npx tsx tests/api/support/serveApi.ts 8787
 * then build with VITE_API_URL=http://127.0.0.1:8787.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDatasetSource, periodIdFromFileName } from '@/api/mock/datasets';
import { handleApiRequest } from '@/api/mock/handleApiRequest';
import { createMemoryStorage, createTaskStatusStore } from '@/api/mock/taskStatusStore';
import { startNodeApiServer } from './nodeApiServer';

const datasetDir = join(import.meta.dirname, '../../../data/datasets');
const readJson = (path: string) => async (): Promise<unknown> => JSON.parse(await readFile(path, 'utf8'));

const periodFiles = (await readdir(join(datasetDir, 'periods'))).filter((name) => name.endsWith('.json'));
const datasets = await createDatasetSource({
  loadCatalog: readJson(join(datasetDir, 'catalog.json')),
  periodLoaders: new Map(periodFiles.map((name) => [periodIdFromFileName(name), readJson(join(datasetDir, 'periods', name))])),
  label: 'data/datasets',
});
const store = createTaskStatusStore(createMemoryStorage());
const server = await startNodeApiServer((request) => handleApiRequest(request, { datasets, store }), Number(process.argv[2] ?? 8787));
console.log(`CCHC API on ${server.baseUrl}`);
