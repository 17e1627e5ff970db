/**
 * The API contract over HTTP for the benchmark, answering from one of several
 * dataset scenarios that can be switched between page loads (the build bakes
 * in one API address, so one server serves them all):
 *   real       the committed datasets;
 *   agencies   2022 replaced by the synthetic 10,000-agency period
 *              (src/domain/agencies/stressDataset.ts), its agencies added to the catalogue;
 *   tasks      the committed datasets with 2022's tasks copied under new ids up to 600.
 * Synthetic data lives in memory only; nothing is written under data/.
 */
import { inMemoryDatasets, type BundledDatasets } from '@/api/mock/datasets';
import { handleApiRequest } from '@/api/mock/handleApiRequest';
import { createMemoryStorage, createTaskStatusStore } from '@/api/mock/taskStatusStore';
import { createStressDataset } from '@/domain/agencies/stressDataset';
import { catalogSchema, periodDatasetSchema, type Catalog, type PeriodDataset, type Task } from '@/domain/dataset/schema';
import { startNodeApiServer, type RunningServer } from '../../tests/api/support/nodeApiServer';
import { readRepoCatalog, readRepoPeriods } from '../../tests/app/support/repoDatasets';

export type BenchScenario = 'real' | 'agencies' | 'tasks';

export interface BenchApi {
  baseUrl: string;
  use(scenario: BenchScenario): void;
  /** The committed datasets, e.g. to pick agencies to chart. */
  real: BundledDatasets;
  close(): Promise<void>;
}

export const stressAgencyCount = 10_000;
export const benchTaskCount = 600;

async function committedFiles(): Promise<{ catalog: Catalog; periods: Map<string, PeriodDataset> }> {
  const periods = new Map<string, PeriodDataset>();
  for (const [id, load] of await readRepoPeriods()) periods.set(id, await load());
  return { catalog: await readRepoCatalog(), periods };
}

/** Copies of the tasks with new ids and codes ("I.1 (bản 3)"), in plan order, up to `count`. */
function replicateTasks(tasks: readonly Task[], count: number): Task[] {
  if (tasks.length === 0) throw new Error('no task to replicate');
  const copies: Task[] = [];
  for (let index = 0; copies.length < count; index += 1) {
    const copy = Math.floor(index / tasks.length);
    const task = tasks[index % tasks.length];
    if (task === undefined) break;
    copies.push(
      copy === 0
        ? task
        : { ...task, id: `${task.id}~${copy}`, code: `${task.code} (bản ${copy + 1})`, order: task.order + copy * tasks.length },
    );
  }
  return copies.sort((a, b) => a.area.position - b.area.position || a.order - b.order);
}

/** Each scenario is checked against the schema, as the ingest checks the real datasets. */
function source(catalog: Catalog, periods: ReadonlyMap<string, PeriodDataset>): Promise<BundledDatasets> {
  return inMemoryDatasets(
    catalogSchema.parse(catalog),
    [...periods.values()].map((dataset) => periodDatasetSchema.parse(dataset)),
  );
}

export async function startBenchApi(): Promise<BenchApi> {
  const { catalog, periods } = await committedFiles();
  const latest = periods.get('2022');
  if (latest === undefined) throw new Error('data/datasets/periods/2022.json is missing: run npm run ingest');

  const stress = createStressDataset({ agencyCount: stressAgencyCount, periodId: '2022' });
  const scenarios: Record<BenchScenario, BundledDatasets> = {
    real: await source(catalog, periods),
    agencies: await source(
      { ...catalog, agencies: [...catalog.agencies, ...stress.agencies] },
      new Map([...periods, ['2022', { ...stress.dataset, tasks: latest.tasks }]]),
    ),
    tasks: await source(catalog, new Map([...periods, ['2022', { ...latest, tasks: replicateTasks(latest.tasks, benchTaskCount) }]])),
  };
  // Validate every period now, so no page load pays for the server's first parse.
  for (const datasets of Object.values(scenarios)) {
    await Promise.all(datasets.catalog.periods.map((period) => datasets.loadPeriod(period.id)));
  }

  let current: BundledDatasets = scenarios.real;
  const store = createTaskStatusStore(createMemoryStorage());
  const server: RunningServer = await startNodeApiServer((request) => handleApiRequest(request, { datasets: current, store }));
  return {
    baseUrl: server.baseUrl,
    use: (scenario) => {
      current = scenarios[scenario];
    },
    real: scenarios.real,
    close: () => server.close(),
  };
}
