import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DossierTable, Finding } from '@/domain/dataset/schema';
import { findingSchema } from '@/domain/dataset/schema';
import { parseStatistics } from '@/domain/ingest/statistics';
import { reconcilePeriod, summarizeFindings } from '@/domain/reconcile/reconcile';
import { deepFreeze } from './fixtures';

/**
 * The checks run on the real reports must find exactly the disagreements the
 * seeds inventory lists (§3.1, §3.2, §3.3) and nothing else. Findings are
 * keyed by check, severity, report line and column, so the test does not
 * depend on how the ingest names its rows.
 */
const reportsDir = 'data/reports';
let tablesByPeriod: Record<string, DossierTable[]> = {};
const findingsByPeriod: Record<string, Finding[]> = {};

beforeAll(() => {
  const reports = Object.fromEntries(
    readdirSync(reportsDir)
      .filter((name) => /^\d{3}_[0-9a-f]+\.txt$/.test(name))
      .map((name) => [name, readFileSync(`${reportsDir}/${name}`, 'utf8')]),
  );
  tablesByPeriod = parseStatistics(reports).tablesByPeriod;
  for (const [periodId, tables] of Object.entries(tablesByPeriod)) {
    findingsByPeriod[periodId] = reconcilePeriod(periodId, tables);
  }
});

/** "sum/error 000:147 rejected": check, severity, seed and line, column. */
function keyOf(item: Finding): string {
  const seed = /(\d{3})_[0-9a-f]+\.txt$/.exec(item.provenance.file)?.[1] ?? item.provenance.file;
  return `${item.check}/${item.severity} ${seed}:${item.provenance.line} ${item.field}`;
}

function keys(periodId: string, keep: (item: Finding) => boolean): string[] {
  return (findingsByPeriod[periodId] ?? []).filter(keep).map(keyOf).sort();
}

function at(periodId: string, line: number, field: string, check?: Finding['check']): Finding {
  const found = (findingsByPeriod[periodId] ?? []).filter(
    (item) => item.provenance.line === line && item.field === field && (!check || item.check === check),
  );
  expect(found).toHaveLength(1);
  return found[0] as Finding;
}

const notInfo = (item: Finding) => item.severity !== 'info';

describe('2020 (seed 000, Phụ lục II–VI)', () => {
  it('has exactly the PL III rejected mismatch, the Khánh Vĩnh gap, and no other error or warning', () => {
    expect(keys('2020', notInfo)).toEqual(
      ['numbering/warning 000:233 number', 'sum/error 000:147 rejected', 'sum/error 000:147 rejectedEarly'].sort(),
    );
  });

  it('reports Tổng cộng rejected 351 against 335 (+16) without inventing a cause', () => {
    const rejected = at('2020', 147, 'rejected');
    expect(rejected).toMatchObject({ published: 351, computed: 335, difference: 16, likelyCause: null });
    expect(rejected.message).toBe(
      '«Tổng cộng» (dòng 147) «Từ chối giải quyết · Tổng số» ghi 351, cộng 18 dòng thành phần được 335 (chênh +16)',
    );
    expect(rejected.provenance).toEqual({ file: 'data/reports/000_6946f393bc14d385.txt', line: 147 });
    expect(at('2020', 147, 'rejectedEarly')).toMatchObject({ published: 349, computed: 333, difference: 16 });
  });

  it('reports the skipped number 9 in Khánh Vĩnh, whose subtotal still balances', () => {
    const gap = at('2020', 233, 'number');
    expect(gap).toMatchObject({ check: 'numbering', published: 10, computed: 9 });
    expect(gap.message).toContain('nhảy từ «8» lên «10»');
    expect(gap.likelyCause).toContain('Dòng tổng của khối vẫn bằng tổng các dòng có mặt');
  });

  it('treats the cut-off PL V as truncation: Vạn Ninh against its 2 rows, PL II commune block against PL V', () => {
    const info = (findingsByPeriod['2020'] ?? []).filter((item) => item.severity === 'info');
    expect(info.every((item) => item.check === 'truncation')).toBe(true);
    expect(new Set(info.map((item) => item.provenance.line))).toEqual(new Set([115, 238]));
    expect(at('2020', 238, 'received')).toMatchObject({ published: 37890, computed: 9217 });
    const commune = at('2020', 115, 'received');
    expect(commune).toMatchObject({ published: 264439, computed: 124070, difference: 140369 });
    expect(commune.message).toContain('Phụ lục V');
  });
});

describe('2022 (seed 001, Phụ lục 2)', () => {
  it('has exactly the four Cam Ranh subtotal errors and no other error or warning', () => {
    expect(keys('2022', notInfo)).toEqual(
      ['resolved', 'resolvedOnTime', 'resolvedLate', 'lateTotal'].map((field) => `sum/error 001:284 ${field}`).sort(),
    );
    expect(at('2022', 284, 'resolved')).toMatchObject({ published: 8184, computed: 16163, difference: -7979 });
    expect(at('2022', 284, 'resolvedOnTime')).toMatchObject({ published: 8160, computed: 16095 });
    expect(at('2022', 284, 'resolvedLate')).toMatchObject({ published: 24, computed: 68 });
    expect(at('2022', 284, 'lateTotal')).toMatchObject({ published: 25, computed: 69 });
  });

  it('shows the Cam Ranh error once, and as information where it flows up into C and TỔNG', () => {
    expect(keys('2022', (item) => item.severity === 'info')).toEqual(
      [208, 364].flatMap((line) =>
        ['resolved', 'resolvedOnTime', 'resolvedLate', 'lateTotal'].map((field) => `sum/info 001:${line} ${field}`),
      ).sort(),
    );
    const total = at('2022', 364, 'resolved');
    expect(total).toMatchObject({ published: 596533, computed: 604512, difference: -7979 });
    expect(total.likelyCause).toBe(
      'Sai số truyền lên từ dòng «Thuộc thành phố Cam Ranh» (dòng 284), dòng này ghi 8.184 nhưng cộng các dòng của nó được 16.163',
    );
  });

  it('does not treat received = resolved + pending as an identity', () => {
    expect((findingsByPeriod['2022'] ?? []).some((item) => item.check === 'row_identity')).toBe(false);
  });
});

describe('2017-Q1 (seed 004, Phụ lục III–VII)', () => {
  it('has exactly the digit slips of Ninh Hòa and Cam An Nam, the Vĩnh Trường rate slip and the fraction', () => {
    expect(keys('2017-Q1', notInfo)).toEqual(
      [
        'format/warning 004:469 onTimeRate',
        'row_identity/error 004:510 resolved',
        'row_identity/error 004:510 received',
        'rate/error 004:510 resolvedRate',
        'rate/error 004:510 lateRate',
        'rate/error 004:510 unresolvedRate',
        'sum/error 004:512 received',
        'sum/error 004:512 resolvedLate',
        'rate/error 004:541 resolvedRate',
        'sum/error 004:548 received',
        'row_identity/error 004:557 received',
        'rate/error 004:557 resolvedRate',
        'rate/error 004:557 unresolvedRate',
      ].sort(),
    );
  });

  it('traces PL VI TỔNG received 25.338 (35.338 by the rows) and late 1.237 (2.237) to Ninh Hòa', () => {
    const received = at('2017-Q1', 512, 'received');
    expect(received).toMatchObject({ published: 25338, computed: 35338, difference: -10000 });
    expect(received.likelyCause).toContain('Có thể lỗi chữ số ở dòng «Thị xã Ninh Hòa» (dòng 510)');
    expect(received.likelyCause).toContain('«14758» ở cột «Hồ sơ tiếp nhận» nhiều khả năng là «4758»');
    expect(received.likelyCause).toContain('tỷ lệ đã giải quyết «83.42%», tỷ lệ chưa giải quyết «16.58%» cũng khớp với 4758');
    const late = at('2017-Q1', 512, 'resolvedLate');
    expect(late).toMatchObject({ published: 1237, computed: 2237, difference: -1000 });
    expect(late.likelyCause).toContain('«1242» ở cột «Đã giải quyết · Trễ hạn» nhiều khả năng là «242»');
    expect(late.likelyCause).toContain('tỷ lệ trễ hạn «6.1%» cũng khớp với 242');
    expect(at('2017-Q1', 510, 'received', 'row_identity')).toMatchObject({ published: 14758, computed: 4758 });
    expect(at('2017-Q1', 510, 'lateRate').likelyCause).toContain('«1242»');
  });

  it('traces the Cam Lâm subtotal (3.270, rows give 3.370) to Cam An Nam "182" for 82', () => {
    const camLam = at('2017-Q1', 548, 'received');
    expect(camLam).toMatchObject({ published: 3270, computed: 3370, difference: -100 });
    expect(camLam.likelyCause).toContain('dòng «UBND xã Cam An Nam» (dòng 557): «182» ở cột «Hồ sơ tiếp nhận» nhiều khả năng là «82»');
    expect(at('2017-Q1', 557, 'received', 'row_identity').likelyCause).toContain('tỷ lệ đã giải quyết «92.68%», tỷ lệ chưa giải quyết «7.32%» cũng khớp với 82');
  });

  it('reports PL VII TỔNG against its 137 communes as information, pointing at Cam An Nam', () => {
    expect(keys('2017-Q1', (item) => item.severity === 'info')).toEqual(['sum/info 004:669 received']);
    const total = at('2017-Q1', 669, 'received');
    expect(total).toMatchObject({ published: 59414, computed: 59514, difference: -100 });
    expect(total.message).toContain('cộng 137 dòng đơn vị ở cấp cuối');
    expect(total.likelyCause).toContain('Chênh lệch nằm ở dòng «UBND xã Cam An Nam» (dòng 557) thuộc «Huyện Cam Lâm» (dòng 548)');
  });

  it('reads 94.89% as a one-digit slip for 94.39% and 0.1257 as a fraction', () => {
    const slip = at('2017-Q1', 541, 'resolvedRate');
    expect(slip.likelyCause).toBe(
      'Có thể lỗi đánh máy ở tỷ lệ: «94.89%» nhiều khả năng là «94.39%» (sai một chữ số); các số đếm của dòng khớp với nhau',
    );
    expect(slip.computed).toBeCloseTo(94.3878, 4);
    const fraction = at('2017-Q1', 469, 'onTimeRate');
    expect(fraction).toMatchObject({ check: 'format', published: 12.57 });
    expect(fraction.computed).toBeCloseTo(12.5696, 4);
  });
});

describe('every period', () => {
  it('leaves the parsed tables untouched, gives valid, unique, repeatable findings', () => {
    for (const [periodId, tables] of Object.entries(tablesByPeriod)) {
      const before = JSON.stringify(tables);
      const frozen = deepFreeze(structuredClone(tables));
      const findings = reconcilePeriod(periodId, frozen);
      expect(findings).toEqual(findingsByPeriod[periodId]);
      expect(JSON.stringify(tables)).toBe(before);
      expect(new Set(findings.map((item) => item.id)).size).toBe(findings.length);
      for (const item of findings) {
        expect(findingSchema.safeParse(item).success).toBe(true);
        expect(item.periodId).toBe(periodId);
        expect(item.id.startsWith(`${periodId}:`)).toBe(true);
      }
    }
  });

  it('summarizes the real findings per check and severity', () => {
    const summary = summarizeFindings(findingsByPeriod['2017-Q1'] ?? []);
    expect(summary.byCheck.rate).toEqual({ error: 6, warning: 0, info: 0, total: 6 });
    expect(summary.byCheck.row_identity.error).toBe(3);
    expect(summary.byCheck.sum).toEqual({ error: 3, warning: 0, info: 1, total: 4 });
    expect(summary.byCheck.format.warning).toBe(1);
  });
});
