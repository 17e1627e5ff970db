import { useEffect } from 'react';
import { useI18n } from '@/i18n/I18nProvider';

/** Sets the browser tab title to "<page> · CCHC Khánh Hòa", so history entries and screen readers name the page. */
export function usePageTitle(pageTitle: string): void {
  const { t } = useI18n();
  const siteTitle = t('app.shortTitle');
  useEffect(() => {
    document.title = `${pageTitle} · ${siteTitle}`;
  }, [pageTitle, siteTitle]);
}
