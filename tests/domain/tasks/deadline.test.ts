import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeadlinePart } from '@/domain/dataset/schema';
import { deadlinePartSchema } from '@/domain/dataset/schema';
import { readTsvTaskTable, tsvTaskTables } from '@/domain/ingest/tasks/tsvTaskTable';
import { parseDeadline } from '@/domain/tasks/deadline';
import { parseRichText, richTextToPlain } from '@/domain/text/richText';

type Expected = Pick<DeadlinePart, 'kind' | 'start' | 'due'> & Partial<Pick<DeadlinePart, 'note' | 'text'>>;

function partsOf(text: string): DeadlinePart[] {
  return parseDeadline(text).parts;
}

function expectParts(text: string, expected: Expected[]): void {
  const parts = partsOf(text);
  expect(parts).toHaveLength(expected.length);
  expected.forEach((want, index) => {
    const part = parts[index];
    expect(part).toMatchObject({ note: null, ...want });
  });
}

describe('parseDeadline: every form of the seeds inventory §7, verbatim', () => {
  it.each([
    ['Trong năm 2017', '2017-12-31'],
    ['Trong năm 2020', '2020-12-31'],
    ['Trong năm 2022', '2022-12-31'],
    ['Năm 2017', '2017-12-31'],
    ['Năm 2022', '2022-12-31'],
  ])('"%s" is a year, due %s', (text, due) => {
    expectParts(text, [{ text, kind: 'year', start: null, due }]);
  });

  it('keeps the parenthesis of "Trong năm 2022 (…)" as the note (001:75)', () => {
    expectParts('Trong năm 2022 (theo hướng dẫn, tiến độ của Bộ Nội vụ)', [
      { kind: 'year', start: null, due: '2022-12-31', note: 'theo hướng dẫn, tiến độ của Bộ Nội vụ' },
    ]);
  });

  it.each([
    ['Quý I/2017', '2017-03-31'],
    ['Quý II/2017', '2017-06-30'],
    ['Quý III/2017', '2017-09-30'],
    ['Quý IV/2020', '2020-12-31'],
    ['Quý I/2022', '2022-03-31'],
    ['Trong Quý I/2017', '2017-03-31'],
    ['Trong Quý II/2020', '2020-06-30'],
    ['Trong Quý III/2020', '2020-09-30'],
  ])('"%s" is due on the last day of the quarter, %s', (text, due) => {
    expectParts(text, [{ text, kind: 'quarter', start: null, due }]);
  });

  it.each([
    ['Từ Quý I/2017', '2017-01-01'],
    ['Từ Quý III/2017', '2017-07-01'],
    ['Từ Quý I/2020', '2020-01-01'],
    ['Từ Quý I/2022', '2022-01-01'],
  ])('"%s" starts on the first day of the quarter, %s, with no due date', (text, start) => {
    expectParts(text, [{ text, kind: 'from', start, due: null }]);
  });

  it('"Từ Quý II – Quý IV/2020" is a window from 1 April to 31 December (000:100)', () => {
    expectParts('Từ Quý II – Quý IV/2020', [{ text: 'Từ Quý II – Quý IV/2020', kind: 'window', start: '2020-04-01', due: '2020-12-31' }]);
  });

  it('004 VII.3: "Từ Quý I/2017 – III/2017" then "Từ Quý" / "IV/2017" split by the page break (004:348, 004:351)', () => {
    const expected: Expected[] = [
      { text: 'Từ Quý I/2017 – III/2017', kind: 'window', start: '2017-01-01', due: '2017-09-30' },
      { text: 'Từ Quý IV/2017', kind: 'from', start: '2017-10-01', due: null },
    ];
    expectParts('Từ Quý I/2017 – III/2017\nTừ Quý\nIV/2017', expected);
    expectParts('Từ Quý I/2017 – III/2017\nTừ Quý IV/2017', expected);
    expectParts('Từ Quý I/2017 – III/2017 Từ Quý IV/2017', expected);
  });

  it.each([
    ['Tháng 6/2020', '2020-06-30'],
    ['Tháng 6/2022', '2022-06-30'],
    ['Tháng 01/2022', '2022-01-31'],
    ['Tháng 3/2022', '2022-03-31'],
    ['Tháng 12/2021', '2021-12-31'],
    ['Tháng 3/2021', '2021-03-31'],
  ])('"%s" is due on the last day of the month, %s', (text, due) => {
    expectParts(text, [{ text, kind: 'month', start: null, due }]);
  });

  it('knows how long February is', () => {
    expectParts('Tháng 2/2022', [{ kind: 'month', start: null, due: '2022-02-28' }]);
    expectParts('Tháng 02/2024', [{ kind: 'month', start: null, due: '2024-02-29' }]);
    expectParts('Tháng 2/2100', [{ kind: 'month', start: null, due: '2100-02-28' }]);
  });

  it('"Từ tháng 11/2022" starts on the first of the month', () => {
    expectParts('Từ tháng 11/2022', [{ kind: 'from', start: '2022-11-01', due: null }]);
  });

  it('"Từ năm YYYY" starts on 1 January', () => {
    expectParts('Từ năm 2017', [{ kind: 'from', start: '2017-01-01', due: null }]);
    expectParts('Từ năm 2022', [{ kind: 'from', start: '2022-01-01', due: null }]);
  });

  it('"Từ năm 2022-2025" is a window to the end of 2025 (001:88)', () => {
    expectParts('Từ năm 2022-2025', [{ kind: 'window', start: '2022-01-01', due: '2025-12-31' }]);
  });

  it('"Năm 2022 - 2023 (sau khi …)" is a window with its condition as the note (001:130)', () => {
    expectParts('Năm 2022 - 2023 (sau khi có hướng dẫn của Bộ Khoa học và Công nghệ)', [
      { kind: 'window', start: '2022-01-01', due: '2023-12-31', note: 'sau khi có hướng dẫn của Bộ Khoa học và Công nghệ' },
    ]);
  });

  it('"Hoàn thành và triển khai từ năm 2017" starts in 2017 (004:332)', () => {
    expectParts('Hoàn thành và triển khai từ năm 2017', [
      { kind: 'from', start: '2017-01-01', due: null, note: 'Hoàn thành và triển khai' },
    ]);
  });

  it('"- Hoàn thành Đề án trong năm 2017 - Triển khai từ năm 2017 - 2020" holds two milestones (004:331)', () => {
    expectParts(' - Hoàn thành Đề án trong năm 2017 - Triển khai từ năm 2017 - 2020 ', [
      { text: 'Hoàn thành Đề án trong năm 2017', kind: 'year', start: null, due: '2017-12-31', note: 'Hoàn thành Đề án' },
      { text: 'Triển khai từ năm 2017 - 2020', kind: 'window', start: '2017-01-01', due: '2020-12-31', note: 'Triển khai' },
    ]);
  });

  it('"Quý II/2017" + "Theo tiến độ Đề án" gives one deadline per deliverable (004:299), as lines or flattened', () => {
    const expected: Expected[] = [
      { text: 'Quý II/2017', kind: 'quarter', start: null, due: '2017-06-30' },
      { text: 'Theo tiến độ Đề án', kind: 'dependent', start: null, due: null },
    ];
    expectParts('Quý II/2017\nTheo tiến độ Đề án', expected);
    expectParts('Quý II/2017 Theo tiến độ Đề án', expected);
  });

  it('"Thường xuyên" is recurring with no dates', () => {
    expectParts('Thường xuyên', [{ kind: 'recurring', start: null, due: null }]);
  });

  it.each([
    ['Theo tiến độ triển khai của Trung ương', 'Trung ương'],
    ['Theo tiến độ của Trung ương', 'Trung ương'],
    ['Theo tiến độ Chương trình hành động của Trung ương', 'Trung ương'],
    ['Theo tiến độ triển khai của cấp có thẩm quyền', 'cấp có thẩm quyền'],
    ['Theo tiến độ Đề án', null],
    ['Theo tiến độ Đề án được phê duyệt', null],
    ['Theo tiến độ được phê duyệt', null],
    ['Thực hiện theo tiến độ được phê duyệt', null],
    ['Theo Kế hoạch của từng khối, từng lĩnh vực', 'từng khối, từng lĩnh vực'],
    ['Theo chỉ đạo của UBND tỉnh', 'UBND tỉnh'],
    ['Theo tiến độ của Bộ Nội vụ', 'Bộ Nội vụ'],
    ['Theo Đề án/Hướng dẫn của Bộ Nội vụ', 'Bộ Nội vụ'],
    ['Theo quy định', null],
  ])('"%s" is dependent, on %s', (text, note) => {
    expectParts(text, [{ text, kind: 'dependent', start: null, due: null, note }]);
  });

  it('mends "Theo tiến độ triển khai của" / "Trung ương" cut by a page break (001:41, 001:44)', () => {
    expectParts('Theo tiến độ triển khai của\nTrung ương', [
      { text: 'Theo tiến độ triển khai của Trung ương', kind: 'dependent', start: null, due: null, note: 'Trung ương' },
    ]);
  });

  it('reads the free-text "Việc chuẩn hóa … theo tiến trình …" as dependent, across its page break (004:307, 004:310)', () => {
    const text = 'Việc chuẩn hóa, cập nhật cơ sở dữ liệu thực hiện đồng thời theo tiến trình và kết quả đơn giản hóa';
    expectParts(text, [{ text, kind: 'dependent', start: null, due: null }]);
    expectParts('Việc chuẩn hóa, cập nhật cơ sở dữ liệu thực hiện đồng thời theo tiến trình và kết quả đơn giản\nhóa', [
      { text, kind: 'dependent', start: null, due: null },
    ]);
  });

  it('an empty cell is one unknown part (004:359, VII.9)', () => {
    expect(parseDeadline('')).toEqual({ text: '', parts: [{ text: '', kind: 'unknown', start: null, due: null, note: null }] });
    expect(partsOf('   ')).toEqual([{ text: '', kind: 'unknown', start: null, due: null, note: null }]);
  });
});

describe('parseDeadline: normalisation', () => {
  it('keeps the cell text verbatim and reads decomposed (NFD) text and spare spaces', () => {
    const verbatim = '  Trong  năm 2020 ';
    expect(parseDeadline(verbatim).text).toBe(verbatim);
    expectParts('Trong năm 2020'.normalize('NFD'), [{ text: 'Trong năm 2020', kind: 'year', start: null, due: '2020-12-31' }]);
  });

  it('accepts the hyphen, the en dash and the em dash in ranges', () => {
    for (const dash of ['-', '–', '—']) {
      expectParts(`Từ Quý II ${dash} Quý IV/2020`, [{ kind: 'window', start: '2020-04-01', due: '2020-12-31' }]);
    }
  });

  it('does not guess: a range that runs backwards or a month 13 is unknown', () => {
    expectParts('Từ năm 2025-2022', [{ kind: 'unknown', start: null, due: null }]);
    expectParts('Tháng 13/2022', [{ kind: 'unknown', start: null, due: null }]);
  });
});

describe('parseDeadline: properties', () => {
  const fragments = fc.constantFrom(
    'Trong năm',
    'Năm',
    'Quý',
    'Từ Quý',
    'Tháng',
    'Từ tháng',
    'Từ năm',
    'Theo',
    'tiến độ',
    'của',
    'Trung ương',
    'Thường xuyên',
    'I',
    'II',
    'III',
    'IV',
    '-',
    '–',
    '/',
    '(',
    ')',
    '\n',
    ' - ',
  );
  const numbers = fc.integer({ min: 0, max: 9999 }).map(String);
  const cellText = fc.oneof(
    fc.string(),
    fc.array(fc.oneof(fragments, numbers, fc.string({ maxLength: 4 })), { maxLength: 12 }).map((words) => words.join(' ')),
  );

  it('never throws, always gives at least one schema-valid part, and never ends before it starts', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const { parts } = parseDeadline(text);
        expect(parts.length).toBeGreaterThan(0);
        for (const part of parts) {
          expect(deadlinePartSchema.safeParse(part).success).toBe(true);
          if (part.start !== null && part.due !== null) expect(part.due >= part.start).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseDeadline on the task tables of 004, 000 and 001', () => {
  const cells = (['004', '000', '001'] as const).flatMap((key) => {
    const table = tsvTaskTables[key];
    return readTsvTaskTable(readFileSync(table.file, 'utf8'), table.file, table).map((row) => ({
      where: `${key}:${row.provenance.line}`,
      text: richTextToPlain(parseRichText(row.deadline)),
    }));
  });

  it('reads every cell; the only unknown is the empty cell of 004 VII.9', () => {
    expect(cells).toHaveLength(40 + 32 + 60);
    const unknown = cells.filter(({ text }) => parseDeadline(text).parts.some((part) => part.kind === 'unknown'));
    expect(unknown.map(({ where }) => where)).toEqual(['004:359']);
  });

  it('counts the §7 forms as the inventory does: 19 "Trong năm 2022" in 2022, 18 "Trong năm 2017" in 2017-Q1', () => {
    const count = (prefix: string, text: string) => cells.filter(({ where, text: cell }) => where.startsWith(prefix) && cell === text).length;
    expect(count('001:', 'Trong năm 2022')).toBe(19);
    expect(count('004:', 'Trong năm 2017')).toBe(18);
    expect(count('001:', 'Theo tiến độ triển khai của Trung ương')).toBe(5);
  });
});
