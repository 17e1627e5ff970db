import { describe, expect, it } from 'vitest';
import { toCsv, UTF8_BOM } from '@/domain/export/csv';
import type { ExportTable } from '@/domain/export/exportTable';

const table: ExportTable = {
  title: 'Thử',
  columns: [
    { header: 'Cơ quan, đơn vị', kind: 'text' },
    { header: 'Tiếp nhận', kind: 'count' },
    { header: 'Tỷ lệ trễ hạn', kind: 'percent' },
  ],
  rows: [
    ['Sở Tài nguyên &MT và VPĐKĐĐ', 272671, 2.8697],
    ['UBND Xã "Diên Điền"; ghi chú', null, null],
    ['Dòng\nhai', 0, 0],
    ['=HYPERLINK("http://x")', -5, 100],
    ['- Sở Tài nguyên và Môi trường', 1953, 4.898],
  ],
};

describe('toCsv', () => {
  it('starts with the UTF-8 byte-order mark so Excel reads Vietnamese letters, and ends lines with CRLF', () => {
    const csv = toCsv(table);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(Array.from(new TextEncoder().encode(csv).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.split('\r\n')).toHaveLength(table.rows.length + 2);
  });

  it('uses ";" and decimal commas (Excel under the Vietnamese regional format); blanks stay blank', () => {
    const lines = toCsv(table).slice(1).split('\r\n');
    expect(lines[0]).toBe('Cơ quan, đơn vị;Tiếp nhận;Tỷ lệ trễ hạn (%)');
    expect(lines[1]).toBe('Sở Tài nguyên &MT và VPĐKĐĐ;272671;2,87');
    expect(lines[2]).toBe('"UBND Xã ""Diên Điền""; ghi chú";;');
  });

  it('quotes fields with line breaks and keeps them whole', () => {
    expect(toCsv(table)).toContain('"Dòng\nhai";0;0,00\r\n');
  });

  it('keeps text that looks like a formula as text, but numbers stay numbers', () => {
    const csv = toCsv(table);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")";-5;100,00\r\n`);
    expect(csv).toContain("'- Sở Tài nguyên và Môi trường;1953;4,90\r\n");
  });

  it('writes comma-separated, decimal-point files on request', () => {
    const lines = toCsv(table, { delimiter: ',', decimalSeparator: '.' }).slice(1).split('\r\n');
    expect(lines[0]).toBe('"Cơ quan, đơn vị",Tiếp nhận,Tỷ lệ trễ hạn (%)');
    expect(lines[1]).toBe('Sở Tài nguyên &MT và VPĐKĐĐ,272671,2.87');
  });
});
