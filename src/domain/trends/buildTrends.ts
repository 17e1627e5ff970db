/**
 * The trend series builder: periods, their statistics tables and the national
 * indices in, six points per series out (one per year 2017–2022).
 *
 * Honesty rules (issue 5, inventory §2.4):
 * - a year nobody reported on is a gap with a reason, never a zero;
 * - a partial period (Quý I/2017) is flagged on its point so it is never
 *   mistaken for a full year;
 * - an agency absent from a year's report has no point in that year, and the
 *   reason says whether it did not exist yet, the table was cut off, or the
 *   report simply does not list it;
 * - a value the report contradicts itself on is drawn from the figures as
 *   printed and flagged with the findings that dispute it: a figure it is read
 *   or computed from fails one of the report's own checks, or the report
 *   prints another rate for the very value drawn. Only the rows the value is
 *   read from are looked at, not the rows a total adds up (their findings
 *   stay on the agencies and data-quality pages), and notes (severity
 *   "info") do not dispute a value.
 */
import { indexAgencies } from '@/domain/agencies/catalogue';
import { findingsByRow } from '@/domain/agencies/table';
import { ancestorsOf } from '@/domain/dataset/rowAncestors';
import {
  type Agency,
  type DossierRow,
  type DossierTable,
  type Finding,
  type IndexValue,
  type Period,
  type PeriodId,
} from '@/domain/dataset/schema';
import {
  trendMetricSpec,
  trendYears,
  type DossierMetricSpec,
  type IndexMetricSpec,
  type TrendMetricId,
  type TrendMetricSpec,
  type TrendYear,
} from './metrics';
import { valueDisputes } from './disputes';
import { seriesKey, type TrendLevel, type TrendSeriesSelector } from './selection';

export interface TrendInput {
  periods: readonly Period[];
  /** Statistics tables of each period that holds statistics. */
  tablesByPeriod: Readonly<Partial<Record<PeriodId, readonly DossierTable[]>>>;
  indices: readonly IndexValue[];
  /** The agency catalogue: tells apart an agency that did not exist yet from one a table lost. */
  agencies: readonly Agency[];
  /** The datasets' findings (every period): the report's own disagreements, which flag the values they touch. */
  findings: readonly Finding[];
}

/** Why a point has no value. */
export type TrendGapReason =
  /** No report covers the year (dossiers 2018, 2019, 2021; indices 2017). */
  | 'no_report'
  /** The agency did not exist when the year's statistics window closed (founded later, or merged away). */
  | 'not_existing'
  /** The year's table for this agency's level is cut off in the source and the agency is not in the part that survives. */
  | 'incomplete_table'
  /** The report covers the year but has no row for this series. */
  | 'not_in_report'
  /** The row or index entry exists but this value is blank or not defined for the period. */
  | 'not_published';

export interface LocalizedText {
  vi: string;
  en: string;
}

export interface TrendPointSource {
  /** The report (or, for an index, the press article) the value was read from. */
  documentTitle: string;
  documentNumber: string | null;
  file: string;
  line: number;
  /** Appendix of the statistics table, e.g. "Phụ lục II". */
  appendix: string | null;
  /** The row's name as printed, so a reader sees which block or agency line was used. */
  rowLabel: string | null;
  /** The window the figures were counted over; null for the national indices. */
  window: { start: string; end: string } | null;
  /** The sentence an index value was taken from. */
  quote: string | null;
}

export interface TrendPoint {
  year: TrendYear;
  value: number | null;
  gap: TrendGapReason | null;
  /** The period behind the point is shorter than a year (Quý I/2017). */
  partial: boolean;
  periodId: PeriodId | null;
  periodLabel: LocalizedText | null;
  /** For ranks: among how many provinces. */
  outOf: number | null;
  /** An index score as printed ("80,9", "85,11%"): the reports do not agree on the unit, so it is shown with the printed unit and decimals. */
  printed: string | null;
  /** How this period defines the metric, when the periods disagree (on-time and online shares). */
  rule: LocalizedText | null;
  source: TrendPointSource | null;
  /**
   * The report's own disagreements on a figure this value is read or computed
   * from (errors and warnings): on the row it was read from, or on another row
   * printing the same figure (a level's block row repeats its table's total).
   */
  disputes: Finding[];
}

export interface TrendSeries {
  key: string;
  selector: TrendSeriesSelector;
  points: TrendPoint[];
}

/** Caveats the page must state for the chart it shows. */
export type TrendNote =
  | { kind: 'partial_period'; periodIds: PeriodId[] }
  | { kind: 'comparable_late_rule' }
  | { kind: 'on_time_definition_differs' }
  | { kind: 'online_denominator_changes' }
  | { kind: 'period_lengths_differ' }
  /** The department block of these periods holds land-registration rows (2022, inventory §2.4). */
  | { kind: 'department_includes_land_registration'; periodIds: PeriodId[] }
  /** Values drawn as printed although the report disputes them (every dispute once, series by series). */
  | { kind: 'disputed_values'; findings: Finding[] };

export interface TrendModel {
  metric: TrendMetricSpec;
  series: TrendSeries[];
  /** Years where no series has a value: drawn as a labelled gap. */
  gapYears: TrendYear[];
  /** Years whose plotted values come from a partial period. */
  partialYears: TrendYear[];
  notes: TrendNote[];
}

interface YearPeriod {
  period: Period;
  tables: readonly DossierTable[];
}

interface LocatedRow {
  row: DossierRow;
  table: DossierTable;
}

function isPartial(period: Period): boolean {
  return period.kind !== 'year';
}

/** The statistics period standing for each year: a full year wins over a shorter period of the same year. */
function periodsByYear(input: TrendInput): Map<number, YearPeriod> {
  const byYear = new Map<number, YearPeriod>();
  for (const period of input.periods) {
    if (!period.holds.statistics) continue;
    const current = byYear.get(period.year);
    if (current && !isPartial(current.period)) continue;
    if (current && isPartial(period)) continue;
    byYear.set(period.year, { period, tables: input.tablesByPeriod[period.id] ?? [] });
  }
  return byYear;
}

function rowsOf(tables: readonly DossierTable[], accept: (row: DossierRow, table: DossierTable) => boolean): LocatedRow[] {
  const located: LocatedRow[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      if (accept(row, table)) located.push({ row, table });
    }
  }
  return located;
}

/**
 * Rows that can stand for a level: first the block rows of the province-wide
 * table (complete even where a level's own table is cut off, as 2020's commune
 * appendix is), outermost blocks before nested ones (2022 nests "Sở TN&MT và
 * VPĐKĐĐ" inside block A), then the total of the level's own table when that
 * table is complete.
 */
function levelRows(tables: readonly DossierTable[], level: TrendLevel): LocatedRow[] {
  const blocks = rowsOf(
    tables,
    (row, table) => table.level === 'all' && row.kind === 'subtotal' && row.level === level && row.districtId === null,
  );
  const isOutermost = ({ row, table }: LocatedRow) =>
    row.parentRowId === null || table.rows.some((parent) => parent.id === row.parentRowId && parent.kind === 'total');
  const totals = rowsOf(tables, (row, table) => table.level === level && table.complete && row.kind === 'total');
  return [...blocks.filter(isOutermost), ...blocks.filter((entry) => !isOutermost(entry)), ...totals];
}

function candidateRows(tables: readonly DossierTable[], selector: TrendSeriesSelector): LocatedRow[] {
  switch (selector.kind) {
    case 'province':
      return rowsOf(tables, (row, table) => table.level === 'all' && row.kind === 'total');
    case 'level':
      return levelRows(tables, selector.level);
    case 'agency':
      return rowsOf(tables, (row) => row.kind === 'agency' && row.agencyId === selector.agencyId);
  }
}

/** Reports list the agencies that exist when the window closes, so a commune merged mid-year is gone from that year. */
function existedAtClose(agency: Agency, period: Period): boolean {
  const { end } = period.statisticsWindow;
  if (agency.validFrom !== null && agency.validFrom > end) return false;
  if (agency.validTo !== null && agency.validTo < end) return false;
  return true;
}

/** Whether the agency's row may have been lost with a cut-off table of its level. */
function lostWithTable(agency: Agency, tables: readonly DossierTable[]): boolean {
  return tables.some((table) => {
    if (table.complete || table.level !== agency.level) return false;
    const wholeDistricts = table.completeDistrictIds;
    return !(wholeDistricts !== null && agency.districtId !== null && wholeDistricts.includes(agency.districtId));
  });
}

function absenceReason(selector: TrendSeriesSelector, yearPeriod: YearPeriod, agencies: ReadonlyMap<string, Agency>): TrendGapReason {
  if (selector.kind !== 'agency') return 'not_in_report';
  const agency = agencies.get(selector.agencyId);
  if (!agency) return 'not_in_report';
  if (!existedAtClose(agency, yearPeriod.period)) return 'not_existing';
  if (lostWithTable(agency, yearPeriod.tables)) return 'incomplete_table';
  return 'not_in_report';
}

function emptyPoint(year: TrendYear, gap: TrendGapReason): TrendPoint {
  return {
    year,
    value: null,
    gap,
    partial: false,
    periodId: null,
    periodLabel: null,
    outOf: null,
    printed: null,
    rule: null,
    source: null,
    disputes: [],
  };
}

function rowSource(period: Period, located: LocatedRow): TrendPointSource {
  const file = located.row.provenance.file;
  const report = period.sources.find((source) => source.file === file) ?? period.sources[0];
  return {
    documentTitle: report?.title ?? file,
    documentNumber: report?.number ?? null,
    file,
    line: located.row.provenance.line,
    appendix: located.table.appendix,
    rowLabel: located.row.label,
    window: { start: period.statisticsWindow.start, end: period.statisticsWindow.end },
    quote: null,
  };
}

function dossierPoint(
  year: TrendYear,
  spec: DossierMetricSpec,
  selector: TrendSeriesSelector,
  yearPeriod: YearPeriod | undefined,
  agencies: ReadonlyMap<string, Agency>,
  findingsByRow: ReadonlyMap<string, readonly Finding[]>,
): TrendPoint {
  if (!yearPeriod) return emptyPoint(year, 'no_report');
  const { period } = yearPeriod;
  const periodFields = {
    partial: isPartial(period),
    periodId: period.id,
    periodLabel: { vi: period.label, en: period.labelEn },
    rule: spec.periodRule === null ? null : period.metricRules[spec.periodRule],
  };
  const candidates = candidateRows(yearPeriod.tables, selector);
  const chosen = candidates.find((entry) => spec.read(entry.row) !== null) ?? candidates[0];
  if (!chosen) {
    return { ...emptyPoint(year, absenceReason(selector, yearPeriod, agencies)), ...periodFields };
  }
  const value = spec.read(chosen.row);
  return {
    ...emptyPoint(year, 'not_published'),
    ...periodFields,
    gap: value === null ? 'not_published' : null,
    value,
    source: rowSource(period, chosen),
    disputes: value === null ? [] : valueDisputes(spec, period.id, chosen.row, candidates.map((candidate) => candidate.row), findingsByRow),
  };
}

function indexPoint(year: TrendYear, spec: IndexMetricSpec, indices: readonly IndexValue[]): TrendPoint {
  const entry = indices.find((index) => index.year === year && index.indicator === spec.indicator);
  if (!entry) return emptyPoint(year, 'no_report');
  const value = spec.field === 'rank' ? entry.rank : entry.score;
  return {
    ...emptyPoint(year, 'not_published'),
    gap: value === null ? 'not_published' : null,
    value,
    outOf: spec.field === 'rank' ? entry.of : null,
    printed: spec.field === 'score' ? entry.scoreText : null,
    source: {
      documentTitle: entry.source.title,
      documentNumber: null,
      file: entry.provenance.file,
      line: entry.provenance.line,
      appendix: null,
      rowLabel: null,
      window: null,
      quote: entry.source.quote,
    },
  };
}

/** True when land-registration rows sit under the department block the point was read from (2022, inventory §2.4). */
function departmentBlockHoldsLandRegistration(yearPeriod: YearPeriod): boolean {
  const chosen = levelRows(yearPeriod.tables, 'department')[0];
  if (!chosen) return false;
  const byId = new Map(chosen.table.rows.map((row) => [row.id, row]));
  return chosen.table.rows.some(
    (row) => row.level === 'land_registration' && [...ancestorsOf(row, (id) => byId.get(id))].some((parent) => parent.id === chosen.row.id),
  );
}

function metricNotes(metric: TrendMetricId): TrendNote[] {
  switch (metric) {
    case 'comparableLateRate':
      return [{ kind: 'comparable_late_rule' }];
    case 'onTimeRate':
      return [{ kind: 'on_time_definition_differs' }];
    case 'onlineRate':
      return [{ kind: 'online_denominator_changes' }];
    case 'received':
      return [{ kind: 'period_lengths_differ' }];
    default:
      return [];
  }
}

function collectNotes(
  metric: TrendMetricSpec,
  selectors: readonly TrendSeriesSelector[],
  series: readonly TrendSeries[],
  byYear: ReadonlyMap<number, YearPeriod>,
): TrendNote[] {
  const notes: TrendNote[] = [];
  const partialPeriodIds = new Set<PeriodId>();
  for (const line of series) {
    for (const point of line.points) {
      if (point.partial && point.value !== null && point.periodId !== null) partialPeriodIds.add(point.periodId);
    }
  }
  if (partialPeriodIds.size > 0) notes.push({ kind: 'partial_period', periodIds: [...partialPeriodIds] });
  notes.push(...metricNotes(metric.id));
  const showsDepartments = selectors.some((selector) => selector.kind === 'level' && selector.level === 'department');
  const mixedPeriodIds = [...byYear.values()]
    .filter(departmentBlockHoldsLandRegistration)
    .map((yearPeriod) => yearPeriod.period.id);
  if (metric.source === 'dossier' && showsDepartments && mixedPeriodIds.length > 0) {
    notes.push({ kind: 'department_includes_land_registration', periodIds: mixedPeriodIds });
  }
  const disputes = new Map(series.flatMap((line) => line.points.flatMap((point) => point.disputes.map((finding) => [finding.id, finding] as const))));
  if (disputes.size > 0) notes.push({ kind: 'disputed_values', findings: [...disputes.values()] });
  return notes;
}


/** Six points per selected series, in the order chosen. */
export function buildTrendModel(input: TrendInput, metricId: TrendMetricId, selectors: readonly TrendSeriesSelector[]): TrendModel {
  const metric = trendMetricSpec(metricId);
  const byYear = periodsByYear(input);
  const agencies = indexAgencies(input.agencies);
  const disputesByRow = findingsByRow(input.findings);
  const series = selectors.map((selector) => ({
    key: seriesKey(selector),
    selector,
    points: trendYears.map((year) =>
      metric.source === 'index'
        ? indexPoint(year, metric, input.indices)
        : dossierPoint(year, metric, selector, byYear.get(year), agencies, disputesByRow),
    ),
  }));
  const hasValue = (year: TrendYear) => series.some((line) => line.points.some((point) => point.year === year && point.value !== null));
  return {
    metric,
    series,
    gapYears: trendYears.filter((year) => !hasValue(year)),
    partialYears: trendYears.filter((year) =>
      series.some((line) => line.points.some((point) => point.year === year && point.partial && point.value !== null)),
    ),
    notes: collectNotes(metric, selectors, series, byYear),
  };
}

/** Agencies with at least one statistics row in any period: the ones worth offering in the picker. */
export function agenciesWithStatistics(input: Pick<TrendInput, 'tablesByPeriod' | 'agencies'>): Agency[] {
  const present = new Set<string>();
  for (const tables of Object.values(input.tablesByPeriod)) {
    for (const table of tables ?? []) {
      for (const row of table.rows) {
        if (row.kind === 'agency' && row.agencyId !== null) present.add(row.agencyId);
      }
    }
  }
  return input.agencies.filter((agency) => present.has(agency.id));
}
