import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawTaskRow } from '@/domain/ingest/rawTask';
import { appendBlock, joinContinuation } from '@/domain/ingest/tasks/cellJoin';
import {
  readTsvTaskTable,
  readTsvTaskTableWithOrphans,
  taskRowOverrides,
  tsvTaskTables,
  type TaskRowOverride,
} from '@/domain/ingest/tasks/tsvTaskTable';
import { parseRichText, richTextToPlain } from '@/domain/text/richText';

function read(which: keyof typeof tsvTaskTables) {
  const table = tsvTaskTables[which];
  const content = readFileSync(resolve(__dirname, '../../../..', table.file), 'utf8');
  return readTsvTaskTableWithOrphans(content, table.file, table);
}

function task(rows: RawTaskRow[], code: string): RawTaskRow {
  const found = rows.find((row) => `${row.sectionNumeral}.${row.number}` === code);
  if (!found) throw new Error(`no task ${code}`);
  return found;
}

function sections(rows: RawTaskRow[]) {
  const seen = new Map<string, { numeral: string; heading: string; position: number; tasks: number }>();
  for (const row of rows) {
    const entry = seen.get(row.sectionNumeral) ?? {
      numeral: row.sectionNumeral,
      heading: row.sectionHeading,
      position: row.sectionPosition,
      tasks: 0,
    };
    entry.tasks += 1;
    seen.set(row.sectionNumeral, entry);
  }
  return [...seen.values()];
}

const plain = (html: string) => richTextToPlain(parseRichText(html));

describe('2017-Q1 (004 Phụ lục I)', () => {
  const { rows, orphans } = read('004');

  it('reads 40 tasks in 7 sections, headings verbatim, in plan order', () => {
    expect(rows).toHaveLength(40);
    expect(orphans).toEqual([]);
    expect(sections(rows)).toEqual([
      { numeral: 'I', heading: 'CẢI CÁCH THỂ CHẾ', position: 1, tasks: 7 },
      { numeral: 'II', heading: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', position: 2, tasks: 5 },
      { numeral: 'III', heading: 'CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG', position: 3, tasks: 4 },
      { numeral: 'IV', heading: 'CẢI CÁCH TỔ CHỨC BỘ MÁY', position: 4, tasks: 3 },
      {
        numeral: 'V',
        heading: 'XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC',
        position: 5,
        tasks: 4,
      },
      { numeral: 'VI', heading: 'CẢI CÁCH TÀI CHÍNH CÔNG', position: 6, tasks: 6 },
      { numeral: 'VII', heading: 'HIỆN ĐẠI HÓA HÀNH CHÍNH', position: 7, tasks: 11 },
    ]);
  });

  it('has 24 empty results and an empty deadline for VII.9', () => {
    expect(rows.filter((row) => row.result === '')).toHaveLength(24);
    expect(task(rows, 'VII.9').deadline).toBe('');
    expect(task(rows, 'VII.9').provenance).toEqual({ file: tsvTaskTables['004'].file, line: 359, lineEnd: 359 });
  });

  it('attaches the in-page sub-row 317 to III.2 as a second deliverable and assignment', () => {
    const row = task(rows, 'III.2');
    expect(row.provenance).toEqual({ file: tsvTaskTables['004'].file, line: 316, lineEnd: 317 });
    expect(parseRichText(row.deliverable)).toEqual([
      {
        type: 'paragraph',
        text: 'Toàn bộ các loại giấy tờ là kết quả giải quyết thủ tục hành chính của các sở, ngành, địa phương được công khai trên trang thông tin điện tử',
      },
      {
        type: 'paragraph',
        text: 'Quy chế sử dụng cơ sở dữ liệu kết quả giải quyết thủ tục hành chính để thẩm định hồ sơ được UBND tỉnh phê duyệt',
      },
    ]);
    expect(parseRichText(row.assignment)).toHaveLength(2);
    expect(task(rows, 'III.3').provenance.line).toBe(318);
  });

  it('rejoins page-break continuations column by column', () => {
    expect(plain(task(rows, 'I.5').result)).toBe(
      '- Đã ban hành Danh mục dự án kêu gọi vốn đầu tư ngoài ngân sách (2017 - 2020).\n- Đã ban hành Quyết định phê duyệt Chương trình xúc tiến đầu tư tỉnh Khánh Hòa năm 2017.',
    );
    expect(plain(task(rows, 'VII.3').deadline)).toBe('Từ Quý I/2017 – III/2017\nTừ Quý IV/2017');
    expect(task(rows, 'IV.1').provenance.lineEnd).toBe(324);
  });
});

describe('2020 (000 Phụ lục I)', () => {
  const { rows, orphans } = read('000');

  it('reads 32 task rows; the rows numbered 7 and 8 after VII are VIII.7 and VIII.8', () => {
    expect(rows).toHaveLength(32);
    expect(sections(rows).map(({ numeral, position, tasks }) => [numeral, position, tasks])).toEqual([
      ['I', 1, 8],
      ['II', 2, 2],
      ['III', 3, 3],
      ['IV', 4, 6],
      ['V', 5, 4],
      ['VI', 6, 4],
      ['VII', 7, 2],
      ['VIII', 8, 2],
      ['IX', 9, 1],
    ]);
    expect(rows.filter((row) => row.sectionNumeral === 'VII').map((row) => row.number)).toEqual(['1', '2']);
    const eighth = rows.filter((row) => row.sectionNumeral === 'VIII');
    expect(eighth.map((row) => [row.number, row.provenance.line])).toEqual([
      ['7', 92],
      ['8', 98],
    ]);
    expect(eighth[0]?.sectionHeading).toBe('TRIỂN KHAI ĐỀ ÁN TRUNG TÂM DỊCH VỤ HÀNH CHÍNH CÔNG TRỰC TUYẾN');
    expect(eighth[0]?.notes.join(' ')).toContain('003:2146');
  });

  it('keeps the section headings verbatim, typo and one-cell forms included', () => {
    const headings = sections(rows).map((section) => section.heading);
    expect(headings[0]).toBe('CAI CÁCH THỂ CHẾ');
    expect(headings[4]).toBe('XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC');
    expect(headings[6]).toBe('HIỆN ĐẠI HÓA HÀNH CHÍNH');
    expect(headings[8]).toBe('TỔ CHỨC TỔNG KẾT CHƯƠNG TRÌNH CCHC TỈNH KHÁNH HÒA GIAI ĐOẠN 2011-2020');
  });

  it('reads the row after the IX heading as an unnumbered task', () => {
    const ninth = task(rows, 'IX.');
    expect(ninth.number).toBe('');
    expect(ninth.task).toBe('Xây dựng và triển khai Kế hoạch tổng kết');
    expect(ninth.provenance).toMatchObject({ line: 100, lineEnd: 103 });
    expect(plain(ninth.result)).toContain(
      'Hội nghị tổng kết thực hiện Chương trình CCHC tỉnh giai đoạn 2011 - 2020 (ngày 09/10/2020, tại Khách sạn Havana, Nha Trang).',
    );
  });

  it('keeps line 91 out of VII.2 as the orphaned tail of VIII.6 and marks VII.2 truncated', () => {
    const second = task(rows, 'VII.2');
    expect(second.provenance).toMatchObject({ line: 88, lineEnd: 88 });
    expect(second.notes).toContain('Bị cắt ngang: các trang tiếp theo bị mất trong báo cáo gốc');
    expect(second.task).not.toContain('trong việc tiếp nhận');
    expect(second.result).toMatch(/với cùng một phiên bản thống<\/p>$/);
    expect(orphans).toHaveLength(1);
    expect(orphans[0]).toMatchObject({
      fragmentOf: 'VIII.6',
      sectionNumeral: 'VIII',
      deliverable: 'được thiết lập hoàn thiện',
      assignment: 'tổ chức triển khai thực hiện',
      provenance: { line: 91, lineEnd: 91 },
    });
    expect(orphans[0]?.task).toMatch(/^trong việc tiếp nhận và giải quyết thủ tục hành chính/);
  });

  it('joins "giai đoạn 2017-" and "2020" with no space (000:16→19)', () => {
    expect(task(rows, 'I.3').task).toMatch(/giai đoạn 2017-2020"\. Tổng kết Đề án$/);
  });

  it('merges a continuation that starts mid-sentence into the open item (000:21→24)', () => {
    const list = parseRichText(task(rows, 'I.5').result).flatMap((block) => (block.type === 'list' ? block.items : []));
    expect(list[2]).toEqual({ marker: '+', depth: 1, text: 'Hội nghị đối thoại với doanh nghiệp lần 2 năm 2020 ngày 04/12/2020.' });
    expect(plain(task(rows, 'I.5').assignment)).toBe(
      '- Sở Kế hoạch và Đầu tư chủ trì tham mưu tổ chức\n- Cục Thuế tỉnh, Cục Hải quan tỉnh, Kho bạc Nhà nước, Bảo hiểm xã hội tỉnh tham mưu tổ chức',
    );
  });

  it('leaves III.2 without a result', () => {
    expect(task(rows, 'III.2').result).toBe('');
  });
});

describe('2022 (001 Phụ lục 1)', () => {
  const { rows, orphans } = read('001');

  it('reads 60 tasks in 7 sections; "VI I" is VII with its title in <p>', () => {
    expect(rows).toHaveLength(60);
    expect(orphans).toEqual([]);
    expect(sections(rows)).toEqual([
      { numeral: 'I', heading: 'Cải cách thể chế', position: 1, tasks: 9 },
      { numeral: 'II', heading: 'Cải cách TTHC', position: 2, tasks: 6 },
      { numeral: 'III', heading: 'Cải cách tổ chức bộ máy', position: 3, tasks: 10 },
      { numeral: 'IV', heading: 'Cải cách chế độ công vụ', position: 4, tasks: 4 },
      { numeral: 'V', heading: 'Cải cách tài chính công', position: 5, tasks: 5 },
      { numeral: 'VI', heading: 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', position: 6, tasks: 14 },
      { numeral: 'VII', heading: 'Công tác chỉ đạo, điều hành', position: 7, tasks: 12 },
    ]);
  });

  it('joins "Báo cáo số 222/BC-" and "UBND" with no space (001:26→29)', () => {
    expect(plain(task(rows, 'II.2').result)).toContain('Báo cáo số 222/BC-UBND ngày 08/9/2022, Báo cáo số 237/BC-UBND');
  });

  it('merges 001:35 "…ngày 16/5/2022 chỉ" and 001:38 "<p>đạo các cơ quan…" into one item', () => {
    const list = parseRichText(task(rows, 'II.5').result).flatMap((block) => (block.type === 'list' ? block.items : []));
    expect(list[2]).toEqual({
      marker: '-',
      depth: 1,
      text: 'Công văn số 4338/UBND-KSTT ngày 16/5/2022 chỉ đạo các cơ quan, đơn vị, địa phương thực hiện nhiệm vụ được giao tại Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng.',
    });
    expect(list[3]?.text).toMatch(/^Công văn số 7011\/UBND-KSTT/);
    expect(list[4]).toMatchObject({ marker: '2.', depth: 0 });
    expect(plain(task(rows, 'II.5').assignment)).toBe(
      '- Các sở, ban, ngành; UBND các huyện, thị xã, thành phố; UBND các xã, phường, thị trấn tổ chức thực hiện\n- Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông, Sở Nội vụ hướng dẫn, tham mưu theo phạm vi phụ trách',
    );
  });

  it('appends 001:152 at the end of VII.12, not VII.11', () => {
    const eleventh = task(rows, 'VII.11');
    const twelfth = task(rows, 'VII.12');
    expect(eleventh.result).not.toContain('Tham mưu tổ chức họp Hội đồng thẩm định');
    expect(plain(eleventh.result)).toMatch(/\n2\. Sở Nội vụ đã chủ trì xây dựng, tham mưu UBND tỉnh ban hành Chương trình hành động/);
    expect(eleventh.provenance).toMatchObject({ line: 149, lineEnd: 155 });
    const text = plain(twelfth.result);
    expect(text.indexOf('Tham mưu tổ chức họp Hội đồng thẩm định kết quả đánh giá')).toBeGreaterThan(
      text.indexOf('Sở Thông tin và Truyền thông đã chủ trì:'),
    );
    expect(text).toMatch(/mức độ ứng dụng công nghệ thông tin của các cơ quan, đơn vị, địa phương trên địa bàn tỉnh Khánh Hòa năm 2022\.$/);
    expect(twelfth.provenance).toMatchObject({ line: 156, lineEnd: 156 });
    expect(twelfth.notes.join(' ')).toContain('dòng 152');
  });

  it('keeps a continuation that starts with its own bullet as a new item (001:115→118 task)', () => {
    expect(plain(task(rows, 'VI.11').task)).toBe(
      '- Tiếp tục rà soát, chuẩn hóa các phân hệ cơ sở dữ liệu Trung tâm Dịch vụ hành chính công trực tuyến\n- Triển khai kết nối, chia sẻ với cơ sở dữ liệu Quốc gia, chuyên ngành theo triển khai của Trung ương',
    );
    expect(plain(task(rows, 'VI.11').deliverable)).toBe(
      'Các cơ sở dữ liệu của Trung tâm được kết nối, chia sẻ, tích hợp với các cơ sở dữ liệu của Trung ương',
    );
  });

  it('keeps &amp; in the cell HTML for parseRichText to unescape (001:65)', () => {
    expect(task(rows, 'III.9').result).toContain('494/SNV-XDCQ&amp;CTTN');
  });
});

describe('readTsvTaskTable', () => {
  const header = 'TT\tNhiệm vụ\tSản phẩm\tTiến độ\tPhân công\tKết quả';
  const content = [
    header,
    'I\tCẢI CÁCH THỂ CHẾ\t\t\t\t',
    '1\tTask one\tD1\tQuý I\tSở A\tR1 starts',
    '2\tTask two\tD2\tQuý II\tSở B\tR2.',
    '',
    header,
    '\t\t\t\t\tcontinued',
    '3\tTask three\tD3\tQuý III\tSở C\tR3',
  ].join('\n');
  const file = 'data/reports/test.txt';

  it('keeps the signature and returns only tasks, with provenance', () => {
    const rows = readTsvTaskTable(content, file, { startLine: 1, endLine: 8 });
    expect(rows.map((row) => [row.number, row.provenance])).toEqual([
      ['1', { file, line: 3, lineEnd: 3 }],
      ['2', { file, line: 4, lineEnd: 7 }],
      ['3', { file, line: 8, lineEnd: 8 }],
    ]);
    expect(rows[1]?.result).toBe('R2. continued');
  });

  it('applies overrides generically by file and line', () => {
    const overrides: TaskRowOverride[] = [
      { file, line: 7, action: 'attachTo', taskLine: 3, note: 'moved', reason: 'test' },
      { file, line: 4, action: 'note', note: 'checked', reason: 'test' },
    ];
    const { rows } = readTsvTaskTableWithOrphans(content, file, { startLine: 1, endLine: 8 }, overrides);
    expect(rows[0]?.result).toBe('R1 starts continued');
    expect(rows[0]?.notes).toEqual(['moved']);
    expect(rows[0]?.provenance.lineEnd).toBe(7);
    expect(rows[1]?.result).toBe('R2.');
    expect(rows[1]?.notes).toEqual(['checked']);
  });

  it('refuses a row it does not understand', () => {
    expect(() => readTsvTaskTable(`${header}\nI\tA\t\t\t\t\nx1\tbad\t\t\t\t`, file, { startLine: 1, endLine: 3 })).toThrow(
      /test\.txt:3/,
    );
  });

  it('ships overrides that each carry a reason and point at real rows', () => {
    expect(taskRowOverrides).toHaveLength(4);
    for (const override of taskRowOverrides) expect(override.reason.length).toBeGreaterThan(40);
  });
});

describe('cell joining', () => {
  it('joins with one space, or none after a word broken at "-" or "/"', () => {
    expect(joinContinuation('giai đoạn 2017-', '2020". Tổng kết')).toBe('giai đoạn 2017-2020". Tổng kết');
    expect(joinContinuation('Báo cáo số 222/', 'BC-UBND')).toBe('Báo cáo số 222/BC-UBND');
    expect(joinContinuation('kinh tế -', 'xã hội')).toBe('kinh tế - xã hội');
    expect(joinContinuation('mức độ 3,', '4 được công khai')).toBe('mức độ 3, 4 được công khai');
  });

  it('moves a mid-sentence continuation inside the last open item or paragraph', () => {
    expect(joinContinuation('<ul> <li>- Sở</li> </ul>', 'Thông tin và Truyền thông')).toBe(
      '<ul> <li>- Sở Thông tin và Truyền thông</li> </ul>',
    );
    expect(joinContinuation('<p>ngày</p>', '<p>29/3/2022 về việc.</p> <ul> <li>- x</li> </ul>')).toBe(
      '<p>ngày 29/3/2022 về việc.</p> <ul> <li>- x</li> </ul>',
    );
  });

  it('starts a new block after a complete sentence, a new list or a new bullet', () => {
    expect(joinContinuation('<ul> <li>- a.</li> </ul>', '2. b')).toBe('<ul> <li>- a.</li> </ul> 2. b');
    expect(joinContinuation('<p>x</p>', '<ul> <li>+ y</li> </ul>')).toBe('<p>x</p> <ul> <li>+ y</li> </ul>');
    expect(joinContinuation('- a', '<p>- b</p>')).toBe('- a <p>- b</p>');
    expect(joinContinuation('<p>giai đoạn 2011</p>', '<p>- 2020 (ngày 09/10/2020).</p>')).toBe(
      '<p>giai đoạn 2011 - 2020 (ngày 09/10/2020).</p>',
    );
  });

  it('appends an in-page sub-row as a block of its own', () => {
    expect(appendBlock('Toàn bộ giấy tờ', 'Quy chế')).toBe('<p>Toàn bộ giấy tờ</p> <p>Quy chế</p>');
    expect(appendBlock('', 'Quy chế')).toBe('Quy chế');
    expect(appendBlock('<p>a</p>', '')).toBe('<p>a</p>');
  });
});
