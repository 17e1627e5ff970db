import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { boundFormat, isLang, type BoundFormat, type Lang } from '@/domain/format';
import { translator, type MessageBundle, type Translate } from './defineMessages';
import { coreMessages, type CoreMessageKey } from './messages';

/** localStorage key of the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'cchc.lang';

export const DEFAULT_LANG: Lang = 'vi';

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
    () => ({ lang, setLang, t: translator(coreMessages, lang), fmt: boundFormat(lang) }),
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
