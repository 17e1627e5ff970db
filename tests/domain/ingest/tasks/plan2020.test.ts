import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdfTaskTable } from '@/domain/ingest/tasks/pdfTaskTable';
import {
  buildPlan2020,
  codesWithoutAnnualResult,
  NOTE_ANNUAL_CUT_SHORT,
  NOTE_ANNUAL_TAIL_ONLY,
  NOTE_NO_ANNUAL_RESULT,
  type Plan2020Entry,
} from '@/domain/ingest/tasks/plan2020';
import { readTsvTaskTableWithOrphans, tsvTaskTables } from '@/domain/ingest/tasks/tsvTaskTable';
import { plainText } from '@/domain/text/html';

const midYearFile = 'data/reports/003_2785a7ccbc719acf.txt';
const annualTable = tsvTaskTables['000'];
const annual = readTsvTaskTableWithOrphans(readFileSync(annualTable.file, 'utf8'), annualTable.file, annualTable);
const midYear = readPdfTaskTable(readFileSync(midYearFile, 'utf8'), midYearFile, annual.rows);
const plan = buildPlan2020(midYear, annual.rows, annual.orphans);

function entry(code: string): Plan2020Entry {
  const found = plan.find((candidate) => candidate.code === code);
  if (found === undefined) throw new Error(`no task ${code}`);
  return found;
}

const lostTasks = ['VII.3', 'VII.4', 'VIII.1', 'VIII.2', 'VIII.3', 'VIII.4', 'VIII.5'];

describe('buildPlan2020', () => {
  it('lists the 40 tasks of 003 in plan order, with the mid-year result in the plan row', () => {
    expect(plan).toHaveLength(40);
    expect(plan.map((item) => item.plan)).toEqual(midYear);
    expect(plan.slice(0, 3).map((item) => item.code)).toEqual(['I.1', 'I.2', 'I.3']);
    expect(plan[39]?.code).toBe('IX');
    expect(plainText(entry('III.1').plan.result)).toContain('hiện tại là 2.096');
  });

  it("attaches 000's annual result to the 31 numbered tasks it kept and to IX", () => {
    const withAnnualRow = plan.filter((item) => item.annualResult?.provenance.file === annualTable.file && item.code !== 'VIII.6');
    expect(withAnnualRow).toHaveLength(32);
    expect(withAnnualRow.filter((item) => item.code !== 'IX')).toHaveLength(31);
    expect(entry('I.1').annualResult?.provenance.line).toBe(11);
    expect(entry('IX').annualResult?.provenance.line).toBe(100);
    expect(plainText(entry('III.1').annualResult?.result ?? '')).toContain('2.149');
  });

  it("reads 000's rows \"7\" and \"8\" after the lost pages as VIII.7 and VIII.8", () => {
    expect(entry('VIII.7').annualResult?.provenance.line).toBe(92);
    expect(entry('VIII.8').annualResult?.provenance.line).toBe(98);
    expect(plainText(entry('VIII.8').annualResult?.result ?? '')).toContain('Sở Nội vụ đã tham mưu UBND tỉnh tổ chức thành công');
  });

  it('gives VIII.6 the orphan tail 000:91 and marks it partial', () => {
    const tail = entry('VIII.6');
    expect(tail.annualResult?.provenance.line).toBe(91);
    expect(tail.annualResult?.truncated).toBe(true);
    expect(plainText(tail.annualResult?.result ?? '')).toContain('trên 348.000 tin nhắn');
    expect(tail.notes).toEqual([NOTE_ANNUAL_TAIL_ONLY]);
    expect(NOTE_ANNUAL_TAIL_ONLY).toContain('chỉ còn phần cuối; các trang trước bị mất trong báo cáo gốc');
  });

  it('marks the annual result of VII.2, cut by the lost pages, as truncated, and no other', () => {
    expect(entry('VII.2').annualResult?.truncated).toBe(true);
    expect(plainText(entry('VII.2').annualResult?.result ?? '').endsWith('với cùng một phiên bản thống')).toBe(true);
    expect(entry('VII.2').notes).toEqual([NOTE_ANNUAL_CUT_SHORT]);
    expect(plan.filter((item) => item.annualResult?.truncated).map((item) => item.code)).toEqual(['VII.2', 'VIII.6']);
  });

  it('leaves exactly VII.3, VII.4 and VIII.1-VIII.5 without an annual result, saying why', () => {
    expect(codesWithoutAnnualResult(plan)).toEqual(lostTasks);
    for (const code of lostTasks) expect(entry(code).notes).toEqual([NOTE_NO_ANNUAL_RESULT]);
    expect(NOTE_NO_ANNUAL_RESULT).toBe('Không có kết quả cả năm: các trang này bị mất trong báo cáo gốc (000, giữa dòng 88 và 90)');
  });

  it('rejects an annual row that matches no task of the plan', () => {
    const first = annual.rows[0];
    if (first === undefined) throw new Error('000 has no task rows');
    const stray = { ...first, number: '9', provenance: { file: annualTable.file, line: 12 } };
    expect(() => buildPlan2020(midYear, [...annual.rows, stray], annual.orphans)).toThrow(/000_6946f393bc14d385\.txt:12/);
  });

  it('rejects a task without an annual result outside the lost pages', () => {
    const withoutI2 = annual.rows.filter((row) => !(row.sectionNumeral === 'I' && row.number === '2'));
    expect(() => buildPlan2020(midYear, withoutI2, annual.orphans)).toThrow(/^I\.2: no annual result/);
  });
});
