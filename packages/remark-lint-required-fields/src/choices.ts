/** Choice values: the same word, and a written value's likely intended choice. */
import { editDistance, misspellingLimit, normalizePlainText } from '@feature-docs/doc-template'

export function sameWord(a: string, b: string): boolean {
  return normalizePlainText(a) === normalizePlainText(b)
}

/** The allowed value `written` is a likely misspelling of, if one. */
export function nearest(written: string, allowed: readonly string[]): string | undefined {
  const text = normalizePlainText(written)
  let best: string | undefined
  let distance = Number.POSITIVE_INFINITY
  for (const option of allowed) {
    const limit = misspellingLimit(option)
    const found = editDistance(text, normalizePlainText(option), limit)
    if (found <= limit && found < distance) {
      best = option
      distance = found
    }
  }
  return best
}
