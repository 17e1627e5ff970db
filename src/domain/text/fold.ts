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

/** True when every word of the query occurs, folded, in the text ("ke hoach" finds "Kế hoạch"). */
export function matchesFolded(text: string, query: string): boolean {
  const folded = foldVietnamese(query);
  if (folded === '') return true;
  const haystack = foldVietnamese(text);
  return folded.split(' ').every((word) => haystack.includes(word));
}
