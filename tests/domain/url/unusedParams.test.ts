import { unusedParams, withoutParams, type ParamReader } from '@/domain/url/unusedParams';

const readers: Record<string, ParamReader> = {
  level: (value) => (value === 'commune' ? value : null),
  // A list the page reads in part: the items starting with "so-".
  sort: (value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.startsWith('so-'))
      .join(','),
};

describe('unusedParams', () => {
  it('lists a value the page does not read, and no parameter it has no reader for', () => {
    const params = new URLSearchParams('period=2099&level=nowhere&q=x');
    expect(unusedParams(params, readers)).toEqual([{ name: 'level', position: 1, ignored: 'nowhere', kept: null }]);
  });

  it('names only the items of a list the page drops, and keeps the ones it reads', () => {
    const params = new URLSearchParams('sort=so-a,bogus,so-b,other');
    expect(unusedParams(params, readers)).toEqual([{ name: 'sort', position: 0, ignored: 'bogus,other', kept: 'so-a,so-b' }]);
    expect(withoutParams(params, unusedParams(params, readers)).toString()).toBe('sort=so-a%2Cso-b');
  });

  it('says nothing of a list read whole, however it is spaced', () => {
    expect(unusedParams(new URLSearchParams('sort=so-a, so-b'), readers)).toEqual([]);
  });

  it('takes a repeat as ignored, since a page reads the first value, and an empty value as asking for nothing', () => {
    const params = new URLSearchParams('level=&level=commune&level=commune');
    expect(unusedParams(params, readers)).toEqual([
      { name: 'level', position: 1, ignored: 'commune', kept: null },
      { name: 'level', position: 2, ignored: 'commune', kept: null },
    ]);
  });

  it('takes out exactly the ignored values, keeping the others in their order', () => {
    const params = new URLSearchParams('q=a&level=nowhere&period=2022&level=commune');
    const unused = unusedParams(params, readers);
    expect(unused.map((param) => param.position)).toEqual([1, 3]);
    expect(withoutParams(params, unused).toString()).toBe('q=a&period=2022');
    expect(params.toString()).toBe('q=a&level=nowhere&period=2022&level=commune');
  });
});
