/** Two number lists with the same values in the same order: how memoised chart parts compare the years they are given. */
export function sameNumbers(left: readonly number[], right: readonly number[]): boolean {
  return left.length === right.length && left.every((value, index) => value === right[index]);
}
