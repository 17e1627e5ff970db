import { useId, useMemo, useRef, useState } from 'react';
import { closeDisclosureOnEscape } from '@/components/disclosure';
import type { AgencyOption, AgencyRoleScope } from '@/domain/tasks/board';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { taskMessages } from './messages';
import { useTaskLabels } from './taskLabels';

export interface AgencyFilterProps {
  options: readonly AgencyOption[];
  selected: readonly string[];
  roleScope: AgencyRoleScope;
  onChange: (change: { agencyIds?: string[]; roleScope?: AgencyRoleScope }) => void;
}

/**
 * "Cơ quan phụ trách": the agencies the period's assignments name, each with
 * its task count in the chosen role scope, several at a time. Folded away
 * behind a disclosure because a plan names some thirty agencies.
 */
export function AgencyFilter({ options, selected, roleScope, onChange }: AgencyFilterProps) {
  const { lang, fmt } = useI18n();
  const m = useMessages(taskMessages);
  const labels = useTaskLabels();
  const ids = useId();
  const summaryRef = useRef<HTMLElement>(null);
  const [open, setOpen] = useState(selected.length > 0);

  const rows = useMemo(() => {
    const listed = new Set(options.map((option) => option.agencyId));
    // A chosen agency the period does not name (the URL came from another period) stays visible so it can be unticked.
    const strays = selected
      .filter((agencyId) => !listed.has(agencyId))
      .map((agencyId) => ({ agencyId, leadCount: 0, anyCount: 0 }));
    const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en');
    return [...options, ...strays]
      .map((option) => ({ ...option, name: labels.agencyName(option.agencyId) }))
      .sort((left, right) => collator.compare(left.name, right.name));
  }, [options, selected, labels, lang]);

  const chosen = new Set(selected);
  const toggle = (agencyId: string, checked: boolean) =>
    onChange({
      agencyIds: checked ? [...selected, agencyId] : selected.filter((candidate) => candidate !== agencyId),
    });

  return (
    <details className="agency-filter" open={open} onToggle={(event) => setOpen(event.currentTarget.open)} onKeyDown={closeDisclosureOnEscape}>
      <summary ref={summaryRef}>
        {m('agencyFilter')}
        <span className="badge">{selected.length === 0 ? m('agencyAll') : m('agencySelected', { count: selected.length })}</span>
      </summary>
      <fieldset className="agency-filter__panel">
        <legend className="visually-hidden">{m('agencyFilter')}</legend>
        <fieldset className="agency-filter__scope">
          <legend>{m('roleScope')}</legend>
          {(['lead', 'any'] as const).map((scope) => (
            <label key={scope} className="choice">
              <input
                type="radio"
                name={`${ids}-scope`}
                value={scope}
                checked={roleScope === scope}
                onChange={() => onChange({ roleScope: scope })}
              />
              {scope === 'lead' ? m('roleScopeLead') : m('roleScopeAny')}
            </label>
          ))}
        </fieldset>
        <ul className="agency-filter__list">
          {rows.map((row) => (
            <li key={row.agencyId}>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={chosen.has(row.agencyId)}
                  onChange={(event) => toggle(row.agencyId, event.target.checked)}
                />
                {m('agencyOption', {
                  name: row.name,
                  count: fmt.number(roleScope === 'lead' ? row.leadCount : row.anyCount),
                })}
              </label>
            </li>
          ))}
        </ul>
        {selected.length > 0 ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onChange({ agencyIds: [] });
              // The button goes once nothing is chosen: the focus stays in the filter, on its heading.
              summaryRef.current?.focus();
            }}
          >
            {m('agencyClear')}
          </button>
        ) : null}
      </fieldset>
    </details>
  );
}
