import { ErrorState } from '@/components/ErrorState';
import { I18nProvider } from '@/i18n/I18nProvider';

/** The app could not even create its API client (a malformed VITE_API_URL): explain instead of a blank page. */
export function StartupError({ error }: { error: unknown }) {
  return (
    <I18nProvider>
      <main id="main" className="site-main">
        <ErrorState error={error} onRetry={() => window.location.reload()} />
      </main>
    </I18nProvider>
  );
}
