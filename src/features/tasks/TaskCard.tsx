import { memo, useId } from 'react';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { taskStatusKey } from '@/i18n/messages';
import { LeadChips } from './LeadChips';
import { taskMessages } from './messages';
import { StatusBadge } from './StatusBadge';
import { TaskDeadline } from './TaskDeadline';
import type { OpenTask, TaskItem } from './types';

/**
 * Memoised: a filter change keeps most cards, and their items (from the
 * page's memoised list) and `onOpen` (a stable callback) are the same objects,
 * so only the cards that come or go cost anything.
 */
export const TaskCard = memo(function TaskCard({ item, onOpen }: { item: TaskItem; onOpen: OpenTask }) {
  const { t } = useI18n();
  const m = useMessages(taskMessages);
  const { task } = item;
  // Grouped by lead agency, a task with joint leads has a card in each group: the id must be per card.
  const titleId = useId();
  return (
    <article className={item.overdue ? 'task-card task-card--overdue' : 'task-card'} aria-labelledby={titleId}>
      <div className="task-card__top">
        <span className="task-card__code">{task.code}</span>
        <span className="task-card__status">
          <StatusBadge status={item.status} />
          {item.override === null ? null : <span className="task-card__changed">{m('statusChangedBadge')}</span>}
        </span>
      </div>
      <h3 className="task-card__title" id={titleId}>
        <button
          type="button"
          className="task-card__open"
          aria-haspopup="dialog"
          data-task-id={task.id}
          lang="vi"
          onClick={(event) => onOpen(task.id, event.currentTarget)}
        >
          {task.title}
        </button>
      </h3>
      <dl className="task-card__facts">
        <div>
          <dt>{m('deadline')}</dt>
          <dd>
            <TaskDeadline boardTask={item} />
          </dd>
        </div>
        <div>
          <dt>{m('leads')}</dt>
          <dd>
            <LeadChips task={task} />
          </dd>
        </div>
      </dl>
      {item.override === null ? null : (
        <p className="note">{m('reportStatusShort', { status: t(taskStatusKey(item.reportStatus)) })}</p>
      )}
    </article>
  );
});
