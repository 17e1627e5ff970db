import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Suspense } from 'react';
import { createMemoryRouter } from 'react-router';
import { createApiClient } from '@/api/client';
import { createMockFetch } from '@/api/mock/createMockFetch';
import { inMemoryDatasets } from '@/api/mock/datasets';
import { createMemoryStorage, type KeyValueStorage } from '@/api/mock/taskStatusStore';
import { AppProviders } from '@/app/AppProviders';
import type { PeriodDataset } from '@/domain/dataset/schema';
import type { Lang } from '@/domain/format';
import TasksPage from '@/features/tasks/TasksPage';
import { fixtureCatalog, fixtureDatasets } from './fixtures/taskDatasets';
import { TestRouterProvider } from '../../app/support/TestRouterProvider';

export interface RenderTasksPageOptions {
  url?: string;
  /** Shared between renders to stand for the browser's localStorage across a reload. */
  storage?: KeyValueStorage;
  datasets?: PeriodDataset[];
  lang?: Lang;
}

/** The tasks page on the mock API (no delay), inside the app's providers and a memory router. */
export function renderTasksPage({ url = '/tasks?period=2022', storage, datasets, lang = 'vi' }: RenderTasksPageOptions = {}) {
  const client = createApiClient({
    baseUrl: 'http://mock.test',
    fetchImpl: createMockFetch({
      loadDatasets: () => inMemoryDatasets(fixtureCatalog, datasets ?? fixtureDatasets()),
      delayMs: 0,
      storage: storage ?? createMemoryStorage(),
    }),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: '/tasks',
        element: (
          <Suspense fallback={<p>…</p>}>
            <TasksPage />
          </Suspense>
        ),
      },
    ],
    { initialEntries: [url] },
  );
  const rendered = render(
    <AppProviders client={client} queryClient={queryClient} initialLang={lang}>
      <TestRouterProvider router={router} />
    </AppProviders>,
  );
  const searchParams = () => new URLSearchParams(router.state.location.search);
  return { ...rendered, router, searchParams };
}
