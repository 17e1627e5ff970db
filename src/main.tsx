import '@/app/zodWithoutEval';
import { StrictMode, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { hydrate } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { createAppApiClient } from '@/api/apiClient';
import type { ApiClient } from '@/api/client';
import { App } from '@/app/App';
import { createAppQueryClient } from '@/app/AppProviders';
import { prerenderedLoaderData, resolveLazyRoutes, takePrerenderedQueries } from '@/app/prerendered';
import { createRoutes } from '@/app/routes';
import { StartupError } from '@/app/StartupError';
import '@/app/styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const container: HTMLElement = rootElement;
const prerenderedQueries = takePrerenderedQueries(document);

/** Replaces whatever #root holds (a page the build drew for another view) with a fresh render. */
function drawAfresh(element: ReactNode): void {
  container.replaceChildren();
  createRoot(container).render(element);
}

/** Hydrates the page the build drew, once its route's code is in; otherwise, or if that code fails to arrive, draws afresh. */
async function start(client: ApiClient): Promise<void> {
  const queryClient = createAppQueryClient();
  const routes = createRoutes({ client, queryClient });
  const { pathname } = window.location;
  const hydrating = prerenderedQueries !== null && (await resolveLazyRoutes(routes, pathname).then(() => true, () => false));
  if (hydrating) {
    hydrate(queryClient, prerenderedQueries);
    const router = createBrowserRouter(routes, { hydrationData: { loaderData: prerenderedLoaderData(routes, pathname) } });
    hydrateRoot(
      container,
      <StrictMode>
        <App client={client} queryClient={queryClient} router={router} />
      </StrictMode>,
    );
  } else {
    // The router of a fresh draw loads the route's code again, or shows its error with a retry.
    const router = createBrowserRouter(routes);
    drawAfresh(
      <StrictMode>
        <App client={client} queryClient={queryClient} router={router} />
      </StrictMode>,
    );
  }
}

createAppApiClient().then(start, (error: unknown) => drawAfresh(<StartupError error={error} />));
