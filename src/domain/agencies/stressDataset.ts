/**
 * A synthetic period with thousands of agencies, for benchmarks of the
 * agencies table only. The figures are invented (a seeded generator, the same
 * every run), follow the 2022 column layout and rule, and are marked
 * synthetic in every provenance; they must never be written into
 * data/datasets or shown as report figures.
 */
import type { Agency, DossierRow, DossierTable, Finding, PeriodDataset, PeriodId, StatisticsLevel } from '@/domain/dataset/schema';
import { deriveMetrics, type Figures } from '@/domain/metrics/periodRules';
import { agencyRecord } from './registry';

export const STRESS_PROVENANCE_FILE = 'synthetic/stress-dataset (không phải số liệu báo cáo)';

export interface StressDatasetOptions {
  agencyCount?: number;
  seed?: number;
  /** Whose rules derive the metrics; the figures follow the 2022 layout. */
  periodId?: PeriodId;
}

export interface StressDataset {
  dataset: PeriodDataset;
  agencies: Agency[];
}

/** mulberry32: tiny, fast, and the same sequence for the same seed on every platform. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Syllables with every kind of Vietnamese diacritic, so sorting and folding get real work. */
const syllables = [
  'An', 'Ánh', 'Bắc', 'Bình', 'Cẩm', 'Diên', 'Điền', 'Đông', 'Giang', 'Hải', 'Hòa', 'Hưng', 'Khánh', 'Lạc', 'Lâm', 'Lộc',
  'Mỹ', 'Nam', 'Ninh', 'Phú', 'Phước', 'Quang', 'Sơn', 'Suối', 'Tân', 'Thạnh', 'Thọ', 'Thủy', 'Trung', 'Tây', 'Ưng', 'Vĩnh',
  'Vạn', 'Xuân', 'Yên', 'Ẩn', 'Ơn', 'Ỷ',
];

function pick<Item>(items: readonly Item[], random: () => number): Item {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function figures2022(random: () => number, withOnline: boolean): Figures {
  const received = Math.floor(random() * 40000);
  const resolved = Math.floor(received * (0.85 + random() * 0.15));
  const lateShare = random() < 0.1 ? random() * 0.35 : random() * 0.04;
  const resolvedLate = Math.floor(resolved * lateShare);
  const pending = Math.floor((received - resolved) * random());
  const pendingLate = Math.floor(pending * random() * 0.2);
  const onlineBase = Math.floor(received * (0.6 + random() * 0.4));
  return {
    received,
    resolved,
    resolvedOnTime: resolved - resolvedLate,
    resolvedLate,
    pending,
    pendingWithinDeadline: pending - pendingLate,
    pendingLate,
    lateTotal: resolvedLate + pendingLate,
    online: withOnline ? Math.floor(onlineBase * random()) : null,
    onlineBase: withOnline ? onlineBase : null,
  };
}

function sumFigures(members: readonly Figures[]): Figures {
  const total: Figures = {};
  for (const figures of members) {
    for (const [key, value] of Object.entries(figures) as Array<[keyof Figures, number | null]>) {
      if (value == null) continue;
      total[key] = (total[key] ?? 0) + value;
    }
  }
  return total;
}

function agency(id: string, name: string, level: Agency['level'], districtId: string | null): Agency {
  return agencyRecord({ id, name, shortName: name.replace(/^UBND (?:xã|huyện) /, ''), level, districtId, aliases: [name] });
}

/**
 * One "all levels" table like 2022 Phụ lục 2: departments, district
 * committees and land offices as agency rows, and communes under one subtotal
 * per district. About 1 % of rows carry a finding and 1 % lack online figures.
 */
export function createStressDataset(options: StressDatasetOptions = {}): StressDataset {
  const { agencyCount = 10_000, seed = 20221214, periodId = '2022' } = options;
  const random = seededRandom(seed);
  const tableId = `${periodId}:stress`;
  const rows: DossierRow[] = [];
  const agencies: Agency[] = [];
  const findings: Finding[] = [];
  let line = 0;

  function addRow(draft: {
    kind: DossierRow['kind'];
    agencyId: string | null;
    label: string;
    number: string | null;
    level: StatisticsLevel;
    districtId: string | null;
    parentRowId: string | null;
    figures: Figures;
  }): DossierRow {
    line += 1;
    const row: DossierRow = {
      id: `${tableId}:${line}`,
      ...draft,
      memberRowIds: [],
      publishedRates: {},
      metrics: deriveMetrics(periodId, draft.figures),
      provenance: { file: STRESS_PROVENANCE_FILE, line },
    };
    rows.push(row);
    return row;
  }

  function addFinding(row: DossierRow): void {
    findings.push({
      id: `${row.id}:stress-finding`,
      periodId,
      check: 'sum',
      severity: 'warning',
      tableId,
      rowId: row.id,
      field: 'received',
      published: row.figures.received ?? null,
      computed: null,
      difference: null,
      likelyCause: null,
      message: `Dữ liệu thử tải: phát hiện giả lập ở dòng ${row.provenance.line}`,
      provenance: row.provenance,
    });
  }

  const districtCount = Math.max(1, Math.round(agencyCount / 100));
  const departmentCount = Math.max(1, Math.round(agencyCount / 100));
  const landOfficeCount = districtCount;
  const communeCount = Math.max(0, agencyCount - departmentCount - districtCount - landOfficeCount);

  const total = addRow({
    kind: 'total',
    agencyId: null,
    label: 'TỔNG (dữ liệu thử tải)',
    number: null,
    level: 'all',
    districtId: null,
    parentRowId: null,
    figures: {},
  });
  const newAgencyRow = (id: string, name: string, level: Agency['level'] & StatisticsLevel, districtId: string | null, parentRowId: string) => {
    agencies.push(agency(id, name, level, districtId));
    const row = addRow({
      kind: 'agency',
      agencyId: id,
      label: name,
      number: null,
      level,
      districtId,
      parentRowId,
      figures: figures2022(random, random() > 0.01),
    });
    if (random() < 0.01) addFinding(row);
    return row;
  };

  for (let index = 1; index <= departmentCount; index += 1) {
    newAgencyRow(`stress-so-${index}`, `Sở ${pick(syllables, random)} ${pick(syllables, random)} ${index}`, 'department', null, total.id);
  }
  const districtIds: string[] = [];
  for (let index = 1; index <= districtCount; index += 1) {
    const id = `stress-huyen-${index}`;
    districtIds.push(id);
    newAgencyRow(id, `UBND huyện ${pick(syllables, random)} ${pick(syllables, random)} ${index}`, 'district', null, total.id);
    newAgencyRow(`stress-cnvp-${index}`, `CNVPĐKĐĐ ${pick(syllables, random)} ${index}`, 'land_registration', id, total.id);
  }
  for (const [districtIndex, districtId] of districtIds.entries()) {
    const share = Math.floor(communeCount / districtCount) + (districtIndex < communeCount % districtCount ? 1 : 0);
    const subtotal = addRow({
      kind: 'subtotal',
      agencyId: null,
      label: `Thuộc huyện số ${districtIndex + 1}`,
      number: String(districtIndex + 1),
      level: 'commune',
      districtId,
      parentRowId: total.id,
      figures: {},
    });
    const members: DossierRow[] = [];
    for (let index = 1; index <= share; index += 1) {
      const kind = random() < 0.2 ? 'phường' : 'xã';
      const name = `UBND ${kind} ${pick(syllables, random)} ${pick(syllables, random)} ${districtIndex + 1}.${index}`;
      members.push(newAgencyRow(`stress-xa-${districtIndex + 1}-${index}`, name, 'commune', districtId, subtotal.id));
    }
    subtotal.figures = sumFigures(members.map((member) => member.figures));
    subtotal.metrics = deriveMetrics(periodId, subtotal.figures);
    subtotal.memberRowIds = members.map((member) => member.id);
  }
  const topLevel = rows.filter((row) => row.parentRowId === total.id);
  total.memberRowIds = topLevel.map((row) => row.id);
  total.figures = sumFigures(topLevel.map((row) => row.figures));
  total.metrics = deriveMetrics(periodId, total.figures);

  const table: DossierTable = {
    id: tableId,
    periodId,
    appendix: 'Dữ liệu thử tải',
    title: `${agencyCount} cơ quan, đơn vị giả lập (không phải số liệu báo cáo)`,
    level: 'all',
    complete: true,
    completenessNote: null,
    completeDistrictIds: null,
    rows,
    provenance: { file: STRESS_PROVENANCE_FILE, line: 1 },
  };
  return { dataset: { periodId, tables: [table], tasks: [], reportingCompliance: [], findings }, agencies };
}
