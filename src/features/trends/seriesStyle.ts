import type { TrendSeriesSelector } from '@/domain/trends/selection';

/**
 * Line colours, all at least 3:1 against white (WCAG non-text contrast).
 * The province and each level keep their colour whatever else is shown, so a
 * reader who learnt "orange = districts" is not misled when lines are added.
 */
const fixedColours = {
  province: '#0b3d66',
  department: '#b35900',
  district: '#1b7a5a',
  commune: '#6a51a3',
  land_registration: '#c2185b',
} as const;

const agencyColours = ['#1f6fb4', '#8c564b', '#2e7d32', '#d62728', '#5b6770', '#9467bd', '#a0522d', '#00838f'] as const;

export function seriesColour(selector: TrendSeriesSelector, agencyIndex: number): string {
  switch (selector.kind) {
    case 'province':
      return fixedColours.province;
    case 'level':
      return fixedColours[selector.level];
    case 'agency':
      return agencyColours[agencyIndex % agencyColours.length] ?? fixedColours.province;
  }
}

/** Colours in series order: agencies take the agency palette in the order they were chosen. */
export function seriesColours(selectors: readonly TrendSeriesSelector[]): string[] {
  let agencyIndex = 0;
  return selectors.map((selector) => {
    const colour = seriesColour(selector, agencyIndex);
    if (selector.kind === 'agency') agencyIndex += 1;
    return colour;
  });
}
