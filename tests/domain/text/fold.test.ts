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
});
