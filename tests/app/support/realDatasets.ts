import { readFileSync } from 'node:fs';
import { inMemoryDatasets, type BundledDatasets } from '@/api/mock/datasets';
import { catalogSchema, periodDatasetSchema, type PeriodDataset } from '@/domain/dataset/schema';

/** The datasets the ingest wrote from the reports: the tests check real figures. */
export const realCatalog = catalogSchema.parse(JSON.parse(readFileSync('data/datasets/catalog.json', 'utf8')));

export const realPeriods: PeriodDataset[] = realCatalog.periods.map((period) =>
  periodDatasetSchema.parse(JSON.parse(readFileSync(`data/datasets/periods/${period.id}.json`, 'utf8'))),
);

export function loadRealDatasets(): Promise<BundledDatasets> {
  return inMemoryDatasets(realCatalog, realPeriods);
}
