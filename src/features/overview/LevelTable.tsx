import { Link } from 'react-router';
import type { Period } from '@/domain/dataset/schema';
import { FigureText } from '@/components/MissingValue';
import { SourceRef } from '@/components/SourceRef';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { agencyLevelKey } from '@/i18n/messages';
import { overviewMessages } from './messages';
import type { BlockFigures } from './overviewData';

/** One line per level (departments, districts, communes, land registration), each linking to that level's agencies. */
export function LevelTable({ period, blocks }: { period: Period; blocks: BlockFigures[] }) {
  const { t, lang, fmt } = useI18n();
  const m = useMessages(overviewMessages);
  return (
    <>
      <div className="table-scroll">
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
            {blocks.map(({ level, row, insideRow }) => (
              <tr key={level}>
                <th scope="row">
                  <Link to={{ pathname: '/agencies', search: `?${new URLSearchParams({ period: period.id, level })}` }}>
                    {t(agencyLevelKey(level))}
                  </Link>
                  {insideRow ? <div className="note">{m('insideBlock', { block: insideRow.label })}</div> : null}
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
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">{m('lateRateRule', { rule: period.metricRules.lateRate[lang] })}</p>
    </>
  );
}
