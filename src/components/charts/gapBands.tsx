import { memo } from 'react';
import { ReferenceArea } from 'recharts';
import { sameNumbers } from './sameNumbers';

const gapFill = '#e3e7ec';
const gapText = '#3d4651';

interface GapBandOptions {
  /** What the band says, upright along it ("Không có số liệu"). */
  label: string;
  fontSize: number;
  className?: string;
}

/**
 * A grey band over each year without figures, on a numeric year axis whose
 * domain leaves half a year either side. Memoised, for a chart that re-renders
 * with the same gaps (a metric switch): Recharts 3 re-registers a
 * ReferenceArea in its store on every render, and each registration makes the
 * whole chart compute again. Recharts 3 finds its parts through context, so a
 * wrapper component works.
 */
export const GapBands = memo(
  function GapBands({ years, label, fontSize, className }: GapBandOptions & { years: readonly number[] }) {
    return (
      <>
        {years.map((year) => (
          <ReferenceArea
            key={year}
            x1={year - 0.5}
            x2={year + 0.5}
            fill={gapFill}
            fillOpacity={1}
            ifOverflow="visible"
            className={className}
            label={{ value: label, angle: -90, position: 'center', fill: gapText, fontSize }}
          />
        ))}
      </>
    );
  },
  (previous, next) =>
    sameNumbers(previous.years, next.years) &&
    previous.label === next.label &&
    previous.fontSize === next.fontSize &&
    previous.className === next.className,
);
