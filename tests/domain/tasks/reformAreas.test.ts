import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reformAreaSchema } from '@/domain/dataset/schema';
import { readTsvTaskTable, tsvTaskTables } from '@/domain/ingest/tasks/tsvTaskTable';
import { reformAreaIdFor, reformAreas } from '@/domain/tasks/reformAreas';

/** Every section heading of the four task tables, verbatim (seeds inventory §4), with its canonical area. */
const headings: [string, string][] = [
  // 2017-Q1 (004 PL I)
  ['CẢI CÁCH THỂ CHẾ', 'institutional'],
  ['CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'admin_procedure'],
  ['CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG', 'one_stop_shop'],
  ['CẢI CÁCH TỔ CHỨC BỘ MÁY', 'organisation'],
  ['XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC', 'civil_service'],
  ['CẢI CÁCH TÀI CHÍNH CÔNG', 'public_finance'],
  ['HIỆN ĐẠI HÓA HÀNH CHÍNH', 'e_government'],
  // 2020-H1 (003 PL 1), beyond the seven above
  ['TRIỂN KHAI ĐỀ ÁN TRUNG TÂM DỊCH VỤ HÀNH CHÍNH CÔNG TRỰC TUYẾN', 'online_service_centre'],
  ['TỔ CHỨC TỔNG KẾT CHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH TỈNH KHÁNH HÒA GIAI ĐOẠN 2011 – 2020', 'programme_review'],
  // 2020 (000 PL I), beyond the above
  ['CAI CÁCH THỂ CHẾ', 'institutional'],
  ['TỔ CHỨC TỔNG KẾT CHƯƠNG TRÌNH CCHC TỈNH KHÁNH HÒA GIAI ĐOẠN 2011-2020', 'programme_review'],
  // 2022 (001 Phụ lục 1)
  ['Cải cách thể chế', 'institutional'],
  ['Cải cách TTHC', 'admin_procedure'],
  ['Cải cách tổ chức bộ máy', 'organisation'],
  ['Cải cách chế độ công vụ', 'civil_service'],
  ['Cải cách tài chính công', 'public_finance'],
  ['Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', 'e_government'],
  ['Công tác chỉ đạo, điều hành', 'direction'],
];

describe('reformAreaIdFor', () => {
  it.each(headings)('maps "%s" to %s', (heading, id) => {
    expect(reformAreaIdFor(heading)).toBe(id);
  });

  it('maps by words, not by numeral: III is one-stop shop in 2017, organisation in 2022', () => {
    expect(reformAreaIdFor('III CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG')).toBe('one_stop_shop');
    expect(reformAreaIdFor('III Cải cách tổ chức bộ máy')).toBe('organisation');
  });

  it('returns null for a heading of no known area, and does not match inside words', () => {
    expect(reformAreaIdFor('PHỤ LỤC I')).toBeNull();
    expect(reformAreaIdFor('')).toBeNull();
    expect(reformAreaIdFor('Thể chết')).toBeNull();
  });

  it('maps every section heading read from the three TSV task tables', () => {
    for (const table of Object.values(tsvTaskTables)) {
      const content = readFileSync(resolve(__dirname, '../../..', table.file), 'utf8');
      for (const row of readTsvTaskTable(content, table.file, table)) {
        expect(reformAreaIdFor(row.sectionHeading), row.sectionHeading).not.toBeNull();
      }
    }
  });
});

describe('reformAreas', () => {
  it('lists the ten canonical areas, valid against the schema, with unique ids', () => {
    expect(reformAreas.map((area) => area.id)).toEqual([
      'institutional',
      'admin_procedure',
      'one_stop_shop',
      'organisation',
      'civil_service',
      'public_finance',
      'e_government',
      'online_service_centre',
      'programme_review',
      'direction',
    ]);
    for (const area of reformAreas) reformAreaSchema.parse(area);
  });

  it('folds the one-stop shop into admin procedure and the online centre into e-government', () => {
    const parentOf = (id: string) => reformAreas.find((area) => area.id === id)?.parentId;
    expect(parentOf('one_stop_shop')).toBe('admin_procedure');
    expect(parentOf('online_service_centre')).toBe('e_government');
    const ids = new Set(reformAreas.map((area) => area.id));
    for (const area of reformAreas) if (area.parentId !== null) expect(ids.has(area.parentId)).toBe(true);
  });

  it('every area is reachable from a heading', () => {
    const reached = new Set(headings.map(([heading]) => reformAreaIdFor(heading)));
    expect(reformAreas.filter((area) => !reached.has(area.id))).toEqual([]);
  });
});
