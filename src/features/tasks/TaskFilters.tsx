import { useId } from 'react';
import { useUrlBoundText, type TypedNavigation } from '@/app/useUrlBoundText';
import { taskStatuses, taskStatusSchema } from '@/domain/dataset/schema';
import type { AgencyOption, StatusCounts, TaskGrouping } from '@/domain/tasks/board';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { taskStatusKey } from '@/i18n/messages';
import { AgencyFilter } from './AgencyFilter';
import { boardViews, taskGroupings, type BoardParams, type BoardView, type UpdateBoardParams } from './boardParams';
import { taskMessages } from './messages';

export interface TaskFiltersProps {
  params: BoardParams;
  onChange: UpdateBoardParams;
  agencyOptions: readonly AgencyOption[];
  /** Counts over all of the period's tasks, so the options do not shift as filters narrow the board. */
  statusCounts: StatusCounts;
}

function SearchField({ query, onChange }: { query: string; onChange: (query: string, typed: TypedNavigation) => void }) {
  const m = useMessages(taskMessages);
  const ids = useId();
  const [text, setText] = useUrlBoundText(query, onChange);
  return (
    <div className="field task-filters__search">
      <label htmlFor={`${ids}-search`}>{m('search')}</label>
      <input
        id={`${ids}-search`}
        type="search"
        value={text}
        aria-describedby={`${ids}-search-hint`}
        onChange={(event) => setText(event.target.value)}
      />
      <span id={`${ids}-search-hint`} className="note">
        {m('searchHint')}
      </span>
    </div>
  );
}

export function TaskFilters({ params, onChange, agencyOptions, statusCounts }: TaskFiltersProps) {
  const { t, fmt } = useI18n();
  const m = useMessages(taskMessages);
  const ids = useId();
  const groupingLabels: Record<TaskGrouping, string> = {
    area: m('groupingArea'),
    status: m('groupingStatus'),
    lead: m('groupingLead'),
  };
  const viewLabels: Record<BoardView, string> = { board: m('viewBoard'), list: m('viewList') };
  return (
    <div className="section task-filters" role="search" aria-label={m('filtersLabel')}>
      <div className="filters task-filters__row">
        <SearchField query={params.query} onChange={(query, typed) => onChange({ query }, typed)} />
        <div className="field">
          <label htmlFor={`${ids}-status`}>{m('statusFilter')}</label>
          <select
            id={`${ids}-status`}
            value={params.status ?? ''}
            onChange={(event) => {
              const status = taskStatusSchema.safeParse(event.target.value);
              onChange({ status: status.success ? status.data : null });
            }}
          >
            <option value="">{m('statusAll')}</option>
            {taskStatuses.map((status) => (
              <option key={status} value={status}>
                {m('statusOption', { status: t(taskStatusKey(status)), count: fmt.number(statusCounts[status]) })}
              </option>
            ))}
          </select>
        </div>
        <label className="choice task-filters__overdue">
          <input
            type="checkbox"
            checked={params.overdueOnly}
            onChange={(event) => onChange({ overdueOnly: event.target.checked })}
          />
          {m('overdueOnly')}
        </label>
      </div>
      <AgencyFilter
        options={agencyOptions}
        selected={params.agencyIds}
        roleScope={params.roleScope}
        onChange={onChange}
      />
      <div className="filters task-filters__row task-filters__layout">
        <div className="field">
          <label htmlFor={`${ids}-grouping`}>{m('grouping')}</label>
          <select
            id={`${ids}-grouping`}
            value={params.grouping}
            disabled={params.view === 'list'}
            onChange={(event) => {
              const grouping = taskGroupings.find((candidate) => candidate === event.target.value);
              if (grouping) onChange({ grouping });
            }}
          >
            {taskGroupings.map((grouping) => (
              <option key={grouping} value={grouping}>
                {groupingLabels[grouping]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="segmented">
          <legend>{m('view')}</legend>
          {boardViews.map((view) => (
            <label key={view} className="segmented__option">
              <input
                type="radio"
                name={`${ids}-view`}
                value={view}
                checked={params.view === view}
                onChange={() => onChange({ view })}
              />
              <span>{viewLabels[view]}</span>
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
