import '@/app/zodWithoutEval';
import { StrictMode, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createAppApiClient } from '@/api/apiClient';
import type { ApiClient } from '@/api/client';
import { App } from '@/app/App';
import { resolveLazyRoutes, takePrerenderedQueries } from '@/app/prerendered';
import { routes } from '@/app/routes';
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
  const hydrating = prerenderedQueries !== null && (await resolveLazyRoutes(routes, window.location.pathname).then(() => true, () => false));
  if (hydrating) {
    hydrateRoot(
      container,
      <StrictMode>
        <App client={client} prerenderedQueries={prerenderedQueries} />
      </StrictMode>,
    );
  } else {
    // The router of a fresh draw loads the route's code again, or shows its error with a retry.
    drawAfresh(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    );
  }
}

createAppApiClient().then(start, (error: unknown) => drawAfresh(<StartupError error={error} />));
