/**
 * Entry point of the statistics half of the ingest: report contents in,
 * dossier tables per period and the 2017 reporting-compliance list out.
 * Reports are recognised by their seed prefix; absent ones are skipped.
 */
import type { DossierTable, ReportingCompliance } from '@/domain/dataset/schema';
import { linkLevelBlocks } from './levelBlocks';
import { parseReport2017 } from './report2017';
import { parseReport2020 } from './report2020';
import { parseReport2022 } from './report2022';

export interface StatisticsResult {
  tablesByPeriod: Record<string, DossierTable[]>;
  reportingCompliance: ReportingCompliance[];
}

/** Seed prefix → the period its statistics cover (inventory §1.0). */
const statisticsSeeds = { '004': '2017-Q1', '000': '2020', '001': '2022' } as const;

function fileWithPrefix(reports: Record<string, string>, prefix: string): string | null {
  return Object.keys(reports).find((fileName) => fileName.startsWith(`${prefix}_`)) ?? null;
}

/** `reports` maps file names ("004_c11a7d0045ebd1e1.txt") to their contents. */
export function parseStatistics(reports: Record<string, string>): StatisticsResult {
  const tablesByPeriod: Record<string, DossierTable[]> = {};
  let reportingCompliance: ReportingCompliance[] = [];
  const file2017 = fileWithPrefix(reports, '004');
  if (file2017) {
    const parsed = parseReport2017(reports[file2017] ?? '', file2017);
    tablesByPeriod[statisticsSeeds['004']] = linkLevelBlocks(parsed.tables);
    reportingCompliance = parsed.reportingCompliance;
  }
  const file2020 = fileWithPrefix(reports, '000');
  if (file2020) tablesByPeriod[statisticsSeeds['000']] = linkLevelBlocks(parseReport2020(reports[file2020] ?? '', file2020));
  const file2022 = fileWithPrefix(reports, '001');
  if (file2022) tablesByPeriod[statisticsSeeds['001']] = parseReport2022(reports[file2022] ?? '', file2022);
  return { tablesByPeriod, reportingCompliance };
}
