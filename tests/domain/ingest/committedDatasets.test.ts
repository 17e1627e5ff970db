// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDatasets } from '@/domain/ingest/buildDatasets';
import { serializeDataset } from '@/domain/ingest/serialize';

const root = join(import.meta.dirname, '..', '..', '..');
const reportsDir = join(root, 'data', 'reports');
const datasetsDir = join(root, 'data', 'datasets');

function readReports(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(reportsDir)
      .filter((name) => name.endsWith('.txt') || name.endsWith('.tsv'))
      .sort()
      .map((name) => [name, readFileSync(join(reportsDir, name), 'utf8')]),
  );
}

describe('committed datasets', () => {
  const built = buildDatasets(readReports());

  it('are what `npm run ingest` builds from data/reports (run it after changing the ingest)', () => {
    expect(readFileSync(join(datasetsDir, 'catalog.json'), 'utf8')).toBe(serializeDataset(built.catalog));
    const committed = readdirSync(join(datasetsDir, 'periods')).sort();
    expect(committed).toEqual(built.periods.map((dataset) => `${dataset.periodId}.json`).sort());
    for (const dataset of built.periods) {
      const file = readFileSync(join(datasetsDir, 'periods', `${dataset.periodId}.json`), 'utf8');
      expect(file, `${dataset.periodId}.json is stale`).toBe(serializeDataset(dataset));
    }
  });

  it('come out byte-identical when built twice', () => {
    const again = buildDatasets(readReports());
    expect(serializeDataset(again)).toBe(serializeDataset(built));
  });
});
