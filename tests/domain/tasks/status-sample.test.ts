/**
 * A reviewed sample: for each task, the status decided by reading its result
 * cell in the report (file:line is where the task row starts), checked
 * against the rule plus the override file. A disagreement means the rule or
 * the override file needs a look, not that the expectation should move.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TaskStatus } from '@/domain/dataset/schema';
import { readPdfTaskTable, taskCode } from '@/domain/ingest/tasks/pdfTaskTable';
import { readTsvTaskTable, readTsvTaskTableWithOrphans, tsvTaskTables } from '@/domain/ingest/tasks/tsvTaskTable';
import type { RawTaskRow } from '@/domain/ingest/rawTask';
import { classifyResult } from '@/domain/tasks/status';
import { applyStatusOverride, statusOverrides } from '@/domain/tasks/statusOverrides';
import { parseRichText, richTextToPlain } from '@/domain/text/richText';

const periodOfTable = { '004': '2017-Q1', '000': '2020', '001': '2022' } as const;
type TableKey = keyof typeof periodOfTable;

interface Row {
  taskId: string;
  line: number;
  result: string;
}

function rowsOf(key: TableKey): Row[] {
  const table = tsvTaskTables[key];
  const rows: RawTaskRow[] = readTsvTaskTable(readFileSync(table.file, 'utf8'), table.file, table);
  return rows.map((row) => ({
    taskId: `${periodOfTable[key]}:${row.number === '' ? row.sectionNumeral : `${row.sectionNumeral}.${row.number}`}`,
    line: row.provenance.line,
    result: richTextToPlain(parseRichText(row.result)),
  }));
}

/** The 2020 plan as the mid-year report (003, PDF text) prints it, its columns recovered with 000 as the anchor. */
function midYearRows(): Row[] {
  const annualTable = tsvTaskTables['000'];
  const annual = readTsvTaskTableWithOrphans(readFileSync(annualTable.file, 'utf8'), annualTable.file, annualTable);
  const file = 'data/reports/003_2785a7ccbc719acf.txt';
  return readPdfTaskTable(readFileSync(file, 'utf8'), file, annual.rows).map((row) => ({
    taskId: `2020-H1:${taskCode(row.sectionNumeral, row.number)}`,
    line: row.provenance.line,
    result: richTextToPlain(parseRichText(row.result)),
  }));
}

const rows = new Map<string, Row>(
  [...(['004', '000', '001'] as const).flatMap((key) => rowsOf(key)), ...midYearRows()].map((row) => [row.taskId, row]),
);

function rowOf(taskId: string): Row {
  const row = rows.get(taskId);
  if (!row) throw new Error(`no task ${taskId} in the reports`);
  return row;
}

/** [task id, report line, status decided by reading the cell, why]. */
const sample: Array<[string, number, TaskStatus, string]> = [
  ['2017-Q1:I.1', 288, 'not_reported', '004:288 "Sở Nội vụ chưa nhận báo cáo."'],
  ['2017-Q1:I.2', 289, 'in_progress', '004:289 reported to the centre, "tuy nhiên việc chủ trì triển khai tại tỉnh chưa cụ thể"'],
  ['2017-Q1:I.3', 293, 'in_progress', '004:293 one department ran a survey; no sector Đề án reported (override)'],
  ['2017-Q1:I.4', 294, 'no_result', '004:294 empty cell'],
  ['2017-Q1:I.5', 295, 'done', '004:295 "Đã ban hành Danh mục dự án …", "Đã ban hành Quyết định …"'],
  ['2017-Q1:I.7', 300, 'not_started', '004:300 "Chưa thực hiện."'],
  ['2017-Q1:II.1', 304, 'in_progress', '004:304 "Thực hiện thường xuyên": recurring, never closed'],
  ['2017-Q1:II.2', 305, 'not_reported', '004:305 "Sở Nội vụ chưa nhận báo cáo."'],
  ['2017-Q1:IV.1', 321, 'blocked', '004:321 "Chưa có Nghị định mới của Trung ương."'],
  ['2017-Q1:IV.2', 325, 'in_progress', '004:325 a summary report, and agencies "tiếp tục đôn đốc, rà soát" (override)'],
  ['2017-Q1:IV.3', 326, 'in_progress', '004:326 "Đang thực hiện"'],
  ['2017-Q1:V.2', 331, 'in_progress', '004:331 "Đang nghiên cứu thực hiện"'],
  ['2017-Q1:VII.3', 348, 'in_progress', '004:348 "Đang triển khai theo tiến độ."'],
  ['2017-Q1:VII.7', 355, 'done', '004:355 "Đã thực hiện"'],
  ['2017-Q1:VII.9', 359, 'no_result', '004:359 empty cell'],
  ['2020:I.1', 11, 'in_progress', '000:11 GD&ĐT and Y tế report outputs; LĐ-TB&XH "đang phối hợp … hoàn chỉnh nội dung các Đề án"'],
  ['2020:I.2', 15, 'done', '000:15 "Sở Nội vụ tham mưu UBND tỉnh ban hành kế hoạch triển khai …"'],
  ['2020:I.3', 16, 'done', '000:16 software "đưa vào sử dụng", equipment bought, 300 staff trained'],
  ['2020:I.5', 21, 'done', '000:21 two dialogue conferences held (04/6/2020, 04/12/2020)'],
  ['2020:I.6', 25, 'done', '000:25 each standing programme reported its review and next-period programme'],
  ['2020:I.8', 30, 'done', '000:30 the three reports the task asks for'],
  ['2020:II.2', 36, 'done', '000:36 "Văn phòng UBND tỉnh thẩm định, tham mưu UBND tỉnh công bố nhóm thủ tục …"'],
  ['2020:III.2', 42, 'no_result', '000:42 empty cell'],
  ['2020:III.3', 43, 'done', '000:43 "… trình UBND tỉnh công bố danh mục 746 quy trình TTHC …"'],
  ['2020:IV.2', 54, 'done', '000:54 "UBND tỉnh đã ban hành các quyết định về việc tổ chức lại …"'],
  ['2020:V.1', 66, 'done', '000:66 "Đã tham mưu UBND tỉnh ban hành" five implementing letters'],
  ['2020:V.2', 70, 'in_progress', '000:70 "đang tiếp tục hoàn thiện dự thảo để trình UBND tỉnh phê duyệt"'],
  ['2020:V.4', 75, 'done', '000:75 "Sở Nội vụ trình UBND tỉnh ban hành" three regulations'],
  ['2020:VI.3', 84, 'not_applicable', '000:84 "không phát sinh cổ phần hóa"'],
  ['2020:VII.1', 87, 'done', '000:87 the Đề án submitted, "triển khai theo tiến độ được phê duyệt"'],
  ['2020:VIII.8', 98, 'done', '000:98 "tổ chức thành công Hội nghị Sơ kết …"'],
  ['2020:IX', 100, 'done', '000:100 review plan issued, report sent, "Tổ chức thành công Hội nghị tổng kết"'],
  ['2020-H1:I.1', 21, 'in_progress', '003:79-105 GD&ĐT not reported, Y tế done, LĐ-TB&XH "hiện đang tiếp tục nghiên cứu"'],
  ['2020-H1:I.4', 271, 'not_reported', '003:315-317 "Sở Kế hoạch và Đầu tư chưa báo cáo cập nhật."'],
  ['2020-H1:I.6', 405, 'in_progress', '003:435-503 three programmes of four reported, one not (override)'],
  ['2020-H1:III.2', 871, 'in_progress', '003:901-911 "Sở Nội vụ đang nghiên cứu, xây dựng Quy chế …"'],
  ['2020-H1:IV.3', 1169, 'not_applicable', '003:1215-1217 "Chưa phát sinh trong 6 tháng đầu năm 2020"'],
  ['2020-H1:V.1', 1452, 'blocked', '003:1478-1484 "Trung ương chưa ban hành Luật sửa đổi …"'],
  ['2020-H1:VII.2', 1984, 'done', '003:2012-2018 "Đã hoàn thành triển khai kết nối Hệ thống với trục liên thông văn bản quốc gia …"'],
  ['2020-H1:VIII.8', 2652, 'done', '003:2678-2686 "đã tham mưu UBND tỉnh tổ chức Hội nghị Sơ kết … vào ngày 03/7/2020"'],
  ['2022:I.1', 10, 'suspended', '001:10 the 2023 programme is merged into the 2024 one'],
  ['2022:I.2', 11, 'done', '001:11 "ban hành Quyết định số 2286/QĐ-UBND ngày 17/8/2022"'],
  ['2022:I.3', 12, 'done', '001:12 HĐND passed "Nghị quyết số 21/NQ-HĐND ngày 15/11/2022"'],
  ['2022:II.4', 34, 'blocked', '001:34 "Hiện đang chờ hướng dẫn của Bộ Thông tin và Truyền thông"'],
  ['2022:III.1', 41, 'done', '001:41 decisions for 15 more departments; the two without central guidance are an aside'],
  ['2022:III.4', 54, 'done', '001:54 job positions provisionally approved "(đạt tỷ lệ 100%)" while awaiting guidance'],
  ['2022:III.8', 61, 'blocked', '001:61 "gặp vướng mắc", to continue "sau khi Thông tư được ban hành"'],
  ['2022:III.9', 65, 'done', '001:65 HĐND passed "Nghị quyết số 129/NQ-HĐND ngày 02/12/2022"'],
  ['2022:III.10', 68, 'blocked', '001:68 "Sau khi Trung ương có văn bản hướng dẫn …"'],
  ['2022:IV.2', 73, 'done', '001:73 "(đạt tỷ lệ 100%)"'],
  ['2022:V.3', 88, 'not_applicable', '001:88 "không phát sinh hồ sơ phương án giá"'],
  ['2022:V.4', 94, 'done', '001:94 item 2: Sở Tài chính ordered the 2022 irrigation services (override)'],
  ['2022:VI.1', 99, 'suspended', '001:99 "đề nghị không thực hiện nhiệm vụ này", budget moved by QĐ 3087/QĐ-UBND'],
  ['2022:VI.2', 100, 'suspended', '001:100 "cho phép tạm dừng triển khai nhiệm vụ … trong năm 2022"'],
  ['2022:VI.3', 101, 'done', '001:101 "Hiện Nhà thầu thi công đã hoàn thành hợp đồng."'],
  ['2022:VI.7', 108, 'done', '001:108 "được triển khai và đưa vào sử dụng năm 2022"'],
  ['2022:VI.12', 119, 'in_progress', '001:119 one of three items done; the others await the ministry and an investment decision'],
  ['2022:VI.13', 126, 'blocked', '001:126-129 guidance not issued until the provincial system is upgraded (override)'],
  ['2022:VI.14', 130, 'blocked', '001:130 "Bộ Khoa học và Công nghệ chưa có văn bản hướng dẫn"'],
  ['2022:VII.1', 136, 'done', '001:136 "ban hành Quyết định số 4782/QĐ-UBND ngày 23/12/2021"'],
  ['2022:VII.10', 148, 'in_progress', '001:148 assigned on 07/12/2022, "thời gian hoàn thành trong quý I/2023"'],
  ['2022:VII.12', 156, 'done', '001:156 index assessed and ranked; IT ranking announced (Thông báo 3995/TB-HĐTĐ)'],
];

describe('task status: a sample decided by reading the reports', () => {
  it('covers at least 30 tasks across 2017-Q1, 2020-H1, 2020 and 2022', () => {
    expect(sample.length).toBeGreaterThanOrEqual(30);
    for (const period of ['2017-Q1:', '2020:', '2022:']) expect(sample.filter(([taskId]) => taskId.startsWith(period)).length).toBeGreaterThanOrEqual(10);
    expect(sample.filter(([taskId]) => taskId.startsWith('2020-H1:')).length).toBeGreaterThanOrEqual(8);
  });

  it.each(sample)('%s (line %i) is %s: %s', (taskId, line, expected) => {
    const row = rowOf(taskId);
    expect(row.line).toBe(line);
    const decision = applyStatusOverride(taskId, classifyResult(row.result), statusOverrides);
    expect(decision.status).toBe(expected);
    if (decision.statusSource === 'rule' && expected !== 'no_result') {
      expect(decision.evidence).not.toBeNull();
      expect(row.result.includes(decision.evidence ?? '')).toBe(true);
    }
  });

  it('reads 000 I.1 agency by agency', () => {
    const { subResults } = classifyResult(rowOf('2020:I.1').result);
    expect(subResults.map(({ agencyText, status }) => [agencyText, status])).toEqual([
      ['Sở Giáo dục và Đào tạo', 'done'],
      ['Sở Y tế', 'done'],
      ['Sở Lao động - Thương binh và Xã hội', 'in_progress'],
    ]);
  });
});

describe('the override file (data/overrides/task-status.json)', () => {
  it('names only tasks of the reports, each once', () => {
    const ids = statusOverrides.map((override) => override.taskId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(rows.has(id)).toBe(true);
  });

  it.each(statusOverrides.map((override) => [override.taskId, override] as const))(
    '%s is still needed, and its reason quotes the phrase the rule decides on',
    (taskId, override) => {
      const rule = classifyResult(rowOf(taskId).result);
      expect(rule.status).not.toBe(override.status);
      expect(rule.evidence).not.toBeNull();
      expect(override.reason).toContain(`«${rule.evidence ?? ''}»`);
    },
  );
});
