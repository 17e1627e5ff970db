import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellFromPdfLines, readPdfTaskTable, segmentPdfTaskTable, taskCode } from '@/domain/ingest/tasks/pdfTaskTable';
import { readTsvTaskTable, tsvTaskTables } from '@/domain/ingest/tasks/tsvTaskTable';
import type { RawTaskRow } from '@/domain/ingest/rawTask';
import { plainText } from '@/domain/text/html';
import { parseRichText } from '@/domain/text/richText';

const midYearFile = 'data/reports/003_2785a7ccbc719acf.txt';
const midYearContent = readFileSync(midYearFile, 'utf8');
const annualTable = tsvTaskTables['000'];
const annualRows = readTsvTaskTable(readFileSync(annualTable.file, 'utf8'), annualTable.file, annualTable);

const sections = segmentPdfTaskTable(midYearContent);
const rows = readPdfTaskTable(midYearContent, midYearFile, annualRows);
const rowByCode = new Map(rows.map((row) => [taskCode(row.sectionNumeral, row.number), row]));
function row(code: string): RawTaskRow {
  const found = rowByCode.get(code);
  if (found === undefined) throw new Error(`no task ${code}`);
  return found;
}

const planColumns = ['task', 'deliverable', 'deadline', 'assignment'] as const;

/** The differences between 003 and 000 that are typos or abbreviations (inventory §10.3), read one way. */
const knownVariants: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])CCHC(?![\p{L}\p{N}])/gu, 'cải cách hành chính'],
  [/(?<![\p{L}\p{N}])QĐ(?![\p{L}\p{N}])/gu, 'Quyết định'],
  [/nằm trong kế hoạch/g, 'năm trong kế hoạch'],
  [/trùng lắp/g, 'trùng lặp'],
  [/trục liên thông/g, 'trực liên thông'],
];
function comparable(cell: string): string {
  let text = plainText(cell);
  for (const [pattern, replacement] of knownVariants) text = text.replace(pattern, replacement);
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

describe('segmentPdfTaskTable on 003', () => {
  it('finds the nine sections with 8/2/3/6/4/4/4/8/1 tasks, 40 in all', () => {
    expect(sections.map((section) => section.numeral)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']);
    expect(sections.map((section) => section.tasks.length)).toEqual([8, 2, 3, 6, 4, 4, 4, 8, 1]);
    expect(sections.map((section) => section.line)).toEqual([19, 615, 765, 1023, 1450, 1686, 1940, 2146, 2688]);
  });

  it('numbers the tasks without a gap, and leaves the task of IX unnumbered', () => {
    for (const section of sections.slice(0, 8)) {
      expect(section.tasks.map((task) => task.number)).toEqual(section.tasks.map((_, index) => String(index + 1)));
    }
    expect(sections[8]?.tasks.map((task) => task.number)).toEqual(['']);
    expect(sections[8]?.tasks[0]?.lines[0]).toEqual({ line: 2692, page: 20, text: 'Xây dựng và triển khai' });
  });

  it('drops the title block and the 21 five-line page headers', () => {
    const lines = sections.flatMap((section) => section.tasks.flatMap((task) => task.lines));
    expect(Math.max(...lines.map((line) => line.page))).toBe(21);
    const headerLines = [10, 160, 318, 446, 504, 678, 834, 988, 1084, 1232, 1355, 1515, 1649, 1749, 1845, 2019, 2147, 2309, 2469, 2625, 2743];
    const used = new Set(lines.map((line) => line.line));
    // Each header is "TT" and four more non-blank lines, the last one "Kết quả" 7 lines down.
    expect(headerLines.filter((header) => used.has(header) || used.has(header + 7))).toEqual([]);
    expect(lines.map((line) => line.text)).not.toContain('TT');
    expect(lines[0]).toEqual({ line: 21, page: 1, text: 'Tiếp tục rà soát, hoàn' });
    // The last line of the table comes after the 21st header (2743-2750).
    expect(lines[lines.length - 1]).toEqual({ line: 2762, page: 21, text: 'nội dung công việc theo kế hoạch' });
  });

  it('does not start a task at a number inside a cell ("02 Đề án", "7 chi cục thuế")', () => {
    const firstLines = sections.flatMap((section) => section.tasks.map((task) => task.lines[0]?.line));
    expect(firstLines).not.toContain(97);
    expect(firstLines).not.toContain(1069);
    expect(firstLines).toContain(1025);
  });
});

describe('readPdfTaskTable on 003', () => {
  it('returns the 40 tasks with the section headings as printed', () => {
    expect(rows).toHaveLength(40);
    const headings = [...new Map(rows.map((task) => [task.sectionNumeral, task.sectionHeading])).entries()];
    expect(headings).toEqual([
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['III', 'CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG'],
      ['IV', 'CẢI CÁCH TỔ CHỨC BỘ MÁY'],
      ['V', 'XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC'],
      ['VI', 'CẢI CÁCH TÀI CHÍNH CÔNG'],
      ['VII', 'HIỆN ĐẠI HÓA HÀNH CHÍNH'],
      ['VIII', 'TRIỂN KHAI ĐỀ ÁN TRUNG TÂM DỊCH VỤ HÀNH CHÍNH CÔNG TRỰC TUYẾN'],
      ['IX', 'TỔ CHỨC TỔNG KẾT CHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH TỈNH KHÁNH HÒA GIAI ĐOẠN 2011 – 2020'],
    ]);
    expect(rows.map((task) => task.sectionPosition)).toEqual(rows.map((task) => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'].indexOf(task.sectionNumeral) + 1));
  });

  it('gives each task the lines it spans', () => {
    expect(row('I.1').provenance).toEqual({ file: midYearFile, line: 21, lineEnd: 105 });
    expect(row('VII.2').provenance).toEqual({ file: midYearFile, line: 1984, lineEnd: 2048 });
    expect(row('VIII.3').provenance).toEqual({ file: midYearFile, line: 2308, lineEnd: 2348 });
    expect(row('IX').provenance).toEqual({ file: midYearFile, line: 2692, lineEnd: 2762 });
  });

  it('puts every line of a task into exactly one column: nothing lost, nothing doubled', () => {
    const letters = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');
    const tasks = sections.flatMap((section) => section.tasks);
    rows.forEach((task, index) => {
      const source = letters((tasks[index]?.lines ?? []).map((line) => line.text).join(''));
      const cells = letters([...planColumns, 'result' as const].map((column) => plainText(task[column])).join(''));
      expect([...cells].sort().join('')).toBe([...source].sort().join(''));
    });
  });

  it('recovers the plan columns of at least 25 of the 32 tasks shared with 000, up to the known typos', () => {
    const differing = annualRows
      .filter((annual) => {
        const midYear = row(taskCode(annual.sectionNumeral, annual.number));
        return planColumns.some((column) => comparable(midYear[column]) !== comparable(annual[column]));
      })
      .map((annual) => taskCode(annual.sectionNumeral, annual.number));
    expect(annualRows).toHaveLength(32);
    expect(32 - differing.length).toBeGreaterThanOrEqual(25);
    // Only VII.2 differs: 000 lost the end of its task text with the missing pages.
    expect(differing).toEqual(['VII.2']);
  });

  it('splits the merged lines at the column boundaries', () => {
    expect(row('III.1').deadline).toBe('Quý II/2020');
    expect(row('III.1').assignment).toBe(
      'Sở Nội vụ chủ trì, phối hợp Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông, các cơ quan, đơn vị liên quan tổ chức triển khai',
    );
    expect(row('III.2').deadline).toBe('Quý II/2020');
    expect(row('IV.5').task.endsWith('cấp xã trong giai đoạn 2019 - 2021')).toBe(true);
    expect(row('IV.5').result.endsWith('theo Nghị quyết số 894/NQ-UBTVQH ngày 11/02/2020 của Ủy ban Thường vụ Quốc hội')).toBe(true);
    expect(row('VIII.1').deadline).toBe('Quý I/2020');
    expect(row('VIII.1').assignment).toBe('Sở Thông tin và Truyền thông tham mưu UBND tỉnh phê duyệt Dự án và tổ chức triển khai thực hiện');
    expect(row('VIII.3').task).toBe('Tiếp tục mở rộng danh mục TTHC cho phép thanh toán trực tuyến qua Trung tâm Dịch vụ hành chính công trực tuyến tỉnh');
    expect(row('VIII.3').deliverable).toBe('Quyết định công bố của UBND tỉnh');
    expect(row('VIII.3').assignment).toBe('Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND tỉnh ban hành');
    expect(plainText(row('VIII.3').result).startsWith('Sở Nội vụ đã phối hợp với Sở Thông tin và Truyền thông, Văn phòng UBND tỉnh')).toBe(true);
  });

  it('reads the eight tasks lost from 000 with their deadlines and assignments', () => {
    const deadlines = Object.fromEntries(['VII.3', 'VII.4', 'VIII.1', 'VIII.2', 'VIII.3', 'VIII.4', 'VIII.5', 'VIII.6'].map((code) => [code, row(code).deadline]));
    expect(deadlines).toEqual({
      'VII.3': 'Trong năm 2020',
      'VII.4': 'Trong năm 2020',
      'VIII.1': 'Quý I/2020',
      'VIII.2': 'Theo tiến độ triển khai của Trung ương',
      'VIII.3': 'Từ Quý I/2020',
      'VIII.4': 'Trong năm 2020',
      'VIII.5': 'Trong năm 2020',
      'VIII.6': 'Thường xuyên',
    });
    for (const code of Object.keys(deadlines)) expect(plainText(row(code).assignment)).not.toBe('');
    expect(row('VII.3').task).toBe('Xây dựng Hệ thống tiếp nhận, trả lời phản ánh, kiến nghị của người dân, doanh nghiệp về kinh tế - xã hội');
    expect(row('VIII.6').deliverable).toBe('Các công cụ, phương tiện được thiết lập hoàn thiện');
  });

  it('keeps the sub-rows of IV.3 apart from its result', () => {
    expect(row('IV.3').result).toBe('Chưa phát sinh trong 6 tháng đầu năm 2020');
    expect(row('IV.3').deliverable).toBe('Kế hoạch triển khai được UBND tỉnh ban hành Các đề án được UBND tỉnh phê duyệt');
  });

  it('gives VII.2 the full task text that 000 lost', () => {
    expect(row('VII.2').task.endsWith('về việc gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính nhà nước')).toBe(true);
    expect(row('VII.2').deliverable).toBe('Phần mềm E-Office được nâng cấp và cập nhật cho các cơ quan, đơn vị');
    expect(row('VII.2').result).toBe(
      'Đã hoàn thành triển khai kết nối Hệ thống với trục liên thông văn bản quốc gia, thực hiện đồng bộ việc gửi/nhận văn bản điện tử giữa Trung ương và địa phương.',
    );
  });

  it('carries the mid-year figures of the results', () => {
    const result = (code: string) => plainText(row(code).result);
    expect(result('III.1')).toContain('hiện tại là 2.096, trong đó cấp tỉnh là 1.633, cấp huyện là 285, cấp xã là 178');
    expect(result('III.1')).toContain('797 (mức độ 3 là 385, mức độ 4 là 412)');
    expect(result('V.3')).toContain('đã có 91/113 đơn vị bố trí viên chức theo đúng vị trí việc làm được phê duyệt (đạt tỷ lệ 80,53%)');
    expect(result('VIII.7')).toContain('Tổ chức 10 hội nghị giới thiệu Trung tâm; 45 lớp tập huấn');
    expect(result('VIII.8')).toContain('vào ngày 03/7/2020');
    expect(result('I.5')).toContain('trên 61 Hội nghị đối thoại');
    expect(result('VIII.6')).toContain('91,15% khách hàng hài lòng');
  });

  it('writes bulleted cells as list items that parseRichText reads', () => {
    expect(parseRichText(row('IX').result)).toEqual([
      { type: 'paragraph', text: 'Sở Nội vụ:' },
      {
        type: 'list',
        items: [
          {
            marker: '-',
            text: 'Đã tham mưu UBND tỉnh ban hành Kế hoạch tổng kết thực hiện Chương trình CCHC tỉnh giai đoạn 2011 - 2020 và xây dựng Chương trình CCHC nhà nước giai đoạn 2021 – 2030',
            depth: 0,
          },
          {
            marker: '-',
            text: 'Tổng hợp, xây dựng Báo cáo tổng kết công tác CCHC giai đoạn 2011-2020 và phương hướng nhiệm vụ giai đoạn 2021-2030 trình UBND tỉnh gửi Bộ Nội vụ đúng thời gian quy định',
            depth: 0,
          },
          { marker: '-', text: 'Hiện đang tiếp tục triển khai các nội dung công việc theo kế hoạch', depth: 0 },
        ],
      },
    ]);
    const vi1 = parseRichText(row('VI.1').result);
    expect(vi1[0]?.type === 'list' ? vi1[0].items.slice(0, 3).map((item) => [item.marker, item.depth]) : null).toEqual([
      ['-', 0],
      ['+', 1],
      ['+', 1],
    ]);
  });

  it('fails instead of guessing when a task has neither an annual row nor an override', () => {
    const withoutI1 = annualRows.filter((annual) => !(annual.sectionNumeral === 'I' && annual.number === '1'));
    expect(() => readPdfTaskTable(midYearContent, midYearFile, withoutI1)).toThrow(/^I\.1 \(line 21\): no annual row/);
  });

  it('fails when the override no longer fits the file', () => {
    const lines = midYearContent.split('\n');
    lines[2199] = 'Quý I/2020 Sở Thông tin';
    expect(() => readPdfTaskTable(lines.join('\n'), midYearFile, annualRows)).toThrow(/VIII\.1: the pieces of line 2200/);
  });
});

describe('cellFromPdfLines', () => {
  it('joins wrapped lines with one space, and with none after a word broken at "-" or "/"', () => {
    expect(cellFromPdfLines(['Phần mềm E-', 'Office được', 'nâng cấp'])).toBe('Phần mềm E-Office được nâng cấp');
    expect(cellFromPdfLines(['Căn cứ Thông tư số 03/2020/TT-', 'BTTTT của Bộ'])).toBe('Căn cứ Thông tư số 03/2020/TT-BTTTT của Bộ');
    expect(cellFromPdfLines(['giai đoạn 2020 -', '2022 đối với'])).toBe('giai đoạn 2020 - 2022 đối với');
  });

  it('turns "- " and "+ " lines into list items after an optional lead paragraph', () => {
    expect(cellFromPdfLines(['Sở Nội vụ:', ' - Trình UBND tỉnh', 'ban hành', '+ Đã giao'])).toBe(
      '<p>Sở Nội vụ:</p> <ul><li>- Trình UBND tỉnh ban hành</li> <li>+ Đã giao</li></ul>',
    );
  });
});
