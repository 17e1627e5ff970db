import type { Task } from '@/domain/dataset/schema';
import { leadParties, partyKey } from '@/domain/tasks/board';
import { useMessages } from '@/i18n/I18nProvider';
import { taskMessages } from './messages';
import { useTaskLabels } from './taskLabels';

export function LeadChips({ task }: { task: Task }) {
  const m = useMessages(taskMessages);
  const labels = useTaskLabels();
  const parties = leadParties(task);
  if (parties.length === 0) return <span className="note">{m('noLead')}</span>;
  return (
    <ul className="chips" aria-label={m('leads')}>
      {parties.map((party) => (
        <li key={partyKey(party)} className="chip">
          {party.kind === 'agency' ? labels.agencyShortName(party.agencyId) : labels.partyName(party)}
        </li>
      ))}
    </ul>
  );
}
