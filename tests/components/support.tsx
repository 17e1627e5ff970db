import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Lang } from '@/domain/format';
import { I18nProvider } from '@/i18n/I18nProvider';

export function renderWithI18n(ui: ReactElement, lang: Lang = 'vi') {
  return render(<I18nProvider initialLang={lang}>{ui}</I18nProvider>);
}
