import type { QueryClient } from '@tanstack/react-query';
import type { DataRouter } from 'react-router';
// The DOM entry's provider hands ReactDOM's flushSync to the router, so a URL update can ask to be drawn at once.
import { RouterProvider } from 'react-router/dom';
import type { ApiClient } from '@/api/client';
import { AppProviders } from './AppProviders';

export interface AppProps {
  client: ApiClient;
  queryClient: QueryClient;
  /** Made by src/main.tsx over the routes of `createRoutes`, with the same client and query cache. */
  router: DataRouter;
}

export function App({ client, queryClient, router }: AppProps) {
  return (
    <AppProviders client={client} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
