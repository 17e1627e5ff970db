/** The "!" that marks a value the report disputes, in a chart's key and tooltip, a table and the notes alike. */
export function DisputeMark() {
  return (
    <span className="dispute-mark" aria-hidden="true">
      !
    </span>
  );
}

/** The same "!" beside a chart dot at (cx, cy): a shape and a sign, not a colour alone. */
export function DisputeBadge({ cx, cy }: { cx: number; cy: number }) {
  return (
    <g className="dispute-badge" transform={`translate(${cx + 9} ${cy - 9})`} aria-hidden="true">
      <circle r={6.5} />
      <text textAnchor="middle" dy="0.35em">
        !
      </text>
    </g>
  );
}
