// @vitest-environment node
/**
 * Robustness of the parsers on arbitrary text: they return a value or throw
 * their own typed error, never anything else, and matching is stable under
 * folding. Properties that already live beside their unit tests are not
 * repeated here: parseDeadline (tests/domain/tasks/deadline.test.ts),
 * classifyResult (tests/domain/tasks/status.test.ts) and parseRichText
 * (tests/domain/text/richText.test.ts) are checked there on ASCII-range and
 * cell-like text; here they also get full-Unicode input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agencyById, agencyCatalog, matchAgency, type MatchContext } from '@/domain/agencies/registry';
import { agencyLevels, assignmentEntrySchema, deadlinePartSchema, richTextSchema } from '@/domain/dataset/schema';
import { bareDigitsFormat, CellReadError, parseCount, parseRate, vietnameseFormat, type NumberFormat } from '@/domain/ingest/numbers';
import { extractAssignment } from '@/domain/tasks/assignment';
import { parseDeadline } from '@/domain/tasks/deadline';
import { classifyResult } from '@/domain/tasks/status';
import { foldVietnamese } from '@/domain/text/fold';
import { parseRichText } from '@/domain/text/richText';

/** Any code point, lone surrogates and combining marks included. */
const anyText = fc.string({ unit: 'binary', maxLength: 120 });
const formats = fc.constantFrom<NumberFormat>(bareDigitsFormat, vietnameseFormat);

/** What a cell can look like: digits, separators, signs, markup, Vietnamese words. */
const cellFragments = fc.constantFrom(
  '0', '1', '9', '12', '345', '.', ',', '%', '-', '+', ' ', '<b>', '</b>', '<p>', '&amp;', '&#8209;', 'e', 'E', 'x',
  'Infinity', 'NaN', '0x1', '١٢', '１２', 'Trễ', 'Số lượng', '\t', '\n',
);
const cellLike = fc.array(cellFragments, { maxLength: 14 }).map((parts) => parts.join(''));

describe('parseCount and parseRate', () => {
  it('return a figure or throw a CellReadError, nothing else, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, cellLike), formats, (cell, format) => {
        for (const read of [() => parseCount(cell, format), () => parseRate(cell, format)]) {
          try {
            read();
          } catch (error) {
            expect(error).toBeInstanceOf(CellReadError);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('only ever return null, or a count that is a safe non-negative integer', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, cellLike), formats, (cell, format) => {
        let count: number | null = null;
        try {
          count = parseCount(cell, format);
        } catch {
          return;
        }
        if (count !== null) {
          expect(Number.isSafeInteger(count)).toBe(true);
          expect(count).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('read back any count printed with or without Vietnamese thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (count) => {
        const grouped = String(count).replace(/\B(?=(\d{3})+$)/g, '.');
        expect(parseCount(grouped, vietnameseFormat)).toBe(count);
        expect(parseCount(`<b>${grouped}</b>`, vietnameseFormat)).toBe(count);
        expect(parseCount(String(count), vietnameseFormat)).toBe(count);
        expect(parseCount(String(count), bareDigitsFormat)).toBe(count);
      }),
    );
  });

  it('read back any printed percentage as its value, in both decimal marks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 99 }), (whole, hundredths) => {
        const decimals = String(hundredths).padStart(2, '0');
        const value = Number(`${whole}.${decimals}`);
        expect(parseRate(`${whole}.${decimals}%`, bareDigitsFormat)).toEqual({ text: `${whole}.${decimals}%`, value });
        expect(parseRate(`${whole},${decimals}%`, vietnameseFormat)).toEqual({ text: `${whole},${decimals}%`, value });
      }),
    );
  });
});

describe('foldVietnamese', () => {
  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: 'grapheme', maxLength: 60 })), (text) => {
        const folded = foldVietnamese(text);
        expect(foldVietnamese(folded)).toBe(folded);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no diacritic, no "đ" and no capital on Vietnamese text', () => {
    const vietnamese = fc
      .array(fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ĐÂĂÊÔƠƯ'.split('')), {
        maxLength: 40,
      })
      .map((letters) => letters.join(''));
    fc.assert(
      fc.property(vietnamese, (text) => {
        expect(foldVietnamese(text)).toMatch(/^[a-z ]*$/);
      }),
    );
  });
});

describe('matchAgency', () => {
  const agencies = agencyCatalog();
  const contexts: fc.Arbitrary<MatchContext> = fc.record(
    {
      level: fc.constantFrom(...agencyLevels),
      districtId: fc.oneof(fc.constant(null), fc.constantFrom(...agencies.filter((a) => a.level === 'district').map((a) => a.id))),
      date: fc.constantFrom('2017-03-31', '2020-02-29', '2020-03-01', '2022-12-14'),
    },
    { requiredKeys: [] },
  );
  const nameLike = fc
    .array(fc.oneof(fc.constantFrom(...agencies.flatMap((agency) => agency.aliases)), fc.constantFrom('UBND', 'Sở', '-', '&', '1.', '+', 'tỉnh', 'xã'), anyText), {
      maxLength: 4,
    })
    .map((parts) => parts.join(' '));

  it('never throws, and gives null or an agency of the registry', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, nameLike), contexts, (name, context) => {
        const found = matchAgency(name, context);
        if (found !== null) expect(agencyById(found.id)).toEqual(found);
      }),
      { numRuns: 1500 },
    );
  });

  it('finds every registry spelling whatever its case and diacritics', () => {
    const spellings = agencies.flatMap((agency) =>
      agency.aliases.map((alias) => ({ alias, agency, context: { level: agency.level, districtId: agency.districtId, date: agency.validTo ?? '2022-12-14' } })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...spellings), fc.constantFrom('upper', 'lower', 'folded'), ({ alias, agency, context }, variant) => {
        const written = variant === 'upper' ? alias.toUpperCase() : variant === 'lower' ? alias.toLowerCase() : foldVietnamese(alias);
        expect(matchAgency(written, context)?.id).toBe(agency.id);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('extractAssignment', () => {
  const resolve = (name: string) => matchAgency(name)?.id ?? null;
  const assignmentWords = fc.constantFrom(
    'Sở Nội vụ', 'Các Sở:', 'Tài chính', 'Lao động, Thương binh và Xã hội', 'chủ trì', 'phối hợp với', 'thẩm định', 'tham mưu UBND tỉnh',
    'UBND cấp huyện', 'các sở, ban, ngành', 'gửi', '- ', ';', ',', '.', 'và', '(', ')', '…', '\n',
  );
  const cellText = fc.oneof(anyText, fc.array(fc.oneof(assignmentWords, anyText), { maxLength: 16 }).map((parts) => parts.join(' ')));

  it('never throws, and every entry is schema-valid and names an agency or a group', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        for (const entry of extractAssignment(text, resolve)) {
          assignmentEntrySchema.parse(entry);
          expect(entry.agencyId !== null || entry.groupId !== null).toBe(true);
          expect(entry.text.trim()).not.toBe('');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same entries for the same cell', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        expect(extractAssignment(text, resolve)).toEqual(extractAssignment(text, resolve));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseDeadline, parseRichText and classifyResult on full-Unicode text', () => {
  it('never throw and always return schema-valid values', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const part of parseDeadline(text).parts) deadlinePartSchema.parse(part);
        richTextSchema.parse(parseRichText(text));
        const classified = classifyResult(text);
        expect(typeof classified.status).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
