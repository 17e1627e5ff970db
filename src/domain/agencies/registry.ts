/**
 * The agency registry and the name matcher. Every report spells agencies its
 * own way ("Sở Lao động - TB&XH", "UBND Xã Diên Điền", "CNVPĐKĐĐ TP. Nha
 * Trang"), so matching compares normalised keys: tags stripped, Vietnamese
 * folded, numbering and bullets dropped, common abbreviations expanded.
 *
 * matchAgency also accepts a bare department name ("Tài chính", "Thông tin và
 * Truyền thông"), as written after "Các Sở:" in assignment cells, so there is
 * no separate short-name matcher.
 */
import type { Agency, AgencyLevel } from '@/domain/dataset/schema';
import { foldVietnamese } from '@/domain/text/fold';
import { indexAgencies } from './catalogue';
import { plainText } from '@/domain/text/html';
import {
  communeSpecs,
  departmentSpecs,
  districtSpecs,
  otherBodySpecs,
  type CommuneSpec,
  type DistrictKind,
  type DistrictSpec,
} from './data';

export interface MatchContext {
  level?: AgencyLevel;
  /** Agency id of the district People's Committee the name belongs to. */
  districtId?: string | null;
  /** ISO date the name was used on; prefers agencies that existed then. */
  date?: string;
}

/** Folded words standing for the same thing; applied to both the registry and the query. */
const abbreviations: Record<string, string> = {
  ubnd: 'uy ban nhan dan',
  bql: 'ban quan ly',
  ql: 'quan ly',
  qlda: 'quan ly du an',
  dadt: 'du an dau tu',
  kkt: 'khu kinh te',
  kdl: 'khu du lich',
  tp: 'thanh pho',
  tx: 'thi xa',
  tt: 'thi tran',
  ptnt: 'phat trien nong thon',
  nn: 'nong nghiep',
  ld: 'lao dong',
  tb: 'thuong binh',
  xh: 'xa hoi',
  bhxh: 'bao hiem xa hoi',
  dkdd: 'dang ky dat dai',
  vp: 'van phong',
  cnvpdkdd: 'chi nhanh van phong dang ky dat dai',
  xd: 'xay dung',
};

/** Bullets, "1." / "2.8." numbering and Roman numbering ("II.", "VII "). */
const leadingMarker = /^(?:[-+–•*]+\s*|\d+(?:\.\d+)*\.?(?:\s+|$)|[ivx]+\.\s*|[ivx]+\s+)/;
const leadingCommitteeWords = /^(?:uy ban nhan dan|thuoc)\s+/;

/**
 * The matching key of a name: plain text, folded, without list markers or
 * numbering ("1.1.", "- ", "+ "), punctuation turned into spaces, "&" read as
 * "và", abbreviations expanded and a leading "UBND"/"Thuộc" dropped.
 */
export function agencyNameKey(name: string): string {
  let text = foldVietnamese(plainText(name));
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(leadingMarker, '');
  }
  const words = text
    .replace(/&/g, ' va ')
    .replace(/[-–—,.;:()/"'’“”]/g, ' ')
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => abbreviations[word] ?? word);
  let key = words.join(' ');
  for (let previous = ''; previous !== key; ) {
    previous = key;
    key = key.replace(leadingCommitteeWords, '');
  }
  return key;
}

function slugOf(text: string): string {
  return agencyNameKey(text).replace(/ /g, '-');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const districtIdPrefix: Record<DistrictKind, string> = {
  'huyện': 'ubnd-huyen',
  'thị xã': 'ubnd-tx',
  'thành phố': 'ubnd-tp',
};

function districtAgencyId(district: DistrictSpec): string {
  return `${districtIdPrefix[district.kind]}-${district.slug}`;
}

function communeAgencyId(commune: Pick<CommuneSpec, 'district' | 'name'>): string {
  return `xa-${commune.district}-${slugOf(commune.name)}`;
}

interface RegistryEntry {
  agency: Agency;
  /** Extra matching forms that are not spellings seen in the reports. */
  matchForms: string[];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** An agency with every optional fact empty, then `fields` on top. */
export function agencyRecord(fields: Pick<Agency, 'id' | 'name' | 'shortName' | 'level'> & Partial<Agency>): Agency {
  return {
    districtId: null,
    aliases: [],
    sightings: [],
    validFrom: null,
    validTo: null,
    mergedInto: null,
    mergedFrom: [],
    note: null,
    ...fields,
  };
}

function namedEntries(): RegistryEntry[] {
  return [...departmentSpecs, ...otherBodySpecs].map((spec) => ({
    agency: agencyRecord({
      id: spec.id,
      name: spec.name,
      shortName: spec.shortName,
      level: spec.level,
      aliases: unique([spec.name, ...spec.aliases]),
      note: spec.note ?? null,
    }),
    matchForms: [],
  }));
}

function districtEntries(): RegistryEntry[] {
  return districtSpecs.map((district) => {
    const kindAndName = `${district.kind} ${district.name}`;
    return {
      agency: agencyRecord({
        id: districtAgencyId(district),
        name: `UBND ${kindAndName}`,
        shortName: district.name,
        level: 'district',
        aliases: [`UBND ${kindAndName}`, capitalise(kindAndName), `Thuộc ${kindAndName}`],
      }),
      matchForms: [district.name],
    };
  });
}

function landRegistrationEntries(): RegistryEntry[] {
  const provincial: RegistryEntry = {
    agency: agencyRecord({
      id: 'vpdkdd-tinh',
      name: 'Văn phòng Đăng ký đất đai tỉnh',
      shortName: 'VPĐKĐĐ tỉnh',
      level: 'land_registration',
      aliases: ['Văn phòng Đăng ký đất đai tỉnh', 'Văn phòng ĐKĐĐ tỉnh'],
    }),
    matchForms: [],
  };
  const branches = districtSpecs.map((district) => ({
    agency: agencyRecord({
      id: `cnvpdkdd-${district.slug}`,
      name: `Chi nhánh Văn phòng Đăng ký đất đai ${district.kind} ${district.name}`,
      shortName: `CNVPĐKĐĐ ${district.name}`,
      level: 'land_registration' as const,
      districtId: districtAgencyId(district),
      aliases: unique([`Chi nhánh Văn phòng Đăng ký đất đai ${district.kind} ${district.name}`, ...district.landBranchAliases]),
    }),
    matchForms: [],
  }));
  return [provincial, ...branches];
}

function communeEntries(): RegistryEntry[] {
  return communeSpecs.map((commune) => {
    const district = districtSpecs.find((candidate) => candidate.slug === commune.district);
    if (!district) throw new Error(`Commune ${commune.name} names an unknown district ${commune.district}`);
    const spellings = [commune.name, ...(commune.variants ?? [])];
    return {
      agency: agencyRecord({
        id: communeAgencyId(commune),
        name: `UBND ${commune.kind} ${commune.name}`,
        shortName: commune.name,
        level: 'commune',
        districtId: districtAgencyId(district),
        aliases: unique([...spellings.map((spelling) => `UBND ${commune.kind} ${spelling}`), ...(commune.extraLabels ?? [])]),
        validFrom: commune.validFrom ?? null,
        validTo: commune.validTo ?? null,
        mergedInto: commune.mergedInto ?? null,
        mergedFrom: commune.mergedFrom ?? [],
        note: commune.note ?? null,
      }),
      matchForms: spellings,
    };
  });
}

/** Departments and other bodies are also found without "Sở" and with or without "tỉnh". */
function keysOf(entry: RegistryEntry): string[] {
  const { agency } = entry;
  const keys = [agency.name, agency.shortName, ...agency.aliases, ...entry.matchForms].map(agencyNameKey);
  if (agency.level === 'district' || agency.level === 'commune' || agency.level === 'land_registration') return unique(keys);
  return unique(
    keys.flatMap((key) => {
      const bare = key.replace(/^so /, '');
      return [key, bare, bare.replace(/ tinh$/, ''), `${bare.replace(/ tinh$/, '')} tinh`];
    }),
  );
}

const registry: RegistryEntry[] = [...namedEntries(), ...districtEntries(), ...landRegistrationEntries(), ...communeEntries()];

const catalog: Agency[] = registry.map((entry) => entry.agency).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const byId = indexAgencies(catalog);

const byKey = new Map<string, Agency[]>();
for (const entry of registry) {
  for (const key of keysOf(entry)) {
    const bucket = byKey.get(key) ?? [];
    bucket.push(entry.agency);
    byKey.set(key, bucket);
  }
}

/** Ambiguous names across levels resolve to the broader body (bare "Khánh Vĩnh" is the district, not the township). */
const levelPriority: AgencyLevel[] = [
  'department',
  'vertical',
  'party',
  'central',
  'public_service',
  'other',
  'district',
  'land_registration',
  'commune',
];

/** True when the agency existed on the ISO date (a merged commune stops existing at its validTo). */
export function agencyValidOn(agency: Agency, date: string): boolean {
  return (agency.validFrom === null || agency.validFrom <= date) && (agency.validTo === null || date <= agency.validTo);
}

/** Keeps the candidates that satisfy a preference, unless none does. */
function prefer(candidates: Agency[], predicate: (agency: Agency) => boolean): Agency[] {
  const kept = candidates.filter(predicate);
  return kept.length > 0 ? kept : candidates;
}

/**
 * The registry agency a printed name stands for, or null when the name is
 * unknown or stays ambiguous (a commune name shared by two districts, given
 * without a district). Context narrows the candidates but never rules out
 * the only ones there are.
 */
export function matchAgency(name: string, context: MatchContext = {}): Agency | null {
  const key = agencyNameKey(name);
  if (key === '') return null;
  let candidates = byKey.get(key) ?? [];
  if (candidates.length === 0) return null;
  const { level, districtId, date } = context;
  if (districtId) candidates = prefer(candidates, (agency) => agency.districtId === districtId || agency.id === districtId);
  if (level) candidates = prefer(candidates, (agency) => agency.level === level);
  if (date) candidates = prefer(candidates, (agency) => agencyValidOn(agency, date));
  if (candidates.length > 1) {
    const topLevel = levelPriority.find((candidateLevel) => candidates.some((agency) => agency.level === candidateLevel));
    candidates = candidates.filter((agency) => agency.level === topLevel);
  }
  return candidates.length === 1 ? (candidates[0] ?? null) : null;
}

/**
 * The whole registry, communes included, sorted by id. Sightings are empty:
 * where a name was seen is known only once the reports are parsed
 * (ingest/agencySightings).
 */
export function agencyCatalog(): Agency[] {
  return catalog.map((agency) => ({
    ...agency,
    aliases: [...agency.aliases],
    sightings: [],
    mergedFrom: [...agency.mergedFrom],
  }));
}

export function agencyById(id: string): Agency | null {
  return byId.get(id) ?? null;
}
