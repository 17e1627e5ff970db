/**
 * The server entry of the build-time prerender (scripts/prerender.ts): draws
 * a page with the embedded mock API, the way the browser's first render will
 * draw it, so the page's HTML can be shipped ready and hydrated by main.tsx.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import {
  dehydrate,
  QueryClient,
  type DefaultedQueryObserverOptions,
  type DefaultError,
  type DehydratedState,
  type FetchQueryOptions,
  type QueryKey,
  type QueryObserverOptions,
} from '@tanstack/react-query';
import { createApiClient } from '@/api/client';
import { createBundledMockFetch } from '@/api/mock/mockFetch';
import { mockBaseUrl } from '@/api/mock/mockBaseUrl';
import { AppProviders, createAppQueryClient } from '@/app/AppProviders';
import { PageTitleCollector } from '@/app/usePageTitle';
import { createRoutes } from '@/app/routes';
import { DEFAULT_LANG } from '@/i18n/I18nProvider';

export { PRERENDERED_QUERIES_ID } from '@/app/prerendered';

export interface PrerenderedPage {
  /** The markup of #root. */
  html: string;
  /** The document title the page sets (see usePageTitle), or null when it sets none. */
  title: string | null;
  /** The query cache the markup was drawn from; the browser starts from it. */
  queries: DehydratedState;
}

/**
 * A render asks for data through useQuery, which never fetches on a server; this records what it asked for.
 * (The routes' loaders, which the static handler runs, do start fetches: of the same queries, which the
 * rounds below then wait for.)
 */
class RecordingQueryClient extends QueryClient {
  readonly requested = new Map<string, FetchQueryOptions>();

  override defaultQueryOptions<
    TQueryFnData = unknown,
    TError = DefaultError,
    TData = TQueryFnData,
    TQueryData = TQueryFnData,
    TQueryKey extends QueryKey = QueryKey,
    TPageParam = never,
  >(
    options:
      | QueryObserverOptions<TQueryFnData, TError, TData, TQueryData, TQueryKey, TPageParam>
      | DefaultedQueryObserverOptions<TQueryFnData, TError, TData, TQueryData, TQueryKey>,
  ): DefaultedQueryObserverOptions<TQueryFnData, TError, TData, TQueryData, TQueryKey> {
    const defaulted = super.defaultQueryOptions(options);
    if (defaulted.enabled !== false && defaulted.queryHash !== undefined) {
      this.requested.set(defaulted.queryHash, defaulted as unknown as FetchQueryOptions);
    }
    return defaulted;
  }
}

const maxDataRounds = 6;

/** Draws `pathname` in the default language, fetching what each render asks for until a render asks for nothing new. */
export async function prerenderPage(pathname: string): Promise<PrerenderedPage> {
  const client = createApiClient({ baseUrl: mockBaseUrl, fetchImpl: createBundledMockFetch() });
  const queryClient = new RecordingQueryClient({ defaultOptions: createAppQueryClient().getDefaultOptions() });
  const handler = createStaticHandler(createRoutes({ client, queryClient }));
  const context = await handler.query(new Request(new URL(pathname, 'http://prerender.invalid')));
  if (context instanceof Response) throw new Error(`${pathname} answered a redirect or a response, not a page`);
  if (context.errors) throw new Error(`${pathname} failed to route: ${JSON.stringify(context.errors)}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  let title: string | null = null;
  const page = (
    <StrictMode>
      <PageTitleCollector.Provider value={(pageTitle) => (title = pageTitle)}>
        <AppProviders client={client} queryClient={queryClient} initialLang={DEFAULT_LANG}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </AppProviders>
      </PageTitleCollector.Provider>
    </StrictMode>
  );

  for (let round = 0; round < maxDataRounds; round++) {
    queryClient.requested.clear();
    const html = renderToString(page);
    const missing = [...queryClient.requested.values()].filter(
      (options) => queryClient.getQueryState(options.queryKey)?.status !== 'success',
    );
    if (missing.length === 0) {
      // renderToString leaves a suspended part as its fallback, for the browser to draw: not a page worth shipping.
      if (html.includes('<!--$!')) throw new Error(`part of ${pathname} suspended while drawn at build time`);
      return { html, title, queries: dehydrate(queryClient) };
    }
    await Promise.all(missing.map((options) => queryClient.fetchQuery(options)));
  }
  throw new Error(`${pathname} still asked for new data after ${maxDataRounds} renders`);
}
