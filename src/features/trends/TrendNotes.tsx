import type { Period, PeriodId } from '@/domain/dataset/schema';
import type { TrendNote } from '@/domain/trends/buildTrends';
import { FindingText } from '@/components/FindingText';
import { DisputeMark } from '@/components/DisputeMark';
import type { TrendWords } from './present';

interface TrendNotesProps {
  notes: readonly TrendNote[];
  periods: readonly Period[];
  /** A caveat decided by the page rather than the data (indices shown for the province only). */
  extra: string | null;
  words: TrendWords;
}

function periodNames(periodIds: readonly PeriodId[], periods: readonly Period[], { lang }: TrendWords): string {
  return periodIds
    .map((periodId) => {
      const period = periods.find((candidate) => candidate.id === periodId);
      return period ? (lang === 'vi' ? period.label : period.labelEn) : periodId;
    })
    .join(', ');
}

/** Each statistics period's own rule or window, listed under the note that needs it. */
function PerPeriodList({ periods, line }: { periods: readonly Period[]; line: (period: Period) => string }) {
  return (
    <ul>
      {periods
        .filter((period) => period.holds.statistics)
        .map((period) => (
          <li key={period.id}>{line(period)}</li>
        ))}
    </ul>
  );
}

function NoteBody({ note, periods, words }: { note: TrendNote; periods: readonly Period[]; words: TrendWords }) {
  const { t, fmt, lang } = words;
  const label = (period: Period) => (lang === 'vi' ? period.label : period.labelEn);
  switch (note.kind) {
    case 'partial_period':
      return <p>{t('note.partial_period', { periods: periodNames(note.periodIds, periods, words) })}</p>;
    case 'comparable_late_rule':
      return <p>{t('note.comparable_late_rule')}</p>;
    case 'disputed_values':
      return (
        <>
          <p>
            <DisputeMark />
            {t('note.disputed_values')}
          </p>
          <ul>
            {note.findings.map((finding) => (
              <li key={finding.id}>
                <FindingText finding={finding} withCause />
              </li>
            ))}
          </ul>
        </>
      );
    case 'department_includes_land_registration':
      return <p>{t('note.department_includes_land_registration', { periods: periodNames(note.periodIds, periods, words) })}</p>;
    case 'on_time_definition_differs':
    case 'online_denominator_changes': {
      const rule = note.kind === 'on_time_definition_differs' ? 'onTimeRate' : 'onlineRate';
      return (
        <>
          <p>{t(`note.${note.kind}`)}</p>
          <PerPeriodList
            periods={periods}
            line={(period) => t('periodRule', { period: label(period), rule: period.metricRules[rule][lang] })}
          />
        </>
      );
    }
    case 'period_lengths_differ':
      return (
        <>
          <p>{t('note.period_lengths_differ')}</p>
          <PerPeriodList
            periods={periods}
            line={(period) =>
              t('periodWindow', {
                period: label(period),
                range: fmt.dateRange(period.statisticsWindow.start, period.statisticsWindow.end),
              })
            }
          />
        </>
      );
  }
}

export function TrendNotes({ notes, periods, extra, words }: TrendNotesProps) {
  if (notes.length === 0 && extra === null) return null;
  return (
    <aside className="notice trend-notes" aria-labelledby="trend-notes-title">
      <h2 id="trend-notes-title" className="trend-notes__title">
        {words.t('notesTitle')}
      </h2>
      {extra === null ? null : <p>{extra}</p>}
      {notes.map((note) => (
        <div key={note.kind} className="trend-note" data-note={note.kind}>
          <NoteBody note={note} periods={periods} words={words} />
        </div>
      ))}
    </aside>
  );
}
