import { SkeletonLines } from '@/components/Skeleton';
import { useI18n } from '@/i18n/I18nProvider';

/** What the very first load shows while the first page's code arrives. */
export function ShellFallback() {
  const { t } = useI18n();
  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="brand">
            <span className="brand__name">{t('app.shortTitle')}</span>
            <span className="brand__subtitle">{t('app.subtitle')}</span>
          </p>
        </div>
      </header>
      <main id="main" className="site-main">
        <SkeletonLines lines={6} />
      </main>
    </>
  );
}
