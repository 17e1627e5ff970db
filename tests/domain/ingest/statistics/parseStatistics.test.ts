import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dossierTableSchema, reportingComplianceSchema, type DossierRow, type DossierTable } from '@/domain/dataset/schema';
import { agencyById } from '@/domain/agencies/registry';
import { parseStatistics } from '@/domain/ingest/statistics';

const reportDir = 'data/reports';
const reports = Object.fromEntries(
  readdirSync(reportDir)
    .filter((fileName) => /^\d{3}_.*\.txt$/.test(fileName))
    .map((fileName) => [fileName, readFileSync(`${reportDir}/${fileName}`, 'utf8')]),
);
const { tablesByPeriod, reportingCompliance } = parseStatistics(reports);

const file2017 = 'data/reports/004_c11a7d0045ebd1e1.txt';
const file2020 = 'data/reports/000_6946f393bc14d385.txt';
const file2022 = 'data/reports/001_aa68a87f1e8bdfdf.txt';

function table(id: string): DossierTable {
  const [periodId = ''] = id.split(':');
  const found = tablesByPeriod[periodId]?.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
}

function rowAt(tableId: string, line: number): DossierRow {
  const found = table(tableId).rows.find((row) => row.provenance.line === line);
  if (!found) throw new Error(`no row at line ${line} in ${tableId}`);
  return found;
}

function agencyRows(tableId: string, level?: DossierRow['level']): DossierRow[] {
  return table(tableId).rows.filter((row) => row.kind === 'agency' && (level === undefined || row.level === level));
}

const allTables = Object.values(tablesByPeriod).flat();
const allRows = allTables.flatMap((candidate) => candidate.rows);

describe('parseStatistics: structure', () => {
  it('produces the tables of each period, valid against the schema', () => {
    expect(Object.keys(tablesByPeriod).sort()).toEqual(['2017-Q1', '2020', '2022']);
    expect(tablesByPeriod['2017-Q1']?.map((candidate) => candidate.id)).toEqual([
      '2017-Q1:pl3',
      '2017-Q1:pl4',
      '2017-Q1:pl5',
      '2017-Q1:pl6',
      '2017-Q1:pl7',
    ]);
    expect(tablesByPeriod['2020']?.map((candidate) => candidate.id)).toEqual(['2020:pl2', '2020:pl3', '2020:pl4', '2020:pl5', '2020:pl6']);
    expect(tablesByPeriod['2022']?.map((candidate) => candidate.id)).toEqual(['2022:pl2']);
    for (const candidate of allTables) dossierTableSchema.parse(candidate);
  });

  it('gives every row a unique id and a provenance in its report', () => {
    const ids = allRows.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rowAt('2022:pl2', 184).id).toBe('2022:pl2:184');
    expect(rowAt('2017-Q1:pl5', 492).provenance).toEqual({ file: file2017, line: 492 });
    expect(table('2020:pl3').provenance).toEqual({ file: file2020, line: 121 });
    expect(table('2022:pl2').provenance.file).toBe(file2022);
  });

  it('keeps titles and appendix names as printed', () => {
    expect(table('2017-Q1:pl4').title).toBe('THÔNG KÊ KẾT QUẢ GIẢI QUYẾT HỒ SƠ TẠI CÁC CƠ QUAN HÀNH CHÍNH THUỘC TỈNH - QUÝ I/2017');
    expect(table('2020:pl3').title).toBe(
      'KẾT QUẢ GIẢI QUYẾT HỒ SƠ VÀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN KHỐI CƠ QUAN CHUYÊN MÔN CẤP TỈNH VÀ BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG NĂM 2020',
    );
    expect(table('2020:pl6').appendix).toBe('Phụ lục VI');
    expect(table('2022:pl2').appendix).toBe('Phụ lục 2');
  });

  it('matches every agency row to a registry agency whose aliases hold the printed label', () => {
    const rows = allRows.filter((row) => row.kind === 'agency');
    expect(rows.length).toBeGreaterThan(400);
    for (const row of rows) {
      expect(row.agencyId, `${row.id} ${row.label}`).not.toBeNull();
      expect(agencyById(row.agencyId ?? '')?.aliases, row.id).toContain(row.label);
    }
    for (const row of allRows.filter((candidate) => candidate.kind !== 'agency')) expect(row.agencyId).toBeNull();
  });

  it('links totals and subtotals to their members both ways', () => {
    const everyRow = new Map(allTables.flatMap((candidate) => candidate.rows).map((row) => [row.id, row]));
    for (const candidate of allTables) {
      const byId = new Map(candidate.rows.map((row) => [row.id, row]));
      for (const row of candidate.rows) {
        for (const memberId of row.memberRowIds) {
          // A level block of a summary table (2017 PL IV, 2020 PL II) sums the rows of its level's own table.
          if (byId.has(memberId)) expect(byId.get(memberId)?.parentRowId).toBe(row.id);
          else expect(['2017-Q1:pl4', '2020:pl2']).toContain(candidate.id);
          expect(everyRow.get(memberId)?.provenance.file).toBe(row.provenance.file);
        }
        if (row.parentRowId) expect(byId.get(row.parentRowId)?.memberRowIds).toContain(row.id);
        if (row.kind === 'agency') expect(row.memberRowIds).toEqual([]);
        else expect(row.memberRowIds.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('parseStatistics: grand totals', () => {
  it('2017-Q1 PL IV TỔNG: 102008 received', () => {
    const total = rowAt('2017-Q1:pl4', 470);
    expect(total.kind).toBe('total');
    expect(total.figures.received).toBe(102008);
    expect(total.figures.resolved).toBe(93674);
    expect(total.memberRowIds).toEqual(['2017-Q1:pl4:467', '2017-Q1:pl4:468', '2017-Q1:pl4:469']);
    expect(table('2017-Q1:pl4').rows.map((row) => row.level)).toEqual(['department', 'district', 'commune', 'all']);
  });

  it('2020 PL II Tổng cộng: 563.305 received, 531.777 + 6.754 = 538.531 resolved', () => {
    const total = rowAt('2020:pl2', 117);
    expect(total.figures.received).toBe(563305);
    expect(total.figures.approved).toBe(531777);
    expect(total.figures.rejected).toBe(6754);
    expect(total.metrics.resolved).toBe(538531);
    expect(total.metrics.onTimeRate).toBeCloseTo(97.9958, 4);
    expect(total.figures.onlinePaymentAmount).toBe(420485000);
    expect(table('2020:pl2').rows.map((row) => row.level)).toEqual(['department', 'district', 'commune', 'land_registration', 'all']);
  });

  it('2022 TỔNG: 633.464 received, 596.533 resolved, summing blocks A, B and C', () => {
    const total = rowAt('2022:pl2', 364);
    expect(total.figures.received).toBe(633464);
    expect(total.figures.resolved).toBe(596533);
    expect(total.memberRowIds).toEqual(['2022:pl2:166', '2022:pl2:196', '2022:pl2:208']);
  });
});

describe('parseStatistics: rows per level', () => {
  it('has 18 departments in each period', () => {
    expect(agencyRows('2017-Q1:pl5')).toHaveLength(18);
    expect(agencyRows('2020:pl3')).toHaveLength(18);
    expect(agencyRows('2022:pl2', 'department')).toHaveLength(18);
  });

  it('has 8 districts in each period', () => {
    expect(agencyRows('2017-Q1:pl6')).toHaveLength(8);
    expect(agencyRows('2020:pl4')).toHaveLength(8);
    expect(agencyRows('2022:pl2', 'district')).toHaveLength(8);
  });

  it('has 137 communes in 2017, 55 in 2020 (cut off) and 136 in 2022', () => {
    expect(agencyRows('2017-Q1:pl7')).toHaveLength(137);
    expect(agencyRows('2020:pl5')).toHaveLength(55);
    expect(agencyRows('2022:pl2', 'commune')).toHaveLength(136);
    for (const [tableId, districts] of [
      ['2017-Q1:pl7', 8],
      ['2020:pl5', 5],
      ['2022:pl2', 8],
    ] as const) {
      const subtotals = table(tableId).rows.filter((row) => row.kind === 'subtotal' && row.level === 'commune' && row.districtId);
      expect(subtotals).toHaveLength(districts);
    }
  });

  it('has 9 land-registration rows in 2020 and inside row 18 in 2022', () => {
    expect(agencyRows('2020:pl6')).toHaveLength(9);
    expect(agencyRows('2022:pl2', 'land_registration')).toHaveLength(9);
    expect(rowAt('2020:pl6', 257).agencyId).toBe('vpdkdd-tinh');
    expect(rowAt('2020:pl6', 256)).toMatchObject({ agencyId: 'cnvpdkdd-nha-trang', districtId: 'ubnd-tp-nha-trang' });
  });
});

describe('parseStatistics: agencies across periods', () => {
  const departmentIds = (tableId: string, level?: DossierRow['level']) =>
    new Set(agencyRows(tableId, level).map((row) => row.agencyId));
  const ids2017 = departmentIds('2017-Q1:pl5');
  const ids2020 = departmentIds('2020:pl3');
  const ids2022 = departmentIds('2022:pl2', 'department');

  it('finds the 17 departments common to all periods under one id each', () => {
    const common = [...ids2017].filter((id) => ids2020.has(id) && ids2022.has(id));
    expect(common).toHaveLength(17);
    expect(ids2017.has('van-phong-ubnd-tinh')).toBe(true);
    expect(ids2020.has('van-phong-ubnd-tinh') || ids2022.has('van-phong-ubnd-tinh')).toBe(false);
    expect(ids2017.has('so-du-lich')).toBe(false);
    expect(ids2020.has('so-du-lich') && ids2022.has('so-du-lich')).toBe(true);
  });

  it('reads "Sở Văn hóa - Thể thao và DL" (2017) as Sở Văn hóa và Thể thao', () => {
    expect(rowAt('2017-Q1:pl5', 492).label).toBe('Sở Văn hóa - Thể thao và DL');
    expect(rowAt('2017-Q1:pl5', 492).agencyId).toBe(rowAt('2020:pl3', 144).agencyId);
    expect(rowAt('2022:pl2', 181).agencyId).toBe('so-van-hoa-the-thao');
  });

  it('shows the merger: Diên Lộc and Diên Bình in 2017 only, Bình Lộc in 2020 and 2022', () => {
    const communeIds = (tableId: string) => new Set(agencyRows(tableId, 'commune').map((row) => row.agencyId));
    expect(communeIds('2017-Q1:pl7').has('xa-dien-khanh-dien-loc')).toBe(true);
    expect(communeIds('2017-Q1:pl7').has('xa-dien-khanh-dien-binh')).toBe(true);
    expect(communeIds('2017-Q1:pl7').has('xa-dien-khanh-binh-loc')).toBe(false);
    for (const tableId of ['2020:pl5', '2022:pl2']) {
      expect(communeIds(tableId).has('xa-dien-khanh-binh-loc')).toBe(true);
      expect(communeIds(tableId).has('xa-dien-khanh-dien-loc')).toBe(false);
      expect(communeIds(tableId).has('xa-dien-khanh-dien-binh')).toBe(false);
    }
    expect(rowAt('2022:pl2', 226).agencyId).toBe('xa-dien-khanh-binh-loc');
  });

  it.each([
    ['Ba Cụm / Ba Cạm / Ba Cùm Bắc', [rowAt('2017-Q1:pl7', 600), rowAt('2020:pl5', 217), rowAt('2022:pl2', 248)]],
    ['Diên Điện / Diên Điền', [rowAt('2017-Q1:pl7', 604), rowAt('2020:pl5', 196), rowAt('2022:pl2', 228)]],
    ['Diên Đồng / Diên Đông', [rowAt('2017-Q1:pl7', 620), rowAt('2020:pl5', 197), rowAt('2022:pl2', 229)]],
    ['Phước Đồng / Phước Đông', [rowAt('2017-Q1:pl7', 521), rowAt('2022:pl2', 323)]],
    ['Ninh Thành / Ninh Thân', [rowAt('2017-Q1:pl7', 626), rowAt('2022:pl2', 358)]],
    ['Ninh Thuỷ / Ninh Thủy', [rowAt('2017-Q1:pl7', 651), rowAt('2022:pl2', 343)]],
  ])('spelling variants %s are one commune', (_variants, rows) => {
    const labels = new Set(rows.map((row) => row.label));
    expect(labels.size).toBeGreaterThan(1);
    expect(new Set(rows.map((row) => row.agencyId)).size).toBe(1);
  });
});

describe('parseStatistics: cells', () => {
  it('reads "-" as 0 and a blank as null (001:177 Sở Ngoại vụ has no online figures)', () => {
    const foreignAffairs = rowAt('2022:pl2', 177);
    expect(foreignAffairs.agencyId).toBe('so-ngoai-vu');
    expect(foreignAffairs.figures.pendingLate).toBe(0);
    expect(foreignAffairs.figures.online).toBeNull();
    expect(foreignAffairs.figures.onlineBase).toBeNull();
    expect(foreignAffairs.publishedRates.onlineRate).toBeUndefined();
    expect(foreignAffairs.metrics.onlineRate).toBeNull();
    expect(rowAt('2020:pl3', 130).figures.onlinePayments).toBeNull();
    expect(rowAt('2020:pl3', 130).figures.approvedOnTime).toBe(0);
  });

  it('reads numbers printed without separators (000:130, 001:205)', () => {
    expect(rowAt('2020:pl3', 130).figures.online).toBe(13340);
    expect(rowAt('2022:pl2', 205).figures).toMatchObject({ received: 5840, resolved: 4713, pending: 961 });
  });

  it('reads the "0.1257" rate of 004:469 as 12.57 and keeps the text', () => {
    expect(rowAt('2017-Q1:pl4', 469).publishedRates.onTimeRate).toEqual({ text: '0.1257', value: 12.57 });
    expect(rowAt('2017-Q1:pl7', 669).publishedRates.onTimeRate).toEqual({ text: '12.57%', value: 12.57 });
  });

  it('keeps the printed figures even where they are wrong (004:510 Ninh Hòa, 004:557 Cam An Nam)', () => {
    expect(rowAt('2017-Q1:pl6', 510).figures).toMatchObject({ received: 14758, resolvedLate: 1242 });
    expect(rowAt('2017-Q1:pl7', 557).figures.received).toBe(182);
    expect(rowAt('2022:pl2', 284).figures.resolved).toBe(8184);
  });

  it('reads PL VII whatever column the values start in (inventory §3.5)', () => {
    expect(rowAt('2017-Q1:pl7', 521).figures).toMatchObject({ received: 841, resolved: 810, resolvedLate: 6 });
    expect(rowAt('2017-Q1:pl7', 554).figures).toMatchObject({ received: 161, resolved: 130, resolvedLate: 42 });
    expect(rowAt('2017-Q1:pl7', 597).figures).toMatchObject({ resolved: 164, resolvedEarly: 33, resolvedLate: 83 });
    expect(rowAt('2017-Q1:pl7', 652)).toMatchObject({ kind: 'subtotal', number: '8', districtId: 'ubnd-tp-cam-ranh' });
    expect(rowAt('2017-Q1:pl7', 557)).toMatchObject({ number: '2.8', label: 'UBND xã Cam An Nam', agencyId: 'xa-cam-lam-cam-an-nam' });
  });
});

describe('parseStatistics: metrics by the period rules (inventory §2)', () => {
  it('2017-Q1: late over resolved', () => {
    expect(rowAt('2017-Q1:pl4', 467).metrics.lateRate).toBeCloseTo(3.0086, 4);
    expect(rowAt('2017-Q1:pl5', 484).metrics.lateRate).toBeCloseTo(22.5595, 4);
    expect(rowAt('2017-Q1:pl4', 469).metrics.onTimeRate).toBeCloseTo(97.0114, 4);
  });

  it('2020: approved plus rejected', () => {
    expect(rowAt('2020:pl3', 141).metrics.onTimeRate).toBeCloseTo(99.2303, 4);
    expect(rowAt('2020:pl4', 158).metrics.onTimeRate).toBeCloseTo(93.8728, 4);
    expect(rowAt('2020:pl5', 181).metrics.onTimeRate).toBeCloseTo(92.0949, 4);
    expect(rowAt('2020:pl2', 113).metrics.onlineRate).toBeCloseTo(41.927, 3);
  });

  it('2022: resolved-late plus pending-late over resolved plus pending', () => {
    expect(rowAt('2022:pl2', 172).metrics.lateRate).toBeCloseTo(29.787, 3);
    expect(rowAt('2022:pl2', 167).metrics.lateRate).toBeCloseTo(0.7394, 4);
    expect(rowAt('2022:pl2', 189).metrics.lateRate).toBeCloseTo(9.656, 3);
    expect(rowAt('2022:pl2', 364).metrics.lateRate).toBeCloseTo(1.587, 4);
    expect(rowAt('2022:pl2', 364).metrics.onlineRate).toBeCloseTo(54.64, 3);
  });
});

describe('parseStatistics: 2022 hierarchy (inventory §1.5, sum rule §3.1)', () => {
  it('makes row 18 a subtotal over its "-" rows and "Khôi Văn phòng ĐKĐĐ" a subtotal over its nine "+" rows', () => {
    const row18 = rowAt('2022:pl2', 184);
    expect(row18).toMatchObject({ kind: 'subtotal', number: '18', label: 'Sở Tài nguyên &MT và VPĐKĐĐ', agencyId: null });
    expect(row18.memberRowIds).toEqual(['2022:pl2:185', '2022:pl2:186']);
    expect(rowAt('2022:pl2', 185)).toMatchObject({ kind: 'agency', agencyId: 'so-tai-nguyen-moi-truong', number: '-' });
    const landBlock = rowAt('2022:pl2', 186);
    expect(landBlock).toMatchObject({ kind: 'subtotal', level: 'land_registration', parentRowId: '2022:pl2:184' });
    expect(landBlock.memberRowIds).toHaveLength(9);
    expect(rowAt('2022:pl2', 188)).toMatchObject({ agencyId: 'cnvpdkdd-cam-lam', districtId: 'ubnd-huyen-cam-lam', number: '+' });
  });

  it('sums block A over its 18 numbered rows only', () => {
    const blockA = rowAt('2022:pl2', 166);
    expect(blockA.memberRowIds).toEqual(Array.from({ length: 18 }, (_, index) => `2022:pl2:${167 + index}`));
  });

  it('puts communes under their district subtotals, which carry the district', () => {
    const camRanh = rowAt('2022:pl2', 284);
    expect(camRanh).toMatchObject({ kind: 'subtotal', level: 'commune', districtId: 'ubnd-tp-cam-ranh', parentRowId: '2022:pl2:208' });
    expect(camRanh.memberRowIds).toHaveLength(15);
    expect(rowAt('2022:pl2', 289).parentRowId).toBe(camRanh.id);
  });
});

describe('parseStatistics: completeness', () => {
  it('marks 2020 PL V incomplete, naming the three complete districts', () => {
    const communes2020 = table('2020:pl5');
    expect(communes2020.complete).toBe(false);
    expect(communes2020.completeDistrictIds).toEqual(['ubnd-huyen-cam-lam', 'ubnd-huyen-dien-khanh', 'ubnd-huyen-khanh-son']);
    expect(communes2020.completenessNote).toContain('Khánh Thành');
    expect(communes2020.completenessNote).toContain('không có dòng tổng');
    expect(communes2020.rows.some((row) => row.kind === 'total')).toBe(false);
  });

  it('marks the other tables complete', () => {
    for (const candidate of allTables.filter((other) => other.id !== '2020:pl5')) {
      expect(candidate.complete, candidate.id).toBe(true);
      expect(candidate.completeDistrictIds).toBeNull();
    }
  });
});

describe('parseStatistics: 2017 PL III online level-3+ counts', () => {
  it('reads counts, blanks as null, "Cộng:" subtotals and the total', () => {
    const online = table('2017-Q1:pl3');
    expect(agencyRows('2017-Q1:pl3', 'department')).toHaveLength(19);
    expect(agencyRows('2017-Q1:pl3', 'district')).toHaveLength(8);
    expect(rowAt('2017-Q1:pl3', 439).figures.onlineLevel3Plus).toBe(1801);
    expect(rowAt('2017-Q1:pl3', 431)).toMatchObject({ agencyId: 'so-du-lich', figures: { onlineLevel3Plus: null } });
    expect(rowAt('2017-Q1:pl3', 448)).toMatchObject({ kind: 'subtotal', level: 'department', figures: { onlineLevel3Plus: 3493 } });
    expect(rowAt('2017-Q1:pl3', 448).memberRowIds).toHaveLength(19);
    expect(rowAt('2017-Q1:pl3', 458).memberRowIds).toHaveLength(8);
    expect(rowAt('2017-Q1:pl3', 459)).toMatchObject({ kind: 'total', figures: { onlineLevel3Plus: 3830 } });
    expect(online.rows.filter((row) => row.figures.onlineLevel3Plus === null)).toHaveLength(11);
  });
});

describe('parseStatistics: 2017 PL II reporting compliance', () => {
  it('lists 45 agencies with 5 late quarterly reports', () => {
    expect(reportingCompliance).toHaveLength(45);
    for (const record of reportingCompliance) reportingComplianceSchema.parse(record);
    const late = reportingCompliance.filter((record) => record.quarterReport === 'late');
    expect(late.map((record) => record.provenance.line)).toEqual([375, 385, 396, 401, 412]);
    expect(reportingCompliance.filter((record) => record.quarterReport === 'missing')).toHaveLength(0);
  });

  it('reads plan dates, the communication-plan mark and the section heading', () => {
    const construction = reportingCompliance.find((record) => record.provenance.line === 375);
    expect(construction).toMatchObject({ agencyId: 'so-xay-dung', planIssuedDate: '2017-01-03', communicationPlan: true });
    const politicalSchool = reportingCompliance.find((record) => record.provenance.line === 418);
    expect(politicalSchool).toMatchObject({ planIssuedText: '', planIssuedDate: null, communicationPlan: false });
    expect(reportingCompliance.filter((record) => !record.communicationPlan)).toHaveLength(13);
    const units = reportingCompliance.filter((record) => record.section === 'CÁC ĐƠN VỊ SỰ NGHIỆP TRỰC THUỘC UBND TỈNH');
    expect(units).toHaveLength(10);
    expect(units.every((record) => agencyById(record.agencyId ?? '')?.level === 'public_service')).toBe(true);
    expect(reportingCompliance.filter((record) => record.section === '')).toHaveLength(35);
  });

  it('matches every listed agency, the cut-short labour department included', () => {
    for (const record of reportingCompliance) expect(record.agencyId, record.label).not.toBeNull();
    expect(reportingCompliance.find((record) => record.provenance.line === 377)?.agencyId).toBe('so-lao-dong-tbxh');
    expect(reportingCompliance.find((record) => record.provenance.line === 403)?.agencyId).toBe('ubnd-tx-ninh-hoa');
  });
});
