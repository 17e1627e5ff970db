import { describe, expect, it } from 'vitest';
import { defaultPeriod, resolvePeriod, withPeriod } from '@/app/period';
import { fixtureCatalog } from './fixtures/datasets';

const periods = fixtureCatalog.periods;
const byId = (id: string) => periods.filter((period) => period.id === id);

describe('defaultPeriod', () => {
  it('takes the latest period holding what the page needs', () => {
    expect(defaultPeriod(periods, 'statistics')?.id).toBe('2022');
    expect(defaultPeriod(periods, 'tasks')?.id).toBe('2022');
    expect(defaultPeriod(periods, 'any')?.id).toBe('2022');
  });

  it('skips 2020-H1 for statistics because it holds only tasks', () => {
    const upToMidYear2020 = [...byId('2017-Q1'), ...byId('2020-H1')];
    expect(defaultPeriod(upToMidYear2020, 'statistics')?.id).toBe('2017-Q1');
    expect(defaultPeriod(upToMidYear2020, 'tasks')?.id).toBe('2020-H1');
    expect(defaultPeriod(upToMidYear2020, 'any')?.id).toBe('2020-H1');
  });

  it('falls back to the latest period when none holds what is needed', () => {
    expect(defaultPeriod(byId('2020-H1'), 'statistics')?.id).toBe('2020-H1');
    expect(defaultPeriod([], 'any')).toBeUndefined();
  });
});

describe('resolvePeriod', () => {
  it('uses the period named in the URL, even one without the page’s data', () => {
    expect(resolvePeriod(periods, '2020-H1', 'statistics')).toEqual({ period: byId('2020-H1')[0], unknownId: null });
  });

  it('reports an unknown period id instead of guessing', () => {
    expect(resolvePeriod(periods, '2019', 'any')).toEqual({ period: undefined, unknownId: '2019' });
  });

  it('treats an empty parameter as none', () => {
    expect(resolvePeriod(periods, '', 'tasks').period?.id).toBe('2022');
  });
});

describe('withPeriod', () => {
  it('replaces the period and keeps the other parameters in order', () => {
    const next = withPeriod(new URLSearchParams('period=2022&sort=-lateRate&level=commune'), '2017-Q1');
    expect(next.toString()).toBe('period=2017-Q1&sort=-lateRate&level=commune');
  });
});
