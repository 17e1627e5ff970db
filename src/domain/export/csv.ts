/**
 * CSV for Excel as Vietnamese staff open it: a double click on the file.
 *
 * Excel splits a double-clicked CSV on the Windows list separator and reads
 * numbers with the Windows decimal mark. Under the Vietnamese regional format
 * those are ";" and ",", so a comma-separated file would land in one column
 * and "29.79" would not be read as a number. The file therefore uses ";" and
 * decimal commas by default. Without the UTF-8 byte-order mark Excel reads the
 * file in the ANSI code page and garbles every Vietnamese letter; a "sep=;"
 * line is not used because it makes Excel ignore the mark. Users with another
 * regional format get a correct file from the XLSX export.
 */
import type { ExportColumn, ExportTable, ExportValue } from './exportTable';

export interface CsvOptions {
  delimiter: ';' | ',';
  decimalSeparator: ',' | '.';
}

export const excelVietnameseCsv: Readonly<CsvOptions> = Object.freeze({ delimiter: ';', decimalSeparator: ',' });

export const UTF8_BOM = '\uFEFF';

/** Percentages are written with the two decimals the table shows. */
const percentDigits = 2;

const formulaTrigger = /^[=+\-@\t\r]/;

/**
 * Excel runs a CSV field starting with "=", "+", "-" or "@" as a formula (CSV
 * injection). A leading apostrophe makes it keep the field as text.
 */
function neutralizeFormula(text: string): string {
  return formulaTrigger.test(text) ? `'${text}` : text;
}

function quoteField(field: string, delimiter: string): string {
  const needsQuotes = field.includes(delimiter) || field.includes('"') || field.includes('\n') || field.includes('\r');
  return needsQuotes ? `"${field.replace(/"/g, '""')}"` : field;
}

function formatNumber(value: number, digits: number, decimalSeparator: string): string {
  const text = digits === 0 && Number.isInteger(value) ? String(value) : value.toFixed(digits);
  return decimalSeparator === '.' ? text : text.replace('.', decimalSeparator);
}

function cellText(value: ExportValue, column: ExportColumn, options: CsvOptions): string {
  if (value === null) return '';
  if (typeof value === 'string') return neutralizeFormula(value);
  if (column.kind === 'percent') return formatNumber(value, percentDigits, options.decimalSeparator);
  return formatNumber(value, Number.isInteger(value) ? 0 : percentDigits, options.decimalSeparator);
}

/** Header text of a column; percentages carry "(%)" because the cells are bare numbers. */
function headerText(column: ExportColumn): string {
  return column.kind === 'percent' ? `${column.header} (%)` : column.header;
}

/** The whole file, byte-order mark first, CRLF line ends (RFC 4180). */
export function toCsv(table: ExportTable, options: CsvOptions = excelVietnameseCsv): string {
  const lines = [
    table.columns.map((column) => quoteField(neutralizeFormula(headerText(column)), options.delimiter)),
    ...table.rows.map((row) =>
      table.columns.map((column, index) => quoteField(cellText(row[index] ?? null, column, options), options.delimiter)),
    ),
  ];
  return `${UTF8_BOM}${lines.map((fields) => fields.join(options.delimiter)).join('\r\n')}\r\n`;
}
