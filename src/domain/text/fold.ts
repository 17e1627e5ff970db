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

/**
 * True when every word of the query occurs, folded, in its own word of the
 * text ("ke hoach" finds "Kế hoạch"). Each text word serves one query word
 * only, so "dien dien" finds "Diên Điền" but not "Diên An".
 */
export function matchesFolded(text: string, query: string): boolean {
  const folded = foldVietnamese(query);
  if (folded === '') return true;
  const unusedWords = foldVietnamese(text).split(' ');
  const queryWords = folded.split(' ').sort((left, right) => right.length - left.length);
  return queryWords.every((queryWord) => {
    const index = unusedWords.findIndex((word) => word.includes(queryWord));
    if (index === -1) return false;
    unusedWords.splice(index, 1);
    return true;
  });
}
