/** The "!" that marks a value the report disputes, in the key, the tooltip, the data table and the notes alike. */
export function DisputeMark() {
  return (
    <span className="trend-dispute-mark" aria-hidden="true">
      !
    </span>
  );
}
