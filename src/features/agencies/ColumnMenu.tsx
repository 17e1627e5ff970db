import type { Column } from '@tanstack/react-table';
import type { AgencyTableRow } from '@/domain/agencies/table';
import { useMessages } from '@/i18n/I18nProvider';
import { agenciesMessages } from './messages';

interface Props {
  columns: Array<Column<AgencyTableRow>>;
  headerOf: (columnId: string) => string;
  onReset: () => void;
}

/** Checkboxes for the columns that can be hidden; a disclosure, so it needs no focus management of its own. */
export function ColumnMenu({ columns, headerOf, onReset }: Props) {
  const m = useMessages(agenciesMessages);
  const visible = columns.filter((column) => column.getIsVisible()).length;
  return (
    <details className="column-menu">
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
