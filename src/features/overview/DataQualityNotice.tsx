import { memo } from 'react';
import { Link } from 'react-router';
import type { Finding, Period } from '@/domain/dataset/schema';
import { useMessages } from '@/i18n/I18nProvider';
import { overviewMessages } from './messages';
import { countSumMismatches } from './overviewData';

/** How many published totals disagree with their rows, linking to the full list on /data. */
export const DataQualityNotice = memo(function DataQualityNotice({ period, findings }: { period: Period; findings: Finding[] }) {
  const m = useMessages(overviewMessages);
  const { own, carried } = countSumMismatches(findings);
  const mismatches = own + carried;
  // A period without statistics has no totals to agree or disagree; only its other notes, if any, are worth a line.
  const hasTotals = period.holds.statistics;
  if (!hasTotals && findings.length === 0) return null;
  return (
    <div className={mismatches > 0 || !hasTotals ? 'notice' : 'notice notice--ok'}>
      {hasTotals ? (
        <p>
          {mismatches > 0 ? (
            <Link to={{ pathname: '/data', search: `?${new URLSearchParams({ period: period.id, check: 'sum' })}` }}>
              {m('sumMismatches', { count: own })}
              {carried > 0 ? m('sumMismatchesCarried', { count: carried }) : null}
            </Link>
          ) : (
            m('sumMatches')
          )}
        </p>
      ) : null}
      {findings.length > 0 ? (
        <p>
          <Link to={{ pathname: '/data', search: `?${new URLSearchParams({ period: period.id })}` }}>
            {m('allFindings', { count: findings.length })}
          </Link>
        </p>
      ) : null}
    </div>
  );
});
