/**
 * A summary table (2017 Phụ lục IV, 2020 Phụ lục II) prints one row per level
 * block ("Khối Sở, ngành", "Khối UBND cấp xã") whose members are printed in
 * that level's own table. This links each such block row to the top rows of
 * the table of its level, so that every subtotal names the rows it stands for.
 */
import type { DossierRow, DossierTable } from '@/domain/dataset/schema';

/** The rows a level table's total adds up, or, when the table lost its total, the rows under nothing. */
function topRowsOf(table: DossierTable): string[] {
  const totals = table.rows.filter((row) => row.kind === 'total' && row.parentRowId === null);
  if (totals.length === 1) return totals[0]?.memberRowIds ?? [];
  if (totals.length > 1) return [];
  return table.rows.filter((row) => row.parentRowId === null).map((row) => row.id);
}

function isUnlinkedBlock(row: DossierRow, rowsById: ReadonlyMap<string, DossierRow>): boolean {
  if (row.kind !== 'subtotal' || row.level === 'all' || row.memberRowIds.length > 0) return false;
  const parent = row.parentRowId === null ? undefined : rowsById.get(row.parentRowId);
  return !parent || parent.kind === 'total';
}

export function linkLevelBlocks(tables: DossierTable[]): DossierTable[] {
  const levelTables = tables.filter((table) => table.level !== 'all');
  return tables.map((table) => {
    if (table.level !== 'all') return table;
    const rowsById = new Map(table.rows.map((row) => [row.id, row]));
    return {
      ...table,
      rows: table.rows.map((row) => {
        if (!isUnlinkedBlock(row, rowsById)) return row;
        const own = levelTables.filter((candidate) => candidate.level === row.level);
        if (own.length !== 1 || !own[0]) return row;
        return { ...row, memberRowIds: topRowsOf(own[0]) };
      }),
    };
  });
}
