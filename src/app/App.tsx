import { useState } from 'react';
import { hydrate, type DehydratedState } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
// The DOM entry's provider hands ReactDOM's flushSync to the router, so a URL update can ask to be drawn at once.
import { RouterProvider } from 'react-router/dom';
import type { ApiClient } from '@/api/client';
import { AppProviders, createAppQueryClient } from './AppProviders';
import { routes } from './routes';

export interface AppProps {
  client: ApiClient;
  /** The query cache a build-time page was drawn from (see src/app/prerendered.ts). */
  prerenderedQueries?: DehydratedState;
}

export function App({ client, prerenderedQueries }: AppProps) {
  const [queryClient] = useState(() => {
    const created = createAppQueryClient();
    if (prerenderedQueries) hydrate(created, prerenderedQueries);
    return created;
  });
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <AppProviders client={client} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
