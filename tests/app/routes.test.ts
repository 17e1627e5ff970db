import { createMemoryRouter } from 'react-router';
import { createApiClient } from '@/api/client';
import { createMockFetch } from '@/api/mock/createMockFetch';
import { mockBaseUrl } from '@/api/mock/mockBaseUrl';
import { createAppQueryClient } from '@/app/AppProviders';
import { prerenderedLoaderData, resolveLazyRoutes } from '@/app/prerendered';
import { createRoutes } from '@/app/routes';
import { inMemoryDatasets, type BundledDatasets } from '@/api/mock/datasets';
import type { Period } from '@/domain/dataset/schema';
import { fixtureCatalog, fixturePeriods, loadFixtureDatasets } from './fixtures/datasets';

/** The routes over the mock API, with the path (and query) of every request the API client sends. */
function routesWithRequestLog(delayMs = 0, loadDatasets: () => Promise<BundledDatasets> = loadFixtureDatasets) {
  const mockFetch = createMockFetch({ loadDatasets, delayMs });
  const basePath = new URL(mockBaseUrl).pathname.replace(/\/$/, '');
  const requested: string[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    requested.push(`${url.pathname.slice(basePath.length)}${url.search}`);
    return mockFetch(input, init);
  };
  const client = createApiClient({ baseUrl: mockBaseUrl, fetchImpl });
  const queryClient = createAppQueryClient();
  return { routes: createRoutes({ client, queryClient }), requested, queryClient };
}

/** The fixtures with 2022 holding no `kind` of data, so that the latest period of each kind differs. */
function fixturesWithout2022(kind: keyof Period['holds']) {
  const periods = fixtureCatalog.periods.map((period) => (period.id === '2022' ? { ...period, holds: { ...period.holds, [kind]: false } } : period));
  const datasets = fixturePeriods.map((dataset) =>
    dataset.periodId !== '2022' ? dataset : kind === 'tasks' ? { ...dataset, tasks: [] } : { ...dataset, tables: [], findings: [] },
  );
  return () => inMemoryDatasets({ ...fixtureCatalog, periods }, datasets);
}

describe('page routes ask for their data as the navigation starts', () => {
  // No page is rendered in these tests: every request below comes from a route, not from a page's own queries.
  it('/agencies asks for the period’s tables, the catalogue and the findings of the period in the URL', async () => {
    const { routes, requested } = routesWithRequestLog();
    const router = createMemoryRouter(routes, { initialEntries: ['/agencies?period=2020&q=ninh'] });
    await vi.waitFor(() => expect(requested).toEqual(expect.arrayContaining(['/periods/2020/agencies', '/agencies', '/findings?period=2020'])));
    expect(requested).not.toContain('/periods/2022/agencies');
    router.dispose();
  });

  it('/tasks asks for the latest period holding tasks when the URL names none', async () => {
    const { routes, requested } = routesWithRequestLog(0, fixturesWithout2022('tasks'));
    const router = createMemoryRouter(routes, { initialEntries: ['/tasks'] });
    await vi.waitFor(() => expect(requested).toEqual(expect.arrayContaining(['/periods/2020/tasks', '/agencies'])));
    expect(requested).not.toContain('/periods/2022/tasks');
    router.dispose();
  });

  it('/agencies asks for the latest period holding statistics when the URL names none', async () => {
    const { routes, requested } = routesWithRequestLog(0, fixturesWithout2022('statistics'));
    const router = createMemoryRouter(routes, { initialEntries: ['/agencies'] });
    await vi.waitFor(() => expect(requested).toEqual(expect.arrayContaining(['/periods/2020/agencies', '/agencies', '/findings?period=2020'])));
    expect(requested).not.toContain('/periods/2022/agencies');
    router.dispose();
  });

  it('/ asks for the period’s tables and those of the period it is compared with', async () => {
    const { routes, requested } = routesWithRequestLog();
    const router = createMemoryRouter(routes, { initialEntries: ['/?period=2022'] });
    await vi.waitFor(() => expect(requested).toEqual(expect.arrayContaining(['/periods/2022/agencies', '/periods/2020/agencies', '/periods/2022/tasks', '/findings?period=2022'])));
    router.dispose();
  });

  it('asks again for another period; a search typed into the URL is taken at once, without running the loader', async () => {
    const { routes, requested } = routesWithRequestLog();
    const router = createMemoryRouter(routes, { initialEntries: ['/agencies?period=2022'] });
    await vi.waitFor(() => expect(router.state.initialized).toBe(true), { timeout: 5000 });
    expect(requested).toContain('/periods/2022/agencies');
    const searched = router.navigate('/agencies?period=2022&q=ninh');
    expect(router.state.navigation.state).toBe('idle');
    expect(router.state.location.search).toBe('?period=2022&q=ninh');
    await searched;
    const switched = router.navigate('/agencies?period=2020&q=ninh');
    expect(router.state.navigation.state).toBe('loading');
    await switched;
    await vi.waitFor(() => expect(requested).toContain('/periods/2020/agencies'));
    router.dispose();
  });

  it.each([
    ['names an unknown period', '/agencies?period=1999'],
    ['names a period without dossier statistics (2020-H1), which /agencies shows as empty', '/agencies?period=2020-H1'],
  ])('asks for nothing more than the period list when the URL %s', async (_case, url) => {
    const { routes, requested, queryClient } = routesWithRequestLog();
    const router = createMemoryRouter(routes, { initialEntries: [url] });
    await vi.waitFor(() => expect(queryClient.getQueryState(['periods'])?.status).toBe('success'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requested).toEqual(['/periods']);
    router.dispose();
  });

  it('asks for nothing for a page left before the period list arrived', async () => {
    const { routes, requested, queryClient } = routesWithRequestLog(30);
    const router = createMemoryRouter(routes, { initialEntries: ['/agencies?period=2022'] });
    await router.navigate('/data');
    await vi.waitFor(() => expect(queryClient.getQueryState(['periods'])?.status).toBe('success'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requested).toEqual(['/periods']);
    router.dispose();
  });
});

describe('prerenderedLoaderData', () => {
  it('marks every matched route that has a loader as loaded, so hydration draws the page the build drew', () => {
    const { routes } = routesWithRequestLog();
    expect(prerenderedLoaderData(routes, '/agencies')).toEqual({ agencies: null });
    expect(prerenderedLoaderData(routes, '/')).toEqual({ overview: null });
    expect(prerenderedLoaderData(routes, '/trends')).toEqual({});
  });

  it('lets a router built on it, with the page’s code loaded, start initialized without running the loaders', async () => {
    const { routes, requested } = routesWithRequestLog();
    await resolveLazyRoutes(routes, '/tasks');
    const router = createMemoryRouter(routes, {
      initialEntries: ['/tasks'],
      hydrationData: { loaderData: prerenderedLoaderData(routes, '/tasks') },
    });
    expect(router.state.initialized).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requested).toEqual([]);
    router.dispose();
  });
});
