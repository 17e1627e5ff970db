import { useMemo } from 'react';
import { getCoreRowModel, useReactTable, type ColumnDef, type SortingState, type VisibilityState } from '@tanstack/react-table';
import { cellValue, type AgencyColumn, type AgencyTableRow, type SortKey } from '@/domain/agencies/table';

interface Options {
  rows: AgencyTableRow[];
  columns: AgencyColumn[];
  sorting: SortKey[];
  onSortingChange: (sorting: SortKey[]) => void;
  visibility: VisibilityState;
  onVisibilityChange: (visibility: VisibilityState) => void;
}

/**
 * The TanStack table of the view. Rows arrive already filtered and sorted by
 * src/domain/agencies/table.ts: the Vietnamese collator, nulls last in both
 * directions and subtotal groups need more than the built-in sorting, so the
 * table runs in manual mode and keeps the sort state, the header toggles
 * (shift-click adds a key) and column visibility. The body is drawn from those
 * rows directly, not from `getRowModel()`: TanStack would build a Row object
 * for each of 10,000 rows on every change (about 150 ms), and no feature of
 * theirs is used.
 */
export function useAgencyTableInstance({ rows, columns, sorting, onSortingChange, visibility, onVisibilityChange }: Options) {
  const columnDefs = useMemo<Array<ColumnDef<AgencyTableRow>>>(
    () =>
      columns.map((column) => ({
        id: column.id,
        accessorFn: (row: AgencyTableRow) => cellValue(row, column.source),
        sortDescFirst: column.sortDescFirst,
        enableHiding: column.id !== 'name',
      })),
    [columns],
  );
  const sortingState = useMemo<SortingState>(() => sorting.map((key) => ({ id: key.id, desc: key.desc })), [sorting]);
  return useReactTable({
    data: rows,
    columns: columnDefs,
    state: { sorting: sortingState, columnVisibility: visibility },
    manualSorting: true,
    manualFiltering: true,
    enableMultiSort: true,
    // The header buttons hand over React's synthetic click event, which carries shiftKey.
    isMultiSortEvent: (event) => typeof event === 'object' && event !== null && 'shiftKey' in event && event.shiftKey === true,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sortingState) : updater;
      onSortingChange(next.map((key) => ({ id: key.id, desc: key.desc })));
    },
    onColumnVisibilityChange: (updater) => {
      onVisibilityChange(typeof updater === 'function' ? updater(visibility) : updater);
    },
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.key,
  });
}
