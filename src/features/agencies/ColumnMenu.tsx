import { useEffect, useRef, type FocusEvent } from 'react';
import type { Column } from '@tanstack/react-table';
import { closeDisclosureOnEscape } from '@/components/disclosure';
import type { AgencyTableRow } from '@/domain/agencies/table';
import { useMessages } from '@/i18n/I18nProvider';
import { agenciesMessages } from './messages';

interface Props {
  columns: Array<Column<AgencyTableRow>>;
  headerOf: (columnId: string) => string;
  onReset: () => void;
}

/**
 * Checkboxes for the columns that can be hidden, in a disclosure whose panel
 * lies over the table: so, like a menu, it closes on Escape (focus back on its
 * button), when focus leaves it and on a click outside, rather than staying
 * open over the cells a keyboard user tabs on to.
 */
export function ColumnMenu({ columns, headerOf, onReset }: Props) {
  const m = useMessages(agenciesMessages);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const visible = columns.filter((column) => column.getIsVisible()).length;

  useEffect(() => {
    const closeOnOutsidePress = (event: PointerEvent) => {
      const details = detailsRef.current;
      if (details?.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    document.addEventListener('pointerdown', closeOnOutsidePress);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePress);
  }, []);

  function closeWhenFocusLeaves(event: FocusEvent<HTMLDetailsElement>) {
    const details = event.currentTarget;
    if (event.relatedTarget instanceof Node && !details.contains(event.relatedTarget)) details.open = false;
  }

  return (
    <details ref={detailsRef} className="column-menu" onKeyDown={closeDisclosureOnEscape} onBlur={closeWhenFocusLeaves}>
      <summary className="button button--secondary">{m('columnsMenu', { visible, total: columns.length })}</summary>
      <div className="column-menu__panel">
        <ul>
          {columns.map((column) => (
            <li key={column.id}>
              <label>
                <input
                  type="checkbox"
                  checked={column.getIsVisible()}
                  disabled={!column.getCanHide()}
                  onChange={column.getToggleVisibilityHandler()}
                />{' '}
                {headerOf(column.id)}
              </label>
            </li>
          ))}
        </ul>
        <button type="button" className="button button--secondary" onClick={onReset}>
          {m('columnsReset')}
        </button>
      </div>
    </details>
  );
}
