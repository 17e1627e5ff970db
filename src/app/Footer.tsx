import type { Period, SourceDocument } from '@/domain/dataset/schema';
import { useI18n, type I18nContextValue } from '@/i18n/I18nProvider';

/** "39/BC-UBND (UBND tỉnh Khánh Hòa, ngày 24/02/2023)"; an unnumbered document goes by its title. */
function describeSource(source: SourceDocument, { t, fmt }: Pick<I18nContextValue, 't' | 'fmt'>): string {
  const number = source.number ?? source.title;
  const dated = source.date ? `, ${t('footer.reportDate', { date: fmt.date(source.date) })}` : '';
  return `${number} (${source.issuer}${dated})`;
}

/** Which report(s) the figures on screen come from, and the window they were counted over. */
export function Footer({ period }: { period: Period | undefined }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {period ? (
          <p className="source-line" data-testid="source-line">
            <span>
              {t('footer.sources', {
                sources: period.sources.map((source) => describeSource(source, i18n)).join('; '),
              })}
            </span>
            <span>
              {t(period.holds.statistics ? 'footer.window' : 'footer.taskWindow', {
                range: fmt.dateRange(period.statisticsWindow.start, period.statisticsWindow.end),
              })}
            </span>
          </p>
        ) : null}
        <p className="site-footer__note">{t('footer.note')}</p>
      </div>
    </footer>
  );
}
