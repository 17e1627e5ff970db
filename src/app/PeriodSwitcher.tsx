import { useId } from 'react';
import { useSearchParams } from 'react-router';
import type { Period } from '@/domain/dataset/schema';
import { useI18n } from '@/i18n/I18nProvider';
import { periodLabel, withPeriod } from './period';

interface PeriodSwitcherProps {
  /** Undefined while the list loads: the select holds its place, disabled, so the page below does not jump when it comes. */
  periods: Period[] | undefined;
  current: Period | undefined;
  showsEveryPeriod: boolean;
}

/**
 * Header select; switching keeps the path and every other search parameter
 * (filters, sort). A page that lays every period side by side has no period
 * to switch: the select says so and is disabled, and the period chosen
 * before stays in the links to the other pages.
 */
export function PeriodSwitcher({ periods, current, showsEveryPeriod }: PeriodSwitcherProps) {
  const { t, lang } = useI18n();
  const selectId = useId();
  const [, setSearchParams] = useSearchParams();
  const choices = [...(periods ?? [])].reverse().map((period) => ({
    value: period.id,
    label: period.holds.statistics ? periodLabel(period, lang) : t('period.tasksOnly', { label: periodLabel(period, lang) }),
  }));
  const options =
    periods === undefined
      ? [{ value: '', label: t('period.loading') }]
      : showsEveryPeriod
        ? [{ value: '', label: t('period.every') }]
        : current === undefined
          ? [{ value: '', label: '—' }, ...choices]
          : choices;
  return (
    <div className="period-switcher">
      <label htmlFor={selectId}>{t('period.label')}</label>
      <select
        id={selectId}
        value={showsEveryPeriod ? '' : (current?.id ?? '')}
        disabled={showsEveryPeriod || periods === undefined}
        onChange={(event) => setSearchParams((params) => withPeriod(params, event.target.value))}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
