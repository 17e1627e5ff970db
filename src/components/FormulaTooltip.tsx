import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '@/i18n/I18nProvider';
import { useBubblePlacement } from './useBubblePlacement';

export interface FormulaTooltipProps {
  /** Name of the metric the formula computes (used in the button's accessible name). */
  metric: string;
  formula: string;
}

/**
 * A small "ƒ" button that shows how a figure is computed. It opens on hover,
 * on keyboard focus and when pressed (Enter or Space show it, never hide it),
 * stays open while the pointer is over the bubble and closes with Escape or
 * when the focus leaves. The formula is also the button's accessible
 * description, so screen readers announce it without opening anything.
 */
export function FormulaTooltip({ metric, formula }: FormulaTooltipProps) {
  const { t } = useI18n();
  const tooltipId = useId();
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const bubbleRef = useRef<HTMLSpanElement>(null);
  useBubblePlacement(open, triggerRef, bubbleRef, 'end');

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  }

  return (
    <span className="tooltip" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        ref={triggerRef}
        type="button"
        className="tooltip__trigger"
        aria-label={t('formula.label', { metric })}
        aria-describedby={tooltipId}
        aria-expanded={open}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen(true)}
        onKeyDown={closeOnEscape}
      >
        <span aria-hidden="true">ƒ</span>
      </button>
      <span ref={bubbleRef} role="tooltip" id={tooltipId} className="tooltip__bubble" hidden={!open}>
        {formula}
      </span>
    </span>
  );
}
