import type { ReactNode } from 'react';
import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiProvider } from '@/api/ApiProvider';
import type { ApiClient } from '@/api/client';
import type { Lang } from '@/domain/format';
import { I18nProvider } from '@/i18n/I18nProvider';

/** Query defaults for the app; retry and freshness are set per endpoint in src/api/queries.ts. */
export function createAppQueryClient(): QueryClient {
  // A response is drawn in the task that delivered it rather than a timer later, so a page can start
  // on the response that came first while the next is still being read: /agencies merges a period's
  // 10,000 rows before the catalogue is checked. The scheduler is module-wide in TanStack Query; it
  // is set where the app's client is made so that the app, its tests and the prerender share it.
  notifyManager.setScheduler(queueMicrotask);
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
}

export interface AppProvidersProps {
  client: ApiClient;
  queryClient: QueryClient;
  initialLang?: Lang;
  children: ReactNode;
}

export function AppProviders({ client, queryClient, initialLang, children }: AppProvidersProps) {
  return (
    <I18nProvider initialLang={initialLang}>
      <ApiProvider client={client}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ApiProvider>
    </I18nProvider>
  );
}
