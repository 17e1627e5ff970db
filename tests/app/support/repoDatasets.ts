import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createDatasetSource, periodIdFromFileName, type BundledDatasets } from '@/api/mock/datasets';

const datasetsDir = path.resolve(import.meta.dirname, '../../../data/datasets');

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

/** The committed datasets (data/datasets, written by `npm run ingest`), read from disk as the bundled mock would serve them. */
export async function loadRepoDatasets(): Promise<BundledDatasets> {
  const periodFiles = (await readdir(path.join(datasetsDir, 'periods'))).filter((name) => name.endsWith('.json'));
  return createDatasetSource({
    loadCatalog: () => readJson(path.join(datasetsDir, 'catalog.json')),
    periodLoaders: new Map(
      periodFiles.map((name) => [periodIdFromFileName(name), () => readJson(path.join(datasetsDir, 'periods', name))] as const),
    ),
    label: 'data/datasets',
  });
}
