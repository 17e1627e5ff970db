import { useMatches } from 'react-router';
import type { PeriodNeed } from './period';
import { isRouteHandle } from './routes';

/** The period need declared by the deepest matched page route ('any' on pages that declare none, e.g. not found). */
export function useRoutePeriodNeed(): PeriodNeed {
  const matches = useMatches();
  const handle = matches.map((match) => match.handle).findLast(isRouteHandle);
  return handle?.periodNeed ?? 'any';
}
