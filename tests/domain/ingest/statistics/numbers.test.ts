import { describe, expect, it } from 'vitest';
import { bareDigitsFormat, CellReadError, parseCount, parseRate, vietnameseFormat } from '@/domain/ingest/numbers';

describe('parseCount', () => {
  it('reads Vietnamese thousands separators, and bare digits printed without them', () => {
    expect(parseCount('69.760', vietnameseFormat)).toBe(69760);
    expect(parseCount('<b>420.485.000</b>', vietnameseFormat)).toBe(420485000);
    expect(parseCount('13340', vietnameseFormat)).toBe(13340);
    expect(parseCount('3.493', vietnameseFormat)).toBe(3493);
  });

  it('reads 2017 counts as bare digits and refuses a separator there', () => {
    expect(parseCount('17256', bareDigitsFormat)).toBe(17256);
    expect(() => parseCount('3.493', bareDigitsFormat)).toThrow(CellReadError);
  });

  it('reads "-" as 0 and a blank cell as null', () => {
    expect(parseCount('-', vietnameseFormat)).toBe(0);
    expect(parseCount('<b>-</b>', vietnameseFormat)).toBe(0);
    expect(parseCount('', vietnameseFormat)).toBeNull();
    expect(parseCount('  ', bareDigitsFormat)).toBeNull();
  });

  it('refuses text and malformed groups', () => {
    expect(() => parseCount('Số lượng', vietnameseFormat)).toThrow(CellReadError);
    expect(() => parseCount('12.34', vietnameseFormat)).toThrow('Ô số lượng không đọc được: "12.34"');
  });

  it('refuses a count too long to be held exactly rather than return a different figure', () => {
    expect(parseCount('9007199254740991', bareDigitsFormat)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => parseCount('9007199254740993', bareDigitsFormat)).toThrow(CellReadError);
    expect(() => parseCount('9.007.199.254.740.993', vietnameseFormat)).toThrow(CellReadError);
  });
});

describe('parseRate', () => {
  it('keeps the printed text and reads the percentage in each format', () => {
    expect(parseRate('89.95%', bareDigitsFormat)).toEqual({ text: '89.95%', value: 89.95 });
    expect(parseRate('100%', bareDigitsFormat)).toEqual({ text: '100%', value: 100 });
    expect(parseRate('99,52%', vietnameseFormat)).toEqual({ text: '99,52%', value: 99.52 });
    expect(parseRate('<b>0,00%</b>', vietnameseFormat)).toEqual({ text: '0,00%', value: 0 });
  });

  it('reads the bare fraction of 004:469 as a percentage', () => {
    expect(parseRate('0.1257', bareDigitsFormat)).toEqual({ text: '0.1257', value: 12.57 });
  });

  it('gives null for a blank cell and refuses the wrong decimal mark', () => {
    expect(parseRate('', vietnameseFormat)).toBeNull();
    expect(() => parseRate('99.52%', vietnameseFormat)).toThrow(CellReadError);
    expect(() => parseRate('99,52', vietnameseFormat)).toThrow('Ô tỷ lệ không đọc được: "99,52"');
  });
});
