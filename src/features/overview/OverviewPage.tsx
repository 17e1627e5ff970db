import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/ApiProvider';
import { useFailureUntilRetried } from '@/hooks/useFailureUntilRetried';
import { comparablePeriod, periodLabel, usePeriodParam } from '@/app/period';
import { usePageTitle } from '@/app/usePageTitle';
import type { Finding, Period } from '@/domain/dataset/schema';
import { EmptyState } from '@/components/EmptyState';
import { QueryState } from '@/components/QueryState';
import { SkeletonCards, SkeletonLines, SkeletonTable } from '@/components/Skeleton';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { DataQualityNotice } from './DataQualityNotice';
import { KpiEmpty, KpiSection, type Comparison } from './KpiSection';
import { LevelTable } from './LevelTable';
import { overviewMessages } from './messages';
import { overviewPageQueries, overviewPeriodNeed, type OverviewPageQueries } from './pageQueries';
import { blockFigures, grandTotalRow, highestLateRates, provinceFigure, summarizeTasks } from './overviewData';
import { TaskSummary } from './TaskSummary';
import { TopLateAgencies } from './TopLateAgencies';

const noFindings: Finding[] = [];

/**
 * The comparable period's tables, fetched only when the period names one that holds statistics.
 * The same object until the query changes, so sections that do not show it are not drawn again.
 */
function useComparison(previous: Period | undefined, options: OverviewPageQueries['comparison']): Comparison {
  const query = useQuery(options);
  const { data, refetch } = query;
  const failure = useFailureUntilRetried(query);
  const failed = failure !== null;
  const retrying = failure?.retrying ?? false;
  return useMemo((): Comparison => {
    if (previous === undefined) return { state: 'none' };
    if (failed) return { state: 'error', period: previous, retry: () => void refetch(), retrying };
    if (data === undefined) return { state: 'loading', period: previous };
    return { state: 'ready', period: previous, total: grandTotalRow(data.tables) };
  }, [previous, failed, retrying, data, refetch]);
}

export default function OverviewPage() {
  const client = useApiClient();
  const { lang, fmt } = useI18n();
  const m = useMessages(overviewMessages);
  const { period, periods } = usePeriodParam(overviewPeriodNeed);
  usePageTitle(m('title'));

  const previous = comparablePeriod(period, periods);
  const queries = overviewPageQueries(client, period, previous);
  const tablesQuery = useQuery(queries.tables);
  const tablesFailure = useFailureUntilRetried(tablesQuery);
  const comparison = useComparison(previous, queries.comparison);
  const tasksQuery = useQuery(queries.tasks);
  const findingsQuery = useQuery(queries.findings);
  const label = periodLabel(period, lang);
  // Each answer redraws the page; what is derived from the others is kept, and the sections are memoised.
  const findings = findingsQuery.data?.findings ?? noFindings;
  const tables = tablesQuery.data?.tables;
  const statistics = useMemo(
    () =>
      tables && {
        total: grandTotalRow(tables),
        onlineLevel3Plus: provinceFigure(tables, 'onlineLevel3Plus'),
        blocks: blockFigures(tables),
        ranked: highestLateRates(tables),
        cutAppendices: tables.filter((table) => !table.complete).map((table) => table.appendix),
      },
    [tables],
  );
  const tasks = tasksQuery.data;
  const taskSummary = useMemo(() => tasks && summarizeTasks(tasks.tasks, tasks.statusChanges), [tasks]);
  // A failed statistics request is reported once, in the KPI section; the sections below it then stay out.
  const showStatisticsDetail = period.holds.statistics && tablesFailure === null;

  return (
    <div className="page">
      <header className="page-header">
        <h1>{m('heading', { period: label })}</h1>
        {period.holds.statistics ? (
          <p>{m('window', { start: fmt.date(period.statisticsWindow.start), end: fmt.date(period.statisticsWindow.end) })}</p>
        ) : null}
      </header>

      {/* A period with no totals and no findings (2020-H1) has nothing to say here: no empty landmark. */}
      {period.holds.statistics || !findingsQuery.isSuccess || findings.length > 0 ? (
        <section aria-labelledby="quality-title">
          <h2 id="quality-title" className="visually-hidden">
            {m('qualityTitle')}
          </h2>
          <QueryState query={findingsQuery} skeleton={<SkeletonLines lines={1} />}>
            {() => <DataQualityNotice period={period} findings={findings} />}
          </QueryState>
        </section>
      ) : null}

      <section className="section" aria-labelledby="kpi-title">
        <div className="section__head">
          <h2 id="kpi-title">{m('kpiTitle')}</h2>
        </div>
        {period.holds.statistics ? (
          <QueryState query={tablesQuery} skeleton={<SkeletonCards count={6} />}>
            {() =>
              statistics?.total ? (
                <KpiSection
                  period={period}
                  total={statistics.total}
                  onlineLevel3Plus={statistics.onlineLevel3Plus}
                  comparison={comparison}
                  findings={findings}
                />
              ) : (
                <EmptyState title={m('noTotal')} />
              )
            }
          </QueryState>
        ) : (
          <KpiEmpty period={period} />
        )}
      </section>

      {showStatisticsDetail ? (
        <section className="section" aria-labelledby="levels-title">
          <div className="section__head">
            <h2 id="levels-title">{m('levelsTitle')}</h2>
          </div>
          <QueryState query={tablesQuery} skeleton={<SkeletonTable rows={4} columns={7} />}>
            {() =>
              statistics && statistics.blocks.length > 0 ? (
                <LevelTable period={period} blocks={statistics.blocks} findings={findings} />
              ) : (
                <EmptyState title={m('levelsEmpty')} />
              )
            }
          </QueryState>
        </section>
      ) : null}

      <div className="section-grid">
        {showStatisticsDetail ? (
          <section className="section" aria-labelledby="top-title">
            <div className="section__head">
              <h2 id="top-title">{m('topTitle')}</h2>
            </div>
            <QueryState query={tablesQuery} skeleton={<SkeletonTable rows={5} columns={5} />}>
              {() =>
                statistics && statistics.ranked.length > 0 ? (
                  <TopLateAgencies period={period} ranked={statistics.ranked} cutAppendices={statistics.cutAppendices} />
                ) : (
                  <EmptyState title={m('topEmpty')} />
                )
              }
            </QueryState>
          </section>
        ) : null}
        <section className="section" aria-labelledby="tasks-title">
          <div className="section__head">
            <h2 id="tasks-title">{m('tasksTitle')}</h2>
          </div>
          {period.holds.tasks ? (
            <QueryState query={tasksQuery} skeleton={<SkeletonLines lines={3} />}>
              {() => (taskSummary ? <TaskSummary period={period} summary={taskSummary} /> : null)}
            </QueryState>
          ) : (
            <EmptyState title={m('tasksEmpty', { period: label })} />
          )}
        </section>
      </div>
    </div>
  );
}
