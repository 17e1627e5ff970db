import {
  catalogSchema,
  periodDatasetSchema,
  type Catalog,
  type Period,
  type PeriodDataset,
} from '../dataset/schema';
import { agencyCatalog } from '../agencies/registry';
import { metricRuleText } from '../metrics/periodRules';
import { periodDefinitions, reportFiles, type PeriodDefinition } from '../periods/catalog';
import { reconcilePeriod } from '../reconcile';
import { agencyGroups } from '../tasks/agencyGroups';
import { reformAreas } from '../tasks/reformAreas';
import { collectSightings, withSightings } from './agencySightings';
import { parseIndices } from './indices';
import { parseStatistics } from './statistics';
import { buildTasks } from './tasks/buildTasks';

/** Report files by name (e.g. "004_c11a7d0045ebd1e1.txt") → their text. */
export type ReportContents = Record<string, string>;

export interface BuiltDatasets {
  catalog: Catalog;
  periods: PeriodDataset[];
}

const noStatisticsRule = {
  vi: 'Kỳ này không có số liệu hồ sơ',
  en: 'This period has no dossier figures',
};

function withMetricRules(definition: PeriodDefinition): Period {
  return {
    ...definition,
    metricRules: metricRuleText[definition.id] ?? {
      lateRate: noStatisticsRule,
      onTimeRate: noStatisticsRule,
      onlineRate: noStatisticsRule,
    },
  };
}

function fileName(repoPath: string): string {
  return repoPath.split('/').pop() ?? repoPath;
}

/** Builds every dataset from the report texts. Pure and deterministic: same reports, same output. */
export function buildDatasets(reports: ReportContents): BuiltDatasets {
  const statistics = parseStatistics(reports);
  const tasksByPeriod = buildTasks(reports);
  const indicesFile = reports[fileName(reportFiles.indices)];

  const periods = periodDefinitions.map((definition) => {
    const tables = statistics.tablesByPeriod[definition.id] ?? [];
    return periodDatasetSchema.parse({
      periodId: definition.id,
      tables,
      tasks: tasksByPeriod[definition.id] ?? [],
      reportingCompliance: definition.id === '2017-Q1' ? statistics.reportingCompliance : [],
      findings: reconcilePeriod(definition.id, tables),
    });
  });

  const catalog = catalogSchema.parse({
    periods: periodDefinitions.map(withMetricRules),
    agencies: withSightings(agencyCatalog(), collectSightings(periods)),
    agencyGroups,
    reformAreas,
    indices: indicesFile === undefined ? [] : parseIndices(indicesFile, reportFiles.indices),
  });
  return { catalog, periods };
}
