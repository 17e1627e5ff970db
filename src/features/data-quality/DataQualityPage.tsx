import { useId, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useApiClient } from '@/api/ApiProvider';
import { findingsQueryOptions, periodAgenciesQueryOptions } from '@/api/queries';
import { periodLabel, usePeriodParam } from '@/app/period';
import { usePageTitle } from '@/app/usePageTitle';
import { unusedParams } from '@/domain/url/unusedParams';
import type { Finding, Period } from '@/domain/dataset/schema';
import { EmptyState } from '@/components/EmptyState';
import { FigureText, MissingValue } from '@/components/MissingValue';
import { QueryState } from '@/components/QueryState';
import { SkeletonTable } from '@/components/Skeleton';
import { SourceRef } from '@/components/SourceRef';
import { UnusedParamsNotice } from '@/components/UnusedParamsNotice';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import {
  countByCheck,
  fieldLabel,
  findingChecks,
  findingContext,
  inSourceOrder,
  isRateField,
  parseCheckFilter,
  type FindingContext,
} from './findingRows';
import { dataQualityMessages, type FindingCheck } from './messages';
import { ScrollRegion } from '@/components/ScrollRegion';

/** The search parameter holding the chosen check. */
const CHECK_PARAM = 'check';

export default function DataQualityPage() {
  const client = useApiClient();
  const { lang } = useI18n();
  const m = useMessages(dataQualityMessages);
  const { period } = usePeriodParam('any');
  usePageTitle(m('title'));
  const findingsQuery = useQuery(findingsQueryOptions(client, period.id));
  // Table and row names make the list readable; if they cannot be had, the ids still locate every finding.
  const tablesQuery = useQuery({ ...periodAgenciesQueryOptions(client, period.id), enabled: period.holds.statistics });
  const context = findingContext(tablesQuery.data?.tables ?? []);
  const namesPending = period.holds.statistics && tablesQuery.isPending;
  const skeleton = <SkeletonTable rows={8} columns={6} />;

  return (
    <div className="page">
      <header className="page-header">
        <h1>{m('heading', { period: periodLabel(period, lang) })}</h1>
        <p>{m('intro')}</p>
      </header>
      <section className="section" aria-labelledby="findings-title">
        <h2 id="findings-title" className="visually-hidden">
          {m('caption', { period: periodLabel(period, lang) })}
        </h2>
        <QueryState
          query={findingsQuery}
          skeleton={skeleton}
          isEmpty={(data) => data.findings.length === 0}
          empty={<EmptyState title={m('empty', { period: periodLabel(period, lang) })} />}
        >
          {(data) => (namesPending ? skeleton : <FindingsList period={period} findings={data.findings} context={context} />)}
        </QueryState>
      </section>
    </div>
  );
}

function FindingsList({ period, findings, context }: { period: Period; findings: Finding[]; context: FindingContext }) {
  const { lang, fmt } = useI18n();
  const m = useMessages(dataQualityMessages);
  const selectId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const check = parseCheckFilter(searchParams.get(CHECK_PARAM));
  const unused = unusedParams(searchParams, { [CHECK_PARAM]: (value) => (value === check ? value : null) });
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const counts = countByCheck(findings);
  const shown = inSourceOrder(check === null ? findings : findings.filter((finding) => finding.check === check));

  function chooseCheck(value: string) {
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      if (value === '') next.delete(CHECK_PARAM);
      else next.set(CHECK_PARAM, value);
      return next;
    });
  }

  const checkLabel = (value: FindingCheck) => m(`check.${value}`);

  return (
    <>
      <div className="filters">
        <div className="field">
          <label htmlFor={selectId}>{m('filterLabel')}</label>
          <select id={selectId} value={check ?? ''} onChange={(event) => chooseCheck(event.target.value)}>
            <option value="">{m('filterAll', { count: fmt.number(findings.length) })}</option>
            {findingChecks
              .filter((value) => counts.has(value) || value === check)
              .map((value) => (
                <option key={value} value={value}>
                  {m('filterOption', { label: checkLabel(value), count: fmt.number(counts.get(value) ?? 0) })}
                </option>
              ))}
          </select>
        </div>
        <p ref={summaryRef} tabIndex={-1} className="note" aria-live="polite">
          {m('summary', { shown: fmt.number(shown.length), total: findings.length })}
        </p>
      </div>
      <UnusedParamsNotice unused={unused} focusAfter={summaryRef} />
      {shown.length === 0 && check !== null ? (
        <EmptyState title={m('emptyFiltered', { check: checkLabel(check) })}>
          <Link to={{ search: `?${new URLSearchParams({ period: period.id })}` }}>{m('showAll')}</Link>
        </EmptyState>
      ) : (
        <ScrollRegion label={m('caption', { period: periodLabel(period, lang) })}>
          <table className="data-table findings-table">
            <caption className="visually-hidden">{m('caption', { period: periodLabel(period, lang) })}</caption>
            <thead>
              <tr>
                <th scope="col">{m('sourceColumn')}</th>
                <th scope="col">{m('checkColumn')}</th>
                <th scope="col">{m('whereColumn')}</th>
                <th scope="col">{m('fieldColumn')}</th>
                <th scope="col" className="numeric">
                  {m('publishedColumn')}
                </th>
                <th scope="col" className="numeric">
                  {m('computedColumn')}
                </th>
                <th scope="col" className="numeric">
                  {m('differenceColumn')}
                </th>
                <th scope="col">{m('causeColumn')}</th>
                <th scope="col">{m('messageColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((finding) => (
                <FindingRow key={finding.id} finding={finding} context={context} checkLabel={checkLabel(finding.check)} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}

function FindingRow({ finding, context, checkLabel }: { finding: Finding; context: FindingContext; checkLabel: string }) {
  const { lang, fmt } = useI18n();
  const m = useMessages(dataQualityMessages);
  const table = finding.tableId === null ? undefined : context.tables.get(finding.tableId);
  const row = finding.rowId === null ? undefined : context.rows.get(finding.rowId);
  const rate = isRateField(finding.field);
  const value = (number: number | null) => (rate ? fmt.percent(number) : fmt.number(number, 2));
  const severityClass = finding.severity === 'error' ? 'badge badge--error' : finding.severity === 'warning' ? 'badge badge--warning' : 'badge';
  return (
    <tr>
      <td>
        <SourceRef provenance={finding.provenance} />
      </td>
      <td>
        <div>{checkLabel}</div>
        <span className={severityClass}>{m(`severity.${finding.severity}`)}</span>
      </td>
      <td className="findings-table__where">
        {row ? <div lang="vi">{`${row.number ? `${row.number}. ` : ''}${row.label}`}</div> : <div>{finding.rowId ?? <MissingValue />}</div>}
        {table ? (
          <div className="note" title={table.title} lang="vi">
            {table.appendix}
          </div>
        ) : (
          <div className="note">{finding.tableId ?? <MissingValue />}</div>
        )}
      </td>
      <td className="findings-table__field">{fieldLabel(finding.field, lang) ?? <MissingValue />}</td>
      <td className="numeric">
        <FigureText text={value(finding.published)} />
      </td>
      <td className="numeric">
        <FigureText text={value(finding.computed)} />
      </td>
      <td className="numeric">
        <FigureText text={rate ? fmt.points(finding.difference) : fmt.signed(finding.difference)} />
      </td>
      {/* Written in Vietnamese when the datasets were built, whatever the interface language. */}
      {finding.likelyCause === null ? (
        <td className="findings-table__text">
          <MissingValue />
        </td>
      ) : (
        <td className="findings-table__text" lang="vi">
          {finding.likelyCause}
        </td>
      )}
      <td className="findings-table__text" lang="vi">
        {finding.message}
      </td>
    </tr>
  );
}
