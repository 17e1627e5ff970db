import type { z } from 'zod';
import {
  catalogSchema,
  periodDatasetSchema,
  type Catalog,
  type PeriodDataset,
  type PeriodId,
} from '@/domain/dataset/schema';
import { formatIssuePath } from '../errors';

/** What the mock serves: the catalogue, and each period's dataset loaded on first use. */
export interface BundledDatasets {
  catalog: Catalog;
  /** Rejects when the bundle has no valid dataset for a period the catalogue lists. */
  loadPeriod(periodId: PeriodId): Promise<PeriodDataset>;
}

export type JsonLoader = () => Promise<unknown>;

function parseDataset<Schema extends z.ZodType>(schema: Schema, data: unknown, file: string): z.infer<Schema> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue ? `${formatIssuePath(issue.path) || '(gốc)'}: ${issue.message}` : parsed.error.message;
  throw new Error(`${file} không đúng lược đồ dữ liệu (${where})`);
}

/**
 * Validates the catalogue now and each period file on first request, caching the result;
 * a failed load is not cached so a later request tries again.
 */
export async function createDatasetSource(source: {
  loadCatalog: JsonLoader;
  periodLoaders: ReadonlyMap<string, JsonLoader>;
  /** How files are named in error messages, e.g. "data/datasets". */
  label: string;
}): Promise<BundledDatasets> {
  const catalog = parseDataset(catalogSchema, await source.loadCatalog(), `${source.label}/catalog.json`);
  const loaded = new Map<PeriodId, Promise<PeriodDataset>>();

  async function loadAndCheck(periodId: PeriodId): Promise<PeriodDataset> {
    const file = `${source.label}/periods/${periodId}.json`;
    const load = source.periodLoaders.get(periodId);
    if (load === undefined) throw new Error(`Thiếu tệp dữ liệu ${file}`);
    const dataset = parseDataset(periodDatasetSchema, await load(), file);
    if (dataset.periodId !== periodId) throw new Error(`${file} chứa kỳ ${dataset.periodId}`);
    return dataset;
  }

  return {
    catalog,
    loadPeriod(periodId) {
      const cached = loaded.get(periodId);
      if (cached !== undefined) return cached;
      const pending = loadAndCheck(periodId);
      loaded.set(periodId, pending);
      pending.catch(() => loaded.delete(periodId));
      return pending;
    },
  };
}

/** Datasets already in memory (test fixtures). */
export function inMemoryDatasets(catalog: Catalog, periods: readonly PeriodDataset[]): Promise<BundledDatasets> {
  return createDatasetSource({
    loadCatalog: async () => catalog,
    periodLoaders: new Map(periods.map((period) => [period.periodId, async () => period] as const)),
    label: 'fixtures',
  });
}

/** "…/periods/2020-H1.json" → "2020-H1". */
export function periodIdFromFileName(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '');
}
