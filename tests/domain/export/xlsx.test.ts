import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '@/domain/export/crc32';
import type { ExportTable } from '@/domain/export/exportTable';
import { columnLetters, sheetName, toXlsx } from '@/domain/export/xlsx';
import { createZip } from '@/domain/export/zip';

interface ReadEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  data: Uint8Array;
}

/** Reads a ZIP through its central directory, as Excel does, checking each local header against it. */
function readZip(bytes: Uint8Array): ReadEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries: ReadEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    expect(view.getUint32(offset, true)).toBe(0x02014b50);
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const crc = view.getUint32(offset + 16, true);
    const size = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = decoder.decode(bytes.slice(offset + 46, offset + 46 + nameLength));
    expect(view.getUint32(localOffset, true)).toBe(0x04034b50);
    expect(view.getUint32(localOffset + 14, true)).toBe(crc);
    const localNameLength = view.getUint16(localOffset + 26, true);
    const dataStart = localOffset + 30 + localNameLength + view.getUint16(localOffset + 28, true);
    entries.push({ name, method, flags, crc, data: bytes.slice(dataStart, dataStart + size) });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

const table: ExportTable = {
  title: 'Cơ quan, đơn vị · Năm 2022 [Sở]',
  columns: [
    { header: 'Cơ quan, đơn vị', kind: 'text' },
    { header: 'Tiếp nhận', kind: 'count' },
    { header: 'Tỷ lệ trễ hạn', kind: 'percent' },
  ],
  rows: [
    ['Sở Kế hoạch và Đầu tư', 211, (56 / 188) * 100],
    ['Sở Tài nguyên &MT và VPĐKĐĐ <b>', null, null],
    ['Tổng', 797, 0.29787 * 100],
  ],
};

describe('crc32', () => {
  it('matches the reference value and zlib', () => {
    const text = new TextEncoder().encode('123456789');
    expect(crc32(text)).toBe(0xcbf43926);
    const vietnamese = new TextEncoder().encode('Tỷ lệ trễ hạn');
    expect(crc32(vietnamese)).toBe(nodeCrc32(vietnamese));
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('createZip', () => {
  it('stores entries uncompressed with correct checksums and UTF-8 names', () => {
    const data = new TextEncoder().encode('Khánh Hòa');
    const entries = readZip(createZip([{ name: 'thư/mục.txt', data }]));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ name: 'thư/mục.txt', method: 0, flags: 0x0800, crc: nodeCrc32(data) });
    expect(new TextDecoder().decode(entries[0]?.data)).toBe('Khánh Hòa');
  });

  it('is deterministic', () => {
    const data = new TextEncoder().encode('x');
    expect(createZip([{ name: 'a', data }])).toEqual(createZip([{ name: 'a', data }]));
  });
});

describe('toXlsx', () => {
  const entries = readZip(toXlsx(table, { boldRows: [2] }));
  const part = (name: string) => {
    const entry = entries.find((candidate) => candidate.name === name);
    if (!entry) throw new Error(`missing ${name}`);
    return new TextDecoder().decode(entry.data);
  };

  it('holds the parts of a SpreadsheetML package, each well-formed XML with a valid checksum', () => {
    expect(entries.map((entry) => entry.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    for (const entry of entries) {
      expect(entry.crc).toBe(nodeCrc32(entry.data));
      const parsed = new DOMParser().parseFromString(new TextDecoder().decode(entry.data), 'application/xml');
      expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    }
  });

  it('writes Vietnamese text as inline strings, escaped, and numbers as numbers; rates as Excel percentages', () => {
    const sheet = part('xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="A1" t="inlineStr" s="1"><is><t>Cơ quan, đơn vị</t></is></c>');
    expect(sheet).toContain('<c r="A2" t="inlineStr" s="0"><is><t>Sở Kế hoạch và Đầu tư</t></is></c>');
    expect(sheet).toContain('<c r="B2" s="2"><v>211</v></c>');
    expect(sheet).toContain('<c r="C2" s="3"><v>0.297872340425532</v></c>');
    expect(sheet).toContain('<t>Sở Tài nguyên &amp;MT và VPĐKĐĐ &lt;b&gt;</t>');
    // A blank stays blank: no cell at all, never a zero.
    expect(sheet).toContain('<row r="3"><c r="A3" t="inlineStr" s="0"><is><t>Sở Tài nguyên &amp;MT và VPĐKĐĐ &lt;b&gt;</t></is></c></row>');
    expect(sheet).toContain('<c r="A4" t="inlineStr" s="4">');
    expect(sheet).toContain('<c r="B4" s="5"><v>797</v></c>');
    // 0.29787 × 100 / 100 is 0.29786999999999997 in binary floating point; Excel's 15 digits give it back.
    expect(sheet).toContain('<c r="C4" s="6"><v>0.29787</v></c>');
    expect(sheet).toContain('<dimension ref="A1:C4"/>');
    expect(sheet).toContain('state="frozen"');
  });

  it('uses built-in number formats #,##0 (3) and 0.00% (10)', () => {
    const styles = part('xl/styles.xml');
    expect(styles).toContain('<xf numFmtId="3" fontId="0"');
    expect(styles).toContain('<xf numFmtId="10" fontId="0"');
  });

  it('names the sheet within Excel’s rules', () => {
    expect(part('xl/workbook.xml')).toContain('<sheet name="Cơ quan, đơn vị · Năm 2022 Sở" sheetId="1" r:id="rId1"/>');
    expect(sheetName('a'.repeat(40))).toHaveLength(31);
    expect(sheetName(' / ')).toBe('Sheet1');
  });
});

describe('columnLetters', () => {
  it('counts like Excel', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
