import '@/app/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createAppApiClient } from '@/api/apiClient';
import { App } from '@/app/App';
import { resolveLazyRoutes, takePrerenderedQueries } from '@/app/prerendered';
import { routes } from '@/app/routes';
import { StartupError } from '@/app/StartupError';
import '@/app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const prerenderedQueries = takePrerenderedQueries(document);

createAppApiClient().then(
  async (client) => {
    if (prerenderedQueries) {
      await resolveLazyRoutes(routes, window.location.pathname);
      hydrateRoot(
        container,
        <StrictMode>
          <App client={client} prerenderedQueries={prerenderedQueries} />
        </StrictMode>,
      );
    } else {
      container.replaceChildren();
      createRoot(container).render(
        <StrictMode>
          <App client={client} />
        </StrictMode>,
      );
    }
  },
  (error: unknown) => {
    container.replaceChildren();
    createRoot(container).render(<StartupError error={error} />);
  },
);
