import type { BoardTask } from '@/domain/tasks/board';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { taskMessages } from './messages';

/** The deadline as printed, the due date read from it, and the overdue flag in words. */
export function TaskDeadline({ boardTask }: { boardTask: BoardTask }) {
  const { fmt } = useI18n();
  const m = useMessages(taskMessages);
  const { text } = boardTask.task.deadline;
  return (
    <span className="task-deadline">
      {text.trim() === '' ? <span>{m('noDeadlineText')}</span> : <span lang="vi">{text}</span>}
      {boardTask.dueDate === null ? null : (
        <span className="task-deadline__due">{m('dueDate', { date: fmt.date(boardTask.dueDate) })}</span>
      )}
      {boardTask.overdue ? <span className="badge badge--error">{m('overdue')}</span> : null}
    </span>
  );
}
