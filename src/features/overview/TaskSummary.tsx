import { memo } from 'react';
import { Link } from 'react-router';
import type { Period } from '@/domain/dataset/schema';
import { EmptyState } from '@/components/EmptyState';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { taskStatusKey } from '@/i18n/messages';
import { overviewMessages } from './messages';
import type { TaskSummary as Summary } from './overviewData';

/** Count per status, each linking to the task board filtered on that status. */
export const TaskSummary = memo(function TaskSummary({ period, summary }: { period: Period; summary: Summary }) {
  const { t, fmt } = useI18n();
  const m = useMessages(overviewMessages);
  if (summary.total === 0) return <EmptyState title={m('tasksNone')} />;
  return (
    <>
      <p>{m('tasksTotal', { count: summary.total })}</p>
      <ul className="status-list">
        {summary.counts.map(({ status, count }) => (
          <li key={status}>
            <Link
              to={{ pathname: '/tasks', search: `?${new URLSearchParams({ period: period.id, status })}` }}
              aria-label={m('statusLink', { status: t(taskStatusKey(status)), count })}
            >
              <span>{t(taskStatusKey(status))}</span>
              <span className="status-list__count">{fmt.number(count)}</span>
            </Link>
          </li>
        ))}
      </ul>
      {summary.changed > 0 ? <p className="note">{m('tasksChanged', { count: summary.changed })}</p> : null}
      <p className="note">
        <Link to={{ pathname: '/tasks', search: `?${new URLSearchParams({ period: period.id })}` }}>{m('tasksLink')}</Link>
      </p>
    </>
  );
});
