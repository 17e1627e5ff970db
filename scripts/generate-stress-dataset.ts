/**
 * Writes the synthetic 10,000-agency period used to benchmark the agencies
 * table (see src/domain/agencies/stressDataset.ts), by default to
 * .tmp/stress/agencies-10000.json (git-ignored).
 *
 *   npx tsx scripts/generate-stress-dataset.ts [--count 10000] [--seed 20221214] [--out path]
 *
 * It refuses to write under data/: those files are report figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStressDataset } from '../src/domain/agencies/stressDataset';
import { periodDatasetSchema } from '../src/domain/dataset/schema';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20221214' },
    out: { type: 'string' },
  },
});

const agencyCount = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(agencyCount) || agencyCount < 1 || !Number.isInteger(seed)) {
  throw new Error('--count and --seed must be positive integers');
}
const outPath = resolve(values.out ?? join(root, '.tmp', 'stress', `agencies-${agencyCount}.json`));
const underRepo = relative(root, outPath);
if (underRepo === 'data' || underRepo.startsWith(`data/`) || underRepo.startsWith('data\\')) {
  throw new Error(`Refusing to write synthetic figures under data/: ${outPath}`);
}

const { dataset, agencies } = createStressDataset({ agencyCount, seed });
periodDatasetSchema.parse(dataset);
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, `${JSON.stringify({ agencies, dataset })}\n`);
const agencyRows = dataset.tables.flatMap((table) => table.rows).filter((row) => row.kind === 'agency').length;
console.log(`Wrote ${agencyRows} synthetic agency rows and ${dataset.findings.length} findings to ${outPath}`);
