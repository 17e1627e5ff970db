import { useUnseenTaskStatusFailures } from '@/api/taskStatusMutations';
import { describeApiError } from '@/api/errors';
import type { PeriodId } from '@/domain/dataset/schema';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { taskStatusKey } from '@/i18n/messages';
import { taskMessages } from './messages';
import type { OpenTask, TaskItem } from './types';

interface Props {
  periodId: PeriodId;
  items: readonly TaskItem[];
  onOpen: OpenTask;
}

/**
 * Status changes that failed after their dialog had closed: the board has
 * quietly gone back to the earlier status, and this says so until the user
 * has read it, with a way back to each task to try again.
 */
export function UnsavedStatusNotice({ periodId, items, onOpen }: Props) {
  const { t, lang } = useI18n();
  const m = useMessages(taskMessages);
  const { failures, markSeen } = useUnseenTaskStatusFailures(periodId);
  if (failures.length === 0) return null;
  return (
    <div role="alert" className="notice notice--error unsaved-status-notice">
      <p className="unsaved-status-notice__title">{m('unsavedTitle')}</p>
      <ul>
        {failures.map((failure) => {
          const code = items.find((item) => item.task.id === failure.taskId)?.task.code ?? failure.taskId;
          const { title } = describeApiError(failure.error, lang);
          return (
            <li key={failure.mutationId}>
              {failure.status === null
                ? m('unsavedRevert', { code, message: title })
                : m('unsavedStatus', { code, status: t(taskStatusKey(failure.status)), message: title })}{' '}
              <button
                type="button"
                className="button button--secondary"
                onClick={(event) => {
                  markSeen(failure.taskId);
                  onOpen(failure.taskId, event.currentTarget);
                }}
              >
                {m('unsavedOpen', { code })}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button" onClick={() => markSeen()}>
        {m('unsavedDismiss')}
      </button>
    </div>
  );
}
