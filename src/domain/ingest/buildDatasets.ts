import {
  catalogSchema,
  periodDatasetSchema,
  type Catalog,
  type Period,
  type PeriodDataset,
} from '../dataset/schema';
import { metricRuleText } from '../metrics/periodRules';
import { periodDefinitions } from '../periods/catalog';

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

function withMetricRules(definition: (typeof periodDefinitions)[number]): Period {
  return {
    ...definition,
    metricRules: metricRuleText[definition.id] ?? {
      lateRate: noStatisticsRule,
      onTimeRate: noStatisticsRule,
      onlineRate: noStatisticsRule,
    },
  };
}

/** Builds every dataset from the report texts. Pure and deterministic: same reports, same output. */
export function buildDatasets(_reports: ReportContents): BuiltDatasets {
  const catalog = catalogSchema.parse({
    periods: periodDefinitions.map(withMetricRules),
    agencies: [],
    agencyGroups: [],
    reformAreas: [],
    indices: [],
  });
  const periods = periodDefinitions.map((definition) =>
    periodDatasetSchema.parse({
      periodId: definition.id,
      tables: [],
      tasks: [],
      reportingCompliance: [],
      findings: [],
    }),
  );
  return { catalog, periods };
}
