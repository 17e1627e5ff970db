/**
 * The row model behind the agencies table: one row per agency and period,
 * the subtotal rows as groups, the columns a period publishes, filtering,
 * Vietnamese sorting with nulls last, totals of what is shown, the URL form
 * of the sort, and the export of the current view.
 */
import {
  figureKeys,
  type Agency,
  type DerivedMetrics,
  type DossierRow,
  type DossierTable,
  type FigureKey,
  type Finding,
  type Period,
  type PeriodId,
  type Provenance,
  type PublishedRate,
  type RateKey,
  type StatisticsLevel,
} from '@/domain/dataset/schema';
import { ancestorsOf } from '@/domain/dataset/rowAncestors';
import type { ExportColumnKind, ExportTable, ExportValue } from '@/domain/export/exportTable';
import { deriveMetrics, type Figures } from '@/domain/metrics/periodRules';
import { foldedWords, foldedWordsMatcher } from '@/domain/text/fold';
import { indexAgencies } from './catalogue';
import { vietnameseCollator } from '@/domain/text/collate';

/** The levels an agency row can have, in the order the reports list them. */
export const agencyRowLevels = ['department', 'district', 'commune', 'land_registration'] as const satisfies readonly StatisticsLevel[];

export interface AgencyTableRow {
  /** Unique within the model: the agency id, or the source row id for an unmatched name or a group. */
  key: string;
  /** `group` = a subtotal row of the report, shown above its members, never sorted among agencies. */
  kind: 'agency' | 'group';
  agencyId: string | null;
  label: string;
  number: string | null;
  level: StatisticsLevel;
  districtId: string | null;
  /** Short name of the district (from the agency catalogue), for the district column and filter. */
  districtName: string | null;
  /** Key of the nearest subtotal row above this one in the report. */
  groupKey: string | null;
  figures: Figures;
  publishedRates: Partial<Record<RateKey, PublishedRate>>;
  metrics: DerivedMetrics;
  /** Every dataset row merged into this one (2017 lists an agency in Phụ lục III and again in Phụ lục V). */
  sourceRowIds: string[];
  provenance: Provenance[];
  /** Its labels in the report, the catalogue's name, short name and aliases: what the search box looks in. */
  names: readonly string[];
  /** Position in the report, the last tie-break of every sort. */
  order: number;
}

export interface DistrictOption {
  id: string;
  name: string;
}

export interface IncompleteTable {
  appendix: string;
  level: StatisticsLevel;
  /** Vietnamese, from the ingest: where the table stops and which agencies it lacks. */
  note: string | null;
  /** Districts whose agencies the table holds in full; null when the ingest could not tell. */
  completeDistrictIds: readonly string[] | null;
}

export interface AgencyTableModel {
  periodId: PeriodId;
  /** Agency rows in report order. */
  rows: AgencyTableRow[];
  /** Group (subtotal) rows by key. */
  groups: ReadonlyMap<string, AgencyTableRow>;
  levels: StatisticsLevel[];
  districts: DistrictOption[];
  /** The period's tables that the report cuts off, with the ingest's account of what is missing. */
  incompleteTables: IncompleteTable[];
  /** Every total and subtotal row the report prints, with the agency rows it adds up. */
  publishedTotals: PublishedTotal[];
  /** Totals of every row, for the view that shows them all; a filtered view adds up its own (totalsOf). */
  totals: AgencyTotals;
}

export interface PublishedTotal {
  row: DossierRow;
  /** Keys (as in AgencyTableRow.key) of the agency rows this row adds up, through nested subtotals and across tables. */
  agencyKeys: ReadonlySet<string>;
}

function filledFigureCount(row: DossierRow): number {
  return Object.values(row.figures).filter((value) => value != null).length;
}

/** The figures of several rows of one agency: the fullest row first, the others only fill keys it lacks. */
function mergeFigures(rows: readonly DossierRow[]): Figures {
  const merged: Figures = {};
  for (const row of rows) {
    for (const key of figureKeys) {
      const value = row.figures[key];
      if (value !== undefined && merged[key] == null) merged[key] = value;
    }
  }
  return merged;
}

function mergePublishedRates(rows: readonly DossierRow[]): Partial<Record<RateKey, PublishedRate>> {
  const merged: Partial<Record<RateKey, PublishedRate>> = {};
  for (const row of rows) {
    for (const [key, rate] of Object.entries(row.publishedRates) as Array<[RateKey, PublishedRate]>) {
      merged[key] ??= rate;
    }
  }
  return merged;
}

export interface MergedAgencyRows {
  /** The row with the most figures: its label, level and place in the report stand for the agency. */
  primary: DossierRow;
  figures: Figures;
  publishedRates: Partial<Record<RateKey, PublishedRate>>;
  metrics: DerivedMetrics;
  sourceRowIds: string[];
  provenance: Provenance[];
}

/**
 * One agency's rows of one period as one record. Its metrics are recomputed
 * by the period's rule from the merged figures, so they always match what is
 * shown; a single row keeps the metrics the dataset carries.
 */
export function mergeAgencyRows(periodId: PeriodId, sourceRows: readonly DossierRow[]): MergedAgencyRows | null {
  const [only] = sourceRows;
  if (sourceRows.length === 1 && only) {
    const { figures, publishedRates, metrics } = only;
    return { primary: only, figures, publishedRates, metrics, sourceRowIds: [only.id], provenance: [only.provenance] };
  }
  const ranked = [...sourceRows].sort((a, b) => filledFigureCount(b) - filledFigureCount(a));
  const primary = ranked[0];
  if (!primary) return null;
  const figures = mergeFigures(ranked);
  return {
    primary,
    figures,
    publishedRates: mergePublishedRates(ranked),
    metrics: deriveMetrics(periodId, figures),
    sourceRowIds: ranked.map((row) => row.id),
    provenance: ranked.map((row) => row.provenance),
  };
}

const noAgencies = indexAgencies([]);

function nearestSubtotal(row: DossierRow, rowById: (id: string) => DossierRow | undefined): DossierRow | null {
  for (const parent of ancestorsOf(row, rowById)) if (parent.kind === 'subtotal') return parent;
  return null;
}

/**
 * The agency rows a printed total adds up, following its members down through
 * subtotals (a level block of a summary table names the top rows of the level's
 * own table).
 */
function publishedTotalsOf(allRows: readonly DossierRow[], rowById: (id: string) => DossierRow | undefined): PublishedTotal[] {
  const keysOf = (total: DossierRow, seen: Set<string>, into: Set<string>): void => {
    if (seen.has(total.id)) return;
    seen.add(total.id);
    for (const memberId of total.memberRowIds) {
      const member = rowById(memberId);
      if (member?.kind === 'agency') into.add(member.agencyId ?? member.id);
      else if (member) keysOf(member, seen, into);
    }
  };
  return allRows
    .filter((row) => row.kind !== 'agency')
    .map((row) => {
      const agencyKeys = new Set<string>();
      keysOf(row, new Set(), agencyKeys);
      return { row, agencyKeys };
    });
}

/** An agency or group row as the report gives it, before the catalogue adds district names and other names. */
export type ReportAgencyRow = Omit<AgencyTableRow, 'districtName'>;

/**
 * The part of a period's model that its statistics tables alone decide: one
 * row per agency in report order (rows of the same agency in several tables
 * become one), the subtotal groups, the printed totals and the totals of
 * every row. The page builds it as soon as the tables arrive, without waiting
 * for the catalogue.
 */
export interface PeriodAgencyRows {
  periodId: PeriodId;
  /** Agency rows in report order; `names` holds the report's labels only. */
  rows: ReportAgencyRow[];
  groups: ReadonlyMap<string, ReportAgencyRow>;
  levels: StatisticsLevel[];
  incompleteTables: IncompleteTable[];
  publishedTotals: PublishedTotal[];
  totals: AgencyTotals;
}

/**
 * With 10,000 agencies this runs between the data's arrival and the first
 * paint, so it keeps lookups in large maps, and objects made per row, to the
 * few it needs: those are what it costs.
 */
export function mergePeriodRows(periodId: PeriodId, tables: readonly DossierTable[]): PeriodAgencyRows {
  const allRows = tables.flatMap((table) => table.rows);
  // Position in the report by row id: each row's place in the sort, and how parents and members are found.
  const orderById = new Map<string, number>();
  allRows.forEach((row, index) => orderById.set(row.id, index));
  const rowById = (id: string): DossierRow | undefined => {
    const order = orderById.get(id);
    return order === undefined ? undefined : allRows[order];
  };

  // Rows of one agency listed in several tables (2017), by agency: every other agency has one row.
  const keyOf = (row: DossierRow): string => row.agencyId ?? row.id;
  const seenKeys = new Set<string>();
  const repeatedKeys = new Set<string>();
  const firstRows: DossierRow[] = [];
  const firstOrders: number[] = [];
  allRows.forEach((row, order) => {
    if (row.kind !== 'agency') return;
    const key = keyOf(row);
    if (seenKeys.has(key)) {
      repeatedKeys.add(key);
    } else {
      seenKeys.add(key);
      firstRows.push(row);
      firstOrders.push(order);
    }
  });
  const rowsOfKey = new Map<string, DossierRow[]>();
  if (repeatedKeys.size > 0) {
    for (const row of allRows) {
      const key = keyOf(row);
      if (row.kind !== 'agency' || !repeatedKeys.has(key)) continue;
      const list = rowsOfKey.get(key) ?? [];
      list.push(row);
      rowsOfKey.set(key, list);
    }
  }

  const groups = new Map<string, ReportAgencyRow>();
  // Siblings share their nearest subtotal, and the report lists them together: walk up once per run of siblings.
  let lastParentId: string | null | undefined;
  let lastSubtotal: DossierRow | null = null;
  const groupOf = (row: DossierRow): string | null => {
    if (row.parentRowId !== lastParentId) {
      lastParentId = row.parentRowId;
      lastSubtotal = nearestSubtotal(row, rowById);
    }
    const subtotal = lastSubtotal;
    if (subtotal === null) return null;
    if (!groups.has(subtotal.id)) {
      groups.set(subtotal.id, {
        key: subtotal.id,
        kind: 'group',
        agencyId: subtotal.agencyId,
        label: subtotal.label,
        number: subtotal.number,
        level: subtotal.level,
        districtId: subtotal.districtId,
        groupKey: null,
        figures: subtotal.figures,
        publishedRates: subtotal.publishedRates,
        metrics: subtotal.metrics,
        sourceRowIds: [subtotal.id],
        provenance: [subtotal.provenance],
        names: [subtotal.label],
        order: orderById.get(subtotal.id) ?? 0,
      });
    }
    return subtotal.id;
  };

  const rows: ReportAgencyRow[] = [];
  const presentLevels = new Set<StatisticsLevel>();
  firstRows.forEach((first, position) => {
    const key = keyOf(first);
    const repeated = rowsOfKey.get(key);
    // Nearly every agency has one row, which is its own merge: no merged record to build for it.
    const merged = repeated ? mergeAgencyRows(periodId, repeated) : null;
    const primary = merged?.primary ?? first;
    presentLevels.add(primary.level);
    rows.push({
      key,
      kind: 'agency',
      agencyId: primary.agencyId,
      label: primary.label,
      number: primary.number,
      level: primary.level,
      districtId: primary.districtId,
      groupKey: groupOf(primary),
      figures: merged?.figures ?? first.figures,
      publishedRates: merged?.publishedRates ?? first.publishedRates,
      metrics: merged?.metrics ?? first.metrics,
      sourceRowIds: merged?.sourceRowIds ?? [first.id],
      provenance: merged?.provenance ?? [first.provenance],
      names: repeated?.map((row) => row.label) ?? [first.label],
      order: primary === first ? (firstOrders[position] ?? 0) : (orderById.get(primary.id) ?? 0),
    });
  });
  rows.sort((a, b) => a.order - b.order);
  return {
    periodId,
    rows,
    groups,
    levels: agencyRowLevels.filter((level) => presentLevels.has(level)),
    incompleteTables: tables
      .filter((table) => !table.complete)
      .map((table) => ({
        appendix: table.appendix,
        level: table.level,
        note: table.completenessNote,
        completeDistrictIds: table.completeDistrictIds,
      })),
    publishedTotals: publishedTotalsOf(allRows, rowById),
    totals: totalsOf(periodId, rows),
  };
}

/**
 * The model of one period: its rows with what the catalogue adds, a district
 * where the report names none, the district's short name, and every name the
 * search looks in.
 */
export function buildAgencyTable(period: PeriodAgencyRows, agencyById: ReadonlyMap<string, Agency> = noAgencies): AgencyTableModel {
  const districtNames = new Map<string | null, string | null>([[null, null]]);
  const districtName = (districtId: string | null): string | null => {
    let name = districtNames.get(districtId);
    if (name === undefined) {
      const district = districtId === null ? undefined : agencyById.get(districtId);
      name = district?.shortName ?? district?.name ?? districtId;
      districtNames.set(districtId, name);
    }
    return name;
  };
  const districtIds = new Set<string>();
  const rows = period.rows.map((row): AgencyTableRow => {
    const agency = row.agencyId === null ? undefined : agencyById.get(row.agencyId);
    const districtId = row.districtId ?? agency?.districtId ?? null;
    if (districtId !== null) districtIds.add(districtId);
    const names = agency ? [...row.names, agency.name, agency.shortName, ...agency.aliases] : row.names;
    return { ...row, districtId, districtName: districtName(districtId), names };
  });
  const groups = new Map<string, AgencyTableRow>();
  for (const [key, group] of period.groups) groups.set(key, { ...group, districtName: districtName(group.districtId) });
  const districts = [...districtIds]
    .map((id) => ({ id, name: districtName(id) ?? id }))
    .sort((a, b) => vietnameseCollator.compare(a.name, b.name));
  return {
    periodId: period.periodId,
    rows,
    groups,
    levels: period.levels,
    districts,
    incompleteTables: period.incompleteTables,
    publishedTotals: period.publishedTotals,
    totals: period.totals,
  };
}

/** A group row keeps its report numbering ("I. Thuộc huyện Cam Lâm"); a bullet ("-", "+") is not a number. */
export function displayLabel(row: AgencyTableRow): string {
  return row.kind === 'group' && row.number !== null && /[\p{L}\p{N}]/u.test(row.number) ? `${row.number}. ${row.label}` : row.label;
}

// ---------------------------------------------------------------- filtering

export interface AgencyFilters {
  /** null = every level. */
  level: StatisticsLevel | null;
  /** null = every district. */
  districtId: string | null;
  search: string;
}

export const noAgencyFilters: Readonly<AgencyFilters> = Object.freeze({ level: null, districtId: null, search: '' });

/** Whether agencies of `level` (null = every level) belong to districts, so that filtering by district means something. */
export function levelHasDistricts(level: StatisticsLevel | null): boolean {
  return level === null || level === 'commune' || level === 'land_registration';
}

const foldedNamesByRow = new WeakMap<AgencyTableRow, ReadonlyArray<readonly string[]>>();

function foldedNamesOf(row: AgencyTableRow): ReadonlyArray<readonly string[]> {
  let folded = foldedNamesByRow.get(row);
  if (folded === undefined) {
    folded = [...new Set(row.names)].map(foldedWords);
    foldedNamesByRow.set(row, folded);
  }
  return folded;
}

/**
 * Folds the rows' names for the search once, ahead of the first keystroke:
 * 10,000 rows take about 50 ms, which neither the first render nor a
 * keystroke can afford.
 */
export function prepareAgencySearch(rows: readonly AgencyTableRow[]): void {
  for (const row of rows) foldedNamesOf(row);
}

/** A district's own People's Committee has no district of its own, but a filter by its district means it too. */
function isDistrictItself(row: AgencyTableRow, districtId: string): boolean {
  return row.level === 'district' && row.agencyId === districtId;
}

/**
 * Search ignores case and Vietnamese diacritics ("dien dien" finds "Diên
 * Điền") and looks in every name of the agency, one name at a time.
 */
export function filterAgencyRows(rows: readonly AgencyTableRow[], filters: AgencyFilters): readonly AgencyTableRow[] {
  const matches = foldedWordsMatcher(filters.search);
  // The same rows, not a copy, when nothing filters them: the model's totals then still apply.
  if (filters.level === null && filters.districtId === null && matches === null) return rows;
  return rows.filter(
    (row) =>
      (filters.level === null || row.level === filters.level) &&
      (filters.districtId === null || row.districtId === filters.districtId || isDistrictItself(row, filters.districtId)) &&
      (matches === null || foldedNamesOf(row).some(matches)),
  );
}

/** A district chosen in the filter whose agencies a table the report cuts off lacks, in part or in full. */
export interface DistrictCutOff {
  appendix: string;
  district: DistrictOption;
  /** The district's agencies the table still lists. */
  listed: number;
}

export function districtCutOff(
  model: Pick<AgencyTableModel, 'rows' | 'districts' | 'incompleteTables'>,
  filters: Pick<AgencyFilters, 'level' | 'districtId'>,
): DistrictCutOff | null {
  const { level, districtId } = filters;
  const district = model.districts.find((option) => option.id === districtId);
  if (district === undefined) return null;
  // A table whose complete districts the ingest could not tell says nothing of any one district.
  const table = model.incompleteTables.find(
    (candidate) =>
      (level === null || candidate.level === level) &&
      candidate.completeDistrictIds !== null &&
      !candidate.completeDistrictIds.includes(district.id),
  );
  if (table === undefined) return null;
  const listed = model.rows.filter((row) => row.kind === 'agency' && row.level === table.level && row.districtId === district.id).length;
  return { appendix: table.appendix, district, listed };
}

// ---------------------------------------------------------------- columns

export type MetricKey = keyof DerivedMetrics;

export type ColumnSource =
  | { type: 'name' }
  | { type: 'district' }
  | { type: 'level' }
  | { type: 'figure'; key: FigureKey }
  | { type: 'metric'; key: MetricKey }
  | { type: 'printed'; key: RateKey };

export type AgencyColumnKind = ExportColumnKind;

export interface AgencyColumn {
  /** Also the column's name in the URL's sort parameter ("-lateRate"). */
  id: string;
  source: ColumnSource;
  kind: AgencyColumnKind;
  /** Counts and rates sort highest first on the first click; names sort A → Z. */
  sortDescFirst: boolean;
}

const countMetrics = new Set<MetricKey>(['resolved', 'resolvedLate', 'lateCount']);

/** Figures already shown through a metric column: resolved (2020 derives it), the late counts. */
const figuresShownAsMetrics = new Set<FigureKey>(['resolved', 'resolvedLate', 'lateTotal']);

function column(id: string, source: ColumnSource, kind: AgencyColumnKind): AgencyColumn {
  return { id, source, kind, sortDescFirst: kind !== 'text' };
}

function metricColumn(key: MetricKey): AgencyColumn {
  return column(key, { type: 'metric', key }, countMetrics.has(key) ? 'count' : 'percent');
}

export function printedRateColumnId(key: RateKey): string {
  return `printed-${key}`;
}

/**
 * The columns of one period: name, district and level, the headline metrics
 * by the period's own rules, then every other figure and printed rate the
 * period publishes. A column the
 * period does not publish is absent, not a column of blanks.
 */
export function agencyColumns(period: Period, model: AgencyTableModel): AgencyColumn[] {
  const columns: AgencyColumn[] = [column('name', { type: 'name' }, 'text')];
  if (!period.holds.statistics) return columns;
  columns.push(column('district', { type: 'district' }, 'text'), column('level', { type: 'level' }, 'text'));
  const published = new Set(period.publishedFigures);
  if (published.has('received')) columns.push(column('received', { type: 'figure', key: 'received' }, 'count'));
  columns.push(metricColumn('resolved'), metricColumn('lateCount'), metricColumn('lateRate'), metricColumn('onTimeRate'));
  if (period.publishedRates.includes('onlineRate')) columns.push(metricColumn('onlineRate'));
  // Only where the late count adds pending-late dossiers (2022) do the comparable rate
  // and the late-resolved count differ from the headline ones.
  if (model.rows.some((row) => row.metrics.comparableLateRate !== row.metrics.lateRate)) columns.push(metricColumn('comparableLateRate'));
  if (model.rows.some((row) => row.metrics.resolvedLate !== row.metrics.lateCount)) columns.push(metricColumn('resolvedLate'));
  for (const key of figureKeys) {
    if (key !== 'received' && published.has(key) && !figuresShownAsMetrics.has(key)) {
      columns.push(column(key, { type: 'figure', key }, 'count'));
    }
  }
  for (const key of period.publishedRates) {
    columns.push(column(printedRateColumnId(key), { type: 'printed', key }, 'percent'));
  }
  return columns;
}

const headlineColumns = new Set(['name', 'received', 'resolved', 'lateCount', 'lateRate', 'onTimeRate', 'onlineRate']);

/**
 * Shown until the user says otherwise: the headline figures, plus the district
 * for communes and land offices, and the level when all levels are listed.
 */
export function isColumnVisibleByDefault(columnId: string, level: StatisticsLevel | null): boolean {
  if (headlineColumns.has(columnId)) return true;
  if (columnId === 'district') return level === 'commune' || level === 'land_registration';
  if (columnId === 'level') return level === null;
  return false;
}

/** Where a row's level sorts: report order (departments, districts, communes, land offices). */
function levelRank(level: StatisticsLevel): number {
  const index = (agencyRowLevels as readonly StatisticsLevel[]).indexOf(level);
  return index === -1 ? agencyRowLevels.length : index;
}

export type CellValue = string | number | null;

/** What a numeric column reads: an agency row of the table or a total row of the report. */
type FigureRecord = Pick<DossierRow, 'figures' | 'metrics' | 'publishedRates'>;

/** A numeric column's value (counts, percentages 0–100), null when absent or when the column is not numeric. */
export function figureValue(record: FigureRecord, source: ColumnSource): number | null {
  switch (source.type) {
    case 'figure':
      return record.figures[source.key] ?? null;
    case 'metric':
      return record.metrics[source.key];
    case 'printed':
      return record.publishedRates[source.key]?.value ?? null;
    default:
      return null;
  }
}

/** The value a cell shows and sorts by: text for names, numbers for counts and percentages (0–100), null when absent. */
export function cellValue(row: AgencyTableRow, source: ColumnSource): CellValue {
  switch (source.type) {
    case 'name':
      return row.label;
    case 'district':
      return row.districtName;
    case 'level':
      return row.level;
    default:
      return figureValue(row, source);
  }
}

// ---------------------------------------------------------------- sorting

export interface SortKey {
  id: string;
  desc: boolean;
}

/**
 * "UBND xã", "UBND phường", "UBND huyện"… say what kind of unit it is, not
 * its name; sorting on them would split Vĩnh Hải (phường) from Vĩnh Lương (xã).
 * A land-registration branch is named "CNVPĐKĐĐ" and its place, with (2020)
 * or without (2022) the place's kind.
 */
const unitTypePrefix = /^(?:CNVPĐKĐĐ\s+)?(?:(?:UBND\s+)?(?:xã|phường|thị trấn|huyện|thị xã|thành phố|TP\.?)\s+)?/iu;

export function nameSortKey(label: string): string {
  return label.normalize('NFC').replace(unitTypePrefix, '');
}

/** Compares two values in one direction, putting null last whatever the direction. */
export function compareNullsLast(a: CellValue, b: CellValue, desc: boolean, collator: Intl.Collator = vietnameseCollator): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return desc ? -order : order;
}

function sortValue(row: AgencyTableRow, source: ColumnSource): CellValue {
  switch (source.type) {
    case 'name':
      return nameSortKey(row.label);
    case 'level':
      return levelRank(row.level);
    default:
      return cellValue(row, source);
  }
}

/** Sorts by each key in turn, then by report order. Unknown column ids are ignored. */
export function sortAgencyRows(
  rows: readonly AgencyTableRow[],
  sorting: readonly SortKey[],
  columns: readonly AgencyColumn[],
  collator: Intl.Collator = vietnameseCollator,
): AgencyTableRow[] {
  const byId = new Map(columns.map((entry) => [entry.id, entry]));
  const keys = sorting.flatMap((key) => {
    const found = byId.get(key.id);
    return found ? [{ source: found.source, desc: key.desc }] : [];
  });
  if (keys.length === 0) return [...rows].sort((a, b) => a.order - b.order);
  // Each key's values are read once per row, not once per comparison.
  const columnsOfValues = keys.map((key) => ({ desc: key.desc, values: rows.map((row) => sortValue(row, key.source)) }));
  const positions = rows.map((_, position) => position);
  positions.sort((a, b) => {
    for (const { desc, values } of columnsOfValues) {
      const order = compareNullsLast(values[a] ?? null, values[b] ?? null, desc, collator);
      if (order !== 0) return order;
    }
    return (rows[a]?.order ?? 0) - (rows[b]?.order ?? 0);
  });
  return positions.flatMap((position) => rows[position] ?? []);
}

/**
 * With groups on, each subtotal row heads its members (in the current sort);
 * groups follow report order and rows outside any group come first.
 */
export function arrangeRows(sortedAgencies: readonly AgencyTableRow[], model: AgencyTableModel, grouped: boolean): AgencyTableRow[] {
  if (!grouped) return [...sortedAgencies];
  const ungrouped: AgencyTableRow[] = [];
  const members = new Map<string, AgencyTableRow[]>();
  for (const row of sortedAgencies) {
    if (row.groupKey === null || !model.groups.has(row.groupKey)) {
      ungrouped.push(row);
      continue;
    }
    const list = members.get(row.groupKey) ?? [];
    list.push(row);
    members.set(row.groupKey, list);
  }
  const groupRows = [...members.keys()]
    .map((key) => model.groups.get(key))
    .filter((group): group is AgencyTableRow => group !== undefined)
    .sort((a, b) => a.order - b.order);
  return [...ungrouped, ...groupRows.flatMap((group) => [group, ...(members.get(group.key) ?? [])])];
}

/** "-lateRate,name" → lateRate descending, then name ascending; unknown and repeated ids are dropped. */
export function parseSortParam(raw: string | null, validIds: ReadonlySet<string>): SortKey[] {
  if (raw === null) return [];
  const keys: SortKey[] = [];
  for (const part of raw.split(',')) {
    const token = part.trim();
    const desc = token.startsWith('-');
    const id = desc ? token.slice(1) : token;
    if (validIds.has(id) && !keys.some((key) => key.id === id)) keys.push({ id, desc });
  }
  return keys;
}

export function formatSortParam(sorting: readonly SortKey[]): string {
  return sorting.map((key) => `${key.desc ? '-' : ''}${key.id}`).join(',');
}

// ---------------------------------------------------------------- totals

export interface AgencyTotals {
  rowCount: number;
  /** Sums of the rows that publish each figure; absent when no row does. */
  figures: Figures;
  /** How many rows lack a figure that others publish: the sum then covers fewer rows than shown. */
  missing: Partial<Record<FigureKey, number>>;
  /** Rates recomputed from the sums by the period's rule. */
  metrics: DerivedMetrics;
  /** For each metric, the most rows missing a figure it is computed from. */
  metricsMissing: Partial<Record<MetricKey, number>>;
}

/**
 * Which metrics rest on an incomplete sum. The period rules are the only
 * authority on what a metric is computed from, so this asks them: blanking a
 * figure that a metric needs blanks the metric.
 */
function missingByMetric(periodId: PeriodId, figures: Figures, missing: Partial<Record<FigureKey, number>>, metrics: DerivedMetrics) {
  const result: Partial<Record<MetricKey, number>> = {};
  for (const [figure, count] of Object.entries(missing) as Array<[FigureKey, number]>) {
    const without = deriveMetrics(periodId, { ...figures, [figure]: null });
    for (const key of Object.keys(metrics) as MetricKey[]) {
      if (metrics[key] !== null && without[key] === null) result[key] = Math.max(result[key] ?? 0, count);
    }
  }
  return result;
}

/** Totals of agency rows (group rows are never added: their members are already in). */
export function totalsOf(periodId: PeriodId, rows: ReadonlyArray<Pick<AgencyTableRow, 'kind' | 'figures'>>): AgencyTotals {
  const sums: Partial<Record<string, number | null>> = {};
  const counted: Partial<Record<string, number>> = {};
  let rowCount = 0;
  for (const row of rows) {
    if (row.kind !== 'agency') continue;
    rowCount += 1;
    // The row's own keys (for…in) rather than a loop over figureKeys: V8 reads them from the object's
    // layout, which makes this pass over 10,000 rows faster while its code is still cold, on every filter.
    for (const key in row.figures) {
      const value = row.figures[key as FigureKey];
      if (value === undefined) continue;
      if (value === null) {
        sums[key] ??= null;
      } else {
        sums[key] = (sums[key] ?? 0) + value;
        counted[key] = (counted[key] ?? 0) + 1;
      }
    }
  }
  const figures: Figures = {};
  const missing: Partial<Record<FigureKey, number>> = {};
  for (const key of figureKeys) {
    const sum = sums[key];
    if (sum === undefined) continue;
    figures[key] = sum;
    const count = counted[key] ?? 0;
    if (count < rowCount) missing[key] = rowCount - count;
  }
  const metrics = deriveMetrics(periodId, figures);
  return { rowCount, figures, missing, metrics, metricsMissing: missingByMetric(periodId, figures, missing, metrics) };
}

/** A totals cell: sums for counts, recomputed rates, nothing for names and printed rates (a printed rate is not summable). */
export function totalsValue(totals: AgencyTotals, source: ColumnSource): number | null {
  switch (source.type) {
    case 'figure':
      return totals.figures[source.key] ?? null;
    case 'metric':
      return totals.metrics[source.key];
    default:
      return null;
  }
}

/** Figures a totals cell rests on that some rows lack, so the cell is shown as incomplete. */
export function totalsMissingCount(totals: AgencyTotals, source: ColumnSource): number {
  if (source.type === 'figure') return totals.missing[source.key] ?? 0;
  if (source.type === 'metric') return totals.metricsMissing[source.key] ?? 0;
  return 0;
}

/**
 * The total the report prints for the agency rows shown, or null: a total,
 * level block or district subtotal that adds up every shown row that has any
 * of its figures, and no row that is not shown. (2017's Sở Du lịch is only in
 * the online list, so it has no dossier figure for TỔNG to add.) Where several
 * qualify (2017 prints the departments' total in Phụ lục IV and V), the one
 * with the most published figures wins, then the first in the report.
 */
export function publishedTotalFor(model: AgencyTableModel, rows: readonly AgencyTableRow[]): DossierRow | null {
  const shown = rows.filter((row) => row.kind === 'agency');
  if (shown.length === 0) return null;
  // The model's own rows (filterAgencyRows with no filter) hold every total's rows: no set to check them against.
  const shownKeys = rows === model.rows ? null : new Set(shown.map((row) => row.key));
  let best: DossierRow | null = null;
  for (const { row, agencyKeys } of model.publishedTotals) {
    if (agencyKeys.size === 0 || agencyKeys.size > shown.length) continue;
    if (shownKeys !== null && ![...agencyKeys].every((key) => shownKeys.has(key))) continue;
    const printed = figureKeys.filter((key) => row.figures[key] != null);
    // Every one of its rows is shown, so as many rows as are shown means the same rows.
    const addsEveryFigure =
      agencyKeys.size === shown.length || shown.every((agency) => agencyKeys.has(agency.key) || printed.every((key) => agency.figures[key] == null));
    if (!addsEveryFigure) continue;
    if (best === null || filledFigureCount(row) > filledFigureCount(best)) best = row;
  }
  return best;
}

/**
 * Whether the published total and the sum of the rows disagree in a column.
 * Rates are compared at the two decimals they are shown with: a rate that
 * reads the same is no disagreement to flag (the counts under it are).
 */
export function totalsDiffer(row: DossierRow, totals: AgencyTotals, source: ColumnSource): boolean {
  if (source.type !== 'figure' && source.type !== 'metric') return false;
  const published = figureValue(row, source);
  const summed = totalsValue(totals, source);
  if (published === null || summed === null) return false;
  const isRate = source.type === 'metric' && !countMetrics.has(source.key);
  return isRate ? Math.round(published * 100) !== Math.round(summed * 100) : published !== summed;
}

/** The figures where a published total and the sum of the rows it covers disagree. */
export function differingFigures(row: DossierRow, totals: AgencyTotals): FigureKey[] {
  return figureKeys.filter((key) => totalsDiffer(row, totals, { type: 'figure', key }));
}

// ---------------------------------------------------------------- findings

/** Findings by the row they touch. */
export function findingsByRow(findings: readonly Finding[]): Map<string, Finding[]> {
  const index = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.rowId === null) continue;
    const list = index.get(finding.rowId) ?? [];
    list.push(finding);
    index.set(finding.rowId, list);
  }
  return index;
}

export function findingsOfRow(row: Pick<AgencyTableRow, 'sourceRowIds'>, index: ReadonlyMap<string, Finding[]>): Finding[] {
  return row.sourceRowIds.flatMap((id) => index.get(id) ?? []);
}

// ---------------------------------------------------------------- export

export interface ExportColumnInput {
  column: AgencyColumn;
  header: string;
}

export interface AgencyExport {
  table: ExportTable;
  /** Indexes of rows to set in bold (group rows and the totals row). */
  boldRows: number[];
}

/**
 * The current view as an export table: the visible columns in their order, the
 * rows as displayed (group rows included when shown), the report's own total
 * for those rows when it prints one, then the sum of the rows.
 */
export function agencyExportTable(input: {
  title: string;
  columns: readonly ExportColumnInput[];
  rows: readonly AgencyTableRow[];
  totals: AgencyTotals;
  /** The totals row's label, told which columns sum fewer rows than shown (as the screen marks them with "*"). */
  totalsLabel: (partial: ReadonlyArray<{ header: string; missing: number }>) => string;
  publishedTotal?: { row: DossierRow; label: string } | null;
  levelLabel: (level: StatisticsLevel) => string;
}): AgencyExport {
  const textOf = (row: AgencyTableRow, source: ColumnSource): ExportValue => {
    if (source.type === 'name') return displayLabel(row);
    if (source.type === 'level') return input.levelLabel(row.level);
    return cellValue(row, source);
  };
  const rows = input.rows.map((row) => input.columns.map(({ column: entry }) => textOf(row, entry.source)));
  const published = input.publishedTotal;
  const publishedRows = published
    ? [input.columns.map(({ column: entry }) => (entry.source.type === 'name' ? published.label : figureValue(published.row, entry.source)))]
    : [];
  const partial = input.columns.flatMap(({ column: entry, header }) => {
    const missing = totalsMissingCount(input.totals, entry.source);
    return missing > 0 ? [{ header, missing }] : [];
  });
  const totalsLabel = input.totalsLabel(partial);
  const totalsRow = input.columns.map(({ column: entry }) =>
    entry.source.type === 'name' ? totalsLabel : totalsValue(input.totals, entry.source),
  );
  const groupRows = input.rows.flatMap((row, index) => (row.kind === 'group' ? [index] : []));
  const footRows = [...publishedRows, totalsRow];
  return {
    table: {
      title: input.title,
      columns: input.columns.map(({ column: entry, header }) => ({ header, kind: entry.kind })),
      rows: [...rows, ...footRows],
    },
    boldRows: [...groupRows, ...footRows.map((_, index) => rows.length + index)],
  };
}
