import { memo, useMemo, useRef, type FocusEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Header, Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { lateRateSeverity, type SeverityThresholds } from '@/domain/agencies/severity';
import {
  cellValue,
  displayLabel,
  findingsOfRow,
  figureValue,
  totalsDiffer,
  totalsMissingCount,
  totalsValue,
  type AgencyColumn,
  type AgencyTableRow,
  type AgencyTotals,
} from '@/domain/agencies/table';
import type { DossierRow, Finding, Period } from '@/domain/dataset/schema';
import type { BoundFormat } from '@/domain/format';
import { periodLabel } from '@/app/period';
import { FigureText } from '@/components/MissingValue';
import { FormulaTooltip } from '@/components/FormulaTooltip';
import { SourceRef } from '@/components/SourceRef';
import { copySelectedRows } from '@/components/tableCopy';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { agencyLevelKey } from '@/i18n/messages';
import { FindingMarker } from './FindingMarker';
import type { FromAgencyList } from './listAddress';
import { agenciesMessages } from './messages';
import { LateRateValue } from './SeverityCue';
import { useTableScrollMemory } from './useTableScrollMemory';

/**
 * Below this many rows every row is in the DOM (the browser's own find and
 * print keep working); above it only the rows in view are, so 10,000 rows
 * scroll as smoothly as 100.
 */
export const VIRTUALIZE_ABOVE = 300;
/**
 * Virtualised rows are one line of a fixed height (agencies.css,
 * .agency-table--fixed-rows): the spacer rows are then exact, with no
 * measuring of rows while scrolling.
 */
const fixedRowHeight = 41;

/** What copying rows leaves out of a cell: its marks and labels, so a pasted figure or rate is a number (a missing one, empty). */
const copiedWithout = [
  '.visually-hidden',
  '.missing',
  '.sort-button__indicator',
  '.tooltip',
  '.severity-cue',
  '.finding-marker',
  '.agency-table__partial',
  '.agency-table__differs',
].join(', ');

/**
 * The scroll box's height as agencies.css sets it for a long table
 * (max-height: min(75vh, 56rem)), so the first render already holds the rows
 * in view instead of drawing a few, measuring, and drawing again. A wrong
 * guess costs only that second render.
 */
function expectedScrollBoxHeight(): number {
  const remPx = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return Math.min(window.innerHeight * 0.75, 56 * remPx);
}

interface Props {
  table: Table<AgencyTableRow>;
  /** The rows to draw, already filtered, sorted and grouped (see useAgencyTableInstance). */
  rows: readonly AgencyTableRow[];
  period: Period;
  columns: AgencyColumn[];
  headerOf: (columnId: string) => string;
  formulaOf: (columnId: string) => string | null;
  totals: AgencyTotals;
  /** The report's own total for exactly the rows shown, if it prints one. */
  publishedTotal: DossierRow | null;
  thresholds: SeverityThresholds;
  findingsIndex: ReadonlyMap<string, Finding[]>;
  /** Visible members per group key, shown on the group row. */
  groupSizes: ReadonlyMap<string, number>;
}

function ariaSort(header: Header<AgencyTableRow, unknown>): 'ascending' | 'descending' | 'none' {
  const sorted = header.column.getIsSorted();
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
}

/** What every body row needs besides its data; one memoised object, so rows re-render only when it changes. */
interface RowContext {
  period: Period;
  columns: readonly AgencyColumn[];
  thresholds: SeverityThresholds;
  findingsIndex: ReadonlyMap<string, Finding[]>;
  groupSizes: ReadonlyMap<string, number>;
  /** Virtualised rows are one line: long names are cut and given in full on hover. */
  singleLine: boolean;
  /** The list's query, which an agency's page links back to. */
  listSearch: string;
}

function NameCell({ row, context }: { row: AgencyTableRow; context: RowContext }) {
  const m = useMessages(agenciesMessages);
  const findings = findingsOfRow(row, context.findingsIndex);
  const marker = findings.length > 0 ? <FindingMarker findings={findings} /> : null;
  if (row.kind === 'group') {
    return (
      <th scope="rowgroup" className="agency-table__name">
        <span className="agency-table__group-label">{displayLabel(row)}</span>
        <span className="agency-table__group-meta">
          {m('groupMembers', { count: context.groupSizes.get(row.key) ?? 0 })} ·{' '}
          {row.provenance[0] ? <SourceRef provenance={row.provenance[0]} /> : null}
        </span>
        {marker}
      </th>
    );
  }
  return (
    <th scope="row" className="agency-table__name">
      {row.agencyId ? (
        <Link
          to={{ pathname: `/agencies/${encodeURIComponent(row.agencyId)}`, search: `?period=${encodeURIComponent(context.period.id)}` }}
          state={{ agencyListSearch: context.listSearch } satisfies FromAgencyList}
          title={context.singleLine ? row.label : undefined}
        >
          {row.label}
        </Link>
      ) : (
        row.label
      )}
      {marker}
    </th>
  );
}

/** A numeric column's value in its column's form: a count, or a percentage. */
function formatFigure(fmt: BoundFormat, column: AgencyColumn, value: number | null): string {
  return column.kind === 'percent' ? fmt.percent(value) : fmt.number(value);
}

/**
 * A numeric cell of any row: the late rate with its severity cue, any other
 * figure in its column's form; `children` are the marks drawn after it.
 */
function NumericCell(props: { column: AgencyColumn; value: number | null; thresholds: SeverityThresholds; children?: ReactNode }) {
  const { column, value, thresholds, children } = props;
  const { fmt } = useI18n();
  const { source } = column;
  if (source.type === 'metric' && source.key === 'lateRate') {
    return (
      <td className="numeric" data-severity={lateRateSeverity(value, thresholds)}>
        <LateRateValue rate={value} thresholds={thresholds} />
        {children}
      </td>
    );
  }
  return (
    <td className="numeric">
      <FigureText text={formatFigure(fmt, column, value)} />
      {children}
    </td>
  );
}

/** A one-character mark after a figure, its meaning in a tooltip and for screen readers. */
function CellMark({ symbol, note, className }: { symbol: string; note: string; className: string }) {
  return (
    <span className={className} title={note}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{note}</span>
    </span>
  );
}

function BodyCell({ row, column, context }: { row: AgencyTableRow; column: AgencyColumn; context: RowContext }) {
  const { t, fmt } = useI18n();
  const { source } = column;
  if (source.type === 'name') return <NameCell row={row} context={context} />;
  if (source.type === 'level') return <td className="agency-table__text">{t(agencyLevelKey(row.level))}</td>;
  const value = cellValue(row, source);
  if (column.kind === 'text') {
    return <td className="agency-table__text">{value === null ? <FigureText text={fmt.number(null)} /> : value}</td>;
  }
  return <NumericCell column={column} value={typeof value === 'number' ? value : null} thresholds={context.thresholds} />;
}

/** One body row; memoised, so scrolling a virtualised table renders only the rows coming into view. */
const BodyRow = memo(function BodyRow({ row, index, context }: { row: AgencyTableRow; index: number; context: RowContext }) {
  return (
    <tr
      data-index={index}
      aria-rowindex={context.singleLine ? index + 2 : undefined}
      className={row.kind === 'group' ? 'agency-table__group' : undefined}
    >
      {context.columns.map((column) => (
        <BodyCell key={column.id} row={row} column={column} context={context} />
      ))}
    </tr>
  );
});

/** A cell of the report's own total row: the published figure, its rate by the period's rule, the printed rate. */
function PublishedTotalCell(props: {
  column: AgencyColumn;
  row: DossierRow;
  thresholds: SeverityThresholds;
  findingsIndex: ReadonlyMap<string, Finding[]>;
}) {
  const { column, row, thresholds, findingsIndex } = props;
  const m = useMessages(agenciesMessages);
  const { source } = column;
  if (source.type === 'name') {
    const findings = findingsIndex.get(row.id) ?? [];
    return (
      <th scope="row" className="agency-table__name">
        {m('publishedTotalLabel', { label: row.label })} <SourceRef provenance={row.provenance} />
        {findings.length > 0 ? <FindingMarker findings={findings} /> : null}
      </th>
    );
  }
  if (column.kind === 'text') return <td />;
  return <NumericCell column={column} value={figureValue(row, source)} thresholds={thresholds} />;
}

/**
 * A cell of the sum of the rows shown: sums, rates recomputed by the period's
 * rule, a mark where some rows lack the figure, and one where the report's own
 * total for these rows says otherwise.
 */
function TotalCell(props: {
  column: AgencyColumn;
  totals: AgencyTotals;
  publishedTotal: DossierRow | null;
  thresholds: SeverityThresholds;
}) {
  const { column, totals, publishedTotal, thresholds } = props;
  const { fmt } = useI18n();
  const m = useMessages(agenciesMessages);
  const { source } = column;
  if (source.type === 'name') {
    return (
      <th scope="row" className="agency-table__name">
        {m('totalsLabel', { count: totals.rowCount })}
      </th>
    );
  }
  if (column.kind === 'text' || source.type === 'printed') return <td />;
  const differs = publishedTotal !== null && totalsDiffer(publishedTotal, totals, source);
  const missing = totalsMissingCount(totals, source);
  return (
    <NumericCell column={column} value={totalsValue(totals, source)} thresholds={thresholds}>
      {missing > 0 ? <CellMark symbol="*" note={m('totalsPartial', { count: missing })} className="agency-table__partial" /> : null}
      {differs ? (
        <CellMark
          symbol="≠"
          note={m('totalsDiffer', { published: formatFigure(fmt, column, figureValue(publishedTotal, source)) })}
          className="agency-table__differs"
        />
      ) : null}
    </NumericCell>
  );
}

/**
 * The browser scrolls a focused element into the box, but not out from under
 * the parts that stay put (the header, the totals, the name column): a
 * keyboard user tabbing down the rows, or back along the header, would lose
 * the focus behind them. Moves the box on by what they cover.
 */
function revealFromUnderStickyParts(event: FocusEvent<HTMLDivElement>) {
  const box = event.currentTarget;
  const target = event.target;
  if (!(target instanceof HTMLElement) || target === box) return;
  const rect = target.getBoundingClientRect();
  if (target.closest('tbody')) {
    const head = box.querySelector('thead')?.getBoundingClientRect();
    const foot = box.querySelector('tfoot')?.getBoundingClientRect();
    if (head && rect.top < head.bottom) box.scrollTop -= head.bottom - rect.top;
    else if (foot && rect.bottom > foot.top) box.scrollTop += rect.bottom - foot.top;
  }
  const nameColumn = box.querySelector('thead .agency-table__name')?.getBoundingClientRect();
  if (nameColumn && !target.closest('.agency-table__name') && rect.left < nameColumn.right) {
    box.scrollLeft -= nameColumn.right - rect.left;
  }
}

export function AgenciesTable(props: Props) {
  const { table, rows, period, columns, headerOf, formulaOf, totals, publishedTotal, thresholds, findingsIndex, groupSizes } = props;
  const { lang } = useI18n();
  const m = useMessages(agenciesMessages);
  const scrollRef = useRef<HTMLDivElement>(null);
  useTableScrollMemory(scrollRef);
  const caption = m('tableCaption', { period: periodLabel(period, lang) });
  const byId = useMemo(() => new Map(columns.map((column) => [column.id, column])), [columns]);

  const virtualize = rows.length > VIRTUALIZE_ABOVE;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => fixedRowHeight,
    initialRect: virtualize ? { width: 0, height: expectedScrollBoxHeight() } : undefined,
    // Few rows beyond the box: each row drawn costs the first render, every sort and every keystroke. Two is the
    // fewest with which Shift+Tab at the top still finds the row above drawn (the sticky header covers one);
    // the keyboard journey in tests/e2e/agencies.e2e.ts walks the rows to check.
    overscan: 2,
    enabled: virtualize,
  });
  const virtualItems = virtualize ? virtualizer.getVirtualItems() : null;
  const paddingTop = virtualItems?.[0]?.start ?? 0;
  const paddingBottom = virtualItems ? virtualizer.getTotalSize() - (virtualItems.at(-1)?.end ?? 0) : 0;
  const shown = virtualItems
    ? virtualItems.map((item) => ({ row: rows[item.index], index: item.index }))
    : rows.map((row, index) => ({ row, index }));
  const visibleColumns = table.getVisibleLeafColumns();
  const multiSort = table.getState().sorting.length > 1;
  const shownColumns = useMemo(() => visibleColumns.flatMap((column) => byId.get(column.id) ?? []), [visibleColumns, byId]);
  const { search: listSearch } = useLocation();
  const context = useMemo<RowContext>(
    () => ({ period, columns: shownColumns, thresholds, findingsIndex, groupSizes, singleLine: virtualize, listSearch }),
    [period, shownColumns, thresholds, findingsIndex, groupSizes, virtualize, listSearch],
  );

  return (
    // Focusable, so keyboard users can scroll the box; named like the table it holds.
    <div ref={scrollRef} className="agency-table-scroll" tabIndex={0} role="region" aria-label={caption} onFocus={revealFromUnderStickyParts}>
      <table
        className={`data-table agency-table${virtualize ? ' agency-table--fixed-rows' : ''}`}
        onCopy={(event) => copySelectedRows(event, copiedWithout)}
        aria-rowcount={virtualize ? rows.length + (publishedTotal ? 3 : 2) : undefined}
      >
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((headerGroup) => (
            <tr key={headerGroup.id}>
              {headerGroup.headers.map((header) => {
                const column = byId.get(header.column.id);
                const formula = formulaOf(header.column.id);
                const sorted = header.column.getIsSorted();
                const sortIndex = header.column.getSortIndex();
                const label = headerOf(header.column.id);
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={ariaSort(header)}
                    className={`${column?.kind === 'text' ? '' : 'numeric'} ${header.column.id === 'name' ? 'agency-table__name' : ''}`.trim()}
                  >
                    <span className="agency-table__header">
                      <button type="button" className="sort-button" title={m('sortHint')} onClick={header.column.getToggleSortingHandler()}>
                        {label}
                        <span className="sort-button__indicator" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          {multiSort && sorted ? <sup>{sortIndex + 1}</sup> : null}
                        </span>
                        {multiSort && sorted ? (
                          <span className="visually-hidden">
                            {`, ${m('sortOrder', { index: sortIndex + 1 })}, ${sorted === 'asc' ? m('sortedAscending') : m('sortedDescending')}`}
                          </span>
                        ) : null}
                      </button>
                      {formula ? <FormulaTooltip metric={label} formula={formula} /> : null}
                    </span>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className="agency-table__spacer">
              <td colSpan={visibleColumns.length} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {shown.map(({ row, index }) => (row ? <BodyRow key={row.key} row={row} index={index} context={context} /> : null))}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className="agency-table__spacer">
              <td colSpan={visibleColumns.length} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
        <tfoot>
          {publishedTotal ? (
            <tr className="agency-table__published" aria-rowindex={virtualize ? rows.length + 2 : undefined}>
              {shownColumns.map((column) => (
                <PublishedTotalCell key={column.id} column={column} row={publishedTotal} thresholds={thresholds} findingsIndex={findingsIndex} />
              ))}
            </tr>
          ) : null}
          <tr
            className="agency-table__totals"
            aria-rowindex={virtualize ? rows.length + (publishedTotal ? 3 : 2) : undefined}
          >
            {shownColumns.map((column) => (
              <TotalCell key={column.id} column={column} totals={totals} publishedTotal={publishedTotal} thresholds={thresholds} />
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
