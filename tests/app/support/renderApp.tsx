import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { createApiClient } from '@/api/client';
import { createMockFetch, type MockFault } from '@/api/mock/createMockFetch';
import type { BundledDatasets } from '@/api/mock/datasets';
import { mockBaseUrl } from '@/api/mock/mockBaseUrl';
import { AppProviders, createAppQueryClient } from '@/app/AppProviders';
import { createRoutes } from '@/app/routes';
import type { Lang } from '@/domain/format';
import { loadFixtureDatasets } from '../fixtures/datasets';
import { TestRouterProvider } from './TestRouterProvider';

// The first render of a page waits for its lazily imported chunk; on a busy machine that takes more than the default second.
configure({ asyncUtilTimeout: 5000 });

export interface RenderAppOptions {
  /** The URL the app opens at, e.g. "/tasks?period=2020-H1". */
  url?: string;
  loadDatasets?: () => Promise<BundledDatasets>;
  faults?: (request: Request) => MockFault;
  lang?: Lang;
}

/** The whole app (routes, providers, embedded mock API) in memory, as a user would open it at `url`. */
export function renderApp({ url = '/', loadDatasets = loadFixtureDatasets, faults, lang = 'vi' }: RenderAppOptions = {}) {
  const fetchImpl = createMockFetch({ loadDatasets, delayMs: 0, faults });
  const client = createApiClient({ baseUrl: mockBaseUrl, fetchImpl });
  const queryClient = createAppQueryClient();
  const router = createMemoryRouter(createRoutes({ client, queryClient }), { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders client={client} queryClient={queryClient} initialLang={lang}>
      <TestRouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, user, queryClient };
}

/** "?period=2022&check=sum" of the router's current location, as a URLSearchParams. */
export function currentSearch(router: ReturnType<typeof createMemoryRouter>): URLSearchParams {
  return new URLSearchParams(router.state.location.search);
}

/** A JSON error response as a real server would send it. */
export function jsonError(status: number, message: string): Response {
  return new Response(JSON.stringify({ error: { code: 'internal', message } }), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}
