import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import {
  agencyColumns,
  agencyExportTable,
  arrangeRows,
  differingFigures,
  districtCutOff,
  filterAgencyRows,
  findingsByRow,
  levelHasDistricts,
  prepareAgencySearch,
  publishedTotalFor,
  sortAgencyRows,
  totalsOf,
  type AgencyFilters,
  type AgencyTableModel,
  type AgencyTotals,
} from '@/domain/agencies/table';
import type { DossierRow, Finding, Period } from '@/domain/dataset/schema';
import { formatSourceRef } from '@/domain/format';
import { foldedWords } from '@/domain/text/fold';
import { toCsv } from '@/domain/export/csv';
import { toXlsx, XLSX_MIME_TYPE } from '@/domain/export/xlsx';
import { EmptyState } from '@/components/EmptyState';
import { UnusedParamsNotice } from '@/components/UnusedParamsNotice';
import { periodLabel } from '@/app/period';
import { whenIdle } from '@/app/whenIdle';
import { useUrlBoundText } from '@/app/useUrlBoundText';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { agencyLevelKey } from '@/i18n/messages';
import { AgenciesTable } from './AgenciesTable';
import { ColumnMenu } from './ColumnMenu';
import { columnFormula, columnHeader } from './columnText';
import { downloadFile } from './download';
import { agenciesMessages, figureKey } from './messages';
import { SeverityLegend } from './SeverityLegend';
import { useAgencyTableInstance } from './useAgencyTableInstance';
import { useAgencyViewState } from './useAgencyViewState';
import { useColumnVisibility } from './useColumnVisibility';
import { useSeverityThresholds } from './useSeverityThresholds';

interface Props {
  period: Period;
  model: AgencyTableModel;
  findings: readonly Finding[];
}

/**
 * "co-quan-don-vi_2022_commune_ubnd-huyen-dien-khanh_tim-ninh.csv": the
 * period and the filters of the view (the search cut at 40 characters), so
 * exports of differently filtered rows are told apart; in ASCII, so every
 * mail client and file system keeps it intact.
 */
function exportFileName(period: Period, filters: AgencyFilters, extension: string): string {
  const words = foldedWords(filters.search)
    .map((word) => word.replace(/[^a-z0-9]/g, ''))
    .filter((word) => word !== '');
  const search = words.length > 0 ? `tim-${words.join('-').slice(0, 40).replace(/-$/, '')}` : null;
  const parts = ['co-quan-don-vi', period.id, filters.level, filters.districtId, search].filter((part) => part !== null);
  return `${parts.join('_')}.${extension}`;
}

interface TotalsNoteProps {
  period: Period;
  totals: AgencyTotals;
  publishedTotal: DossierRow | null;
  findingsIndex: ReadonlyMap<string, Finding[]>;
}

/**
 * What the totals rows are: the sum of the rows shown, and, where the report
 * prints its own total for exactly those rows, whether the two agree. A
 * published total is never replaced by the sum; a disagreement points at the
 * findings that record it, and says so when the report's table lacks rows
 * (2020's Phụ lục V), which a reader would otherwise take for a wrong sum.
 */
function TotalsNote({ period, totals, publishedTotal, findingsIndex }: TotalsNoteProps) {
  const m = useMessages(agenciesMessages);
  if (publishedTotal === null) return <p className="note agencies-totals-note">{m('totalsNoteSum')}</p>;
  const ref = formatSourceRef(publishedTotal.provenance);
  const differing = differingFigures(publishedTotal, totals);
  if (differing.length === 0) return <p className="note agencies-totals-note">{m('totalsNoteMatch', { ref })}</p>;
  const fields = differing.map((key) => m(figureKey(key))).join(', ');
  const truncated = (findingsIndex.get(publishedTotal.id) ?? []).some((finding) => finding.check === 'truncation');
  return (
    <p className="note agencies-totals-note">
      {m(truncated ? 'totalsNoteTruncated' : 'totalsNoteDiffer', { ref, fields })}{' '}
      <Link to={{ pathname: '/data', search: `?${new URLSearchParams({ period: period.id, check: truncated ? 'truncation' : 'sum' })}` }}>
        {m(truncated ? 'totalsTruncationLink' : 'totalsFindingsLink')}
      </Link>
    </p>
  );
}

/** Filters, legend, toolbar and table of one period's agencies; every choice lives in the URL or localStorage. */
export function AgenciesView({ period, model, findings }: Props) {
  const { t, lang, fmt } = useI18n();
  const m = useMessages(agenciesMessages);
  const searchId = useId();
  const levelId = useId();
  const districtId = useId();
  const exportNoteId = useId();
  const label = periodLabel(period, lang);

  const columns = useMemo(() => agencyColumns(period, model), [period, model]);
  const columnIds = useMemo(() => new Set(columns.map((column) => column.id)), [columns]);
  const byId = useMemo(() => new Map(columns.map((column) => [column.id, column])), [columns]);
  const { state, update, unused } = useAgencyViewState(model, columnIds);
  const [thresholds, setThresholds] = useSeverityThresholds();
  const { visibility, setVisibility, reset: resetColumns } = useColumnVisibility(columns, state.level);
  const findingsIndex = useMemo(() => findingsByRow(findings), [findings]);

  useEffect(() => whenIdle(() => prepareAgencySearch(model.rows)), [model]);
  // Typing stays responsive with 10,000 rows: filtering and sorting follow the deferred query.
  const search = useDeferredValue(state.search);
  const filtered = useMemo(
    () => filterAgencyRows(model.rows, { level: state.level, districtId: state.districtId, search }),
    [model.rows, state.level, state.districtId, search],
  );
  const sorted = useMemo(() => sortAgencyRows(filtered, state.sorting, columns), [filtered, state.sorting, columns]);
  const displayRows = useMemo(() => arrangeRows(sorted, model, state.grouped), [sorted, model, state.grouped]);
  const totals = useMemo(() => (filtered === model.rows ? model.totals : totalsOf(period.id, filtered)), [period.id, filtered, model]);
  const publishedTotal = useMemo(() => publishedTotalFor(model, filtered), [model, filtered]);
  // Only group rows show their size, and they are only shown grouped.
  const groupSizes = useMemo(() => {
    const sizes = new Map<string, number>();
    if (state.grouped) for (const row of filtered) if (row.groupKey !== null) sizes.set(row.groupKey, (sizes.get(row.groupKey) ?? 0) + 1);
    return sizes;
  }, [filtered, state.grouped]);

  const headerOf = useCallback((columnId: string) => {
    const column = byId.get(columnId);
    return column ? columnHeader(column, m) : columnId;
  }, [byId, m]);
  const formulaOf = useCallback((columnId: string) => {
    const column = byId.get(columnId);
    return column ? columnFormula(column, period, lang, m) : null;
  }, [byId, period, lang, m]);

  // The rows' order must be seen, in the table and in its export: a sorted column shows (a shared link may sort
  // by a column the reader has hidden), and hiding it ends that sort.
  const shownVisibility = useMemo(
    () => ({ ...visibility, ...Object.fromEntries(state.sorting.map((key) => [key.id, true])) }),
    [visibility, state.sorting],
  );
  const table = useAgencyTableInstance({
    rows: displayRows,
    columns,
    sorting: state.sorting,
    onSortingChange: (sorting) => update({ sorting }),
    visibility: shownVisibility,
    onVisibilityChange: (next) => {
      if (state.sorting.some((key) => next[key.id] === false)) update({ sorting: state.sorting.filter((key) => next[key.id] !== false) });
      // Only what the user changed is their choice, not a column shown because it is sorted.
      const changed = Object.entries(next).filter(([id, visible]) => shownVisibility[id] !== visible);
      setVisibility({ ...visibility, ...Object.fromEntries(changed) });
    },
  });

  const showDistrictFilter = model.districts.length > 0 && levelHasDistricts(state.level);
  const countRef = useRef<HTMLParagraphElement>(null);
  const [searchText, setSearchText] = useUrlBoundText(state.search, (search, typed) => update({ search }, typed));
  const filtersActive = state.level !== null || state.districtId !== null || state.search !== '';
  const cutDistrict = showDistrictFilter ? districtCutOff(model, state) : null;
  // An empty view of a district the report cut off is the report's gap, not a filter that matched nothing.
  const emptyTitle =
    cutDistrict !== null && cutDistrict.listed === 0 && state.search === ''
      ? m('districtCutEmpty', { district: cutDistrict.district.name, appendix: cutDistrict.appendix })
      : filtersActive
        ? m('noMatch')
        : m('noRows');

  function currentExport() {
    const visibleColumns = table
      .getVisibleLeafColumns()
      .flatMap((entry) => {
        const column = byId.get(entry.id);
        return column ? [{ column, header: headerOf(column.id) }] : [];
      });
    return agencyExportTable({
      title: m('exportTitle', { period: label }),
      columns: visibleColumns,
      rows: displayRows,
      totals,
      totalsLabel: (partial) => {
        const sum = m('totalsLabel', { count: totals.rowCount });
        if (partial.length === 0) return sum;
        const columns = partial.map(({ header, missing }) => m('totalsPartialColumn', { column: header, count: fmt.number(missing) }));
        return `${sum} — ${m('totalsPartialExport', { columns: columns.join(', ') })}`;
      },
      publishedTotal: publishedTotal && {
        row: publishedTotal,
        label: `${m('publishedTotalLabel', { label: publishedTotal.label })} (${formatSourceRef(publishedTotal.provenance)})`,
      },
      levelLabel: (level) => t(agencyLevelKey(level)),
    });
  }

  function exportCsv() {
    downloadFile(toCsv(currentExport().table), 'text/csv;charset=utf-8', exportFileName(period, state, 'csv'));
  }

  function exportXlsx() {
    const { table: exportTable, boldRows } = currentExport();
    downloadFile(toXlsx(exportTable, { boldRows }), XLSX_MIME_TYPE, exportFileName(period, state, 'xlsx'));
  }

  return (
    <>
      <div className="filters agencies-filters" role="group" aria-label={m('filtersLabel')}>
        <div className="field">
          <label htmlFor={levelId}>{m('level')}</label>
          <select
            id={levelId}
            value={state.level ?? ''}
            onChange={(event) => {
              const level = model.levels.find((candidate) => candidate === event.target.value) ?? null;
              update({ level, ...(levelHasDistricts(level) ? {} : { districtId: null }) });
            }}
          >
            <option value="">{m('allLevels')}</option>
            {model.levels.map((level) => (
              <option key={level} value={level}>
                {t(agencyLevelKey(level))}
              </option>
            ))}
          </select>
        </div>
        {showDistrictFilter ? (
          <div className="field">
            <label htmlFor={districtId}>{m('district')}</label>
            <select id={districtId} value={state.districtId ?? ''} onChange={(event) => update({ districtId: event.target.value || null })}>
              <option value="">{m('allDistricts')}</option>
              {model.districts.map((district) => (
                <option key={district.id} value={district.id}>
                  {district.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field field--grow">
          <label htmlFor={searchId}>{m('search')}</label>
          <input
            id={searchId}
            type="search"
            value={searchText}
            placeholder={m('searchPlaceholder')}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        <label className="checkbox-field">
          <input type="checkbox" checked={state.grouped} onChange={(event) => update({ grouped: event.target.checked })} />{' '}
          {m('showGroups')}
        </label>
      </div>

      <SeverityLegend thresholds={thresholds} onChange={setThresholds} />

      <div className="agencies-toolbar">
        <p ref={countRef} tabIndex={-1} className="agencies-toolbar__count" role="status" aria-live="polite">
          {m('rowCount', { shown: fmt.number(filtered.length), total: model.rows.length })}
          {groupSizes.size > 0 ? ` · ${m('rowCountGroups', { groups: groupSizes.size })}` : null}
        </p>
        <div className="agencies-toolbar__actions">
          <ColumnMenu columns={table.getAllLeafColumns()} headerOf={headerOf} onReset={resetColumns} />
          <button
            type="button"
            className="button button--secondary"
            onClick={exportCsv}
            disabled={filtered.length === 0}
            title={m('exportNote')}
            aria-describedby={exportNoteId}
          >
            {m('exportCsv')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={exportXlsx}
            disabled={filtered.length === 0}
            title={m('exportNote')}
            aria-describedby={exportNoteId}
          >
            {m('exportXlsx')}
          </button>
          <span id={exportNoteId} className="visually-hidden">
            {m('exportNote')}
          </span>
        </div>
      </div>

      <UnusedParamsNotice unused={unused} focusAfter={countRef} />
      {model.incompleteTables
        .filter((table) => state.level === null || table.level === state.level)
        .map((table) => (
          <div key={table.appendix} className="notice notice--warning">
            <p>
              {m('incompleteTable', { appendix: table.appendix })}
              {table.note === null ? null : (
                <>
                  {' '}
                  <span lang="vi">{table.note}</span>
                </>
              )}
              {cutDistrict?.appendix === table.appendix ? (
                <>
                  {' '}
                  <strong>
                    {cutDistrict.listed === 0
                      ? m('districtCutNone', { district: cutDistrict.district.name })
                      : m('districtCutSome', { district: cutDistrict.district.name, count: fmt.number(cutDistrict.listed) })}
                  </strong>
                </>
              ) : null}
            </p>
          </div>
        ))}
      {filtered.length === 0 ? (
        <EmptyState title={emptyTitle}>
          {filtersActive ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                update({ level: null, districtId: null, search: '' });
                // The button goes with the empty state; the count of rows shown is what changed.
                countRef.current?.focus();
              }}
            >
              {m('clearFilters')}
            </button>
          ) : null}
        </EmptyState>
      ) : (
        <>
          <AgenciesTable
            table={table}
            rows={displayRows}
            period={period}
            columns={columns}
            headerOf={headerOf}
            formulaOf={formulaOf}
            totals={totals}
            publishedTotal={publishedTotal}
            thresholds={thresholds}
            findingsIndex={findingsIndex}
            groupSizes={groupSizes}
          />
          <TotalsNote period={period} totals={totals} publishedTotal={publishedTotal} findingsIndex={findingsIndex} />
        </>
      )}
    </>
  );
}
