/**
 * Folding for search and name matching: case, Vietnamese diacritics (đ → d
 * included, which Unicode decomposition does not cover) and runs of spaces.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded words of a text: what `foldedWordsMatcher` compares a query with. */
export function foldedWords(text: string): string[] {
  const folded = foldVietnamese(text);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * Whether a text, given as its folded words, holds every word of the query,
 * each in its own text word ("ke hoach" finds "Kế hoạch"; "dien dien" finds
 * "Diên Điền" but not "Diên An"). The query is folded once, so a list of
 * 10,000 names prepared with `foldedWords` is searched without folding any
 * name again. Null for an empty query, which matches everything: a caller can
 * then skip preparing its texts at all.
 */
export function foldedWordsMatcher(query: string): ((words: readonly string[]) => boolean) | null {
  // Longest first: each query word takes the first free text word holding it, and a short word
  // ("an") taking the text word a longer one needs ("an" in "xuân") would fail a true match.
  const queryWords = foldedWords(query).sort((left, right) => right.length - left.length);
  const [onlyWord] = queryWords;
  if (onlyWord === undefined) return null;
  // The common case, one word typed so far, needs no bookkeeping of the words already used.
  if (queryWords.length === 1) return (words) => words.some((word) => word.includes(onlyWord));
  return (words) => {
    const used = new Set<number>();
    return queryWords.every((queryWord) => {
      const index = words.findIndex((word, position) => !used.has(position) && word.includes(queryWord));
      if (index === -1) return false;
      used.add(index);
      return true;
    });
  };
}

/** `foldedWordsMatcher` for one text, folded on each call; for lists searched often, prepare `foldedWords` once. */
export function matchesFolded(text: string, query: string): boolean {
  const matches = foldedWordsMatcher(query);
  return matches === null || matches(foldedWords(text));
}
