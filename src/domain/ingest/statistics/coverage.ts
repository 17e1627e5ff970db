/**
 * Which districts a commune table covers in full. Judged against the static
 * registry (communes that existed on the period's statistics date), so the
 * 2020 table's gaps are found, not assumed.
 */
import type { DossierRow, DossierTable } from '@/domain/dataset/schema';
import { agencyCatalog, agencyValidOn } from '@/domain/agencies/registry';

interface DistrictCoverage {
  districtId: string;
  districtName: string;
  expected: string[];
  missing: string[];
}

function coverageByDistrict(rows: DossierRow[], date: string): DistrictCoverage[] {
  const present = new Set(rows.filter((row) => row.kind === 'agency' && row.level === 'commune').map((row) => row.agencyId));
  const catalog = agencyCatalog();
  return catalog
    .filter((agency) => agency.level === 'district')
    .map((district) => {
      const communes = catalog.filter(
        (agency) => agency.level === 'commune' && agency.districtId === district.id && agencyValidOn(agency, date),
      );
      return {
        districtId: district.id,
        districtName: district.shortName,
        expected: communes.map((commune) => commune.shortName),
        missing: communes.filter((commune) => !present.has(commune.id)).map((commune) => commune.shortName),
      };
    });
}

function describeGaps(coverage: DistrictCoverage[]): string {
  const complete = coverage.filter((district) => district.missing.length === 0);
  const partial = coverage.filter((district) => district.missing.length > 0 && district.missing.length < district.expected.length);
  const absent = coverage.filter((district) => district.expected.length > 0 && district.missing.length === district.expected.length);
  const parts: string[] = [];
  if (complete.length > 0) parts.push(`Đủ xã: ${complete.map((district) => district.districtName).join(', ')}.`);
  if (partial.length > 0) {
    const described = partial.map((district) => {
      const shown = district.expected.length - district.missing.length;
      return district.missing.length <= 3
        ? `${district.districtName} (thiếu ${district.missing.join(', ')})`
        : `${district.districtName} (có ${shown}/${district.expected.length} xã)`;
    });
    parts.push(`Thiếu một phần: ${described.join('; ')}.`);
  }
  if (absent.length > 0) parts.push(`Không có dòng nào: ${absent.map((district) => district.districtName).join(', ')}.`);
  return parts.join(' ');
}

/**
 * Marks a table holding commune rows complete or not. A table is complete
 * when every commune of every district is present and the table has its
 * total row (or was never meant to have one).
 */
export function withCommuneCoverage(table: DossierTable, date: string, truncationNote: string | null): DossierTable {
  const coverage = coverageByDistrict(table.rows, date);
  const allPresent = coverage.every((district) => district.missing.length === 0);
  if (allPresent && truncationNote === null) return table;
  const missingCount = coverage.reduce((count, district) => count + district.missing.length, 0);
  const summary = `Bảng thiếu ${missingCount} đơn vị cấp xã. ${describeGaps(coverage)}`;
  return {
    ...table,
    complete: false,
    completenessNote: truncationNote ? `${truncationNote} ${summary}` : summary,
    completeDistrictIds: coverage.filter((district) => district.missing.length === 0).map((district) => district.districtId),
  };
}
