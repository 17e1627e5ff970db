import { Link, useLocation } from 'react-router';
import { useI18n } from '@/i18n/I18nProvider';
import { usePageTitle } from './usePageTitle';

export function NotFoundContent() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  usePageTitle(t('notFound.title'));
  return (
    <section className="page" aria-labelledby="not-found-title">
      <div>
        <h1 id="not-found-title">{t('notFound.title')}</h1>
        <p>{t('notFound.body', { path: pathname })}</p>
        <p>
          <Link to="/">{t('notFound.home')}</Link>
        </p>
      </div>
    </section>
  );
}

export function NotFoundPage() {
  return <NotFoundContent />;
}
