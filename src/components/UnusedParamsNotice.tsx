import type { RefObject } from 'react';
import { useSearchParams } from 'react-router';
import { withoutParams, type UnusedParam } from '@/domain/url/unusedParams';
import { useI18n } from '@/i18n/I18nProvider';

/**
 * Says which parts of the address the page ignored, rather than opening a view
 * other than the one the link was shared for without a word, and offers to
 * take them out (a list keeps the items the page uses). The button goes with the notice, so the focus moves to
 * `focusAfter`, which says what the page now shows.
 */
export function UnusedParamsNotice({ unused, focusAfter }: { unused: readonly UnusedParam[]; focusAfter: RefObject<HTMLElement | null> }) {
  const { t } = useI18n();
  const [, setSearchParams] = useSearchParams();
  if (unused.length === 0) return null;
  return (
    <div role="status" className="notice">
      <p>
        {t('unusedParams.text')}{' '}
        {unused.map(({ name, ignored, position }, index) => (
          <span key={position}>
            {index > 0 ? ', ' : null}
            <code>{`${name}=${ignored}`}</code>
          </span>
        ))}
        .
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          setSearchParams((current) => withoutParams(current, unused), { replace: true });
          focusAfter.current?.focus();
        }}
      >
        {t('unusedParams.drop')}
      </button>
    </div>
  );
}
