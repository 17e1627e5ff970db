import { Link, useLocation, useSearchParams } from 'react-router';
import type { Period } from '@/domain/dataset/schema';
import { useI18n } from '@/i18n/I18nProvider';
import { periodLabel, withPeriod } from './period';
import { usePageTitle } from './usePageTitle';

/** `?period=` names no known period: say so and offer every valid one for the same page. */
export function UnknownPeriod({ periodId, periods }: { periodId: string; periods: Period[] }) {
  const { t, lang } = useI18n();
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  usePageTitle(t('period.unknownTitle', { periodId }));
  return (
    <section className="page" aria-labelledby="unknown-period-title">
      <div className="state state--error" role="alert">
        <h1 id="unknown-period-title" className="state__title">
          {t('period.unknownTitle', { periodId })}
        </h1>
        <p className="state__detail">{t('period.unknownBody')}</p>
        <ul className="link-list">
          {periods.map((period) => (
            <li key={period.id}>
              <Link to={{ pathname, search: `?${withPeriod(searchParams, period.id).toString()}` }}>
                {periodLabel(period, lang)} ({period.id})
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
