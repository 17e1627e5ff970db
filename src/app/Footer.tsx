import type { Period, SourceDocument } from '@/domain/dataset/schema';
import { useI18n, type I18nContextValue } from '@/i18n/I18nProvider';

/** "39/BC-UBND (UBND tỉnh Khánh Hòa, ngày 24/02/2023)"; an unnumbered document goes by its title. */
function describeSource(source: SourceDocument, { t, fmt }: Pick<I18nContextValue, 't' | 'fmt'>): string {
  const number = source.number ?? source.title;
  const dated = source.date ? `, ${t('footer.reportDate', { date: fmt.date(source.date) })}` : '';
  return `${number} (${source.issuer}${dated})`;
}

/**
 * Which report(s) the figures on screen come from, and, when they are one
 * period's, the window they were counted over.
 */
export function Footer({ periods }: { periods: readonly Period[] }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const [only] = periods;
  const sources = [...new Set(periods.flatMap((period) => period.sources.map((source) => describeSource(source, i18n))))];
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {periods.length > 0 ? (
          <p className="source-line" data-testid="source-line">
            {sources.length > 0 ? <span>{t('footer.sources', { sources: sources.join('; ') })}</span> : null}
            {only && periods.length === 1 ? (
              <span>
                {t(only.holds.statistics ? 'footer.window' : 'footer.taskWindow', {
                  range: fmt.dateRange(only.statisticsWindow.start, only.statisticsWindow.end),
                })}
              </span>
            ) : null}
          </p>
        ) : null}
        <p className="site-footer__note">{t('footer.note')}</p>
      </div>
    </footer>
  );
}
