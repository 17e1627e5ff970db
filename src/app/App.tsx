import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
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
