import { Suspense, useLayoutEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Outlet, useLocation, useNavigation, useNavigationType, useSearchParams } from 'react-router';
import { useApiClient } from '@/api/ApiProvider';
import { periodsQueryOptions } from '@/api/queries';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { SkeletonLines } from '@/components/Skeleton';
import { useFailureUntilRetried } from '@/hooks/useFailureUntilRetried';
import { useI18n } from '@/i18n/I18nProvider';
import { Footer } from './Footer';
import { Header } from './Header';
import { PERIOD_PARAM, resolvePeriod } from './period';
import { UnknownPeriod } from './UnknownPeriod';
import { useRouteHandle } from './useRouteHandle';

/**
 * After a page change, move focus to the main region so keyboard and
 * screen-reader users start at the new content, and, unless the change is a
 * Back or Forward, show the new page from its top: the browser keeps the
 * scroll of the page left, which opened /tasks halfway down after a link at
 * the foot of the overview. Choosing a period on the unknown-period message
 * changes only the query, and the link pressed goes with the message: the
 * focus, fallen to <body>, goes to the page that replaces it. A layout
 * effect, so the new page is never painted at the old page's scroll, and the
 * focus moves in the same commit that removed what held it.
 */
function useFocusMainOnPageChange(showsUnknownPeriod: boolean) {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);
  const showedUnknownPeriod = useRef(showsUnknownPeriod);
  useLayoutEffect(() => {
    const pageChanged = previousPath.current !== pathname;
    const leftUnknownPeriod = showedUnknownPeriod.current && !showsUnknownPeriod;
    previousPath.current = pathname;
    showedUnknownPeriod.current = showsUnknownPeriod;
    const focusFell = document.activeElement === null || document.activeElement === document.body;
    if (pageChanged && navigationType !== 'POP') window.scrollTo(0, 0);
    if (pageChanged || (leftUnknownPeriod && focusFell)) mainRef.current?.focus({ preventScroll: pageChanged });
  }, [pathname, showsUnknownPeriod, navigationType]);
  return mainRef;
}

/**
 * The shell around every page. It loads the period list first: every page
 * depends on it, and a failure here is shown once, with a retry, in place of
 * the page, while the header and footer stay.
 */
export function Layout() {
  const client = useApiClient();
  const { t } = useI18n();
  const periodsQuery = useQuery(periodsQueryOptions(client));
  const [searchParams] = useSearchParams();
  const { periodNeed, showsEveryPeriod } = useRouteHandle();
  const navigation = useNavigation();
  const periodsFailure = useFailureUntilRetried(periodsQuery);

  const periods = periodsQuery.data?.periods;
  const resolved = periods ? resolvePeriod(periods, searchParams.get(PERIOD_PARAM), periodNeed) : undefined;
  const periodsOnScreen = showsEveryPeriod ? (periods ?? []) : resolved?.period ? [resolved.period] : [];
  const mainRef = useFocusMainOnPageChange(resolved?.unknownId != null);

  function content() {
    if (periodsFailure) {
      return <ErrorState error={periodsFailure.error} onRetry={periodsFailure.retry} retrying={periodsFailure.retrying} />;
    }
    if (!periodsQuery.isSuccess) return <SkeletonLines lines={6} />;
    if (resolved?.unknownId != null) return <UnknownPeriod periodId={resolved.unknownId} periods={periodsQuery.data.periods} />;
    if (resolved?.period === undefined) return <EmptyState title={t('state.empty')} />;
    return (
      <Suspense fallback={<SkeletonLines lines={6} />}>
        <Outlet />
      </Suspense>
    );
  }

  return (
    <div className="app-shell">
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          // Focus directly: a bare hash change would also reach the router as a navigation.
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('skipLink')}
      </a>
      <Header periods={periods} period={resolved?.period} showsEveryPeriod={showsEveryPeriod} />
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main" aria-busy={navigation.state === 'loading'}>
        {content()}
      </main>
      <Footer periods={periodsOnScreen} />
    </div>
  );
}
