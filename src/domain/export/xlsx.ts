/**
 * A minimal Office Open XML workbook (.xlsx) with one sheet, written without
 * a spreadsheet library: five XML parts in a stored ZIP. Strings are inline,
 * numbers are real numbers with a display format (counts "#,##0", rates as
 * Excel percentages "0.00%"), so Excel shows them in the user's locale and
 * can compute with them. The header row and the first column are frozen.
 * Typed inline strings are never evaluated, so text needs no formula guard.
 */
import type { ExportColumn, ExportTable, ExportValue } from './exportTable';
import { createZip } from './zip';

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const mainNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationshipNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationshipNamespace = 'http://schemas.openxmlformats.org/package/2006/relationships';
const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Indexes into cellXfs of styles.xml. */
const cellStyle = { text: 0, header: 1, count: 2, percent: 3, boldText: 4, boldCount: 5, boldPercent: 6 } as const;

export interface XlsxOptions {
  /** Row indexes (0-based, within table.rows) written in bold, such as a totals row. */
  boldRows?: readonly number[];
}

/** Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF, CR). */
const invalidXmlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeXml(text: string): string {
  return text
    .replace(invalidXmlCharacters, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** Excel refuses sheet names longer than 31 characters or containing : \ / ? * [ ]. */
export function sheetName(title: string): string {
  const cleaned = title.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).trim();
  return cleaned === '' ? 'Sheet1' : cleaned;
}

function inlineString(reference: string, text: string, style: number): string {
  const preserve = text !== text.trim() ? ' xml:space="preserve"' : '';
  return `<c r="${reference}" t="inlineStr" s="${style}"><is><t${preserve}>${escapeXml(text)}</t></is></c>`;
}

function valueCell(reference: string, value: ExportValue, column: ExportColumn, bold: boolean): string {
  if (value === null) return '';
  if (typeof value === 'string') {
    return inlineString(reference, value, bold ? cellStyle.boldText : cellStyle.text);
  }
  if (!Number.isFinite(value)) return '';
  if (column.kind === 'percent') {
    // Excel stores a percentage as a fraction: 29.79 % is 0.2979 shown with "0.00%". Excel keeps 15
    // significant digits, so the division's binary noise (0.29786999999999997) is cut there.
    const style = bold ? cellStyle.boldPercent : cellStyle.percent;
    return `<c r="${reference}" s="${style}"><v>${Number((value / 100).toPrecision(15))}</v></c>`;
  }
  return `<c r="${reference}" s="${bold ? cellStyle.boldCount : cellStyle.count}"><v>${value}</v></c>`;
}

/** Width in characters: the longest text in the column, within sensible bounds. */
function columnWidth(table: ExportTable, columnIndex: number): number {
  const column = table.columns[columnIndex];
  if (!column) return 10;
  const longest = table.rows.reduce((widest, row) => {
    const value = row[columnIndex];
    return typeof value === 'string' ? Math.max(widest, value.length) : widest;
  }, 0);
  const headerWidth = Math.min(column.header.length, 28);
  const contentWidth = column.kind === 'text' ? longest : 12;
  return Math.min(60, Math.max(8, headerWidth, contentWidth) + 2);
}

function worksheetXml(table: ExportTable, options: XlsxOptions): string {
  const bold = new Set(options.boldRows ?? []);
  const columnCount = table.columns.length;
  const cols = table.columns
    .map((_, index) => `<col min="${index + 1}" max="${index + 1}" width="${columnWidth(table, index)}" customWidth="1"/>`)
    .join('');
  const header = `<row r="1">${table.columns
    .map((column, index) => inlineString(`${columnLetters(index)}1`, column.header, cellStyle.header))
    .join('')}</row>`;
  const body = table.rows
    .map((row, rowIndex) => {
      const rowNumber = rowIndex + 2;
      const cells = table.columns
        .map((column, index) => valueCell(`${columnLetters(index)}${rowNumber}`, row[index] ?? null, column, bold.has(rowIndex)))
        .join('');
      return `<row r="${rowNumber}">${cells}</row>`;
    })
    .join('');
  const lastCell = `${columnLetters(Math.max(0, columnCount - 1))}${table.rows.length + 1}`;
  const pane =
    columnCount > 1
      ? '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="B2" sqref="B2"/>'
      : '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>';
  return (
    `${xmlDeclaration}<worksheet xmlns="${mainNamespace}" xmlns:r="${relationshipNamespace}">` +
    `<dimension ref="A1:${lastCell}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${header}${body}</sheetData>` +
    `</worksheet>`
  );
}

const stylesXml =
  `${xmlDeclaration}<styleSheet xmlns="${mainNamespace}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="7">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>' +
  // Built-in formats 3 = "#,##0" and 10 = "0.00%": Excel renders them with the reader's separators.
  '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="3" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>' +
  '<xf numFmtId="10" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

const contentTypesXml =
  `${xmlDeclaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';

const rootRelationshipsXml =
  `${xmlDeclaration}<Relationships xmlns="${packageRelationshipNamespace}">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';

const workbookRelationshipsXml =
  `${xmlDeclaration}<Relationships xmlns="${packageRelationshipNamespace}">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

function workbookXml(title: string): string {
  return (
    `${xmlDeclaration}<workbook xmlns="${mainNamespace}" xmlns:r="${relationshipNamespace}">` +
    `<sheets><sheet name="${escapeXml(sheetName(title))}" sheetId="1" r:id="rId1"/></sheets>` +
    '</workbook>'
  );
}

/** The .xlsx file's bytes. */
export function toXlsx(table: ExportTable, options: XlsxOptions = {}): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  return createZip([
    { name: '[Content_Types].xml', data: encoder.encode(contentTypesXml) },
    { name: '_rels/.rels', data: encoder.encode(rootRelationshipsXml) },
    { name: 'xl/workbook.xml', data: encoder.encode(workbookXml(table.title)) },
    { name: 'xl/_rels/workbook.xml.rels', data: encoder.encode(workbookRelationshipsXml) },
    { name: 'xl/styles.xml', data: encoder.encode(stylesXml) },
    { name: 'xl/worksheets/sheet1.xml', data: encoder.encode(worksheetXml(table, options)) },
  ]);
}
