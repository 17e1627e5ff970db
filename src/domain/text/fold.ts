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
  const queryWords = foldedWords(query);
  const [onlyWord] = queryWords;
  if (onlyWord === undefined) return null;
  // The common case, one word typed so far, needs no bookkeeping of the words already used.
  if (queryWords.length === 1) return (words) => words.some((word) => word.includes(onlyWord));
  return (words) => {
    // The quick answers first, for 10,000 names a keystroke: most texts lack some query word
    // altogether, and most that hold them all match when each takes the first free word holding it.
    if (!queryWords.every((queryWord) => words.some((word) => word.includes(queryWord)))) return false;
    const taken = new Set<number>();
    const inTurn = queryWords.every((queryWord) => {
      const position = words.findIndex((word, index) => !taken.has(index) && word.includes(queryWord));
      if (position === -1) return false;
      taken.add(position);
      return true;
    });
    return inTurn || matchesWordForWord(queryWords, words);
  };
}

/**
 * Whether every query word can have a text word of its own. Taking the first
 * free one can strand a later query word ("an" taking "ban" leaves "ba"
 * nothing in "ban quan ly du an"), so a word already taken is handed on to
 * another that also holds its taker when possible (augmenting paths).
 */
function matchesWordForWord(queryWords: readonly string[], words: readonly string[]): boolean {
  const takerOf: Array<string | undefined> = words.map(() => undefined);
  const take = (queryWord: string, tried: Set<number>): boolean =>
    words.some((word, position) => {
      if (tried.has(position) || !word.includes(queryWord)) return false;
      tried.add(position);
      const taker = takerOf[position];
      if (taker !== undefined && !take(taker, tried)) return false;
      takerOf[position] = queryWord;
      return true;
    });
  return queryWords.every((queryWord) => take(queryWord, new Set()));
}

/** `foldedWordsMatcher` for one text, folded on each call; for lists searched often, prepare `foldedWords` once. */
export function matchesFolded(text: string, query: string): boolean {
  const matches = foldedWordsMatcher(query);
  return matches === null || matches(foldedWords(text));
}
