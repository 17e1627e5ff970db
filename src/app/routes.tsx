import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import type { PeriodNeed } from './period';
import { RouteErrorBoundary } from './RouteErrorBoundary';
import { ShellFallback } from './ShellFallback';

/** Static data on each page route; the header reads it to show the page's default period. */
export interface RouteHandle {
  periodNeed: PeriodNeed;
}

export function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof handle === 'object' && handle !== null && 'periodNeed' in handle;
}

/** Each page is its own chunk, fetched on first visit; chart libraries ride only in the chunks that chart. */
function lazyPage(load: () => Promise<{ default: ComponentType }>): RouteObject['lazy'] {
  return async () => ({ Component: (await load()).default });
}

function page(path: string | undefined, periodNeed: PeriodNeed, load: () => Promise<{ default: ComponentType }>): RouteObject {
  const handle: RouteHandle = { periodNeed };
  return path === undefined
    ? { index: true, handle, lazy: lazyPage(load), ErrorBoundary: RouteErrorBoundary }
    : { path, handle, lazy: lazyPage(load), ErrorBoundary: RouteErrorBoundary };
}

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    // Last line of defence: a crash in the shell itself still shows a message, never a blank page.
    ErrorBoundary: RouteErrorBoundary,
    HydrateFallback: ShellFallback,
    children: [
      page(undefined, 'statistics', () => import('@/features/overview/OverviewPage')),
      page('agencies', 'statistics', () => import('@/features/agencies/AgenciesPage')),
      page('agencies/:agencyId', 'any', () => import('@/features/agencies/AgencyDetailPage')),
      page('trends', 'any', () => import('@/features/trends/TrendsPage')),
      page('tasks', 'tasks', () => import('@/features/tasks/TasksPage')),
      page('data', 'any', () => import('@/features/data-quality/DataQualityPage')),
      { path: '*', Component: NotFoundPage, ErrorBoundary: RouteErrorBoundary },
    ],
  },
];
