import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/ApiProvider';
import { periodLabel, usePeriodParam } from '@/app/period';
import { usePageTitle } from '@/app/usePageTitle';
import { indexAgencies } from '@/domain/agencies/catalogue';
import { buildAgencyTable, mergePeriodRows, type PeriodAgencyRows } from '@/domain/agencies/table';
import type { Agency, Finding, Period } from '@/domain/dataset/schema';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { SkeletonTable } from '@/components/Skeleton';
import { useFailureUntilRetried } from '@/hooks/useFailureUntilRetried';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { AgenciesView } from './AgenciesView';
import { agenciesMessages } from './messages';
import { agenciesPageQueries, agenciesPeriodNeed } from './pageQueries';
import './agencies.css';

const noFindings: Finding[] = [];

interface PeriodAgenciesProps {
  period: Period;
  periodRows: PeriodAgencyRows;
  agencyById: ReadonlyMap<string, Agency>;
  findings: Finding[];
}

function PeriodAgencies({ period, periodRows, agencyById, findings }: PeriodAgenciesProps) {
  const model = useMemo(() => buildAgencyTable(periodRows, agencyById), [periodRows, agencyById]);
  return <AgenciesView period={period} model={model} findings={findings} />;
}

export default function AgenciesPage() {
  const client = useApiClient();
  const { t, lang, fmt } = useI18n();
  const m = useMessages(agenciesMessages);
  const { period } = usePeriodParam(agenciesPeriodNeed);
  usePageTitle(t('nav.agencies'));
  const label = periodLabel(period, lang);

  const queries = agenciesPageQueries(client, period);
  const tablesQuery = useQuery(queries.tables);
  const agenciesQuery = useQuery(queries.catalogue);
  // Each response is worked on as soon as it arrives, so the last to arrive leaves the least to do before the table shows.
  const periodRows = useMemo(() => tablesQuery.data && mergePeriodRows(period.id, tablesQuery.data.tables), [period.id, tablesQuery.data]);
  const agencyById = agenciesQuery.data && indexAgencies(agenciesQuery.data.agencies);
  const findingsQuery = useQuery(queries.findings);
  const failure = useFailureUntilRetried(tablesQuery, agenciesQuery);

  function content() {
    if (!period.holds.statistics) {
      return <EmptyState title={m('noStatistics', { period: label })}>{m('noStatisticsDetail')}</EmptyState>;
    }
    if (failure) return <ErrorState error={failure.error} onRetry={failure.retry} retrying={failure.retrying} />;
    if (!periodRows || !agencyById) return <SkeletonTable rows={10} columns={6} />;
    return (
      <PeriodAgencies
        period={period}
        periodRows={periodRows}
        agencyById={agencyById}
        findings={findingsQuery.data?.findings ?? noFindings}
      />
    );
  }

  return (
    <section className="page agencies-page" aria-labelledby="agencies-title">
      <header className="page-header">
        <h1 id="agencies-title">{m('heading', { period: label })}</h1>
        <p>{m('intro')}</p>
        {period.holds.statistics ? (
          <p>{m('window', { start: fmt.date(period.statisticsWindow.start), end: fmt.date(period.statisticsWindow.end) })}</p>
        ) : null}
      </header>
      {content()}
    </section>
  );
}
