/**
 * Names shown on the board: agencies from the agency registry (by id),
 * groups from the tasks response, reform areas from the tasks response.
 * A name the registry lacks falls back to the text the assignment cell wrote.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { indexAgencies } from '@/domain/agencies/catalogue';
import type { Agency, AgencyGroup, ReformArea, Task } from '@/domain/dataset/schema';
import type { ResponsibleParty } from '@/domain/tasks/board';
import type { Lang } from '@/domain/format';

export interface TaskLabels {
  agencyName: (agencyId: string) => string;
  agencyShortName: (agencyId: string) => string;
  partyName: (party: ResponsibleParty) => string;
  /** The canonical Vietnamese (or English) name of the task's reform area; the printed heading when the area is unknown. */
  areaName: (area: Task['area']) => string;
}

export function buildTaskLabels(options: {
  agencies: readonly Agency[];
  agencyGroups: readonly AgencyGroup[];
  reformAreas: readonly ReformArea[];
  tasks: readonly Task[];
  lang: Lang;
}): TaskLabels {
  const agencies = indexAgencies(options.agencies);
  const groups = new Map(options.agencyGroups.map((group) => [group.id, group.label]));
  const areas = new Map(options.reformAreas.map((area) => [area.id, area]));
  const writtenAgencyNames = new Map<string, string>();
  for (const task of options.tasks) {
    for (const entry of task.assignment.entries) {
      if (entry.agencyId !== null && !writtenAgencyNames.has(entry.agencyId)) writtenAgencyNames.set(entry.agencyId, entry.text);
    }
  }
  const agencyName = (agencyId: string) => agencies.get(agencyId)?.name ?? writtenAgencyNames.get(agencyId) ?? agencyId;
  return {
    agencyName,
    agencyShortName: (agencyId) => agencies.get(agencyId)?.shortName ?? agencyName(agencyId),
    partyName: (party) => {
      switch (party.kind) {
        case 'agency':
          return agencyName(party.agencyId);
        case 'group':
          return groups.get(party.groupId) ?? party.groupId;
        case 'text':
          return party.text;
      }
    },
    areaName: (area) => {
      const known = areas.get(area.id);
      if (known === undefined) return area.heading;
      return options.lang === 'vi' ? known.label : known.labelEn;
    },
  };
}

const TaskLabelsContext = createContext<TaskLabels | null>(null);

export function TaskLabelsProvider({ labels, children }: { labels: TaskLabels; children: ReactNode }) {
  return <TaskLabelsContext.Provider value={labels}>{children}</TaskLabelsContext.Provider>;
}

export function useTaskLabels(): TaskLabels {
  const labels = useContext(TaskLabelsContext);
  if (labels === null) throw new Error('useTaskLabels must be used inside <TaskLabelsProvider>');
  return labels;
}

export function useBuiltTaskLabels(options: Parameters<typeof buildTaskLabels>[0]): TaskLabels {
  const { agencies, agencyGroups, reformAreas, tasks, lang } = options;
  return useMemo(
    () => buildTaskLabels({ agencies, agencyGroups, reformAreas, tasks, lang }),
    [agencies, agencyGroups, reformAreas, tasks, lang],
  );
}
