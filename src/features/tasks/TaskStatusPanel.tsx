import { useId, useRef, useState, type FormEvent } from 'react';
import { QuotingReport } from '@/components/QuotingReport';
import { taskStatusNoteMaxLength } from '@/api/contract';
import { describeApiError } from '@/api/errors';
import { useMarkTaskStatusFailuresSeen, useRevertTaskStatus, useSetTaskStatus } from '@/api/taskStatusMutations';
import { taskStatuses, taskStatusSchema, type PeriodId, type TaskStatus } from '@/domain/dataset/schema';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { taskStatusKey } from '@/i18n/messages';
import { taskMessages } from './messages';
import { StatusBadge } from './StatusBadge';
import type { TaskItem } from './types';

/**
 * The status in use, the report's status beside it (never overwritten), the
 * staff change with its time and note, a revert, and the form to change it.
 */
export function TaskStatusPanel({ item, periodId }: { item: TaskItem; periodId: PeriodId }) {
  const { t, lang, fmt } = useI18n();
  const m = useMessages(taskMessages);
  const saveStatus = useSetTaskStatus(periodId);
  const revert = useRevertTaskStatus(periodId);
  const markSeen = useMarkTaskStatusFailuresSeen(periodId);
  const [chosenStatus, setChosenStatus] = useState<TaskStatus>(item.status);
  const [note, setNote] = useState('');
  const [feedback, setFeedback] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = useId();
  const editorSummary = useRef<HTMLElement>(null);
  const { override } = item;
  const { current } = item.task;

  // Shown here, so the page need not tell of it again once the dialog closes; an outcome supersedes earlier failures.
  const showFailure = (error: unknown) => {
    const description = describeApiError(error, lang);
    setProblem(m('editorFailed', { message: `${description.title}. ${description.detail}` }));
    markSeen(item.task.id);
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saveStatus.isPending) return;
    setFeedback(null);
    const trimmed = note.trim();
    if (trimmed === '') {
      setProblem(m('editorNoteRequired'));
      return;
    }
    if (chosenStatus === item.status) {
      setProblem(m('editorSameStatus'));
      return;
    }
    setProblem(null);
    saveStatus.mutate(
      { taskId: item.task.id, status: chosenStatus, note: trimmed },
      {
        onSuccess: () => {
          setNote('');
          setFeedback(m('editorSaved'));
          markSeen(item.task.id);
        },
        onError: showFailure,
      },
    );
  }

  function restore() {
    if (revert.isPending) return;
    setFeedback(null);
    setProblem(null);
    revert.mutate(item.task.id, {
      onSuccess: () => {
        setChosenStatus(item.reportStatus);
        setFeedback(m('editorReverted'));
        markSeen(item.task.id);
        // The revert button is gone with the override; the editor is where the user goes on from.
        editorSummary.current?.focus();
      },
      onError: showFailure,
    });
  }

  const evidence =
    current.statusEvidence === null ? (
      m('evidenceNone')
    ) : (
      <QuotingReport
        sentence={(quote) => m(current.statusSource === 'override' ? 'evidenceOverride' : 'evidence', { evidence: quote })}
        quotes={[current.statusEvidence]}
      />
    );

  return (
    <div className="task-status-panel">
      <dl className="task-status-panel__facts">
        <div>
          <dt>{m('statusNow')}</dt>
          <dd>
            <StatusBadge status={item.status} />
          </dd>
        </div>
        <div>
          <dt>{m('statusReport')}</dt>
          <dd>
            <StatusBadge status={item.reportStatus} />
          </dd>
        </div>
      </dl>
      <p className="note">{evidence}</p>
      {override === null ? (
        <p>{m('statusFromReport')}</p>
      ) : (
        <div className="task-status-panel__override">
          <p>
            {m('statusOverride', {
              status: t(taskStatusKey(override.status)),
              time: fmt.dateTime(override.changedAt),
            })}
          </p>
          {override.note === '' ? null : <p>{m('statusOverrideNote', { note: override.note })}</p>}
          <button type="button" className="button button--secondary" onClick={restore} aria-disabled={revert.isPending}>
            {revert.isPending ? m('reverting') : m('revert')}
          </button>
        </div>
      )}
      <details className="task-status-editor">
        <summary ref={editorSummary}>{m('editorTitle')}</summary>
        <form onSubmit={submit} noValidate>
          <fieldset>
            <legend className="visually-hidden">{m('editorTitle')}</legend>
            <div className="field">
              <label htmlFor={`${ids}-status`}>{m('editorStatus')}</label>
              <select
                id={`${ids}-status`}
                value={chosenStatus}
                onChange={(event) => {
                  const status = taskStatusSchema.safeParse(event.target.value);
                  if (status.success) setChosenStatus(status.data);
                }}
              >
                {taskStatuses.map((option) => (
                  <option key={option} value={option}>
                    {t(taskStatusKey(option))}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${ids}-note`}>{m('editorNote')}</label>
              <textarea
                id={`${ids}-note`}
                value={note}
                rows={2}
                maxLength={taskStatusNoteMaxLength}
                required
                aria-describedby={`${ids}-note-hint`}
                aria-invalid={problem === m('editorNoteRequired') ? true : undefined}
                onChange={(event) => setNote(event.target.value)}
              />
              <p id={`${ids}-note-hint`} className="note">
                {m('editorNoteHint', { max: fmt.number(taskStatusNoteMaxLength) })}
              </p>
            </div>
            {/* aria-disabled rather than disabled: a disabled button drops the focus to <body>. */}
            <button type="submit" className="button" aria-disabled={saveStatus.isPending}>
              {saveStatus.isPending ? m('editorSaving') : m('editorSave')}
            </button>
          </fieldset>
        </form>
      </details>
      <div role="status" className="task-status-panel__feedback">
        {feedback}
      </div>
      {problem === null ? null : (
        <p role="alert" className="task-status-panel__problem">
          {problem}
        </p>
      )}
    </div>
  );
}
