/** A character no message contains, standing where the quote goes while the sentence is translated. */
const quoteSlot = '\u{E000}';

/**
 * A sentence in the interface's language quoting words of a report: the
 * quoted words keep lang="vi", so a screen reader reading the sentence in
 * English reads them as Vietnamese. `sentence` translates the message with
 * the quote left to a placeholder it is given.
 */
export function QuotingReport({ sentence, quote }: { sentence: (quote: string) => string; quote: string }) {
  const [before = '', after = ''] = sentence(quoteSlot).split(quoteSlot);
  return (
    <>
      {before}
      <span lang="vi">{quote}</span>
      {after}
    </>
  );
}
