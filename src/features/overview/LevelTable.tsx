import { memo } from 'react';
import { Link } from 'react-router';
import { QuotingReport } from '@/components/QuotingReport';
import type { Finding, Period } from '@/domain/dataset/schema';
import { FigureText } from '@/components/MissingValue';
import { SourceRef } from '@/components/SourceRef';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { agencyLevelKey } from '@/i18n/messages';
import { overviewMessages } from './messages';
import type { BlockFigures } from './overviewData';
import { ScrollRegion } from '@/components/ScrollRegion';

/**
 * One line per level (departments, districts, communes, land registration),
 * each linking to that level's agencies. The figures are the block rows as
 * printed; a block printed inside another, and a block whose printed total
 * disagrees with its rows, say so, with a way to the findings.
 */
export const LevelTable = memo(function LevelTable({ period, blocks, findings }: { period: Period; blocks: BlockFigures[]; findings: readonly Finding[] }) {
  const { t, lang, fmt } = useI18n();
  const m = useMessages(overviewMessages);
  const sumFindingsOf = (rowId: string) => findings.filter((finding) => finding.rowId === rowId && finding.check === 'sum').length;
  const findingsSearch = `?${new URLSearchParams({ period: period.id, check: 'sum' })}`;
  return (
    <>
      <ScrollRegion label={m('levelsCaption')}>
        <table className="data-table">
          <caption className="visually-hidden">{m('levelsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{m('levelColumn')}</th>
              <th scope="col" className="numeric">
                {m('receivedColumn')}
              </th>
              <th scope="col" className="numeric">
                {m('resolvedColumn')}
              </th>
              <th scope="col" className="numeric">
                {m('lateCountColumn')}
              </th>
              <th scope="col" className="numeric">
                {m('lateRateColumn')}
              </th>
              <th scope="col" className="numeric">
                {m('onlineRateColumn')}
              </th>
              <th scope="col">{m('sourceColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {blocks.map(({ level, row, insideRow }) => {
              const disagreements = sumFindingsOf(row.id);
              return (
                <tr key={level}>
                  <th scope="row">
                    <Link to={{ pathname: '/agencies', search: `?${new URLSearchParams({ period: period.id, level })}` }}>
                      {t(agencyLevelKey(level))}
                    </Link>
                    {insideRow ? (
                      <div className="note">
                        <QuotingReport sentence={(block) => m('insideBlock', { block })} quotes={[insideRow.label]} />
                      </div>
                    ) : null}
                    {blocks
                      .filter((other) => other.insideRow?.id === row.id)
                      .map((other) => (
                        <div key={other.level} className="note">
                          <QuotingReport sentence={(block) => m('containsBlock', { block })} quotes={[other.row.label]} />
                        </div>
                      ))}
                    {disagreements > 0 ? (
                      <div className="note">
                        <Link to={{ pathname: '/data', search: findingsSearch }}>{m('blockDisagrees', { count: disagreements })}</Link>
                      </div>
                    ) : null}
                  </th>
                  <td className="numeric">
                    <FigureText text={fmt.number(row.figures.received)} />
                  </td>
                  <td className="numeric">
                    <FigureText text={fmt.number(row.metrics.resolved)} />
                  </td>
                  <td className="numeric">
                    <FigureText text={fmt.number(row.metrics.lateCount)} />
                  </td>
                  <td className="numeric">
                    <FigureText text={fmt.percent(row.metrics.lateRate)} />
                  </td>
                  <td className="numeric">
                    <FigureText text={fmt.percent(row.metrics.onlineRate)} />
                  </td>
                  <td>
                    <SourceRef provenance={row.provenance} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="note">{m('lateRateRule', { rule: period.metricRules.lateRate[lang] })}</p>
    </>
  );
});
