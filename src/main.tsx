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

async function start(client: ApiClient): Promise<void> {
  if (prerenderedQueries) {
    try {
      await resolveLazyRoutes(routes, window.location.pathname);
    } catch {
      // The page's code did not arrive: the router, drawing afresh, loads it again or shows its error with a retry.
      drawAfresh(
        <StrictMode>
          <App client={client} />
        </StrictMode>,
      );
      return;
    }
    hydrateRoot(
      container,
      <StrictMode>
        <App client={client} prerenderedQueries={prerenderedQueries} />
      </StrictMode>,
    );
  } else {
    drawAfresh(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    );
  }
}

createAppApiClient().then(start, (error: unknown) => drawAfresh(<StartupError error={error} />));
