/**
 * npm run ingest: rebuilds data/datasets/ from data/reports/.
 * All logic lives in src/domain/ingest; this script only reads and writes files.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDatasets } from '../src/domain/ingest/buildDatasets';
import { serializeDataset } from '../src/domain/ingest/serialize';

const root = join(import.meta.dirname, '..');
const reportsDir = join(root, 'data', 'reports');
const outDir = join(root, 'data', 'datasets');

const reports = Object.fromEntries(
  readdirSync(reportsDir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.tsv'))
    .sort()
    .map((name) => [name, readFileSync(join(reportsDir, name), 'utf8')]),
);

const { catalog, periods } = buildDatasets(reports);

rmSync(join(outDir, 'periods'), { recursive: true, force: true });
mkdirSync(join(outDir, 'periods'), { recursive: true });
writeFileSync(join(outDir, 'catalog.json'), serializeDataset(catalog));
for (const dataset of periods) {
  writeFileSync(join(outDir, 'periods', `${dataset.periodId}.json`), serializeDataset(dataset));
}
console.log(`Wrote catalog.json and ${periods.length} period datasets to data/datasets/`);
