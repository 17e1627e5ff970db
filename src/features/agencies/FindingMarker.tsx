import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { Finding } from '@/domain/dataset/schema';
import { FindingText } from '@/components/FindingText';
import { useBubblePlacement } from '@/components/useBubblePlacement';
import { useHydrated } from '@/hooks/useHydrated';
import { useMessages } from '@/i18n/I18nProvider';
import { agenciesMessages } from './messages';

const bubbleWidth = 352;
/** Long enough for the pointer to cross the gap between the marker and its bubble. */
const closeDelayMs = 300;

/**
 * A warning sign on a row the data-quality checks flagged. The findings open
 * on hover, on keyboard focus and on a click or tap (which never closes them:
 * focus or hover has usually opened them already), stay open while the
 * pointer is over the bubble, close with Escape, and are the button's
 * description, so screen readers hear them without opening anything. The
 * bubble lives at the end of the page (a portal), placed against the
 * viewport: inside the table it would be clipped by the scroll box and
 * covered by the sticky name column.
 */
export function FindingMarker({ findings }: { findings: readonly Finding[] }) {
  const m = useMessages(agenciesMessages);
  const bubbleId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const bubbleRef = useRef<HTMLSpanElement>(null);
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  const closeTimer = useRef<number | undefined>(undefined);
  // Pressing inside the bubble (to select a finding's text) takes the focus off the button: that must not close it.
  const pointerInBubble = useRef(false);

  function show() {
    window.clearTimeout(closeTimer.current);
    setOpen(true);
  }
  function closeNow() {
    window.clearTimeout(closeTimer.current);
    setOpen(false);
  }
  function closeSoon() {
    window.clearTimeout(closeTimer.current);
    closeTimer.current = window.setTimeout(() => setOpen(false), closeDelayMs);
  }
  useEffect(() => () => window.clearTimeout(closeTimer.current), []);

  useBubblePlacement(open, buttonRef, bubbleRef, 'start');

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      closeNow();
    }
  }

  const worst = findings.some((finding) => finding.severity === 'error') ? 'error' : 'warning';
  return (
    <span className="finding-marker" onMouseEnter={show} onMouseLeave={closeSoon}>
      <button
        ref={buttonRef}
        type="button"
        className={`finding-marker__button finding-marker__button--${worst}`}
        aria-label={m('findingsLabel', { count: findings.length })}
        aria-describedby={bubbleId}
        aria-expanded={open}
        onFocus={show}
        onBlur={() => {
          if (!pointerInBubble.current) closeNow();
        }}
        onClick={show}
        onKeyDown={closeOnEscape}
      >
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <path d="M7 1l6.2 11.5H0.8z" fill="currentColor" />
          <path d="M7 5v3.6" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
          <circle cx="7" cy="10.6" r="0.9" fill="#fff" />
        </svg>
      </button>
      {/* The bubble lives in document.body, which a page drawn at build time does not have yet. */}
      {hydrated &&
        createPortal(
          <span
            ref={bubbleRef}
            role="tooltip"
            id={bubbleId}
            className="finding-marker__bubble"
            hidden={!open}
            onMouseEnter={() => {
              pointerInBubble.current = true;
              show();
            }}
            onMouseLeave={() => {
              pointerInBubble.current = false;
              closeSoon();
            }}
            style={{ maxWidth: bubbleWidth }}
          >
            <ul>
              {findings.map((finding) => (
                <li key={finding.id}>
                  <FindingText finding={finding} />
                </li>
              ))}
            </ul>
          </span>,
          document.body,
        )}
    </span>
  );
}
