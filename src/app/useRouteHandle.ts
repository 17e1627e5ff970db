import { useMatches } from 'react-router';
import { isRouteHandle, type RouteHandle } from './routes';

/** Pages that declare nothing (not found): any period, chosen as usual. */
const undeclared: RouteHandle = { periodNeed: 'any', showsEveryPeriod: false };

/** What the deepest matched page route declares about periods. */
export function useRouteHandle(): RouteHandle {
  const matches = useMatches();
  return matches.map((match) => match.handle).findLast(isRouteHandle) ?? undeclared;
}
