import { memo } from 'react';
import { Link } from 'react-router';
import type { Period } from '@/domain/dataset/schema';
import { FigureText } from '@/components/MissingValue';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { agencyLevelKey } from '@/i18n/messages';
import { overviewMessages } from './messages';
import type { RankedAgency } from './overviewData';
import { ScrollRegion } from '@/components/ScrollRegion';

/** Sort parameter of the agencies list that puts the highest late rate first. */
const lateRateSort = '-lateRate';

interface TopLateAgenciesProps {
  period: Period;
  ranked: RankedAgency[];
  /** The period's tables the report cuts off: agencies they lack cannot be ranked. */
  cutAppendices: readonly string[];
}

export const TopLateAgencies = memo(function TopLateAgencies({ period, ranked, cutAppendices }: TopLateAgenciesProps) {
  const { t, fmt } = useI18n();
  const m = useMessages(overviewMessages);
  const periodSearch = `?${new URLSearchParams({ period: period.id })}`;
  return (
    <>
      <ScrollRegion label={m('topCaption')}>
        <table className="data-table">
          <caption className="visually-hidden">{m('topCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {m('rankColumn')}
              </th>
              <th scope="col">{m('agencyColumn')}</th>
              <th scope="col" className="numeric">
                {m('lateRateColumn')}
              </th>
              <th scope="col" className="numeric">
                {m('lateCountColumn')}
              </th>
              <th scope="col" className="numeric">
                {m('resolvedColumn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ranked.map(({ row, agencyId }, index) => (
              <tr key={agencyId}>
                <td className="numeric">{index + 1}</td>
                <th scope="row">
                  <Link to={{ pathname: `/agencies/${encodeURIComponent(agencyId)}`, search: periodSearch }}>{row.label}</Link>
                  <div className="note">{t(agencyLevelKey(row.level))}</div>
                </th>
                <td className="numeric">
                  <FigureText text={fmt.percent(row.metrics.lateRate)} />
                </td>
                <td className="numeric">
                  <FigureText text={fmt.number(row.metrics.lateCount)} />
                </td>
                <td className="numeric">
                  <FigureText text={fmt.number(row.metrics.resolved)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {cutAppendices.length > 0 ? <p className="note">{m('topCutTables', { appendices: cutAppendices.join(', ') })}</p> : null}
      <p className="note">
        <Link to={{ pathname: '/agencies', search: `?${new URLSearchParams({ period: period.id, sort: lateRateSort })}` }}>
          {m('allAgencies')}
        </Link>
      </p>
    </>
  );
});
