import type { ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, RouteObject, ShouldRevalidateFunction } from 'react-router';
import type { ApiClient } from '@/api/client';
import { periodsQueryOptions } from '@/api/queries';
import type { Period } from '@/domain/dataset/schema';
import { agenciesPeriodNeed, prefetchAgenciesPage } from '@/features/agencies/pageQueries';
import { overviewPeriodNeed, prefetchOverviewPage } from '@/features/overview/pageQueries';
import { prefetchTasksPage, tasksPeriodNeed } from '@/features/tasks/pageQueries';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { PERIOD_PARAM, resolvePeriod, type PeriodNeed } from './period';
import { RouteErrorBoundary } from './RouteErrorBoundary';
import { ShellFallback } from './ShellFallback';

/** Static data on each page route; the shell reads it to show the page's default period. */
export interface RouteHandle {
  periodNeed: PeriodNeed;
  /** The page lays every period side by side (trends, an agency's page): no one period is chosen for it. */
  showsEveryPeriod: boolean;
}

export function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof handle === 'object' && handle !== null && 'periodNeed' in handle;
}

/** What the routes' loaders ask for data with: the app's API client and its query cache. */
export interface RouteDeps {
  client: ApiClient;
  queryClient: QueryClient;
}

/** Starts the queries a page will make for `period`; the page's own queries then find them under way. */
export type PagePrefetch = (client: ApiClient, queryClient: QueryClient, period: Period, periods: readonly Period[]) => void;

/**
 * The page's data is asked for as the navigation starts, alongside its code,
 * instead of once that code has arrived and rendered. The loader only starts
 * requests and never waits for them: the page shows its own loading and
 * error states, from its own queries.
 */
function prefetchLoader(deps: RouteDeps, periodNeed: PeriodNeed, prefetch: PagePrefetch): LoaderFunction {
  return ({ request }) => {
    const requestedId = new URL(request.url).searchParams.get(PERIOD_PARAM);
    const periodsQuery = periodsQueryOptions(deps.client);
    void deps.queryClient.prefetchQuery(periodsQuery).then(() => {
      // Left while the period list was on its way: that page's data is no longer wanted.
      if (request.signal.aborted) return;
      const periods = deps.queryClient.getQueryData(periodsQuery.queryKey)?.periods ?? [];
      const { period } = resolvePeriod(periods, requestedId, periodNeed);
      if (period) prefetch(deps.client, deps.queryClient, period, periods);
    });
    return null;
  };
}

/**
 * Filters, sorting and search live in the URL and change with each keystroke;
 * only another period changes what a page fetches. A loader run on the other
 * changes would also hold each one until it returned.
 */
const onPeriodChange: ShouldRevalidateFunction = ({ currentUrl, nextUrl }) =>
  currentUrl.searchParams.get(PERIOD_PARAM) !== nextUrl.searchParams.get(PERIOD_PARAM);

/** Each page is its own chunk, fetched on first visit; chart libraries ride only in the chunks that chart. */
function lazyPage(load: () => Promise<{ default: ComponentType }>): RouteObject['lazy'] {
  return async () => ({ Component: (await load()).default });
}

interface PageRoute {
  /** The route's id: the hydration of a page drawn at build time marks its loader done by it (prerenderedLoaderData). */
  id: string;
  path?: string;
  periodNeed: PeriodNeed;
  showsEveryPeriod?: boolean;
  load: () => Promise<{ default: ComponentType }>;
  prefetch?: PagePrefetch;
}

function page(deps: RouteDeps, { id, path, periodNeed, showsEveryPeriod = false, load, prefetch }: PageRoute): RouteObject {
  const handle: RouteHandle = { periodNeed, showsEveryPeriod };
  const shared = { id, handle, lazy: lazyPage(load), ErrorBoundary: RouteErrorBoundary };
  const withLoader = prefetch ? { ...shared, loader: prefetchLoader(deps, periodNeed, prefetch), shouldRevalidate: onPeriodChange } : shared;
  return path === undefined ? { ...withLoader, index: true } : { ...withLoader, path };
}

export function createRoutes(deps: RouteDeps): RouteObject[] {
  return [
    {
      id: 'root',
      path: '/',
      Component: Layout,
      // Last line of defence: a crash in the shell itself still shows a message, never a blank page.
      ErrorBoundary: RouteErrorBoundary,
      HydrateFallback: ShellFallback,
      children: [
        page(deps, { id: 'overview', periodNeed: overviewPeriodNeed, load: () => import('@/features/overview/OverviewPage'), prefetch: prefetchOverviewPage }),
        page(deps, { id: 'agencies', path: 'agencies', periodNeed: agenciesPeriodNeed, load: () => import('@/features/agencies/AgenciesPage'), prefetch: prefetchAgenciesPage }),
        page(deps, { id: 'agency', path: 'agencies/:agencyId', periodNeed: 'any', showsEveryPeriod: true, load: () => import('@/features/agencies/AgencyDetailPage') }),
        page(deps, { id: 'trends', path: 'trends', periodNeed: 'any', showsEveryPeriod: true, load: () => import('@/features/trends/TrendsPage') }),
        page(deps, { id: 'tasks', path: 'tasks', periodNeed: tasksPeriodNeed, load: () => import('@/features/tasks/TasksPage'), prefetch: prefetchTasksPage }),
        page(deps, { id: 'data', path: 'data', periodNeed: 'any', load: () => import('@/features/data-quality/DataQualityPage') }),
        { id: 'not-found', path: '*', Component: NotFoundPage, ErrorBoundary: RouteErrorBoundary },
      ],
    },
  ];
}
