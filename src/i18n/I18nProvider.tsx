import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatPointChange,
  formatSignedNumber,
  isLang,
  missingValueLabel,
  type Lang,
} from '@/domain/format';
import { translator, type MessageBundle, type Translate } from './defineMessages';
import { coreMessages, type CoreMessageKey } from './messages';

/** localStorage key of the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'cchc.lang';

export const DEFAULT_LANG: Lang = 'vi';

/** Formatters bound to the current language. */
export interface BoundFormat {
  number: (value: number | null | undefined, maximumFractionDigits?: number) => string;
  percent: (value: number | null | undefined, fractionDigits?: number) => string;
  signed: (value: number | null | undefined) => string;
  points: (value: number | null | undefined) => string;
  date: (isoDate: string | null | undefined) => string;
  dateRange: (start: string | null | undefined, end: string | null | undefined) => string;
  dateTime: (isoDateTime: string | null | undefined) => string;
  missingLabel: string;
}

export interface I18nContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate<CoreMessageKey>;
  fmt: BoundFormat;
}

const I18nContext = createContext<I18nContextValue | null>(null);

function readStoredLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLang(stored) ? stored : DEFAULT_LANG;
  } catch {
    // Storage can be blocked (privacy mode); the default language still works.
    return DEFAULT_LANG;
  }
}

function storeLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Not persisting the choice is acceptable; the switch still applies for this visit.
  }
}

function bindFormat(lang: Lang): BoundFormat {
  return {
    number: (value, digits) => formatNumber(value, lang, digits),
    percent: (value, digits) => formatPercent(value, lang, digits),
    signed: (value) => formatSignedNumber(value, lang),
    points: (value) => formatPointChange(value, lang),
    date: (isoDate) => formatDate(isoDate, lang),
    dateRange: (start, end) => formatDateRange(start, end, lang),
    dateTime: (isoDateTime) => formatDateTime(isoDateTime, lang),
    missingLabel: missingValueLabel(lang),
  };
}

export function I18nProvider({ children, initialLang }: { children: ReactNode; initialLang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? readStoredLang());

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    setLangState(next);
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({ lang, setLang, t: translator(coreMessages, lang), fmt: bindFormat(lang) }),
    [lang, setLang],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** A translator for a feature's own bundle (see defineMessages), in the current language. */
export function useMessages<Key extends string>(bundle: MessageBundle<Key>): Translate<Key> {
  const { lang } = useI18n();
  return useMemo(() => translator(bundle, lang), [bundle, lang]);
}
