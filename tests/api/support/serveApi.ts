/**
 * Serves the API contract over HTTP from data/datasets, so the built app can be
 * run against a real server:  npx tsx tests/api/support/serveApi.ts 8787
 * then build with VITE_API_URL=http://127.0.0.1:8787.
 */
import { handleApiRequest } from '@/api/mock/handleApiRequest';
import { createMemoryStorage, createTaskStatusStore } from '@/api/mock/taskStatusStore';
import { loadRepoDatasets } from '../../app/support/repoDatasets';
import { startNodeApiServer } from './nodeApiServer';

const datasets = await loadRepoDatasets();
const store = createTaskStatusStore(createMemoryStorage());
const server = await startNodeApiServer((request) => handleApiRequest(request, { datasets, store }), Number(process.argv[2] ?? 8787));
console.log(`CCHC API on ${server.baseUrl}`);
