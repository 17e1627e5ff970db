import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useI18n } from '@/i18n/I18nProvider';
import { NotFoundContent } from './NotFoundPage';
import { usePageTitle } from './usePageTitle';

/** A lazily imported page chunk that could not be fetched (offline, or replaced by a newer build). */
function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(error.message)
  );
}

/**
 * Shown in place of a page that crashed (render error, failed chunk). It sits
 * inside the layout, so the header, navigation and footer keep working.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundContent />;
  return <CrashedPage error={error} />;
}

function CrashedPage({ error }: { error: unknown }) {
  const { t } = useI18n();
  usePageTitle(t('routeError.title'));
  const detail = isChunkLoadError(error) ? t('routeError.chunk') : error instanceof Error ? error.message : null;
  return (
    <section className="page" aria-labelledby="route-error-title">
      <div className="state state--error" role="alert">
        <h1 id="route-error-title" className="state__title">
          {t('routeError.title')}
        </h1>
        <p className="state__detail">{t('routeError.body')}</p>
        {detail ? <p className="state__detail state__detail--technical">{detail}</p> : null}
        <div className="state__actions">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('routeError.reload')}
          </button>
          <Link to="/" className="button button--secondary">
            {t('routeError.home')}
          </Link>
        </div>
      </div>
    </section>
  );
}
