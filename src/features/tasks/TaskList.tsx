import { memo } from 'react';
import { useMessages } from '@/i18n/I18nProvider';
import { LeadChips } from './LeadChips';
import { taskMessages } from './messages';
import { StatusBadge } from './StatusBadge';
import { TaskDeadline } from './TaskDeadline';
import { useTaskLabels } from './taskLabels';
import type { OpenTask, TaskItem } from './types';
import { ScrollRegion } from '@/components/ScrollRegion';

/** Memoised like the board's cards: a filter change only costs the rows that come or go. */
const TaskRow = memo(function TaskRow({ item, onOpen }: { item: TaskItem; onOpen: OpenTask }) {
  const labels = useTaskLabels();
  return (
    <tr>
      <td className="task-list__code">{item.task.code}</td>
      <th scope="row" className="task-list__title">
        <button
          type="button"
          className="link-button"
          aria-haspopup="dialog"
          data-task-id={item.task.id}
          lang="vi"
          onClick={(event) => onOpen(item.task.id, event.currentTarget)}
        >
          {item.task.title}
        </button>
      </th>
      <td>{labels.areaName(item.task.area)}</td>
      <td>
        <LeadChips task={item.task} />
      </td>
      <td>
        <TaskDeadline boardTask={item} />
      </td>
      <td>
        <StatusBadge status={item.status} />
      </td>
    </tr>
  );
});

/** The same filtered tasks as the board, one row each, in plan order. */
export function TaskList({ items, onOpen }: { items: TaskItem[]; onOpen: OpenTask }) {
  const m = useMessages(taskMessages);
  return (
    <ScrollRegion className="section" label={m('listCaption')}>
      <table className="data-table task-list">
        <caption className="visually-hidden">{m('listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{m('columnCode')}</th>
            <th scope="col">{m('columnTask')}</th>
            <th scope="col">{m('columnArea')}</th>
            <th scope="col">{m('columnLeads')}</th>
            <th scope="col">{m('columnDeadline')}</th>
            <th scope="col">{m('columnStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <TaskRow key={item.task.id} item={item} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
