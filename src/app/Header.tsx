import { NavLink, useSearchParams } from 'react-router';
import type { Period } from '@/domain/dataset/schema';
import { useI18n } from '@/i18n/I18nProvider';
import type { CoreMessageKey } from '@/i18n/messages';
import { LanguageSwitch } from './LanguageSwitch';
import { PERIOD_PARAM } from './period';
import { PeriodSwitcher } from './PeriodSwitcher';

const navItems: ReadonlyArray<{ to: string; label: CoreMessageKey; end: boolean }> = [
  { to: '/', label: 'nav.overview', end: true },
  { to: '/agencies', label: 'nav.agencies', end: false },
  { to: '/trends', label: 'nav.trends', end: false },
  { to: '/tasks', label: 'nav.tasks', end: false },
  { to: '/data', label: 'nav.data', end: false },
];

export interface HeaderProps {
  periods: Period[] | undefined;
  period: Period | undefined;
  showsEveryPeriod: boolean;
}

export function Header({ periods, period, showsEveryPeriod }: HeaderProps) {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const chosenPeriod = searchParams.get(PERIOD_PARAM);
  // A period chosen in the URL follows the user from page to page; page-specific filters do not.
  const search = chosenPeriod ? `?${new URLSearchParams({ [PERIOD_PARAM]: chosenPeriod }).toString()}` : '';
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <NavLink to={{ pathname: '/', search }} className="brand">
          <span className="brand__name">{t('app.shortTitle')}</span>
          <span className="brand__subtitle">{t('app.subtitle')}</span>
        </NavLink>
        <div className="site-header__controls">
          <PeriodSwitcher periods={periods} current={period} showsEveryPeriod={showsEveryPeriod} />
          <LanguageSwitch />
        </div>
      </div>
      <nav className="site-nav" aria-label={t('nav.label')}>
        <ul className="site-nav__list">
          {navItems.map((item) => (
            <li key={item.to}>
              <NavLink to={{ pathname: item.to, search }} end={item.end} className="site-nav__link">
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
