import type { ReactNode } from 'react';
import { FigureText } from './MissingValue';
import { FormulaTooltip } from './FormulaTooltip';

export interface KpiCardProps {
  label: string;
  /** Already formatted (see useI18n().fmt); the dash marks a missing figure. */
  value: string;
  /** A second line under the value (e.g. the count behind a rate). */
  detail?: ReactNode;
  formula?: string;
  /** Change against the comparable period, or the reason there is none. */
  change?: ReactNode;
}

export function KpiCard({ label, value, detail, formula, change }: KpiCardProps) {
  return (
    <article className="kpi-card">
      <header className="kpi-card__head">
        <h3 className="kpi-card__label">{label}</h3>
        {formula ? <FormulaTooltip metric={label} formula={formula} /> : null}
      </header>
      <p className="kpi-card__value">
        <FigureText text={value} />
      </p>
      {detail ? <p className="kpi-card__detail">{detail}</p> : null}
      {change ? <p className="kpi-card__change">{change}</p> : null}
    </article>
  );
}
