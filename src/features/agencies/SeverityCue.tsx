import { lateRateSeverity, type Severity, type SeverityThresholds } from '@/domain/agencies/severity';
import { FigureText } from '@/components/MissingValue';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { agenciesMessages, severityKey } from './messages';

/** A distinct shape per band, so the band reads without colour (and in print). */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const common = { width: 12, height: 12, viewBox: '0 0 12 12', 'aria-hidden': true, focusable: false } as const;
  switch (severity) {
    case 'severe':
      return (
        <svg {...common} className="severity-icon">
          <path d="M3.5 0.5h5l3 3v5l-3 3h-5l-3-3v-5z" fill="currentColor" />
          <path d="M6 2.6v4" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
          <circle cx="6" cy="9" r="0.9" fill="#fff" />
        </svg>
      );
    case 'high':
      return (
        <svg {...common} className="severity-icon">
          <path d="M6 0.8l5.4 10.2H0.6z" fill="currentColor" />
        </svg>
      );
    case 'watch':
      return (
        <svg {...common} className="severity-icon">
          <circle cx="6" cy="6" r="4.6" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      );
    case 'good':
      return (
        <svg {...common} className="severity-icon">
          <path d="M1.5 6.3l3 3 6-6.6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case 'none':
      return null;
  }
}

/** Icon and word of a band. */
export function SeverityCue({ severity }: { severity: Severity }) {
  const m = useMessages(agenciesMessages);
  return (
    <span className={`severity-cue severity-cue--${severity}`}>
      <SeverityIcon severity={severity} />
      <span className="severity-cue__text">{m(severityKey(severity))}</span>
    </span>
  );
}

/** A late rate with its band: the cell content of every late-rate cell. */
export function LateRateValue({ rate, thresholds }: { rate: number | null; thresholds: SeverityThresholds }) {
  const { fmt } = useI18n();
  const severity = lateRateSeverity(rate, thresholds);
  if (severity === 'none') return <FigureText text={fmt.percent(rate)} />;
  return (
    <span className="late-rate">
      <span className="late-rate__value">{fmt.percent(rate)}</span>{' '}
      <SeverityCue severity={severity} />
    </span>
  );
}
