import { QuotingReport } from '@/components/QuotingReport';
import type { TrendPointSource } from '@/domain/trends/buildTrends';
import { articleQuote, describeDocument, describeSource, type TrendWords } from './present';

interface Props {
  source: TrendPointSource;
  words: Pick<TrendWords, 't' | 'fmt'>;
  /** With the line and the row's label (describeSource), or the document alone (describeDocument). */
  withRow: boolean;
}

/** A point's source as present.ts words it, with the report's own words in it (an article's sentence, a row's label) marked as Vietnamese. */
export function SourceText({ source, words, withRow }: Props) {
  const quote = source.quote === null ? null : articleQuote(source.quote);
  const rowLabel = withRow ? source.rowLabel : null;
  const quotes = [quote, rowLabel].filter((reportWords) => reportWords !== null);
  const sentence = (...slots: string[]) => {
    // The slots stand in for the report's words in the order of `quotes`: the sentence first, then the label.
    const next = slots.values();
    const slotted: TrendPointSource = {
      ...source,
      quote: quote === null ? null : (next.next().value ?? null),
      rowLabel: rowLabel === null ? source.rowLabel : (next.next().value ?? null),
    };
    return withRow ? describeSource(slotted, words) : describeDocument(slotted, words);
  };
  return <QuotingReport sentence={sentence} quotes={quotes} />;
}
