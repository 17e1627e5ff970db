import { describe, expect, it } from 'vitest';
import { plainText } from '@/domain/text/html';

describe('plainText', () => {
  it('strips tags, unescapes entities and collapses spaces', () => {
    expect(plainText('<b>I</b>')).toBe('I');
    expect(plainText('<p>SNV-XDCQ&amp;CTTN</p>  <ul><li>- a</li></ul>')).toBe('SNV-XDCQ&CTTN - a');
  });
});

describe('plainText on hostile entities', () => {
  it('turns a numeric entity beyond Unicode into the replacement character instead of throwing', () => {
    expect(plainText('a&#99999999;b&#x110000;c')).toBe('a\uFFFDb\uFFFDc');
  });
});
