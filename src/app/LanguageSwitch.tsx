import { languages } from '@/domain/format';
import { useI18n } from '@/i18n/I18nProvider';

/** Two toggle buttons; each names its language in that language. */
export function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('lang.label')}>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={lang === option}
          onClick={() => setLang(option)}
        >
          {t(option === 'vi' ? 'lang.vi' : 'lang.en')}
        </button>
      ))}
    </div>
  );
}
