import type { DehydratedState } from '@tanstack/react-query';
import { matchRoutes, type RouteObject } from 'react-router';

/** The element of the build's HTML that holds the query cache the page was drawn from (see src/prerender.tsx). */
export const PRERENDERED_QUERIES_ID = 'cchc-prerendered-queries';

function isDehydratedState(value: unknown): value is DehydratedState {
  return typeof value === 'object' && value !== null && Array.isArray((value as Partial<DehydratedState>).queries);
}

/**
 * The query cache of the page the build drew, when src/app/prerendered-check.js
 * found that markup to be the view the address asks for; null when there is
 * none, or when the page must be drawn afresh.
 */
export function takePrerenderedQueries(document: Document): DehydratedState | null {
  const marked = document.documentElement.getAttribute('data-prerendered');
  document.documentElement.removeAttribute('data-prerendered');
  const source = document.getElementById(PRERENDERED_QUERIES_ID);
  source?.remove();
  if (marked !== 'fresh' || !source?.textContent) return null;
  try {
    const state: unknown = JSON.parse(source.textContent);
    return isDehydratedState(state) ? state : null;
  } catch {
    return null;
  }
}

/**
 * Loads the code of the lazy routes that `pathname` matches and puts it on the
 * route objects, so that the router's first render draws the page, as the
 * build did, instead of its loading fallback.
 */
export async function resolveLazyRoutes(routes: RouteObject[], pathname: string): Promise<void> {
  const lazyMatches = (matchRoutes(routes, pathname) ?? []).filter((match) => typeof match.route.lazy === 'function');
  await Promise.all(
    lazyMatches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, await route.lazy(), { lazy: undefined });
    }),
  );
}

/**
 * The loader data of the page the build drew, for the router's hydration. The
 * loaders of src/app/routes.tsx only start requests, whose answers that page's
 * query cache already holds: each matched route is marked loaded, since a
 * route left to load would have the router draw its fallback over the page.
 */
export function prerenderedLoaderData(routes: RouteObject[], pathname: string): Record<string, null> {
  const loaded = (matchRoutes(routes, pathname) ?? []).flatMap(({ route }) => (route.id !== undefined && route.loader ? [route.id] : []));
  return Object.fromEntries(loaded.map((id) => [id, null]));
}
