import { describe, expect, it } from 'vitest';
import { plainText } from '@/domain/text/html';

describe('plainText', () => {
  it('strips tags, unescapes entities and collapses spaces', () => {
    expect(plainText('<b>I</b>')).toBe('I');
    expect(plainText('<p>SNV-XDCQ&amp;CTTN</p>  <ul><li>- a</li></ul>')).toBe('SNV-XDCQ&CTTN - a');
  });
});
