/**
 * Which items of a sequence are in order: the longest run that is, the rest
 * are the ones to move. Used for sections and for table columns.
 */

/**
 * Indices of a longest strictly increasing subsequence of `values`. Of
 * several, the one that keeps the earliest items: when one section moved
 * to the top, the moved one is out of order, not the ones it jumped over.
 * Quadratic, for the few siblings or columns it is given.
 */
export function longestIncreasing(values: readonly number[]): Set<number> {
  // longest[i]: length of the longest increasing run starting at i.
  const longest = values.map(() => 1)
  for (let i = values.length - 2; i >= 0; i--) {
    for (let j = i + 1; j < values.length; j++) {
      if (values[j]! > values[i]! && longest[j]! + 1 > longest[i]!) longest[i] = longest[j]! + 1
    }
  }
  const kept = new Set<number>()
  let need = Math.max(0, ...longest)
  let last = Number.NEGATIVE_INFINITY
  for (let index = 0; index < values.length && need > 0; index++) {
    if (longest[index] === need && values[index]! > last) {
      kept.add(index)
      last = values[index]!
      need--
    }
  }
  return kept
}
