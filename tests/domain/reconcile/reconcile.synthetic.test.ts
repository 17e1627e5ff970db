import { describe, expect, it } from 'vitest';
import type { Finding } from '@/domain/dataset/schema';
import { findingSchema } from '@/domain/dataset/schema';
import { reconcilePeriod, summarizeFindings } from '@/domain/reconcile/reconcile';
import { countsOf, deepFreeze, FILE, makeRow, makeTable, PERIOD, printRates } from './fixtures';
import { buildTables, lines } from './scenario';

function byId(findings: Finding[]): Map<string, Finding> {
  return new Map(findings.map((item) => [item.id, item]));
}

function ids(findings: Finding[]): string[] {
  return findings.map((item) => item.id).sort();
}

describe('reconcilePeriod on clean tables', () => {
  it('finds nothing when every sum, identity, rate, link and number holds', () => {
    expect(reconcilePeriod(PERIOD, buildTables())).toEqual([]);
  });
});

describe('a subtotal off by 100', () => {
  it('names the member row whose own identity and rates show the digit slip', () => {
    const tables = buildTables({ figures: { b2: { received: 600 } } });
    const findings = reconcilePeriod(PERIOD, tables);
    expect(ids(findings)).toEqual(
      [
        `${PERIOD}:rate:b2:resolvedRate`,
        `${PERIOD}:rate:b2:unresolvedRate`,
        `${PERIOD}:row_identity:b2:received`,
        `${PERIOD}:sum:S2:received`,
        `${PERIOD}:sum-leaves:T:received`,
      ].sort(),
    );
    const found = byId(findings);
    const subtotal = found.get(`${PERIOD}:sum:S2:received`);
    expect(subtotal).toMatchObject({
      check: 'sum',
      severity: 'error',
      tableId: 'VII',
      rowId: 'S2',
      field: 'received',
      published: 892,
      computed: 992,
      difference: -100,
      provenance: { file: FILE, line: lines.S2 },
    });
    expect(subtotal?.message).toBe(
      '«Huyện Bình» (dòng 104) «Hồ sơ tiếp nhận» ghi 892, cộng 2 dòng thành phần được 992 (chênh -100)',
    );
    expect(subtotal?.likelyCause).toContain('Có thể lỗi chữ số ở dòng «UBND xã Bình Hai» (dòng 106)');
    expect(subtotal?.likelyCause).toContain('«600» ở cột «Hồ sơ tiếp nhận» nhiều khả năng là «500»');
    expect(subtotal?.likelyCause).toContain('tỷ lệ đã giải quyết «90.00%»');

    const leaves = found.get(`${PERIOD}:sum-leaves:T:received`);
    expect(leaves).toMatchObject({ severity: 'info', published: 6650, computed: 6750, difference: -100 });
    expect(leaves?.likelyCause).toContain('Chênh lệch nằm ở dòng «UBND xã Bình Hai» (dòng 106) thuộc «Huyện Bình» (dòng 104)');

    expect(found.get(`${PERIOD}:rate:b2:resolvedRate`)?.likelyCause).toContain(
      'Tỷ lệ khớp nếu sửa lỗi chữ số trong số đếm: «600»',
    );
  });

  it('blames the subtotal itself when its own figures and rates show the slip, and the total points at it', () => {
    const findings = reconcilePeriod(PERIOD, buildTables({ figures: { S1: { received: 5858 } } }));
    expect(ids(findings)).toEqual(
      [
        `${PERIOD}:rate:S1:resolvedRate`,
        `${PERIOD}:rate:S1:unresolvedRate`,
        `${PERIOD}:row_identity:S1:received`,
        `${PERIOD}:sum:S1:received`,
        `${PERIOD}:sum:T:received`,
      ].sort(),
    );
    const found = byId(findings);
    expect(found.get(`${PERIOD}:sum:S1:received`)).toMatchObject({ published: 5858, computed: 5758, difference: 100 });
    expect(found.get(`${PERIOD}:sum:S1:received`)?.likelyCause).toMatch(
      /^Có thể lỗi chữ số ở chính dòng này: «5858» ở cột «Hồ sơ tiếp nhận» nhiều khả năng là «5758» \(sai một chữ số/,
    );
    expect(found.get(`${PERIOD}:sum:T:received`)).toMatchObject({ published: 6650, computed: 6750, difference: -100 });
    expect(found.get(`${PERIOD}:sum:T:received`)?.likelyCause).toContain('«Huyện An» (dòng 101)');
  });

  it('reports a wrong subtotal once where it is when the levels above add up the published rows', () => {
    const misprinted = countsOf(5758, 3836, 891, 292);
    const tables = buildTables({ figures: { S1: misprinted }, rates: { S1: printRates(misprinted) }, totalsFromPrinted: true });
    const findings = reconcilePeriod(PERIOD, tables);
    expect(ids(findings)).toEqual(
      ['sum:S1:resolved', 'sum:S1:resolvedOnTime', 'sum:S1:unresolved', 'sum-leaves:T:resolved', 'sum-leaves:T:resolvedOnTime', 'sum-leaves:T:unresolved']
        .map((id) => `${PERIOD}:${id}`)
        .sort(),
    );
    expect(byId(findings).get(`${PERIOD}:sum:S1:resolved`)).toMatchObject({ severity: 'error', likelyCause: null });
    const leaves = byId(findings).get(`${PERIOD}:sum-leaves:T:resolved`);
    expect(leaves).toMatchObject({ check: 'sum', severity: 'info', published: 5839, computed: 5739, difference: 100 });
    expect(leaves?.message).toContain('dòng này vẫn bằng tổng các dòng tổng đã in');
    expect(leaves?.likelyCause).toBe(
      'Sai số truyền lên từ dòng «Huyện An» (dòng 101), dòng này ghi 5.019 nhưng cộng các dòng của nó được 4.919',
    );
  });
});

describe('an identity broken by a digit slip', () => {
  it('finds the one term whose correction restores the identity and fits the printed rates', () => {
    const findings = reconcilePeriod(PERIOD, buildTables({ figures: { a2: { resolvedLate: 1242 } } }));
    const found = byId(findings);
    const identity = found.get(`${PERIOD}:row_identity:a2:resolved`);
    expect(identity).toMatchObject({
      check: 'row_identity',
      severity: 'error',
      field: 'resolved',
      published: 3969,
      computed: 4969,
      difference: -1000,
    });
    expect(identity?.likelyCause).toBe(
      'Có thể lỗi chữ số: «1242» ở cột «Đã giải quyết · Trễ hạn» nhiều khả năng là «242» (thừa một chữ số; ' +
        'khớp với Đã giải quyết · Tổng số − Đã giải quyết · Sớm hạn − Đã giải quyết · Đúng hạn = 3.969 − 3.036 − 691; ' +
        'tỷ lệ trễ hạn «6.10%» cũng khớp với 242)',
    );
    expect(found.get(`${PERIOD}:sum:S1:resolvedLate`)?.likelyCause).toContain('dòng «UBND xã An Hai» (dòng 103)');
    expect(found.get(`${PERIOD}:rate:a2:lateRate`)).toMatchObject({ check: 'rate', published: 6.1 });
    expect(ids(findings)).toEqual(
      [
        `${PERIOD}:rate:a2:lateRate`,
        `${PERIOD}:row_identity:a2:resolved`,
        `${PERIOD}:sum:S1:resolvedLate`,
        `${PERIOD}:sum-leaves:T:resolvedLate`,
      ].sort(),
    );
  });

  it('gives no cause when no single slip explains the gap', () => {
    const findings = reconcilePeriod(PERIOD, buildTables({ figures: { a1: { resolvedLate: 75 } }, totalsFromPrinted: true }));
    const identity = byId(findings).get(`${PERIOD}:row_identity:a1:resolved`);
    expect(identity).toMatchObject({ published: 950, computed: 975, likelyCause: null });
  });
});

describe('a rate slip', () => {
  it('reads the printed precision and names the swapped or changed digit', () => {
    const findings = reconcilePeriod(PERIOD, buildTables({ rates: { b1: { resolvedRate: { text: '94.89%', value: 94.89 } } } }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: `${PERIOD}:rate:b1:resolvedRate`,
      check: 'rate',
      severity: 'error',
      field: 'resolvedRate',
      published: 94.89,
      message: '«UBND xã Bình Một» (dòng 105): «Tỷ lệ đã giải quyết» in «94.89%», tính lại từ các số đếm được 94,39\u00a0%',
      likelyCause:
        'Có thể lỗi đánh máy ở tỷ lệ: «94.89%» nhiều khả năng là «94.39%» (sai một chữ số); các số đếm của dòng khớp với nhau',
    });
    expect(findings[0]?.computed).toBeCloseTo(94.3878, 4);
    expect(findings[0]?.difference).toBeCloseTo(0.5022, 4);
  });

  it('accepts a rate rounded to fewer printed decimals, within half a unit of its last digit', () => {
    const tables = buildTables({ rates: { b1: { resolvedRate: { text: '94.4%', value: 94.4 }, lateRate: { text: '12%', value: 12 } } } });
    expect(reconcilePeriod(PERIOD, tables)).toEqual([]);
    const slipped = buildTables({ rates: { b1: { resolvedRate: { text: '94.3%', value: 94.3 } } } });
    expect(reconcilePeriod(PERIOD, slipped).map((item) => item.id)).toEqual([`${PERIOD}:rate:b1:resolvedRate`]);
  });

  it('reports a rate printed as a fraction as a format warning, not a mismatch', () => {
    const findings = reconcilePeriod(PERIOD, buildTables({ rates: { b2: { onTimeRate: { text: '0.2667', value: 26.67 } } } }));
    expect(findings).toEqual([
      expect.objectContaining({
        id: `${PERIOD}:format:b2:onTimeRate`,
        check: 'format',
        severity: 'warning',
        published: 26.67,
        likelyCause: 'Tỷ lệ ghi dưới dạng số thập phân, thiếu dấu %: «0.2667» = 26,67\u00a0%',
      }),
    ]);
  });
});

describe('cross-table links', () => {
  it('compares a summary block row with the total of the table of its level', () => {
    const findings = reconcilePeriod(PERIOD, buildTables({ figures: { X: { received: 543, unresolved: 34 } } }));
    expect(findings.map((item) => item.id)).toEqual([`${PERIOD}:cross:X:V:received`, `${PERIOD}:cross:X:V:unresolved`]);
    expect(findings[0]).toMatchObject({ check: 'sum', severity: 'error', published: 543, computed: 533, difference: 10 });
    expect(findings[0]?.message).toBe(
      '«Khối Sở, ngành» (dòng 300) của Phụ lục IV «Hồ sơ tiếp nhận» ghi 543; dòng «TỔNG» (dòng 202) của Phụ lục V ghi 533 (chênh +10)',
    );
  });

  it('turns a disagreement with an incomplete table into truncation information', () => {
    const [summary, departments, communes] = buildTables();
    if (!summary || !departments || !communes) throw new Error('scenario');
    const incomplete = { complete: false, completenessNote: 'Bảng dừng sau dòng 105', completeDistrictIds: ['h1'] };
    const lostOneCommune = makeTable('VII', communes.rows.filter((row) => row.id !== 'T' && row.id !== 'b2'), incomplete);
    const subtotalFindings = reconcilePeriod(PERIOD, [summary, departments, lostOneCommune]);
    expect(subtotalFindings.length).toBeGreaterThan(0);
    expect(subtotalFindings.every((item) => item.check === 'truncation' && item.severity === 'info' && item.rowId === 'S2')).toBe(true);
    expect(byId(subtotalFindings).get(`${PERIOD}:truncation:S2:received`)).toMatchObject({ published: 892, computed: 392 });

    const lostOneDistrict = makeTable('VII', communes.rows.filter((row) => ['S1', 'a1', 'a2'].includes(row.id)), incomplete);
    const blockFindings = reconcilePeriod(PERIOD, [summary, departments, lostOneDistrict]);
    expect(blockFindings.every((item) => item.check === 'truncation' && item.severity === 'info' && item.rowId === 'Y')).toBe(true);
    const blockReceived = byId(blockFindings).get(`${PERIOD}:truncation:Y:VII:received`);
    expect(blockReceived).toMatchObject({ published: 6650, computed: 5758, difference: 892 });
    expect(blockReceived?.message).toContain('Phụ lục VII không có dòng tổng; cộng 1 dòng cấp trên cùng hiện có được 5.758');
    expect(blockReceived?.message).toContain('Phụ lục VII không đầy đủ: Bảng dừng sau dòng 105');
  });

  it('keeps a mismatch in a district the incomplete table lists in full as an error', () => {
    const a1 = countsOf(1010, 800, 100, 50);
    const [summary, departments, communes] = buildTables({ figures: { a1 }, rates: { a1: printRates(a1) } });
    if (!summary || !departments || !communes) throw new Error('scenario');
    const cut = makeTable('VII', communes.rows.filter((row) => row.id !== 'T' && row.id !== 'b2'), {
      complete: false,
      completeDistrictIds: ['h1'],
    });
    const errors = reconcilePeriod(PERIOD, [summary, departments, cut]).filter((item) => item.severity === 'error');
    expect(errors.map((item) => item.id)).toEqual([`${PERIOD}:sum:S1:received`, `${PERIOD}:sum:S1:unresolved`]);
  });
});

describe('numbering', () => {
  it('reports a skipped number and says when the block total still balances', () => {
    const findings = reconcilePeriod(PERIOD, buildTables({ communeNumbers: { b2: '2.3.' } }));
    expect(findings).toEqual([
      expect.objectContaining({
        id: `${PERIOD}:numbering:b2`,
        check: 'numbering',
        severity: 'warning',
        field: 'number',
        published: 3,
        computed: 2,
        difference: 1,
        message: 'Phụ lục VII: số thứ tự nhảy từ «2.1.» lên «2.3.» ở dòng «UBND xã Bình Hai» (dòng 106), thiếu số 2.2',
      }),
    ]);
    expect(findings[0]?.likelyCause).toContain('Dòng tổng của khối vẫn bằng tổng các dòng có mặt');
  });
});

describe('tables without an early column (2022 style)', () => {
  const period = '2022';
  function row2022(id: string, figures: Record<string, number | null>, extra: Partial<Parameters<typeof makeRow>[0]> = {}) {
    return makeRow({ id, label: id, figures, publishedRates: {}, level: 'department', ...extra });
  }

  it('checks on time + late = resolved, pending and late totals, but not received = resolved + pending', () => {
    const clean = { received: 600, resolved: 521, resolvedOnTime: 519, resolvedLate: 2, pending: 20, pendingWithinDeadline: 18, pendingLate: 2, lateTotal: 4 };
    const table = makeTable('2', [row2022('r1', clean), row2022('r2', { ...clean, lateTotal: 14, pendingWithinDeadline: 17 })], {
      periodId: period,
      level: 'all',
    });
    const findings = reconcilePeriod(period, [table]);
    expect(findings.map((item) => item.id)).toEqual([`${period}:row_identity:r2:pending`, `${period}:row_identity:r2:lateTotal`]);
  });

  it('checks printed rates by the 2022 definitions', () => {
    const figures = { resolved: 521, resolvedOnTime: 519, resolvedLate: 2, pending: 20, pendingWithinDeadline: 18, pendingLate: 2, lateTotal: 4, online: 492, onlineBase: 512 };
    const rates = { lateRate: { text: '0,74%', value: 0.74 }, onlineRate: { text: '96,90%', value: 96.9 } };
    const table = makeTable('2', [row2022('r1', figures, { publishedRates: rates })], { periodId: period, level: 'all' });
    const findings = reconcilePeriod(period, [table]);
    expect(findings).toEqual([expect.objectContaining({ id: `${period}:rate:r1:onlineRate`, computed: 96.09375 })]);
    expect(findings[0]?.likelyCause).toContain('«96,90%» nhiều khả năng là «96,09%» (đảo hai chữ số liền nhau)');
  });
});

describe('blank cells', () => {
  it('sums the printed cells, says how many members are blank, and skips a column blank in every member', () => {
    const members = [
      makeRow({ id: 'm1', label: 'Một', figures: { received: 10, online: null }, publishedRates: {} }),
      makeRow({ id: 'm2', label: 'Hai', figures: { received: null, online: null }, publishedRates: {} }),
    ];
    const total = makeRow({ id: 'tt', kind: 'total', label: 'Tổng cộng', figures: { received: 15, online: 3 }, memberRowIds: ['m1', 'm2'], publishedRates: {} });
    const findings = reconcilePeriod(PERIOD, [makeTable('X', [...members, total])]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('cộng 1 dòng thành phần được 10 (chênh +5); 1 dòng để trống ô này');
  });
});

describe('purity, determinism and schema', () => {
  const planted = {
    figures: { b2: { received: 600 }, a2: { resolvedLate: 1242 }, X: { received: 543 } },
    rates: { b1: { resolvedRate: { text: '94.89%', value: 94.89 } } },
    communeNumbers: { b2: '2.3.' },
  };

  it('never changes the input (deep-frozen tables) and returns the same findings every time', () => {
    const frozen = deepFreeze(buildTables(planted));
    const first = reconcilePeriod(PERIOD, frozen);
    expect(reconcilePeriod(PERIOD, frozen)).toEqual(first);
    expect(reconcilePeriod(PERIOD, buildTables(planted))).toEqual(first);
    expect(new Set(first.map((item) => item.id)).size).toBe(first.length);
    for (const item of first) expect(findingSchema.safeParse(item).success).toBe(true);
  });

  it('summarizes counts per check and severity', () => {
    const findings = reconcilePeriod(PERIOD, buildTables(planted));
    const summary = summarizeFindings(findings);
    expect(summary.total).toBe(findings.length);
    expect(summary.bySeverity.total).toBe(findings.length);
    expect(summary.byCheck.numbering).toEqual({ error: 0, warning: 1, info: 0, total: 1 });
    expect(summary.byCheck.document).toEqual({ error: 0, warning: 0, info: 0, total: 0 });
    const errorsCounted = Object.values(summary.byCheck).reduce((total, counts) => total + counts.error, 0);
    expect(errorsCounted).toBe(findings.filter((item) => item.severity === 'error').length);
    expect(summary.bySeverity.info).toBe(findings.filter((item) => item.severity === 'info').length);
  });
});
