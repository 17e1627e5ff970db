import { createContext, useContext, useEffect } from 'react';
import { useI18n } from '@/i18n/I18nProvider';

/**
 * Where a page drawn at build time (src/prerender.tsx) collects its title:
 * effects do not run there, and the HTML should name the page from the start.
 */
export const PageTitleCollector = createContext<((title: string) => void) | null>(null);

/** Sets the browser tab title to "<page> · CCHC Khánh Hòa", so history entries and screen readers name the page. */
export function usePageTitle(pageTitle: string): void {
  const { t } = useI18n();
  const title = `${pageTitle} · ${t('app.shortTitle')}`;
  useContext(PageTitleCollector)?.(title);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
