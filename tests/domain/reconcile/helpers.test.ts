import { describe, expect, it } from 'vitest';
import { digitSlip } from '@/domain/reconcile/digits';
import { readRowNumber } from '@/domain/reconcile/numbering';
import { fitsPrinted, printLikeReport, readPrintedRate } from '@/domain/reconcile/printedRate';

describe('digitSlip', () => {
  it('names the one keystroke that turns the intended digits into the printed ones', () => {
    expect(digitSlip('14758', '4758')).toBe('extra_digit');
    expect(digitSlip('182', '82')).toBe('extra_digit');
    expect(digitSlip('82', '182')).toBe('missing_digit');
    expect(digitSlip('9489', '9439')).toBe('changed_digit');
    expect(digitSlip('9690', '9609')).toBe('swapped_digits');
  });

  it('refuses differences that one slip cannot explain', () => {
    expect(digitSlip('351', '335')).toBeNull();
    expect(digitSlip('8184', '16163')).toBeNull();
    expect(digitSlip('1024', '24')).toBeNull();
    expect(digitSlip('9132', '9231')).toBeNull();
    expect(digitSlip('42', '42')).toBeNull();
  });
});

describe('readPrintedRate', () => {
  it('counts the printed decimals in either decimal mark', () => {
    expect(readPrintedRate('94.3%')).toEqual({ percent: 94.3, decimals: 1, asFraction: false, decimalMark: '.' });
    expect(readPrintedRate('91%')).toEqual({ percent: 91, decimals: 0, asFraction: false, decimalMark: '.' });
    expect(readPrintedRate('99,52%')).toEqual({ percent: 99.52, decimals: 2, asFraction: false, decimalMark: ',' });
    expect(readPrintedRate('-')).toBeNull();
  });

  it('reads a fraction without a % sign as a percentage with two fewer decimals', () => {
    expect(readPrintedRate('0.1257')).toEqual({ percent: 12.57, decimals: 2, asFraction: true, decimalMark: '.' });
  });

  it('accepts half a unit of the last printed digit, no more', () => {
    const printed = readPrintedRate('6.1%');
    if (!printed) throw new Error('unreadable');
    expect(fitsPrinted(242 / 3969 * 100, printed)).toBe(true);
    expect(fitsPrinted(6.151, printed)).toBe(false);
    const zero = readPrintedRate('0,00%');
    if (!zero) throw new Error('unreadable');
    expect(fitsPrinted(1 / 25729 * 100, zero)).toBe(true);
    expect(printLikeReport(96.09375, zero)).toBe('96,09%');
  });
});

describe('readRowNumber', () => {
  it('reads dotted numbers within their block, Roman numerals and block letters', () => {
    expect(readRowNumber('2.8')).toEqual([{ sequence: 'arabic:2', value: 8 }]);
    expect(readRowNumber('1.21.')).toEqual([{ sequence: 'arabic:1', value: 21 }]);
    expect(readRowNumber('14')).toEqual([{ sequence: 'arabic:', value: 14 }]);
    expect(readRowNumber('VIII')).toEqual([{ sequence: 'roman', value: 8 }]);
    expect(readRowNumber('C')).toEqual([
      { sequence: 'roman', value: 100 },
      { sequence: 'letter', value: 3 },
    ]);
    expect(readRowNumber('B')).toEqual([{ sequence: 'letter', value: 2 }]);
    expect(readRowNumber('-')).toEqual([]);
    expect(readRowNumber(null)).toEqual([]);
  });
});
