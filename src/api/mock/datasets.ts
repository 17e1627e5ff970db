import type { Catalog, PeriodDataset, PeriodId } from '@/domain/dataset/schema';

/** What the mock serves: the catalogue, and each period's dataset loaded on first use. */
export interface BundledDatasets {
  catalog: Catalog;
  /** Rejects when the bundle has no dataset for a period the catalogue lists. */
  loadPeriod(periodId: PeriodId): Promise<PeriodDataset>;
}

/**
 * Serves datasets as they were loaded, without checking them against the
 * schema: the ingest checks every file it writes, the committed files are
 * checked again by tests/domain/ingest/committedDatasets.test.ts, and the
 * client checks every response it receives. A third check here cost the
 * first page about 45 ms. Loaders reading files from disk check what they read
 * (tests/app/support/repoDatasets.ts).
 *
 * Each period file is loaded on its first request and kept; a failed load is
 * not kept, so a later request tries again.
 */
export async function createDatasetSource(source: {
  loadCatalog: () => Promise<Catalog>;
  periodLoaders: ReadonlyMap<string, () => Promise<PeriodDataset>>;
  /** How files are named in error messages, e.g. "data/datasets". */
  label: string;
}): Promise<BundledDatasets> {
  const catalog = await source.loadCatalog();
  const loaded = new Map<PeriodId, Promise<PeriodDataset>>();

  async function load(periodId: PeriodId): Promise<PeriodDataset> {
    const file = `${source.label}/periods/${periodId}.json`;
    const loadFile = source.periodLoaders.get(periodId);
    if (loadFile === undefined) throw new Error(`Thiếu tệp dữ liệu ${file}`);
    const dataset = await loadFile();
    if (dataset.periodId !== periodId) throw new Error(`${file} chứa kỳ ${dataset.periodId}`);
    return dataset;
  }

  return {
    catalog,
    loadPeriod(periodId) {
      const cached = loaded.get(periodId);
      if (cached !== undefined) return cached;
      const pending = load(periodId);
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
