import { Fragment, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { useApiClient } from '@/api/ApiProvider';
import { ApiError } from '@/api/errors';
import type { AgencyDetailResponse } from '@/api/contract';
import { agenciesQueryOptions, agencyQueryOptions, findingsQueryOptions } from '@/api/queries';
import { periodLabel, usePeriodParam } from '@/app/period';
import { usePageTitle } from '@/app/usePageTitle';
import { indexAgencies } from '@/domain/agencies/catalogue';
import { lateRateSeverity } from '@/domain/agencies/severity';
import { findingsByRow, findingsOfRow, type MetricKey } from '@/domain/agencies/table';
import type { Agency, FigureKey, Finding, Period } from '@/domain/dataset/schema';
import { FindingText } from '@/components/FindingText';
import { FigureText } from '@/components/MissingValue';
import { QueryState } from '@/components/QueryState';
import { SkeletonLines } from '@/components/Skeleton';
import { DisputeMark } from '@/components/DisputeMark';
import { SourceRef } from '@/components/SourceRef';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { agencyLevelKey } from '@/i18n/messages';
import { AgencyTrendChart } from './AgencyTrendChart';
import { agencyPeriods, publishedFigureKeys, yearPoints, type AgencyPeriod } from './detailData';
import { agencyListSearchOf } from './listAddress';
import { agenciesMessages, agencyDetailMessages, figureKey, metricColumnKey } from './messages';
import { LateRateValue } from './SeverityCue';
import { useSeverityThresholds } from './useSeverityThresholds';
import { viewParams } from './useAgencyViewState';
import './agencies.css';
import { ScrollRegion } from '@/components/ScrollRegion';

/** Findings by the row they touch (findingsByRow). */
type FindingsIndex = ReadonlyMap<string, Finding[]>;

const headlineMetrics: MetricKey[] = ['resolved', 'lateCount', 'lateRate', 'comparableLateRate', 'onTimeRate', 'onlineRate'];
/** Shown through the headline metric rows above. */
const figuresShownAsMetrics = new Set<FigureKey>(['received', 'resolved']);

function agencyLink(agency: Agency | undefined, id: string, search: string) {
  return (
    <Link to={{ pathname: `/agencies/${encodeURIComponent(id)}`, search }}>{agency?.name ?? id}</Link>
  );
}

function Facts({ agency, catalog, search }: { agency: Agency; catalog: ReadonlyMap<string, Agency>; search: string }) {
  const { t, fmt } = useI18n();
  const m = useMessages(agencyDetailMessages);
  const otherNames = agency.aliases.filter((alias) => alias !== agency.name);
  return (
    <section className="section" aria-labelledby="agency-facts-title">
      <h2 id="agency-facts-title">{m('factsTitle')}</h2>
      <dl className="agency-facts">
        <dt>{m('level')}</dt>
        <dd>{t(agencyLevelKey(agency.level))}</dd>
        {agency.districtId ? (
          <>
            <dt>{m('district')}</dt>
            <dd>{agencyLink(catalog.get(agency.districtId), agency.districtId, search)}</dd>
          </>
        ) : null}
        {otherNames.length > 0 ? (
          <>
            <dt>{m('aliases')}</dt>
            <dd>
              <ul>
                {otherNames.map((alias) => (
                  <li key={alias}>{alias}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {agency.validFrom || agency.validTo ? (
          <>
            <dt>{m('validity')}</dt>
            <dd>
              {[
                agency.validFrom ? m('validFrom', { date: fmt.date(agency.validFrom) }) : null,
                agency.validTo ? m('validTo', { date: fmt.date(agency.validTo) }) : null,
              ]
                .filter((part) => part !== null)
                .join(' ')}
            </dd>
          </>
        ) : null}
        {agency.mergedInto ? (
          <>
            <dt>{m('mergedInto')}</dt>
            <dd>{agencyLink(catalog.get(agency.mergedInto), agency.mergedInto, search)}</dd>
          </>
        ) : null}
        {agency.mergedFrom.length > 0 ? (
          <>
            <dt>{m('mergedFrom')}</dt>
            <dd>
              {agency.mergedFrom.map((id, index) => (
                <Fragment key={id}>
                  {index > 0 ? ', ' : null}
                  {agencyLink(catalog.get(id), id, search)}
                </Fragment>
              ))}
            </dd>
          </>
        ) : null}
        {agency.note ? (
          <>
            <dt>{m('note')}</dt>
            <dd lang="vi">{agency.note}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

/** Where the report disagrees with itself on the agency's rows: each finding, its likely cause and its line. */
function Disputes({ entries, findingsIndex }: { entries: AgencyPeriod[]; findingsIndex: FindingsIndex }) {
  const { lang } = useI18n();
  const m = useMessages(agencyDetailMessages);
  const disputed = entries.flatMap((entry) =>
    entry.figures ? findingsOfRow(entry.figures, findingsIndex).map((finding) => ({ entry, finding })) : [],
  );
  if (disputed.length === 0) return null;
  return (
    <div className="notice agency-disputes">
      <h3 id="agency-disputes-title">{m('disputesTitle')}</h3>
      <p>{m('disputesIntro')}</p>
      <ul>
        {disputed.map(({ entry, finding }) => (
          <li key={finding.id}>
            <strong>{periodLabel(entry.period, lang)}:</strong> <FindingText finding={finding} withCause />
          </li>
        ))}
      </ul>
    </div>
  );
}

function FiguresTable({ agency, entries, findingsIndex }: { agency: Agency; entries: AgencyPeriod[]; findingsIndex: FindingsIndex }) {
  const { fmt, lang } = useI18n();
  const m = useMessages(agencyDetailMessages);
  const columnText = useMessages(agenciesMessages);
  const [thresholds] = useSeverityThresholds();
  const withFigures = entries.filter((entry) => entry.figures !== null);
  if (withFigures.length === 0) return <p>{m('figuresNone')}</p>;
  const figureRows = publishedFigureKeys(withFigures, figuresShownAsMetrics);

  const metricCell = (entry: AgencyPeriod, key: MetricKey) => {
    const value = entry.figures?.metrics[key] ?? null;
    if (key === 'lateRate') return <LateRateValue rate={value} thresholds={thresholds} />;
    const percent = key !== 'resolved' && key !== 'lateCount' && key !== 'resolvedLate';
    return <FigureText text={percent ? fmt.percent(value) : fmt.number(value)} />;
  };

  return (
    <>
      <ScrollRegion label={m('figuresCaption', { agency: agency.name })}>
        <table className="data-table agency-periods">
          <caption className="visually-hidden">{m('figuresCaption', { agency: agency.name })}</caption>
          <thead>
            <tr>
              <th scope="col" className="agency-periods__measure">
                {m('measure')}
              </th>
              {withFigures.map((entry) => {
                const disputes = entry.figures ? findingsOfRow(entry.figures, findingsIndex).length : 0;
                return (
                  <th key={entry.period.id} scope="col">
                    {periodLabel(entry.period, lang)}
                    {disputes > 0 ? (
                      <>
                        {' '}
                        <span title={m('disputesMark', { count: disputes })}>
                          <DisputeMark />
                          <span className="visually-hidden">{` (${m('disputesMark', { count: disputes })})`}</span>
                        </span>
                      </>
                    ) : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{columnText('column.received')}</th>
              {withFigures.map((entry) => (
                <td key={entry.period.id}>
                  <FigureText text={fmt.number(entry.figures?.figures.received ?? null)} />
                </td>
              ))}
            </tr>
            {headlineMetrics.map((key) => (
              <tr key={key}>
                <th scope="row">{columnText(metricColumnKey(key))}</th>
                {withFigures.map((entry) => (
                  <td
                    key={entry.period.id}
                    data-severity={key === 'lateRate' ? lateRateSeverity(entry.figures?.metrics.lateRate ?? null, thresholds) : undefined}
                  >
                    {metricCell(entry, key)}
                  </td>
                ))}
              </tr>
            ))}
            {figureRows.map((key) => (
              <tr key={key}>
                <th scope="row">{columnText(figureKey(key))}</th>
                {withFigures.map((entry) => (
                  <td key={entry.period.id}>
                    <FigureText text={fmt.number(entry.figures?.figures[key] ?? null)} />
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{m('source')}</th>
              {withFigures.map((entry) => (
                <td key={entry.period.id}>
                  {entry.figures?.provenance.map((provenance, index) => (
                    <Fragment key={`${provenance.file}:${provenance.line}`}>
                      {index > 0 ? ', ' : null}
                      <SourceRef provenance={provenance} />
                    </Fragment>
                  ))}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
      <Disputes entries={withFigures} findingsIndex={findingsIndex} />
      <div className="note">
        <p>{m('lateRuleTitle')}</p>
        <ul className="link-list">
          {withFigures.map((entry) => (
            <li key={entry.period.id}>
              {m('lateRule', { period: periodLabel(entry.period, lang), rule: entry.period.metricRules.lateRate[lang] })}
            </li>
          ))}
        </ul>
        <p>{m('comparableNote')}</p>
      </div>
    </>
  );
}

function Tasks({ agency, entries }: { agency: Agency; entries: AgencyPeriod[] }) {
  const { lang } = useI18n();
  const m = useMessages(agencyDetailMessages);
  const withTasks = entries.filter((entry) => entry.tasks.length > 0);
  if (withTasks.length === 0) return <p>{m('tasksNone')}</p>;
  return (
    <div className="agency-tasks">
      {withTasks.map((entry) => {
        const label = periodLabel(entry.period, lang);
        const search = `?${new URLSearchParams({ period: entry.period.id, agency: agency.id })}`;
        return (
          <section key={entry.period.id} aria-labelledby={`tasks-${entry.period.id}`}>
            <h3 id={`tasks-${entry.period.id}`}>{label}</h3>
            <p>
              <Link to={{ pathname: '/tasks', search }}>{m('tasksLink', { count: entry.tasks.length, period: label })}</Link>
            </p>
            <ul>
              {entry.tasks.map((task) => (
                <li key={task.taskId}>
                  <strong>{task.code}</strong> <span lang="vi">{task.title}</span>
                  {task.roles.map((role) => (
                    <span key={role} className="badge role-badge">
                      {m(`role.${role}`)}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

interface AgencyDetailProps {
  data: AgencyDetailResponse;
  /** The datasets' findings; the page does not wait for them, they only add the report's disagreements. */
  findings: readonly Finding[];
  periods: Period[];
  catalog: ReadonlyMap<string, Agency>;
  /** The query of links to other agencies: the period, so their addresses carry no list filters. */
  periodSearch: string;
}

function AgencyDetail({ data, findings, periods, catalog, periodSearch }: AgencyDetailProps) {
  const m = useMessages(agencyDetailMessages);
  const entries = useMemo(() => agencyPeriods(periods, data.appearances), [periods, data.appearances]);
  const findingsIndex = useMemo(() => findingsByRow(findings), [findings]);
  const points = useMemo(
    () => yearPoints(periods.filter((period) => period.holds.statistics), entries, findingsIndex),
    [periods, entries, findingsIndex],
  );
  const hasFigures = entries.some((entry) => entry.figures !== null);
  return (
    <>
      <Facts agency={data.agency} catalog={catalog} search={periodSearch} />
      <section className="section" aria-labelledby="agency-figures-title">
        <h2 id="agency-figures-title">{m('figuresTitle')}</h2>
        <FiguresTable agency={data.agency} entries={entries} findingsIndex={findingsIndex} />
      </section>
      {hasFigures ? (
        <section className="section" aria-labelledby="agency-chart-title">
          <h2 id="agency-chart-title">{m('chartTitle')}</h2>
          <AgencyTrendChart points={points} />
        </section>
      ) : null}
      <section className="section" aria-labelledby="agency-tasks-title">
        <h2 id="agency-tasks-title">{m('tasksTitle')}</h2>
        <Tasks agency={data.agency} entries={entries} />
      </section>
    </>
  );
}

/**
 * Ids are folded names ("ubnd-huyen-cam-lam"), so the id's words find the
 * agency in the list when the address is a little off; a retry never would.
 */
function UnknownAgency({ agencyId, periodId }: { agencyId: string; periodId: string }) {
  const m = useMessages(agencyDetailMessages);
  const words = agencyId.split(/[-_\s]+/).filter(Boolean).join(' ');
  const searchList = `?${new URLSearchParams({ period: periodId, [viewParams.search]: words })}`;
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{m('unknownTitle', { id: agencyId })}</p>
      <p className="state__detail">{m('unknownBody')}</p>
      {words === '' ? null : (
        <p className="state__detail">
          <Link to={{ pathname: '/agencies', search: searchList }}>{m('unknownSearch', { words })}</Link>
        </p>
      )}
    </div>
  );
}

const noAgencies: readonly Agency[] = [];
const noFindings: readonly Finding[] = [];

export default function AgencyDetailPage() {
  const client = useApiClient();
  const { t } = useI18n();
  const m = useMessages(agencyDetailMessages);
  const { agencyId = '' } = useParams();
  const { periodId, periods } = usePeriodParam('any');
  const query = useQuery(agencyQueryOptions(client, agencyId));
  const agenciesQuery = useQuery(agenciesQueryOptions(client));
  const findingsQuery = useQuery(findingsQueryOptions(client));
  const catalog = indexAgencies(agenciesQuery.data?.agencies ?? noAgencies);
  const unknown = query.error instanceof ApiError && query.error.kind === 'not_found';
  usePageTitle(query.data?.agency.name ?? (unknown ? m('unknownTitle', { id: agencyId }) : t('nav.agencies')));
  const { state } = useLocation();
  const periodSearch = `?${new URLSearchParams({ period: periodId })}`;
  // Back to the list as it was left (filters, sort, search) when the page was opened from it.
  const backSearch = agencyListSearchOf(state) ?? periodSearch;

  return (
    <section className="page agency-page" aria-labelledby="agency-title">
      <p>
        <Link to={{ pathname: '/agencies', search: backSearch }}>{m('back')}</Link>
      </p>
      <h1 id="agency-title">{query.data?.agency.name ?? t('nav.agencies')}</h1>
      {unknown ? (
        <UnknownAgency agencyId={agencyId} periodId={periodId} />
      ) : (
        <QueryState query={query} skeleton={<SkeletonLines lines={8} />}>
          {(data) => (
            <AgencyDetail data={data} findings={findingsQuery.data?.findings ?? noFindings} periods={periods} catalog={catalog} periodSearch={periodSearch} />
          )}
        </QueryState>
      )}
    </section>
  );
}
