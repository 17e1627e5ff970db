import { useId } from 'react';
import { taskStatuses, type TaskStatus } from '@/domain/dataset/schema';
import type { StatusCounts } from '@/domain/tasks/board';
import { useI18n, useMessages } from '@/i18n/I18nProvider';
import { taskStatusKey } from '@/i18n/messages';
import { taskMessages } from './messages';

/** So that one task among hundreds still shows: 3.75 px of a 250 px bar, of which its 1 px dividers take 1. */
const minimumSharePercent = 1.5;

interface Segment {
  status: TaskStatus;
  /** Where the segment starts and how wide it is, in percent of the bar. */
  start: number;
  width: number;
}

/** Shares in proportion, except that a small one gets the minimum, taken from the others in proportion. */
function segmentsOf(counts: StatusCounts, present: readonly TaskStatus[]): Segment[] {
  const counted = present.reduce((sum, status) => sum + counts[status], 0);
  const shares = present.map((status) => (100 * counts[status]) / counted);
  const raised = shares.filter((share) => share < minimumSharePercent).length;
  const others = shares.reduce((sum, share) => (share < minimumSharePercent ? sum : sum + share), 0);
  const scale = (100 - raised * minimumSharePercent) / others;
  let start = 0;
  return present.map((status, index) => {
    const share = shares[index] ?? 0;
    const width = share < minimumSharePercent ? minimumSharePercent : share * scale;
    const segment = { status, start, width };
    start += width;
    return segment;
  });
}

/**
 * A bar split by status, for a glance, and the same counts as text, which is
 * what screen readers get: the bar itself is decoration. It is an SVG whose
 * segments are sized by attributes: the CSP forbids the inline styles a bar of
 * boxes would need, so a page drawn at build time shows it whole.
 */
export function StatusProgress({ counts, total }: { counts: StatusCounts; total: number }) {
  const { t, fmt } = useI18n();
  const m = useMessages(taskMessages);
  // An id usable in url(#…): React's own contains characters a URL fragment would have to escape.
  const hatchId = `hatch-${useId().replace(/[^\w-]/g, '')}`;
  const present = taskStatuses.filter((status) => counts[status] > 0);
  const segments = segmentsOf(counts, present);
  return (
    <div className="status-progress">
      <svg className="status-progress__bar" aria-hidden="true" focusable="false">
        <defs>
          <pattern id={hatchId} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" className="status-progress__hatch-ground" />
            <rect width="2" height="5" className="status-progress__hatch-line" />
          </pattern>
        </defs>
        {segments.map(({ status, start, width }) => (
          <rect
            key={status}
            className={`status-progress__segment task-status--${status}`}
            x={`${start}%`}
            width={`${width}%`}
            height="100%"
            fill={status === 'no_result' ? `url(#${hatchId})` : undefined}
          >
            <title>{`${t(taskStatusKey(status))}: ${fmt.number(counts[status])}/${fmt.number(total)}`}</title>
          </rect>
        ))}
        {segments.slice(1).map(({ status, start }) => (
          <line key={status} className="status-progress__divider" x1={`${start}%`} x2={`${start}%`} y1="0" y2="100%" />
        ))}
      </svg>
      <ul className="status-progress__counts" aria-label={m('groupCounts')}>
        {present.map((status) => (
          <li key={status}>
            <span className={`status-progress__swatch task-status--${status}`} aria-hidden="true" />
            {fmt.number(counts[status])} {t(taskStatusKey(status))}
          </li>
        ))}
      </ul>
    </div>
  );
}
