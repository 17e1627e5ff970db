import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/ApiProvider';
import { findingsQueryOptions, periodAgenciesQueryOptions, periodTasksQueryOptions } from '@/api/queries';
import { periodLabel, usePeriodParam } from '@/app/period';
import { usePageTitle } from '@/app/usePageTitle';
import type { Period } from '@/domain/dataset/schema';
import { EmptyState } from '@/components/EmptyState';
import { QueryState } from '@/components/QueryState';
import { SkeletonCards, SkeletonLines, SkeletonTable } from '@/components/Skeleton';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { DataQualityNotice } from './DataQualityNotice';
import { KpiEmpty, KpiSection, type Comparison } from './KpiSection';
import { LevelTable } from './LevelTable';
import { overviewMessages } from './messages';
import { blockFigures, grandTotalRow, highestLateRates, provinceFigure, summarizeTasks } from './overviewData';
import { TaskSummary } from './TaskSummary';
import { TopLateAgencies } from './TopLateAgencies';

/** The comparable period's tables, fetched only when the period names one that holds statistics. */
function useComparison(period: Period, periods: Period[]): Comparison {
  const client = useApiClient();
  const previous = periods.find((candidate) => candidate.id === period.previousComparableId && candidate.holds.statistics);
  const query = useQuery({
    ...periodAgenciesQueryOptions(client, previous?.id ?? period.id),
    enabled: previous !== undefined && period.holds.statistics,
  });
  if (previous === undefined) return { state: 'none' };
  if (query.isError) return { state: 'error', period: previous };
  if (query.isPending) return { state: 'loading', period: previous };
  return { state: 'ready', period: previous, total: grandTotalRow(query.data.tables) };
}

export default function OverviewPage() {
  const client = useApiClient();
  const { lang, fmt } = useI18n();
  const m = useMessages(overviewMessages);
  const { period, periods } = usePeriodParam('statistics');
  usePageTitle(m('title'));

  // In the order the page is read: the headline figures and their comparison first, so that
  // the requests behind them are sent, answered and drawn first.
  const tablesQuery = useQuery({ ...periodAgenciesQueryOptions(client, period.id), enabled: period.holds.statistics });
  const comparison = useComparison(period, periods);
  const tasksQuery = useQuery({ ...periodTasksQueryOptions(client, period.id), enabled: period.holds.tasks });
  const findingsQuery = useQuery(findingsQueryOptions(client, period.id));
  const label = periodLabel(period, lang);
  // A failed statistics request is reported once, in the KPI section; the sections below it then stay out.
  const showStatisticsDetail = period.holds.statistics && !tablesQuery.isError;

  return (
    <div className="page">
      <header className="page-header">
        <h1>{m('heading', { period: label })}</h1>
        {period.holds.statistics ? (
          <p>{m('window', { start: fmt.date(period.statisticsWindow.start), end: fmt.date(period.statisticsWindow.end) })}</p>
        ) : null}
      </header>

      <section aria-labelledby="quality-title">
        <h2 id="quality-title" className="visually-hidden">
          {m('qualityTitle')}
        </h2>
        <QueryState query={findingsQuery} skeleton={<SkeletonLines lines={1} />}>
          {(data) => <DataQualityNotice period={period} findings={data.findings} />}
        </QueryState>
      </section>

      <section className="section" aria-labelledby="kpi-title">
        <div className="section__head">
          <h2 id="kpi-title">{m('kpiTitle')}</h2>
        </div>
        {period.holds.statistics ? (
          <QueryState query={tablesQuery} skeleton={<SkeletonCards count={6} />}>
            {(data) => {
              const total = grandTotalRow(data.tables);
              return total ? (
                <KpiSection
                  period={period}
                  total={total}
                  onlineLevel3Plus={provinceFigure(data.tables, 'onlineLevel3Plus')}
                  comparison={comparison}
                  findings={findingsQuery.data?.findings ?? []}
                />
              ) : (
                <EmptyState title={m('noTotal')} />
              );
            }}
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
            {(data) => {
              const blocks = blockFigures(data.tables);
              return blocks.length > 0 ? (
                <LevelTable period={period} blocks={blocks} findings={findingsQuery.data?.findings ?? []} />
              ) : (
                <EmptyState title={m('levelsEmpty')} />
              );
            }}
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
              {(data) => {
                const ranked = highestLateRates(data.tables);
                return ranked.length > 0 ? <TopLateAgencies period={period} ranked={ranked} /> : <EmptyState title={m('topEmpty')} />;
              }}
            </QueryState>
          </section>
        ) : null}
        <section className="section" aria-labelledby="tasks-title">
          <div className="section__head">
            <h2 id="tasks-title">{m('tasksTitle')}</h2>
          </div>
          {period.holds.tasks ? (
            <QueryState query={tasksQuery} skeleton={<SkeletonLines lines={3} />}>
              {(data) => <TaskSummary period={period} summary={summarizeTasks(data.tasks, data.statusChanges)} />}
            </QueryState>
          ) : (
            <EmptyState title={m('tasksEmpty', { period: label })} />
          )}
        </section>
      </div>
    </div>
  );
}
