import { useId, useState, type FormEvent } from 'react';
import {
  checkThresholds,
  defaultSeverityThresholds,
  isDefaultThresholds,
  type ThresholdProblem,
  type SeverityThresholds,
} from '@/domain/agencies/severity';
import { closeDisclosureOnEscape } from '@/components/disclosure';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { agenciesMessages } from './messages';
import { SeverityCue } from './SeverityCue';

interface Props {
  thresholds: SeverityThresholds;
  onChange: (next: SeverityThresholds) => void;
}

/** Percent without trailing zeros ("10 %", "7,5 %"): thresholds are typed by people, not computed. */
function useThresholdText() {
  const { fmt } = useI18n();
  return (value: number) => fmt.percent(value, Number.isInteger(value) ? 0 : 1);
}

/**
 * Stays mounted when the thresholds change, so the button pressed keeps the
 * focus; a status line says the change was made, which the recoloured table
 * alone does not tell a screen-reader user.
 */
function ThresholdEditor({ thresholds, onChange }: Props) {
  const m = useMessages(agenciesMessages);
  const { fmt } = useI18n();
  const errorId = useId();
  // Written as the reader writes numbers ("7,5" in Vietnamese); `read` takes either separator back.
  const written = (value: number) => fmt.number(value, 6);
  const draftOf = (values: SeverityThresholds) => ({ severe: written(values.severe), high: written(values.high), watch: written(values.watch) });
  const [draft, setDraft] = useState(() => draftOf(thresholds));
  const [problem, setProblem] = useState<ThresholdProblem | null>(null);
  const [done, setDone] = useState<'applied' | 'restored' | null>(null);
  // The fields show the thresholds as stored, also after a change in another tab:
  // set while rendering, when the thresholds are not those last drawn, rather than in an effect a frame later.
  const [drawnThresholds, setDrawnThresholds] = useState(thresholds);
  if (drawnThresholds !== thresholds) {
    setDrawnThresholds(thresholds);
    setDraft(draftOf(thresholds));
  }

  // Accepts "7,5" as well as "7.5": Vietnamese writes a decimal comma.
  const read = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));

  function apply(event: FormEvent) {
    event.preventDefault();
    const checked = checkThresholds({ severe: read(draft.severe), high: read(draft.high), watch: read(draft.watch) });
    if (!checked.ok) {
      setProblem(checked.problem);
      return;
    }
    setProblem(null);
    onChange(checked.thresholds);
    setDone('applied');
  }

  function reset() {
    setProblem(null);
    setDraft(draftOf(defaultSeverityThresholds));
    onChange({ ...defaultSeverityThresholds });
    setDone('restored');
  }

  const field = (name: keyof typeof draft, label: string) => (
    <label className="field field--narrow">
      <span>{label}</span>
      <input
        type="text"
        inputMode="decimal"
        value={draft[name]}
        aria-invalid={problem !== null}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => {
          setDone(null);
          setDraft((previous) => ({ ...previous, [name]: event.target.value }));
        }}
      />
    </label>
  );

  return (
    <form className="threshold-editor" onSubmit={apply} noValidate>
      {field('severe', m('thresholdSevere'))}
      {field('high', m('thresholdHigh'))}
      {field('watch', m('thresholdWatch'))}
      <div className="threshold-editor__actions">
        <button type="submit" className="button">
          {m('thresholdsApply')}
        </button>
        <button type="button" className="button button--secondary" onClick={reset}>
          {m('thresholdsReset')}
        </button>
      </div>
      {problem ? (
        <p id={errorId} className="threshold-editor__error" role="alert">
          {m(`thresholdProblem.${problem}`)}
        </p>
      ) : null}
      <p className="note" role="status">
        {done === 'applied' ? m('thresholdsApplied') : done === 'restored' ? m('thresholdsRestored') : null}
      </p>
    </form>
  );
}

/** What each band means, with the current thresholds, and the form to change them. */
export function SeverityLegend({ thresholds, onChange }: Props) {
  const m = useMessages(agenciesMessages);
  const percent = useThresholdText();
  const headingId = useId();
  const values = { severe: percent(thresholds.severe), high: percent(thresholds.high), watch: percent(thresholds.watch) };
  return (
    <section className="severity-legend" aria-labelledby={headingId}>
      <h2 id={headingId} className="severity-legend__title">
        {m('legendTitle')}
      </h2>
      <ul className="severity-legend__list">
        <li title={m('legend.severeRule')}>
          <SeverityCue severity="severe" /> {m('legend.severe', values)}
        </li>
        <li>
          <SeverityCue severity="high" /> {m('legend.high', values)}
        </li>
        <li>
          <SeverityCue severity="watch" /> {m('legend.watch', values)}
        </li>
        <li>
          <SeverityCue severity="good" /> {m('legend.good', values)}
        </li>
        <li>
          <span className="severity-cue severity-cue--none">—</span> {m('severity.none')}: {m('legend.none')}
        </li>
      </ul>
      <p className="note">
        {m('legend.severeRule')} {isDefaultThresholds(thresholds) ? null : <strong>{m('thresholdsCustom')}</strong>}
      </p>
      <details className="severity-legend__edit" onKeyDown={closeDisclosureOnEscape}>
        <summary>{m('thresholdsEdit')}</summary>
        <ThresholdEditor thresholds={thresholds} onChange={onChange} />
      </details>
    </section>
  );
}
