import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createDatasetSource, periodIdFromFileName, type BundledDatasets } from '@/api/mock/datasets';
import { catalogSchema, periodDatasetSchema, type Catalog, type PeriodDataset } from '@/domain/dataset/schema';

const datasetsDir = path.resolve(import.meta.dirname, '../../../data/datasets');

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

export async function readRepoCatalog(): Promise<Catalog> {
  return catalogSchema.parse(await readJson(path.join(datasetsDir, 'catalog.json')));
}

/** The committed period datasets by period id, each checked against the schema. */
export async function readRepoPeriods(): Promise<Map<string, () => Promise<PeriodDataset>>> {
  const names = (await readdir(path.join(datasetsDir, 'periods'))).filter((name) => name.endsWith('.json'));
  return new Map(
    names.map((name) => [periodIdFromFileName(name), async () => periodDatasetSchema.parse(await readJson(path.join(datasetsDir, 'periods', name)))] as const),
  );
}

/** The committed datasets (data/datasets, written by `npm run ingest`), read from disk as the bundled mock would serve them. */
export async function loadRepoDatasets(): Promise<BundledDatasets> {
  return createDatasetSource({ loadCatalog: readRepoCatalog, periodLoaders: await readRepoPeriods(), label: 'data/datasets' });
}
