/**
 * A table as exported: what the screen shows, in the order it shows it.
 * Values stay typed (numbers are numbers) so each format can write them the
 * way its reader expects; null is a blank cell, never 0.
 */
export type ExportColumnKind = 'text' | 'count' | 'percent';

export interface ExportColumn {
  header: string;
  kind: ExportColumnKind;
}

/** Text for text columns; for count and percent columns a number (percent on the 0–100 scale) or null. */
export type ExportValue = string | number | null;

export interface ExportTable {
  /** Sheet name in the workbook. */
  title: string;
  columns: ExportColumn[];
  rows: ExportValue[][];
}
