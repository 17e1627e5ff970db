// @vitest-environment node
/**
 * Integration tests on the datasets as buildDatasets makes them from the real
 * report files: the figures the issue names, identity of agencies across
 * periods, the merger, the known mismatches and nothing else, the 2020 plan,
 * period metadata, and a generic check that every record's provenance points
 * at a report line that really holds it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, DossierRow, PeriodDataset, PeriodId, Provenance, Task } from '@/domain/dataset/schema';
import { buildDatasets } from '@/domain/ingest/buildDatasets';
import { foldVietnamese } from '@/domain/text/fold';
import { plainText } from '@/domain/text/html';
import { richTextToPlain } from '@/domain/text/richText';

const root = join(import.meta.dirname, '..', '..', '..');
const reportsDir = join(root, 'data', 'reports');

let reports: Record<string, string> = {};
let reportLines: Record<string, string[]> = {};
let catalog: Catalog;
let periods: PeriodDataset[] = [];

beforeAll(() => {
  reports = Object.fromEntries(
    readdirSync(reportsDir)
      .filter((name) => name.endsWith('.txt') || name.endsWith('.tsv'))
      .sort()
      .map((name) => [name, readFileSync(join(reportsDir, name), 'utf8')]),
  );
  reportLines = Object.fromEntries(Object.entries(reports).map(([name, text]) => [`data/reports/${name}`, text.split('\n')]));
  ({ catalog, periods } = buildDatasets(reports));
});

function dataset(periodId: PeriodId): PeriodDataset {
  const found = periods.find((candidate) => candidate.periodId === periodId);
  if (!found) throw new Error(`no dataset ${periodId}`);
  return found;
}

function rowsOf(periodId: PeriodId): DossierRow[] {
  return dataset(periodId).tables.flatMap((table) => table.rows);
}

function rowAt(periodId: PeriodId, line: number): DossierRow {
  const found = rowsOf(periodId).filter((row) => row.provenance.line === line);
  expect(found, `${periodId} line ${line}`).toHaveLength(1);
  return found[0] as DossierRow;
}

/** Plain text of the cited lines, whitespace collapsed: what a reader finds at the provenance. */
function citedText(provenance: Provenance): string | null {
  const lines = reportLines[provenance.file];
  const end = provenance.lineEnd ?? provenance.line;
  if (!lines || provenance.line < 1 || end < provenance.line || end > lines.length) return null;
  return plainText(lines.slice(provenance.line - 1, end).join(' '));
}

const withoutSpaces = (text: string) => text.replace(/\s+/g, '');
const firstWords = (text: string, count: number) => plainText(text).split(' ').slice(0, count).join(' ');

/** Every place a record is cited, with the text that must be found there. */
interface Citation {
  what: string;
  provenance: Provenance;
  mustContain: string;
  /** Headings are printed in capitals ("**PHỤ LỤC II**"): compare them folded. */
  folded?: boolean;
}

/**
 * The text is on the cited line(s). Whitespace is ignored, because the
 * PDF-text report wraps cells over lines; over a range of lines the words
 * may also be apart, because a page break puts the repeated header and the
 * other columns' continuations inside a wrapped name ("Ban Dân" … "tộc").
 */
function holds(cited: string, citation: Citation): boolean {
  const normalise = (text: string) => (citation.folded ? foldVietnamese(text) : text);
  const haystack = normalise(cited);
  const needle = normalise(citation.mustContain);
  if (withoutSpaces(haystack).includes(withoutSpaces(needle))) return true;
  if ((citation.provenance.lineEnd ?? citation.provenance.line) === citation.provenance.line) return false;
  let from = 0;
  for (const word of needle.split(' ')) {
    const at = haystack.indexOf(word, from);
    if (at < 0) return false;
    from = at + word.length;
  }
  return true;
}

function taskCitations(periodId: PeriodId, task: Task): Citation[] {
  const title: Citation = { what: `${task.id} title`, provenance: task.provenance, mustContain: firstWords(task.title, 4) };
  const results = [task.current, ...task.otherResults].flatMap((result): Citation[] => {
    if (result.provenance === null) return [];
    const text = richTextToPlain(result.result);
    return [{ what: `${periodId} ${task.code} result of ${result.periodId}`, provenance: result.provenance, mustContain: firstWords(text, 3) }];
  });
  return [title, ...results];
}

function allCitations(): Citation[] {
  const fromPeriods = periods.flatMap((period) => [
    ...period.tables.map((table) => ({ what: table.id, provenance: table.provenance, mustContain: table.appendix, folded: true })),
    ...period.tables.flatMap((table) =>
      table.rows.map((row) => ({ what: row.id, provenance: row.provenance, mustContain: row.label })),
    ),
    ...period.tasks.flatMap((task) => taskCitations(period.periodId, task)),
    ...period.reportingCompliance.map((record) => ({
      what: `compliance ${record.label}`,
      provenance: record.provenance,
      mustContain: record.label,
    })),
  ]);
  const fromIndices = catalog.indices.map((value) => ({
    what: `${value.indicator} ${value.year}`,
    provenance: value.provenance,
    mustContain: value.scoreText ?? String(value.year),
  }));
  const fromSightings = catalog.agencies.flatMap((agency) =>
    agency.sightings.map((sighting) => ({
      what: `${agency.id} sighting «${sighting.text}»`,
      provenance: sighting.provenance,
      mustContain: sighting.text,
    })),
  );
  return [...fromPeriods, ...fromIndices, ...fromSightings];
}

describe('grand totals', () => {
  it('2017-Q1: TỔNG of Phụ lục IV received 102008 (004:470)', () => {
    const total = rowAt('2017-Q1', 470);
    expect(total.kind).toBe('total');
    expect(total.figures.received).toBe(102008);
    expect(total.figures.resolved).toBe(93674);
    expect(total.memberRowIds).toHaveLength(3);
  });

  it('2020: Tổng cộng of Phụ lục II received 563.305, resolved (approved + rejected) 538.531 (000:117)', () => {
    const total = rowAt('2020', 117);
    expect(total.kind).toBe('total');
    expect(total.figures.received).toBe(563305);
    expect([total.figures.approved, total.figures.rejected]).toEqual([531777, 6754]);
    expect(total.metrics.resolved).toBe(538531);
    expect(total.figures.onlinePaymentAmount).toBe(420485000);
  });

  it('2022: TỔNG received 633.464 and resolved 596.533 (001:364)', () => {
    const total = rowAt('2022', 364);
    expect(total.kind).toBe('total');
    expect(total.figures.received).toBe(633464);
    expect(total.figures.resolved).toBe(596533);
    expect(total.figures.pending).toBe(18512);
  });
});

describe('subtotals and totals', () => {
  it('link to member rows that exist, and in-table members point back at them', () => {
    for (const period of periods) {
      const tableOf = new Map(period.tables.flatMap((table) => table.rows.map((row) => [row.id, table.id])));
      const byId = new Map(period.tables.flatMap((table) => table.rows).map((row) => [row.id, row]));
      for (const row of byId.values()) {
        if (row.kind === 'agency') expect(row.memberRowIds, row.id).toEqual([]);
        for (const memberId of row.memberRowIds) {
          const member = byId.get(memberId);
          expect(member, `${row.id} → ${memberId}`).toBeDefined();
          if (tableOf.get(memberId) === tableOf.get(row.id)) expect(member?.parentRowId).toBe(row.id);
        }
      }
    }
  });

  it('link each level block of a summary table to the top rows of its level table', () => {
    expect(rowAt('2017-Q1', 467).memberRowIds).toEqual(rowAt('2017-Q1', 496).memberRowIds);
    expect(rowAt('2017-Q1', 467).memberRowIds).toHaveLength(18);
    expect(rowAt('2017-Q1', 469).memberRowIds).toEqual(rowAt('2017-Q1', 669).memberRowIds);
    expect(rowAt('2020', 113).memberRowIds).toEqual(rowAt('2020', 147).memberRowIds);
    expect(rowAt('2020', 116).memberRowIds).toEqual(rowAt('2020', 258).memberRowIds);
    // Phụ lục V lost its total: the block links to the district subtotals that survive.
    expect(rowAt('2020', 115).memberRowIds).toEqual(['2020:pl5:177', '2020:pl5:192', '2020:pl5:215', '2020:pl5:224', '2020:pl5:238']);
  });

  it('keep the 2022 sub-rows of row 18 under it, and row 18 under block A once', () => {
    const row18 = rowAt('2022', 184);
    expect(row18).toMatchObject({ kind: 'subtotal', agencyId: null, parentRowId: '2022:pl2:166' });
    expect(row18.memberRowIds).toEqual(['2022:pl2:185', '2022:pl2:186']);
    expect(rowAt('2022', 186).memberRowIds).toHaveLength(9);
    expect(rowAt('2022', 166).memberRowIds).toHaveLength(18);
    expect(rowAt('2022', 166).memberRowIds).not.toContain('2022:pl2:185');
  });
});

describe('agencies across periods', () => {
  const departments = [
    'bql-kkt-van-phong',
    'so-cong-thuong',
    'so-du-lich',
    'so-giao-duc-dao-tao',
    'so-giao-thong-van-tai',
    'so-ke-hoach-dau-tu',
    'so-khoa-hoc-cong-nghe',
    'so-lao-dong-tbxh',
    'so-ngoai-vu',
    'so-noi-vu',
    'so-nong-nghiep-ptnt',
    'so-tai-chinh',
    'so-tai-nguyen-moi-truong',
    'so-thong-tin-truyen-thong',
    'so-tu-phap',
    'so-van-hoa-the-thao',
    'so-xay-dung',
    'so-y-te',
  ];

  function departmentIds(periodId: PeriodId): Set<string> {
    return new Set(
      rowsOf(periodId).flatMap((row) => (row.kind === 'agency' && row.level === 'department' && row.agencyId ? [row.agencyId] : [])),
    );
  }

  it('every provincial department has statistics in every period that has statistics, under one id', () => {
    const withStatistics = catalog.periods.filter((period) => period.holds.statistics).map((period) => period.id);
    expect(withStatistics).toEqual(['2017-Q1', '2020', '2022']);
    for (const periodId of withStatistics) {
      const present = departmentIds(periodId);
      for (const id of departments) expect(present.has(id), `${id} in ${periodId}`).toBe(true);
    }
    expect([...departmentIds('2017-Q1')].filter((id) => !departments.includes(id))).toEqual(['van-phong-ubnd-tinh']);
    expect([...departmentIds('2020')].filter((id) => !departments.includes(id))).toEqual([]);
    expect([...departmentIds('2022')].filter((id) => !departments.includes(id))).toEqual([]);
  });

  it('finds each department once in its period table, whatever the spelling', () => {
    const tables: Array<[PeriodId, string]> = [
      ['2017-Q1', '2017-Q1:pl5'],
      ['2020', '2020:pl3'],
      ['2022', '2022:pl2'],
    ];
    for (const [periodId, tableId] of tables) {
      const table = dataset(periodId).tables.find((candidate) => candidate.id === tableId);
      const ids = (table?.rows ?? []).filter((row) => row.kind === 'agency' && row.level === 'department').map((row) => row.agencyId);
      expect(new Set(ids).size, tableId).toBe(ids.length);
    }
    expect(rowAt('2017-Q1', 492)).toMatchObject({ label: 'Sở Văn hóa - Thể thao và DL', agencyId: 'so-van-hoa-the-thao' });
    expect(rowAt('2020', 136)).toMatchObject({ label: 'Sở Lao động - TB và XH', agencyId: 'so-lao-dong-tbxh' });
    expect(rowAt('2022', 174)).toMatchObject({ label: 'Sở Lao động - TB&XH', agencyId: 'so-lao-dong-tbxh' });
    expect(rowAt('2022', 185)).toMatchObject({ label: 'Sở Tài nguyên và Môi trường', agencyId: 'so-tai-nguyen-moi-truong' });
  });

  it('every agency row names its agency', () => {
    for (const period of periods) {
      for (const row of period.tables.flatMap((table) => table.rows)) {
        if (row.kind === 'agency') expect(row.agencyId, row.id).not.toBeNull();
        else expect(row.agencyId, row.id).toBeNull();
      }
    }
  });

  it('keeps Diên Lộc + Diên Bình → Bình Lộc (from 01/3/2020) apart by period', () => {
    const communeIds = (periodId: PeriodId) =>
      rowsOf(periodId)
        .filter((row) => row.kind === 'agency' && row.level === 'commune')
        .map((row) => row.agencyId);
    const merged = ['xa-dien-khanh-dien-loc', 'xa-dien-khanh-dien-binh'];
    expect(communeIds('2017-Q1')).toEqual(expect.arrayContaining(merged));
    expect(communeIds('2017-Q1')).not.toContain('xa-dien-khanh-binh-loc');
    expect(communeIds('2017-Q1')).toHaveLength(137);
    for (const periodId of ['2020', '2022'] as const) {
      expect(communeIds(periodId)).toContain('xa-dien-khanh-binh-loc');
      for (const id of merged) expect(communeIds(periodId)).not.toContain(id);
    }
    expect(communeIds('2022')).toHaveLength(136);
    const byId = new Map(catalog.agencies.map((agency) => [agency.id, agency]));
    expect(byId.get('xa-dien-khanh-binh-loc')).toMatchObject({ validFrom: '2020-03-01', mergedFrom: merged });
    for (const id of merged) expect(byId.get(id)).toMatchObject({ validTo: '2020-02-29', mergedInto: 'xa-dien-khanh-binh-loc' });
    expect(rowAt('2017-Q1', 621).agencyId).toBe('xa-dien-khanh-dien-loc');
    expect(rowAt('2017-Q1', 616).agencyId).toBe('xa-dien-khanh-dien-binh');
    expect(rowAt('2020', 194).agencyId).toBe('xa-dien-khanh-binh-loc');
    expect(rowAt('2022', 226).agencyId).toBe('xa-dien-khanh-binh-loc');
  });

  it('records every spelling seen, with where it was first seen, as an alias', () => {
    for (const agency of catalog.agencies) {
      const texts = agency.sightings.map((sighting) => sighting.text);
      expect(new Set(texts).size, agency.id).toBe(texts.length);
      for (const text of texts) expect(agency.aliases, agency.id).toContain(text);
    }
    const labour = catalog.agencies.find((agency) => agency.id === 'so-lao-dong-tbxh');
    const sightings = new Map(labour?.sightings.map((sighting) => [sighting.text, sighting.provenance]));
    expect(sightings.get('Sở Lao động - TB và XH')).toEqual({ file: 'data/reports/000_6946f393bc14d385.txt', line: 136 });
    expect(sightings.get('Sở Lao động - TB&XH')).toEqual({ file: 'data/reports/001_aa68a87f1e8bdfdf.txt', line: 174 });
    expect(sightings.get('Sở Lao động - Thương binh và Xã')).toEqual({ file: 'data/reports/004_c11a7d0045ebd1e1.txt', line: 377 });
    const culture = catalog.agencies.find((agency) => agency.id === 'so-van-hoa-the-thao');
    expect(culture?.sightings).toContainEqual({
      text: 'Sở Văn hóa - Thể thao và DL',
      provenance: { file: 'data/reports/004_c11a7d0045ebd1e1.txt', line: 492 },
    });
  });

  it('has no agency that no report names (no invented Trường Sa)', () => {
    expect(catalog.agencies.filter((agency) => agency.sightings.length === 0).map((agency) => agency.id)).toEqual([]);
    expect(catalog.agencies.filter((agency) => agency.level === 'district')).toHaveLength(8);
    expect(catalog.agencies.some((agency) => /tr[uư][oờ]ng sa/iu.test(agency.name))).toBe(false);
  });
});

describe('known mismatches', () => {
  /** "error 004:510 received": severity, seed and line, column. */
  function keysOf(periodId: PeriodId, severity: 'error' | 'warning'): string[] {
    return dataset(periodId)
      .findings.filter((finding) => finding.severity === severity)
      .map((finding) => `${finding.provenance.file.slice(13, 16)}:${finding.provenance.line} ${finding.check} ${finding.field}`)
      .sort();
  }

  it('2017-Q1: the Ninh Hòa and Cam An Nam digit slips, the Vĩnh Trường rate slip (inventory §3.1 #5–8, §3.2)', () => {
    expect(keysOf('2017-Q1', 'error')).toEqual(
      [
        '004:510 row_identity received',
        '004:510 row_identity resolved',
        '004:510 rate resolvedRate',
        '004:510 rate lateRate',
        '004:510 rate unresolvedRate',
        '004:512 sum received',
        '004:512 sum resolvedLate',
        '004:541 rate resolvedRate',
        '004:548 sum received',
        '004:557 row_identity received',
        '004:557 rate resolvedRate',
        '004:557 rate unresolvedRate',
      ].sort(),
    );
    expect(keysOf('2017-Q1', 'warning')).toEqual(['004:469 format onTimeRate']);
    const received = dataset('2017-Q1').findings.find((finding) => finding.id.includes('2017-Q1:pl6:512') && finding.field === 'received');
    expect(received).toMatchObject({ published: 25338, computed: 35338, difference: -10000 });
    expect(received?.likelyCause).toContain('4758');
  });

  it('2020: the PL III rejected total (+16) and the skipped Khánh Vĩnh number (inventory §3.1 #1, §3.3)', () => {
    expect(keysOf('2020', 'error')).toEqual(['000:147 sum rejected', '000:147 sum rejectedEarly']);
    expect(keysOf('2020', 'warning')).toEqual(['000:233 numbering number']);
    const truncations = dataset('2020').findings.filter((finding) => finding.check === 'truncation');
    expect(new Set(truncations.map((finding) => finding.provenance.line))).toEqual(new Set([115, 238]));
    expect(truncations.every((finding) => finding.severity === 'info')).toBe(true);
  });

  it('2022: the Cam Ranh commune subtotal, flowing into C and TỔNG as information (inventory §3.1 #4)', () => {
    expect(keysOf('2022', 'error')).toEqual(
      ['001:284 sum resolved', '001:284 sum resolvedOnTime', '001:284 sum resolvedLate', '001:284 sum lateTotal'].sort(),
    );
    expect(keysOf('2022', 'warning')).toEqual([]);
    const resolved = dataset('2022').findings.find((finding) => finding.id === '2022:sum:2022:pl2:284:resolved');
    expect(resolved).toMatchObject({ published: 8184, computed: 16163, difference: -7979 });
    expect(rowAt('2022', 284).figures.resolved).toBe(8184);
  });

  it('2020-H1 has no statistics and no findings', () => {
    expect(dataset('2020-H1').tables).toEqual([]);
    expect(dataset('2020-H1').findings).toEqual([]);
  });
});

describe('the 2020 plan', () => {
  const noYearEndResult = ['VII.3', 'VII.4', 'VIII.1', 'VIII.2', 'VIII.3', 'VIII.4', 'VIII.5'];
  const areaCounts = {
    institutional: 8,
    admin_procedure: 2,
    one_stop_shop: 3,
    organisation: 6,
    civil_service: 4,
    public_finance: 4,
    e_government: 4,
    online_service_centre: 8,
    programme_review: 1,
  };

  it.each(['2020-H1', '2020'] as const)('%s has the 40 tasks in 9 areas, the same codes in the same order', (periodId) => {
    const tasks = dataset(periodId).tasks;
    expect(tasks).toHaveLength(40);
    const counts: Record<string, number> = {};
    for (const task of tasks) counts[task.area.id] = (counts[task.area.id] ?? 0) + 1;
    expect(counts).toEqual(areaCounts);
    expect(tasks.map((task) => task.code)).toEqual(dataset('2020-H1').tasks.map((task) => task.code));
  });

  it.each(['2020-H1', '2020'] as const)('%s says in their notes which tasks have no year-end result', (periodId) => {
    const tasks = dataset(periodId).tasks;
    const annual = (task: Task) => (periodId === '2020' ? task.current : task.otherResults.find((result) => result.periodId === '2020'));
    const missing = tasks.filter((task) => annual(task)?.provenance === null).map((task) => task.code);
    expect(missing).toEqual(noYearEndResult);
    for (const task of tasks) {
      const noted = task.notes.some((note) => note.startsWith('Không có kết quả cả năm'));
      expect(noted, task.code).toBe(noYearEndResult.includes(task.code));
    }
    const partial = tasks.filter((task) => task.notes.some((note) => /bị cắt|chỉ còn phần cuối/u.test(note))).map((task) => task.code);
    expect(partial).toEqual(['VII.2', 'VIII.6']);
  });

  it('keeps the empty year-end result of III.2 (000:42) as no result, with its mid-year result beside it', () => {
    const task = dataset('2020').tasks.find((candidate) => candidate.code === 'III.2');
    expect(task?.current).toMatchObject({ status: 'no_result', result: [], provenance: { line: 42 } });
    expect(task?.otherResults[0]).toMatchObject({ periodId: '2020-H1', status: 'in_progress' });
  });
});

describe('tasks', () => {
  it('flag a deadline over before its plan was issued, and keep it as printed (001:141)', () => {
    const tasks = dataset('2022').tasks;
    const flagged = tasks.filter((task) => task.notes.some((note) => note.startsWith('Tiến độ')));
    expect(flagged.map((task) => task.code)).toEqual(['VII.6']);
    expect(flagged[0]?.deadline.parts).toEqual([{ text: 'Tháng 3/2021', kind: 'month', start: null, due: '2021-03-31', note: null }]);
    // "Tháng 12/2021" in the 2022 plan falls after the plan was issued: no note.
    const december = tasks.filter((task) => task.deadline.text === 'Tháng 12/2021');
    expect(december).toHaveLength(1);
    expect(december[0]?.notes).toEqual([]);
  });

  it('read 2020-H1 I.6 as in progress: one programme of four not reported is no nil report (reviewed override)', () => {
    const midYear = dataset('2020-H1').tasks.find((task) => task.code === 'I.6');
    expect(midYear?.current).toMatchObject({ status: 'in_progress', statusSource: 'override' });
    expect(richTextToPlain(midYear?.current.result ?? [])).toContain('Sở Xây dựng chưa báo cáo cập nhật');
    const annual = dataset('2020').tasks.find((task) => task.code === 'I.6');
    expect(annual?.otherResults[0]).toMatchObject({ periodId: '2020-H1', status: 'in_progress', statusSource: 'override' });
  });

  it('are written in Vietnamese, like the reports', () => {
    const twelfth = dataset('2022').tasks.find((task) => task.code === 'VII.12');
    expect(twelfth?.notes).toEqual(['Phần cuối của kết quả lấy từ dòng 152, thuộc trang mà báo cáo gốc in sai thứ tự']);
    for (const task of periods.flatMap((period) => period.tasks)) {
      for (const result of [task.current, ...task.otherResults]) {
        if (result.statusSource === 'override') expect(result.statusEvidence, task.id).toMatch(/^Quy tắc đọc là/);
      }
    }
  });
});

describe('period metadata', () => {
  it('labels, kinds, statistics windows and what each period holds', () => {
    const summary = catalog.periods.map((period) => ({
      id: period.id,
      label: period.label,
      kind: period.kind,
      window: [period.statisticsWindow.start, period.statisticsWindow.end],
      holds: period.holds,
    }));
    expect(summary).toEqual([
      { id: '2017-Q1', label: 'Quý I/2017', kind: 'quarter', window: ['2017-01-01', '2017-03-31'], holds: { statistics: true, tasks: true } },
      { id: '2020-H1', label: '6 tháng đầu năm 2020', kind: 'half_year', window: ['2020-01-01', '2020-06-30'], holds: { statistics: false, tasks: true } },
      { id: '2020', label: 'Năm 2020', kind: 'year', window: ['2020-01-01', '2020-12-31'], holds: { statistics: true, tasks: true } },
      { id: '2022', label: 'Năm 2022', kind: 'year', window: ['2021-12-15', '2022-12-14'], holds: { statistics: true, tasks: true } },
    ]);
  });

  it('names its source documents with number, date, issuer and file, as printed', () => {
    const sources = catalog.periods.flatMap((period) => period.sources);
    for (const source of sources) {
      expect(reportLines[source.file], source.id).toBeDefined();
      expect(source.issuer, source.id).not.toBe('');
    }
    const numbered = (periodId: PeriodId) =>
      catalog.periods.find((period) => period.id === periodId)?.sources.map((source) => [source.number, source.date, source.file.slice(13, 16)]);
    expect(numbered('2017-Q1')).toEqual([['937/BC-SNV', '2017-04-28', '004']]);
    expect(numbered('2020')).toEqual([
      ['43/BC-UBND', '2021-03-17', '000'],
      ['43/BC-UBND', '2021-03-17', '002'],
      [null, null, '003'],
    ]);
    expect(numbered('2022')).toEqual([['39/BC-UBND', '2023-02-24', '001']]);
    // 003 leaves its number and date blank ("Báo cáo số /BC-SNV ngày /7/2020", 003:5): null, not invented.
    expect(numbered('2020-H1')).toEqual([[null, null, '003']]);
  });
});

describe('provenance', () => {
  it('every row, task, result, finding, compliance row, index value and agency sighting cites a line that holds it', () => {
    const citations = allCitations();
    expect(citations.length).toBeGreaterThan(1200);
    const failures = citations.flatMap((citation) => {
      const text = citedText(citation.provenance);
      if (text === null) return [`${citation.what}: ${citation.provenance.file}:${citation.provenance.line} does not exist`];
      return holds(text, citation)
        ? []
        : [`${citation.what}: «${citation.mustContain}» not on ${citation.provenance.file}:${citation.provenance.line}`];
    });
    expect(failures).toEqual([]);
  });

  it('every finding cites the row it is about', () => {
    for (const period of periods) {
      const rows = new Map(period.tables.flatMap((table) => table.rows).map((row) => [row.id, row]));
      for (const finding of period.findings) {
        const row = finding.rowId === null ? undefined : rows.get(finding.rowId);
        expect(row, finding.id).toBeDefined();
        expect(finding.provenance, finding.id).toEqual(row?.provenance);
      }
    }
  });
});
