/** Characters no message contains (Unicode private use), standing where the quotes go while the sentence is translated. */
const firstSlot = 0xe000;
const slotPattern = /([\uE000-\uF8FF])/u;

/**
 * A sentence in the interface's language quoting words of a report: the
 * quoted words keep lang="vi", so a screen reader reading the sentence in
 * English reads them as Vietnamese. `sentence` writes the message with each
 * quote left to a placeholder it is given, in the order of `quotes`.
 */
export function QuotingReport({ sentence, quotes }: { sentence: (...slots: string[]) => string; quotes: readonly string[] }) {
  const slots = quotes.map((_, index) => String.fromCodePoint(firstSlot + index));
  return (
    <>
      {sentence(...slots)
        .split(slotPattern)
        .map((part, index) => {
          const quote = quotes[slots.indexOf(part)];
          return quote === undefined ? (
            part
          ) : (
            <span key={index} lang="vi">
              {quote}
            </span>
          );
        })}
    </>
  );
}
