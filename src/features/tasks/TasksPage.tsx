import { useCallback, useMemo, useRef } from 'react';
import { useIsMutating, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/ApiProvider';
import type { PeriodTasksResponse } from '@/api/contract';
import { taskStatusMutationKey } from '@/api/taskStatusMutations';
import { periodLabel, usePeriodParam } from '@/app/period';
import { usePageTitle } from '@/app/usePageTitle';
import { EmptyState } from '@/components/EmptyState';
import { QueryState } from '@/components/QueryState';
import { SkeletonCards } from '@/components/Skeleton';
import type { Agency, Period } from '@/domain/dataset/schema';
import { isMonthOnly } from '@/domain/format';
import {
  agencyOptions,
  buildBoardTasks,
  countStatuses,
  filterBoardTasks,
  groupBoardTasks,
  summarizeBoard,
} from '@/domain/tasks/board';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { defaultBoardParams, hasActiveFilters, useBoardParams } from './boardParams';
import { taskMessages } from './messages';
import { useOpenTaskParam } from './openTaskParam';
import { tasksPageQueries, tasksPeriodNeed } from './pageQueries';
import { TaskBoard } from './TaskBoard';
import { TaskDetailDialog } from './TaskDetailDialog';
import { TaskFilters } from './TaskFilters';
import { TaskList } from './TaskList';
import { TaskLabelsProvider, useBuiltTaskLabels } from './taskLabels';
import type { OpenTask } from './types';
import { UnsavedStatusNotice } from './UnsavedStatusNotice';
import { UnusedParamsNotice } from '@/components/UnusedParamsNotice';
import './tasks.css';

const noAgencies: Agency[] = [];

interface BoardProps {
  data: PeriodTasksResponse;
  period: Period;
  periods: Period[];
  agencies: Agency[];
}

function Board({ data, period, periods, agencies }: BoardProps) {
  const { lang, fmt } = useI18n();
  const m = useMessages(taskMessages);
  const [params, updateParams, unusedParams] = useBoardParams();
  const { openTaskId, open, close } = useOpenTaskParam();
  /** What gets the focus back when the detail closes: the card or row it was opened from, if any. */
  const openerRef = useRef<HTMLElement | null>(null);
  const labels = useBuiltTaskLabels({
    agencies,
    agencyGroups: data.agencyGroups,
    reformAreas: data.reformAreas,
    tasks: data.tasks,
    lang,
  });

  const allItems = useMemo(
    () => buildBoardTasks(data.tasks, data.statusChanges, period.reportDate),
    [data.tasks, data.statusChanges, period.reportDate],
  );
  const options = useMemo(() => agencyOptions(data.tasks), [data.tasks]);
  const statusCounts = useMemo(() => countStatuses(allItems), [allItems]);
  const items = useMemo(() => filterBoardTasks(allItems, params), [allItems, params]);
  const groups = useMemo(() => groupBoardTasks(items, params.grouping), [items, params.grouping]);
  const summary = summarizeBoard(items);
  const openTask = useCallback<OpenTask>(
    (taskId, opener) => {
      openerRef.current = opener;
      open(taskId);
    },
    [open],
  );
  const summaryRef = useRef<HTMLParagraphElement>(null);
  // A task saved with a new status may have moved to another group (a new element) or left the filtered board;
  // one opened from a link has no opener.
  const returnFocus = useCallback((): HTMLElement | null => {
    if (openTaskId === null) return null;
    if (openerRef.current?.isConnected) return openerRef.current;
    return document.querySelector<HTMLElement>(`[data-task-id="${CSS.escape(openTaskId)}"]`) ?? summaryRef.current;
  }, [openTaskId]);
  const openedItem = openTaskId === null ? undefined : allItems.find((item) => item.task.id === openTaskId);

  return (
    <TaskLabelsProvider labels={labels}>
      <TaskFilters params={params} onChange={updateParams} agencyOptions={options} statusCounts={statusCounts} />
      <UnusedParamsNotice unused={unusedParams} focusAfter={summaryRef} />
      <UnsavedStatusNotice periodId={period.id} items={allItems} onOpen={openTask} />
      {openTaskId !== null && openedItem === undefined ? (
        <div role="status" className="notice">
          <p>{m('openTaskMissing', { task: openTaskId, period: periodLabel(period, lang) })}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              close();
              // The button goes with the notice: the board it was about is what is left.
              summaryRef.current?.focus();
            }}
          >
            {m('unsavedDismiss')}
          </button>
        </div>
      ) : null}
      <div className="task-summary">
        <p ref={summaryRef} tabIndex={-1} role="status" className="task-summary__line">
          {m('summary', {
            shown: fmt.number(summary.shown),
            total: fmt.number(allItems.length),
            done: fmt.number(summary.done),
            inProgress: fmt.number(summary.inProgress),
            overdue: fmt.number(summary.overdue),
          })}
        </p>
        {params.view === 'board' && params.grouping === 'lead' ? <p className="note">{m('summaryLeadNote')}</p> : null}
      </div>
      {items.length === 0 ? (
        <EmptyState title={m('noMatch')}>
          {hasActiveFilters(params) ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                updateParams({
                  agencyIds: defaultBoardParams.agencyIds,
                  status: defaultBoardParams.status,
                  overdueOnly: defaultBoardParams.overdueOnly,
                  query: defaultBoardParams.query,
                });
                // The button goes with the empty state; the count of tasks shown is what changed.
                summaryRef.current?.focus();
              }}
            >
              {m('clearFilters')}
            </button>
          ) : null}
        </EmptyState>
      ) : params.view === 'list' ? (
        <TaskList items={items} onOpen={openTask} />
      ) : (
        <TaskBoard groups={groups} onOpen={openTask} />
      )}
      {openedItem !== undefined ? (
        <TaskDetailDialog
          key={openedItem.task.id}
          item={openedItem}
          periodId={period.id}
          periods={periods}
          onClose={close}
          returnFocusTo={returnFocus}
        />
      ) : null}
    </TaskLabelsProvider>
  );
}

export default function TasksPage() {
  const client = useApiClient();
  const { t, fmt } = useI18n();
  const m = useMessages(taskMessages);
  const { periodId, period, periods } = usePeriodParam(tasksPeriodNeed);
  usePageTitle(t('nav.tasks'));
  const queries = tasksPageQueries(client, period);
  // A refetch while a status is being saved would draw the server's list over the change on screen.
  const saving = useIsMutating({ mutationKey: taskStatusMutationKey(period.id) }) > 0;
  const tasksQuery = useQuery(saving ? { ...queries.tasks, refetchOnWindowFocus: false } : queries.tasks);
  const agenciesQuery = useQuery(queries.catalogue);
  return (
    <section className="page tasks-page" aria-labelledby="tasks-title">
      <header className="page-header">
        <h1 id="tasks-title">{t('nav.tasks')}</h1>
        <p>{m(isMonthOnly(period.reportDate) ? 'introMonthOnly' : 'intro', { date: fmt.date(period.reportDate) })}</p>
      </header>
      <QueryState
        query={tasksQuery}
        skeleton={<SkeletonCards />}
        isEmpty={(data) => data.tasks.length === 0}
        empty={<EmptyState title={m('noTasks')} />}
      >
        {(data) =>
          agenciesQuery.isPending ? (
            <SkeletonCards />
          ) : (
            <Board
              key={periodId}
              data={data}
              period={period}
              periods={periods}
              agencies={agenciesQuery.data?.agencies ?? noAgencies}
            />
          )
        }
      </QueryState>
    </section>
  );
}
