import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const focusableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** False for what a closed <details> hides: the browser cannot focus it, so the trap must not aim at it. */
function isShown(element: Element): boolean {
  const closed = element.parentElement?.closest('details:not([open])');
  if (!closed) return true;
  return element.localName === 'summary' && element.parentElement === closed && isShown(closed);
}

/** A text box or text area holding text: Escape there is taken as "stop typing", not "close". */
function isFieldWithText(target: EventTarget | null): boolean {
  return (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) && target.value !== '';
}

export interface DialogProps {
  /** Id of the element naming the dialog (its heading). */
  labelledBy: string;
  onClose: () => void;
  /**
   * Asked, as the dialog closes, what gets the focus back: what opened it may
   * have left the page meanwhile (a task card that moved to another group).
   */
  returnFocusTo: () => HTMLElement | null;
  children: ReactNode;
}

/**
 * The pinned head covers the top of the text scrolled under it, and the
 * browser does not count that as hidden: a control focused there is scrolled
 * clear of the head, so the focus is never out of sight.
 */
function revealBelowHead(panel: HTMLElement, target: EventTarget) {
  const head = panel.querySelector('.dialog__head');
  if (!(target instanceof Element) || head === null || head.contains(target)) return;
  const covered = head.getBoundingClientRect().bottom - target.getBoundingClientRect().top;
  if (covered > 0) panel.parentElement?.scrollBy({ top: -(covered + headClearance) });
}

/** Room left between the head and a control scrolled clear of it, so its focus ring shows whole. */
const headClearance = 8;

/**
 * A modal dialog: focus moves in and stays in (Tab cycles), Escape or a click
 * on the backdrop closes it, and focus returns to what opened it. Built by
 * hand rather than on <dialog>.showModal(), which jsdom does not implement.
 */
export function Dialog({ labelledBy, onClose, returnFocusTo, children }: DialogProps) {
  const panelRef = useRef<HTMLDivElement>(null);

  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  const returnFocusToRef = useRef(returnFocusTo);
  useEffect(() => {
    returnFocusToRef.current = returnFocusTo;
  }, [returnFocusTo]);

  useEffect(() => {
    panelRef.current?.focus();
    const { overflow } = document.body.style;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = overflow;
      const target = returnFocusToRef.current();
      if (target?.isConnected) target.focus();
    };
  }, []);

  useEffect(() => {
    // Listened for on the document, not the panel: focus can fall to <body>
    // (a control that disappears after use), and the keys must still work.
    function handleKeyDown(event: KeyboardEvent) {
      const panel = panelRef.current;
      if (panel === null || event.defaultPrevented) return;
      if (event.key === 'Escape') {
        // Escape also ends a Vietnamese input method's word, and must not throw away a note being written.
        if (event.isComposing || isFieldWithText(event.target)) return;
        event.preventDefault();
        onCloseRef.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const focusable = [...panel.querySelectorAll<HTMLElement>(focusableSelector)].filter(isShown);
      const first = focusable[0];
      const last = focusable.at(-1);
      if (first === undefined || last === undefined) return;
      const active = document.activeElement;
      const outside = !(active instanceof Node) || !panel.contains(active);
      if (event.shiftKey && (outside || active === first || active === panel)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (outside || active === last)) {
        event.preventDefault();
        first.focus();
      }
    }
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, []);

  return createPortal(
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={panelRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        tabIndex={-1}
        onFocus={(event) => revealBelowHead(event.currentTarget, event.target)}
      >
        {children}
      </div>
    </div>,
    document.body,
  );
}
