import { describe, expect, it } from 'vitest';
import { defineMessages, translator } from '@/i18n/defineMessages';

const messages = defineMessages({
  vi: {
    agencies: 'Hiển thị {shown} trên {total, plural, other {# cơ quan}}',
    lacking: 'Thiếu số liệu của {count, plural, other {# đơn vị}}',
  },
  en: {
    agencies: 'Showing {shown} of {total, plural, one {# agency} other {# agencies}}',
    lacking: '{count, plural, one {# agency lacks} other {# agencies lack}} this figure',
  },
});

describe('translator', () => {
  it('chooses the English form by the count and prints the count in the language’s number format', () => {
    const en = translator(messages, 'en');
    expect(en('agencies', { shown: '1', total: 1 })).toBe('Showing 1 of 1 agency');
    expect(en('agencies', { shown: '20', total: 10_000 })).toBe('Showing 20 of 10,000 agencies');
    expect(en('lacking', { count: 1 })).toBe('1 agency lacks this figure');
    expect(en('lacking', { count: 0 })).toBe('0 agencies lack this figure');
  });

  it('gives Vietnamese its one form, with "." grouping', () => {
    const vi = translator(messages, 'vi');
    expect(vi('agencies', { shown: '1', total: 1 })).toBe('Hiển thị 1 trên 1 cơ quan');
    expect(vi('lacking', { count: 10_000 })).toBe('Thiếu số liệu của 10.000 đơn vị');
  });

  it('leaves a plural whose count is not a number as written, so the mistake shows', () => {
    expect(translator(messages, 'en')('lacking', { count: '1' })).toBe('{count, plural, one {# agency lacks} other {# agencies lack}} this figure');
  });
});
