import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useI18n } from '@/i18n/I18nProvider';

export interface FormulaTooltipProps {
  /** Name of the metric the formula computes (used in the button's accessible name). */
  metric: string;
  formula: string;
}

/** Room kept between the bubble and the edges of the window, and between the bubble and its button. */
const margin = 8;
const gap = 6;

/**
 * Keeps an open bubble next to its button and inside the window. It is fixed
 * to the window rather than to the button: in a table that scrolls sideways,
 * a bubble inside the scroll box was cut off by the box and hidden under the
 * sticky name column, and near the left edge of a phone it opened off screen.
 */
function useBubblePlacement(open: boolean, trigger: RefObject<HTMLElement | null>, bubble: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    if (!open) return;
    function place() {
      if (!trigger.current || !bubble.current) return;
      const button = trigger.current.getBoundingClientRect();
      const { width, height } = bubble.current.getBoundingClientRect();
      const left = Math.max(margin, Math.min(button.right - width, window.innerWidth - margin - width));
      const below = button.bottom + gap;
      const top = below + height > window.innerHeight - margin && button.top - gap - height >= margin ? button.top - gap - height : below;
      bubble.current.style.left = `${left}px`;
      bubble.current.style.top = `${top}px`;
    }
    place();
    // Any scroll, the page's or a table's, moves the button.
    window.addEventListener('scroll', place, { capture: true, passive: true });
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
    };
  }, [open, trigger, bubble]);
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
  useBubblePlacement(open, triggerRef, bubbleRef);

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
