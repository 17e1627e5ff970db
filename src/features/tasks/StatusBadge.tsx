import type { TaskStatus } from '@/domain/dataset/schema';
import { useI18n } from '@/i18n/I18nProvider';
import { taskStatusKey } from '@/i18n/messages';

/** The status in words; the colour only repeats what the text says. */
export function StatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useI18n();
  return <span className={`task-status task-status--${status}`}>{t(taskStatusKey(status))}</span>;
}
