import { useId, type ReactNode } from 'react';
import { QuotingReport } from '@/components/QuotingReport';
import { SourceRef } from '@/components/SourceRef';
import { periodLabel } from '@/app/period';
import type { Period, PeriodId, TaskResult } from '@/domain/dataset/schema';
import { partyOf } from '@/domain/tasks/board';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { Dialog } from './Dialog';
import { deadlineKindMessages, roleMessages, taskMessages } from './messages';
import { RichTextView } from './RichTextView';
import { StatusBadge } from './StatusBadge';
import { TaskDeadline } from './TaskDeadline';
import { useTaskLabels } from './taskLabels';
import { TaskStatusPanel } from './TaskStatusPanel';
import type { TaskItem } from './types';
import { ScrollRegion } from '@/components/ScrollRegion';

export interface TaskDetailDialogProps {
  item: TaskItem;
  periodId: PeriodId;
  periods: readonly Period[];
  onClose: () => void;
  returnFocusTo: () => HTMLElement | null;
}

function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="task-detail__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}

function Deadline({ item }: { item: TaskItem }) {
  const { fmt } = useI18n();
  const m = useMessages(taskMessages);
  const kinds = useMessages(deadlineKindMessages);
  const { parts } = item.task.deadline;
  return (
    <>
      <p>
        <TaskDeadline boardTask={item} />
      </p>
      {/* One part restating the whole cell says nothing new; several parts, or a note, do. */}
      {parts.length > 1 || parts.some((part) => part.note !== null) ? (
        <ul className="task-detail__parts">
          {parts.map((part, index) => (
            <li key={index}>
              «<span lang="vi">{part.text}</span>»: {kinds(part.kind)}
              {part.start === null ? null : `, ${m('deadlinePartStart', { date: fmt.date(part.start) })}`}
              {part.due === null ? null : `, ${m('deadlinePartDue', { date: fmt.date(part.due) })}`}
              {part.start === null && part.due === null ? `, ${m('deadlinePartNoDate')}` : null}
              {part.note === null ? null : (
                <>
                  {' ('}
                  <span lang="vi">{part.note}</span>)
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function Assignment({ item }: { item: TaskItem }) {
  const m = useMessages(taskMessages);
  const roles = useMessages(roleMessages);
  const labels = useTaskLabels();
  const { assignment } = item.task;
  return (
    <>
      {assignment.blocks.length > 0 ? <RichTextView blocks={assignment.blocks} /> : <p lang="vi">{assignment.text}</p>}
      <h4>{m('sectionAgencies')}</h4>
      {assignment.entries.length === 0 ? (
        <p className="note">{m('noAgencies')}</p>
      ) : (
        <ScrollRegion label={m('sectionAgencies')}>
          <table className="data-table task-detail__entries">
            <thead>
              <tr>
                <th scope="col">{m('agencyColumn')}</th>
                <th scope="col">{m('roleColumn')}</th>
                <th scope="col">{m('textColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {assignment.entries.map((entry, index) => (
                <tr key={index}>
                  <th scope="row">{labels.partyName(partyOf(entry))}</th>
                  <td>{roles(entry.role)}</td>
                  <td lang="vi">{entry.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}

function ResultBlock({ result, title, showEvidence }: { result: TaskResult; title: string; showEvidence: boolean }) {
  const m = useMessages(taskMessages);
  const labels = useTaskLabels();
  return (
    <div className="task-detail__result">
      <h4>
        {title} <StatusBadge status={result.status} />
      </h4>
      {result.result.length === 0 ? <p className="note">{m('resultEmpty')}</p> : <RichTextView blocks={result.result} />}
      {showEvidence && result.statusEvidence !== null ? (
        <p className="note">
          <QuotingReport sentence={(evidence) => m('evidence', { evidence })} quotes={[result.statusEvidence]} />
        </p>
      ) : null}
      {result.subResults.length > 0 ? (
        <>
          <h5>{m('subResults')}</h5>
          <ul className="task-detail__subresults">
            {result.subResults.map((sub, index) => (
              <li key={index}>
                {sub.agencyId === null ? <span lang="vi">{sub.agencyText}</span> : labels.agencyName(sub.agencyId)}:{' '}
                <StatusBadge status={sub.status} />
                {sub.evidence === null ? null : (
                  <span className="note">
                    {' «'}
                    <span lang="vi">{sub.evidence}</span>»
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {result.provenance === null ? null : (
        <p className="note">
          {m('source')}: <SourceRef provenance={result.provenance} />
        </p>
      )}
    </div>
  );
}

/** Every result the task carries (the 2020 plan: mid-year and year-end), oldest period first. */
function Results({ item, periodId, periods }: { item: TaskItem; periodId: PeriodId; periods: readonly Period[] }) {
  const { lang } = useI18n();
  const m = useMessages(taskMessages);
  const order = (result: TaskResult) => periods.findIndex((period) => period.id === result.periodId);
  const results = [item.task.current, ...item.task.otherResults].sort((left, right) => order(left) - order(right));
  return (
    <>
      {results.map((result) => {
        const period = periods.find((candidate) => candidate.id === result.periodId);
        const name = period === undefined ? result.periodId : periodLabel(period, lang);
        const isCurrent = result.periodId === periodId;
        return (
          <ResultBlock
            key={result.periodId}
            result={result}
            title={`${m('resultOf', { period: name })}${isCurrent && results.length > 1 ? ` (${m('resultCurrent')})` : ''}`}
            // The status section already quotes this period's evidence.
            showEvidence={!isCurrent}
          />
        );
      })}
    </>
  );
}

export function TaskDetailDialog({ item, periodId, periods, onClose, returnFocusTo }: TaskDetailDialogProps) {
  const m = useMessages(taskMessages);
  const labels = useTaskLabels();
  const titleId = useId();
  const { task } = item;
  return (
    <Dialog labelledBy={titleId} onClose={onClose} returnFocusTo={returnFocusTo}>
      <div className="dialog__head">
        <div>
          <p className="task-detail__meta">
            <span className="task-card__code">{task.code}</span>{' '}
            {m('dialogArea', { area: `${task.area.numeral}. ${labels.areaName(task.area)}` })}
          </p>
          <h2 id={titleId} lang="vi">
            {task.title}
          </h2>
        </div>
        <button type="button" className="button button--secondary dialog__close" onClick={onClose}>
          {m('close')}
        </button>
      </div>
      <div className="dialog__body task-detail">
        <DetailSection title={m('sectionStatus')}>
          <TaskStatusPanel item={item} periodId={periodId} />
        </DetailSection>
        <DetailSection title={m('sectionResults')}>
          <Results item={item} periodId={periodId} periods={periods} />
        </DetailSection>
        <DetailSection title={m('sectionDeliverable')}>
          {task.deliverable.length === 0 ? (
            <p className="note">{m('deliverableEmpty')}</p>
          ) : (
            <RichTextView blocks={task.deliverable} />
          )}
        </DetailSection>
        <DetailSection title={m('sectionDeadline')}>
          <Deadline item={item} />
        </DetailSection>
        <DetailSection title={m('sectionAssignment')}>
          <Assignment item={item} />
        </DetailSection>
        {task.notes.length > 0 ? (
          <DetailSection title={m('sectionNotes')}>
            <ul>
              {task.notes.map((note, index) => (
                <li key={index} lang="vi">
                  {note}
                </li>
              ))}
            </ul>
          </DetailSection>
        ) : null}
        <p className="note">
          {m('source')}: <SourceRef provenance={task.provenance} />
        </p>
      </div>
    </Dialog>
  );
}
