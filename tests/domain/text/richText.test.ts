import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { richTextSchema, type RichText } from '@/domain/dataset/schema';
import { leadingListMarker, parseRichText, richTextToPlain } from '@/domain/text/richText';

/** One cell of a TSV report: 1-based line, 0-based column. */
function cell(report: string, line: number, column: number): string {
  const lines = readFileSync(resolve(__dirname, '../../../data/reports', report), 'utf8').split('\n');
  return (lines[line - 1] ?? '').split('\t')[column] ?? '';
}
const report004 = '004_c11a7d0045ebd1e1.txt';
const report001 = '001_aa68a87f1e8bdfdf.txt';
const report000 = '000_6946f393bc14d385.txt';

function items(blocks: RichText) {
  return blocks.flatMap((block) => (block.type === 'list' ? block.items : []));
}

describe('parseRichText on report cells', () => {
  it('splits the bare " - " items of an unclosed <ul> with no <li> (004:289)', () => {
    expect(parseRichText(cell(report004, 289, 4))).toEqual([
      {
        type: 'list',
        items: [
          {
            marker: '-',
            depth: 0,
            text: 'Sở Kế hoạch và Đầu tư chủ trì tham mưu ban hành kế hoạch tổng kết; phân công các sở, ngành rà soát, báo cáo đánh giá và đề xuất cơ chế, chính sách, giải pháp',
          },
          { marker: '-', depth: 0, text: 'Tổ chức Hội nghị tổng kết để hoàn thiện các đề xuất chính sách trình' },
        ],
      },
    ]);
  });

  it('keeps a year range inside an item of an unclosed <ul> (004:331 deadline)', () => {
    expect(items(parseRichText(cell(report004, 331, 3))).map((item) => item.text)).toEqual([
      'Hoàn thành Đề án trong năm 2017',
      'Triển khai từ năm 2017 - 2020',
    ]);
  });

  it('drops inline <i> and keeps its words in the sentence (004:319 deliverable)', () => {
    expect(parseRichText(cell(report004, 319, 2))).toEqual([
      {
        type: 'paragraph',
        text: '50 cơ quan, địa phương được triển khai nhân rộng ứng dụng Phần mềm khảo sát ý kiến khách hàng đối với sự phục vụ của cơ quan hành chính (bao gồm việc tích hợp vào phần mềm kiểm soát do các cơ quan chuyên môn phụ trách)',
      },
    ]);
  });

  it('nests the <ul> inside an <li> of an <ol> one level deeper (001:35)', () => {
    const list = items(parseRichText(cell(report001, 35, 5)));
    expect(list.map(({ marker, depth }) => [marker, depth])).toEqual([
      ['1.', 0],
      ['-', 1],
      ['-', 1],
    ]);
    expect(list[0]?.text).toMatch(/^Văn phòng UBND tỉnh đã tham mưu UBND tỉnh chỉ đạo .* cụ thể:$/);
    expect(list[2]?.text).toBe('Công văn số 4338/UBND-KSTT ngày 16/5/2022 chỉ');
  });

  it('unescapes &amp; (001:65) and puts the lead paragraph before the list', () => {
    const blocks = parseRichText(cell(report001, 65, 5));
    expect(blocks[0]).toEqual({ type: 'paragraph', text: 'Sở Nội vụ đã:' });
    const list = items(blocks);
    expect(list).toHaveLength(5);
    expect(list[1]?.text).toContain('Công văn số 494/SNV-XDCQ&CTTN ngày 03/3/2022');
    expect(richTextToPlain(blocks)).not.toContain('&amp;');
  });

  it('reads "(1)" after a colon as a numbered sub-item (000:36)', () => {
    const list = items(parseRichText(cell(report000, 36, 5)));
    expect(list.map(({ marker, depth }) => [marker, depth])).toEqual([
      ['-', 0],
      ['-', 0],
      ['(1)', 1],
    ]);
    expect(list[1]?.text).toBe('UBND huyện Khánh Vĩnh triển khai 02 phương án đơn giản hóa TTHC:');
  });

  it('gives "+" under "-" depth 1 and "-" under "1." depth 1 (000:11)', () => {
    const list = items(parseRichText(cell(report000, 11, 5)));
    expect(list[0]).toEqual({ marker: '1.', depth: 0, text: 'Sở Giáo dục và Đào tạo:' });
    expect(list[1]?.marker).toBe('-');
    expect(list[1]?.depth).toBe(1);
    expect(list.filter((item) => item.marker === '2.' || item.marker === '3.').map((item) => item.depth)).toEqual([0, 0]);
  });
});

describe('parseRichText inline bullets', () => {
  it('splits " - " after the end of a sentence and the next number after a full stop', () => {
    const blocks = parseRichText('1. Sở Nội vụ: - Thẩm định hồ sơ. - Tham mưu kỳ thi. 2. Các cơ quan rà soát hiện trạng.');
    expect(items(blocks).map(({ marker, depth, text }) => [marker, depth, text])).toEqual([
      ['1.', 0, 'Sở Nội vụ:'],
      ['-', 1, 'Thẩm định hồ sơ.'],
      ['-', 1, 'Tham mưu kỳ thi.'],
      ['2.', 0, 'Các cơ quan rà soát hiện trạng.'],
    ]);
  });

  it('keeps a paragraph with a lead and then items after a colon', () => {
    expect(parseRichText('Sở Tài chính: - Thẩm định phương án; - Thẩm định phân loại')).toEqual([
      { type: 'paragraph', text: 'Sở Tài chính:' },
      {
        type: 'list',
        items: [
          { marker: '-', depth: 0, text: 'Thẩm định phương án;' },
          { marker: '-', depth: 0, text: 'Thẩm định phân loại' },
        ],
      },
    ]);
  });

  it('does not split a dash inside a sentence that is not a list', () => {
    const text = 'Sở Lao động - Thương binh và Xã hội chủ trì 4 chương trình kinh tế - xã hội giai đoạn 2016 - 2020';
    expect(parseRichText(text)).toEqual([{ type: 'paragraph', text }]);
  });

  it('inside a list splits " - " before a capital, except in names written with a dash', () => {
    const list = items(parseRichText('- Sở Lao động - Thương binh và Xã hội chủ trì - Sở Nội vụ phối hợp'));
    expect(list.map((item) => item.text)).toEqual(['Sở Lao động - Thương binh và Xã hội chủ trì', 'Sở Nội vụ phối hợp']);
  });

  it('does not take a number inside a sentence for a list item', () => {
    const text = 'Thực hiện điểm đ khoản 1. Mục II Kế hoạch CCHC';
    expect(parseRichText(text)).toEqual([{ type: 'paragraph', text }]);
  });

  it('reports the leading marker of a text', () => {
    expect(leadingListMarker('- Sở Nội vụ')).toBe('-');
    expect(leadingListMarker('  + Hội nghị')).toBe('+');
    expect(leadingListMarker('12. Tổng kết')).toBe('12.');
    expect(leadingListMarker('(2) Triển khai')).toBe('(2)');
    expect(leadingListMarker('a) Văn bản')).toBe('a)');
    expect(leadingListMarker('2020 (ngày 09/10/2020)')).toBeNull();
    expect(leadingListMarker('-Sở')).toBeNull();
  });
});

describe('richTextToPlain', () => {
  it('writes one line per block and item, markers kept and two spaces per depth', () => {
    expect(
      richTextToPlain([
        { type: 'paragraph', text: 'Sở Nội vụ:' },
        {
          type: 'list',
          items: [
            { marker: '-', depth: 0, text: 'a' },
            { marker: '+', depth: 1, text: 'b' },
            { marker: null, depth: 0, text: 'c' },
          ],
        },
      ]),
    ).toBe('Sở Nội vụ:\n- a\n  + b\nc');
  });
});

describe('parseRichText on hostile input', () => {
  it('drops script content and tags, never leaving markup', () => {
    expect(parseRichText('<script>alert(1)</script>')).toEqual([]);
    expect(parseRichText('<img src=x onerror=alert(1)>')).toEqual([]);
    expect(parseRichText('<p>a<script type="text/javascript">alert(1)</script>b</p>')).toEqual([{ type: 'paragraph', text: 'ab' }]);
    expect(richTextToPlain(parseRichText('<scr<script>ipt>alert(1)</script>'))).not.toMatch(/<[a-z/]/i);
    expect(richTextToPlain(parseRichText('x <img src=x onerror=alert(1)'))).not.toContain('<');
  });

  it('does not let a removed tag join text into an entity or a tag', () => {
    expect(richTextToPlain(parseRichText('&<img src=x onerror=alert(1)>lt;script&gt;'))).not.toMatch(/<[a-z]/i);
    expect(parseRichText('&<b>lt;script&gt;')).toEqual([{ type: 'paragraph', text: '&lt;script>' }]);
    expect(richTextToPlain(parseRichText('<<b>script>'))).not.toMatch(/<[a-z]/i);
    expect(richTextToPlain(parseRichText('&<lt;a) '))).not.toMatch(/<[a-z]/i);
    expect(richTextToPlain(parseRichText('<&#97;b'))).not.toMatch(/<[a-z]/i);
    expect(parseRichText('a < b <i>c</i>')).toEqual([{ type: 'paragraph', text: 'a < b c' }]);
  });

  it('keeps text typed as &lt;script&gt; inside a cell as literal text', () => {
    expect(parseRichText('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toEqual([
      { type: 'paragraph', text: '<script>alert(1)</script>' },
    ]);
    expect(parseRichText('&amp;lt;b&amp;gt;')).toEqual([{ type: 'paragraph', text: '&lt;b&gt;' }]);
  });

  it('survives numeric entities beyond Unicode and unclosed comments', () => {
    expect(parseRichText('a &#99999999999; b &#x110000; c')).toEqual([{ type: 'paragraph', text: 'a \uFFFD b \uFFFD c' }]);
    expect(parseRichText('a <!-- b <p>c')).toEqual([{ type: 'paragraph', text: 'a' }]);
  });

  const fragments = fc.constantFrom(
    '<p>', '</p>', '<ul style="list-style-type: none">', '</ul>', '<ol>', '</ol>', '<li>', '</li>', '<b>', '</b>', '<i>',
    '<script>', '</script>', '<scr', 'ipt>', '<img src=x onerror=alert(1)>', '<', '>', '/', '"', "'", '<!--', '-->',
    '- ', '+ ', '1. ', '2. ', '(1) ', 'a) ', ' - ', '. ', ': ', 'Sở Lao động', ' Thương binh', 'Sở Nội vụ', '2017', ' ', '\t', '\n',
  );
  const htmlLike = fc.array(fc.oneof(fragments, fc.string({ maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''));

  it('never throws and always returns valid rich text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(htmlLike, fc.string({ unit: 'binary', maxLength: 200 })), (input) => {
        richTextSchema.parse(parseRichText(input));
      }),
      { numRuns: 800 },
    );
  });

  it('never produces a tag from markup: without entities in the input, no "<tag" in the output (property)', () => {
    fc.assert(
      fc.property(htmlLike.filter((input) => !input.includes('&')), (input) => {
        expect(richTextToPlain(parseRichText(input))).not.toMatch(/<[a-zA-Z/!?]/);
      }),
      { numRuns: 800 },
    );
  });

  it('only an escaped "<" in the input can become a "<" in the output (property)', () => {
    const withEntities = fc
      .array(fc.oneof(fc.constantFrom('&lt;', '&#60;', '&#x3c;', '&amp;', '&', 'lt;', 'script&gt;'), fragments), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(withEntities, (input) => {
        const escaped = (input.match(/&lt;|&#0*60;|&#x0*3c;/gi) ?? []).length;
        const produced = (richTextToPlain(parseRichText(input)).match(/<[a-zA-Z/!?]/g) ?? []).length;
        expect(produced).toBeLessThanOrEqual(escaped);
      }),
      { numRuns: 500 },
    );
  });
});
