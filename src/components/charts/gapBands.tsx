import { ReferenceArea } from 'recharts';

const gapFill = '#e3e7ec';
const gapText = '#3d4651';

export interface GapBandOptions {
  /** What the band says, upright along it ("Không có số liệu"). */
  label: string;
  fontSize: number;
  className?: string;
}

/**
 * A grey band over each year without figures, on a numeric year axis whose
 * domain leaves half a year either side. Returned as elements, not a
 * component: Recharts only recognises its own children.
 */
export function gapBands(years: readonly number[], { label, fontSize, className }: GapBandOptions) {
  return years.map((year) => (
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
  ));
}
