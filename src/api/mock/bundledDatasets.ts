import type { Catalog, PeriodDataset } from '@/domain/dataset/schema';
import { createDatasetSource, periodIdFromFileName, type BundledDatasets } from './datasets';

// Globs rather than plain imports: each file becomes its own lazily loaded chunk,
// and a checkout without an ingest still builds (the mock then answers 500).
// The files are the ingest's output, checked against the schema as they were written.
const catalogModules = import.meta.glob<Catalog>('../../../data/datasets/catalog.json', { import: 'default' });
const periodModules = import.meta.glob<PeriodDataset>('../../../data/datasets/periods/*.json', { import: 'default' });

export function loadBundledDatasets(): Promise<BundledDatasets> {
  const loadCatalog = Object.values(catalogModules)[0];
  if (loadCatalog === undefined) {
    return Promise.reject(new Error('Thiếu tệp data/datasets/catalog.json: chạy npm run ingest'));
  }
  return createDatasetSource({
    loadCatalog,
    periodLoaders: new Map(Object.entries(periodModules).map(([path, load]) => [periodIdFromFileName(path), load])),
    label: 'data/datasets',
  });
}
