import { taskStatuses } from '@/domain/dataset/schema';
import { useHydrated } from '@/hooks/useHydrated';
import type { StatusCounts } from '@/domain/tasks/board';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { taskStatusKey } from '@/i18n/messages';
import { taskMessages } from './messages';

/**
 * A bar split by status, for a glance, and the same counts as text, which is
 * what screen readers get: the bar itself is decoration.
 */
export function StatusProgress({ counts, total }: { counts: StatusCounts; total: number }) {
  const { t, fmt } = useI18n();
  const m = useMessages(taskMessages);
  const present = taskStatuses.filter((status) => counts[status] > 0);
  // The segments' widths are inline styles, which the CSP blocks in markup drawn at build time:
  // that markup shows an empty bar rather than equal, wrong segments, and hydration fills it.
  const hydrated = useHydrated();
  return (
    <div className="status-progress">
      <div className="status-progress__bar" aria-hidden="true">
        {hydrated &&
          present.map((status) => (
            <span
              key={status}
              className={`status-progress__segment task-status--${status}`}
              style={{ flexGrow: counts[status] }}
              title={`${t(taskStatusKey(status))}: ${fmt.number(counts[status])}/${fmt.number(total)}`}
            />
          ))}
      </div>
      <ul className="status-progress__counts" aria-label={m('groupCounts')}>
        {present.map((status) => (
          <li key={status}>
            <span className={`status-progress__swatch task-status--${status}`} aria-hidden="true" />
            {fmt.number(counts[status])} {t(taskStatusKey(status))}
          </li>
        ))}
      </ul>
    </div>
  );
}
