import { memo } from 'react';
import { QuotingReport } from '@/components/QuotingReport';
import { foldVietnamese } from '@/domain/text/fold';
import type { TaskGroup } from '@/domain/tasks/board';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { taskStatusKey } from '@/i18n/messages';
import { taskMessages } from './messages';
import { StatusProgress } from './StatusProgress';
import { TaskCard } from './TaskCard';
import { useTaskLabels } from './taskLabels';
import type { OpenTask, TaskItem } from './types';

function GroupHeading({ group, headingId }: { group: TaskGroup<TaskItem>; headingId: string }) {
  const { t } = useI18n();
  const m = useMessages(taskMessages);
  const labels = useTaskLabels();
  const { key } = group;
  switch (key.kind) {
    case 'area': {
      const name = labels.areaName(key.area);
      // The printed heading is shown too when it words the area differently ("Cải cách TTHC"), not when only case differs.
      const printedDiffers = foldVietnamese(key.area.heading) !== foldVietnamese(name);
      return (
        <>
          <h2 id={headingId}>
            {key.area.numeral}. {name}
          </h2>
          {printedDiffers ? (
            <p className="note task-group__printed">
              <QuotingReport sentence={(heading) => m('headingInReport', { heading })} quotes={[key.area.heading]} />
            </p>
          ) : null}
        </>
      );
    }
    case 'status':
      return <h2 id={headingId}>{t(taskStatusKey(key.status))}</h2>;
    case 'lead':
      return <h2 id={headingId}>{labels.partyName(key.party)}</h2>;
    case 'no-lead':
      return <h2 id={headingId}>{m('noLead')}</h2>;
  }
}

/**
 * Memoised on the group's id, which names its area, status or lead: a filter
 * change makes new groups with the same headings, and an area heading folds
 * text to compare the printed wording with the canonical name.
 */
const MemoisedGroupHeading = memo(
  GroupHeading,
  (previous, next) => previous.group.id === next.group.id && previous.headingId === next.headingId,
);

export function TaskBoard({ groups, onOpen }: { groups: TaskGroup<TaskItem>[]; onOpen: OpenTask }) {
  const m = useMessages(taskMessages);
  return (
    <div className="task-board">
      {groups.map((group, index) => {
        const headingId = `task-group-${index}`;
        return (
          <section key={group.id} className="section task-group" aria-labelledby={headingId}>
            <header className="task-group__head">
              <MemoisedGroupHeading group={group} headingId={headingId} />
              <p className="task-group__count">{m('groupCount', { count: group.tasks.length })}</p>
            </header>
            <StatusProgress counts={group.counts} total={group.tasks.length} />
            <div className="task-group__cards">
              {group.tasks.map((item) => (
                <TaskCard key={item.task.id} item={item} onOpen={onOpen} />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
