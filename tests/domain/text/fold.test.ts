import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesFolded } from '@/domain/text/fold';

describe('foldVietnamese', () => {
  it('removes diacritics, đ and case', () => {
    expect(foldVietnamese('Kế hoạch')).toBe('ke hoach');
    expect(foldVietnamese('Diên Điền')).toBe('dien dien');
    expect(foldVietnamese('  Ninh   Hòa ')).toBe('ninh hoa');
  });

  it('folds old and new tone placement alike', () => {
    expect(foldVietnamese('Ninh Thuỷ')).toBe(foldVietnamese('Ninh Thủy'));
  });
});

describe('matchesFolded', () => {
  it('finds every query word in the folded text', () => {
    expect(matchesFolded('UBND thị xã Ninh Hòa', 'ninh hoa')).toBe(true);
    expect(matchesFolded('UBND xã Diên Điền', 'dien dien')).toBe(true);
    expect(matchesFolded('Sở Nội vụ', 'ke hoach')).toBe(false);
  });

  it('lets each word of the text answer one query word only', () => {
    expect(matchesFolded('UBND xã Diên An', 'dien dien')).toBe(false);
    expect(matchesFolded('Sở Kế hoạch và Đầu tư', 'dau ke')).toBe(true);
    expect(matchesFolded('Sở Kế hoạch và Đầu tư', 'hoach hoa')).toBe(false);
  });

  it('hands a text word on when a later query word needs it and another word serves the first', () => {
    // "an" could take "ban", which "ba" needs; "an" (or "quan") serves it as well.
    expect(matchesFolded('Ban Quản lý dự án', 'an ba')).toBe(true);
    expect(matchesFolded('Ban Quản lý dự án', 'ba an')).toBe(true);
    expect(matchesFolded('Ban Quản lý', 'an ba')).toBe(true);
    expect(matchesFolded('Ban Lý', 'an ba')).toBe(false);
  });

  it('finds a match exactly when some assignment of distinct text words exists', () => {
    const letters = fc.constantFrom('a', 'b', 'n');
    const word = fc.string({ unit: letters, minLength: 1, maxLength: 3 });
    /** By brute force: some order of the text words gives each query word one holding it. */
    const assignable = (queryWords: readonly string[], textWords: readonly string[]): boolean => {
      const [first, ...rest] = queryWords;
      if (first === undefined) return true;
      return textWords.some((text, index) => text.includes(first) && assignable(rest, textWords.filter((_, other) => other !== index)));
    };
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 4 }), fc.array(word, { maxLength: 5 }), (queryWords, textWords) => {
        expect(matchesFolded(textWords.join(' '), queryWords.join(' '))).toBe(assignable(queryWords, textWords));
      }),
      { numRuns: 2000 },
    );
  });
});
