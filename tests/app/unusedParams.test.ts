import { unusedParams, withoutParams } from '@/app/unusedParams';

describe('unusedParams', () => {
  const checks = { level: (value: string) => value === 'commune', agency: (value: string) => value.startsWith('so-') };

  it('lists each value its check rejects, in the order of the checks, and no other parameter', () => {
    const params = new URLSearchParams('period=2099&agency=so-y-te&level=nowhere&agency=bogus&agency=so-tu-phap&sort=x');
    expect(unusedParams(params, checks)).toEqual([
      { name: 'level', value: 'nowhere' },
      { name: 'agency', value: 'bogus' },
    ]);
  });

  it('takes an empty value to ask for nothing', () => {
    expect(unusedParams(new URLSearchParams('level=&agency='), checks)).toEqual([]);
  });

  it('takes out exactly the unused values, keeping the others of the same name and their order', () => {
    const params = new URLSearchParams('agency=so-y-te&level=nowhere&agency=bogus&agency=so-tu-phap&period=2022');
    expect(withoutParams(params, unusedParams(params, checks)).toString()).toBe('agency=so-y-te&agency=so-tu-phap&period=2022');
    expect(params.toString()).toBe('agency=so-y-te&level=nowhere&agency=bogus&agency=so-tu-phap&period=2022');
  });
});
