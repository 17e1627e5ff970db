import { useState } from 'react';
import { createBrowserRouter } from 'react-router';
// The DOM entry's provider hands ReactDOM's flushSync to the router, so a URL update can ask to be drawn at once.
import { RouterProvider } from 'react-router/dom';
import type { ApiClient } from '@/api/client';
import { AppProviders, createAppQueryClient } from './AppProviders';
import { routes } from './routes';

export function App({ client }: { client: ApiClient }) {
  const [queryClient] = useState(createAppQueryClient);
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <AppProviders client={client} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
