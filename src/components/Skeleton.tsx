import { useI18n } from '@/i18n/I18nProvider';

/** Announces the load once; the grey shapes themselves are hidden from screen readers. */
function LoadingAnnouncement() {
  const { t } = useI18n();
  return <span className="visually-hidden">{t('state.loading')}</span>;
}

export function SkeletonLines({ lines = 3 }: { lines?: number }) {
  return (
    <div className="skeleton" role="status" aria-busy="true">
      <LoadingAnnouncement />
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="skeleton__line" aria-hidden="true" />
      ))}
    </div>
  );
}

export function SkeletonCards({ count = 6 }: { count?: number }) {
  return (
    <div className="skeleton kpi-grid" role="status" aria-busy="true">
      <LoadingAnnouncement />
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="skeleton__card" aria-hidden="true" />
      ))}
    </div>
  );
}

export function SkeletonTable({ rows = 6, columns = 5 }: { rows?: number; columns?: number }) {
  return (
    <div className="skeleton" role="status" aria-busy="true">
      <LoadingAnnouncement />
      <div className="skeleton__table" aria-hidden="true" style={{ gridTemplateColumns: `repeat(${columns}, 1fr)` }}>
        {Array.from({ length: rows * columns }, (_, index) => (
          <div key={index} className="skeleton__cell" />
        ))}
      </div>
    </div>
  );
}
