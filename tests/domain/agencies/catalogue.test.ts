import { describe, expect, it } from 'vitest';
import { agencyCatalog } from '@/domain/agencies/registry';
import { indexAgencies } from '@/domain/agencies/catalogue';

describe('indexAgencies', () => {
  it('finds every agency of the catalogue by its id', () => {
    const catalog = agencyCatalog();
    const index = indexAgencies(catalog);
    expect(index.size).toBe(catalog.length);
    expect(index.get('so-noi-vu')?.name).toBe('Sở Nội vụ');
  });

  it('indexes one catalogue answer once, and another answer anew', () => {
    const catalog = agencyCatalog();
    expect(indexAgencies(catalog)).toBe(indexAgencies(catalog));
    expect(indexAgencies([...catalog])).not.toBe(indexAgencies(catalog));
  });
});
