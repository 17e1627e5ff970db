import { describeApiError } from '@/api/errors';
import { useI18n } from '@/i18n/I18nProvider';
import { RetryButton } from './RetryButton';

export interface ErrorStateProps {
  error: unknown;
  /** Shown as a "Thử lại" button when given. */
  onRetry?: () => void;
  retrying?: boolean;
}

/** A failed load, announced to screen readers, with the cause (endpoint included) in the user's language and a retry. */
export function ErrorState({ error, onRetry, retrying = false }: ErrorStateProps) {
  const { lang } = useI18n();
  const description = describeApiError(error, lang);
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{description.title}</p>
      <p className="state__detail">{description.detail}</p>
      {onRetry ? <RetryButton onRetry={onRetry} retrying={retrying} /> : null}
    </div>
  );
}
