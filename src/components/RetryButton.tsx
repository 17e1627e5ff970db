import { useI18n } from '@/i18n/I18nProvider';

/**
 * "Thử lại". While the retry runs it says so and takes no click; aria-disabled
 * rather than disabled, because a disabled button drops the focus to <body>.
 */
export function RetryButton({ onRetry, retrying, className = 'button' }: { onRetry: () => void; retrying: boolean; className?: string }) {
  const { t } = useI18n();
  return (
    <button type="button" className={className} onClick={retrying ? undefined : onRetry} aria-disabled={retrying}>
      {retrying ? t('state.retrying') : t('state.retry')}
    </button>
  );
}
