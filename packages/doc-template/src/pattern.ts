/**
 * Text with placeholders in it, read as a pattern: `implementation notes -
 * [feature name]` matches `implementation notes - offline sync`. Used for
 * template titles and for headings that hold a placeholder.
 */
import { maskSyntax, placeholderSpans, type PlaceholderSyntax } from './brackets.js'

/** A literal piece of the pattern, or a placeholder (any non-empty text). */
export type PatternPart = { literal: string } | { placeholder: string }

export interface TextPattern {
  parts: PatternPart[]
  /** The whole text is one placeholder. */
  wildcard: boolean
  /** The text holds at least one placeholder. */
  hasPlaceholder: boolean
  /** The literal text, placeholders left out. */
  literalText: string
}

/** Read already normalised text as a pattern, with placeholders in the template's syntaxes. */
export function compilePattern(text: string, syntaxes: readonly PlaceholderSyntax[] = ['square']): TextPattern {
  const parts: PatternPart[] = []
  let last = 0
  for (const span of placeholderSpans(text, syntaxes)) {
    // Spans of two syntaxes may nest (`{a [b]}`): the first one wins.
    if (span.start < last) continue
    if (span.start > last) parts.push({ literal: text.slice(last, span.start) })
    parts.push({ placeholder: text.slice(span.start, span.end) })
    last = span.end
  }
  if (last < text.length) parts.push({ literal: text.slice(last) })
  return patternOf(parts)
}

/** A pattern of these parts. */
export function patternOf(parts: PatternPart[]): TextPattern {
  const literals = parts.flatMap((part) => ('literal' in part ? [part.literal] : []))
  const hasPlaceholder = literals.length < parts.length
  return {
    parts,
    wildcard: hasPlaceholder && literals.join('').trim() === '',
    hasPlaceholder,
    literalText: literals.join('').replace(/\s+/gu, ' ').trim(),
  }
}

/**
 * A title whose only placeholders are masks (`KEP-NNNN: Your short,
 * descriptive title`): the fixed prefix up to its `:` or ` - ` stays, and
 * the words after it stand for the doc's own title (`KEP-1234: Faster
 * scheduling`).
 */
export function freeTitleTail(pattern: TextPattern): TextPattern {
  const last = pattern.parts.at(-1)
  const placeholders = pattern.parts.flatMap((part) => ('placeholder' in part ? [part.placeholder] : []))
  if (!last || !('literal' in last) || placeholders.length === 0 || !placeholders.every((placeholder) => maskSyntax(placeholder))) return pattern
  const split = /^(.*?(?::|\s[-–—])\s+)(\S.*)$/su.exec(last.literal)
  if (!split) return pattern
  return patternOf([...pattern.parts.slice(0, -1), { literal: split[1]! }, { placeholder: split[2]! }])
}

/**
 * Match `text` against the pattern. Returns what each placeholder stood for
 * (in order of the pattern), or undefined when it does not match.
 * `ignoreCase` matches text that was normalised without case folding.
 *
 * No regular expression: a template may have hundreds of placeholders in a
 * title, and `^(.+?) a (.+?) b …$` backtracks (and overflows the stack)
 * on such. Placeholders stand for non-empty text, so each literal between
 * them is placed at its leftmost place after the one before (with a
 * character or more between): when that place does not lead to a match, no
 * later one does, as a later one leaves less text for the rest. The values
 * are those a lazy `(.+?)` would capture.
 */
export function matchPattern(pattern: TextPattern, text: string, ignoreCase = false): string[] | undefined {
  if (!pattern.hasPlaceholder && !ignoreCase) {
    const literal = pattern.parts[0]
    const expected = literal && 'literal' in literal ? literal.literal : ''
    return expected === text ? [] : undefined
  }
  // Folding may change a string's length (`İ`): then case counts.
  const folded = ignoreCase ? text.toLowerCase() : text
  const fold = ignoreCase && folded.length === text.length
  const haystack = fold ? folded : text
  const literalOf = (part: PatternPart) => ('literal' in part ? (fold ? part.literal.toLowerCase() : part.literal) : '')
  const parts = pattern.parts
  const values: string[] = []
  let cursor = 0
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!
    if ('literal' in part) {
      const literal = literalOf(part)
      if (!haystack.startsWith(literal, cursor)) return undefined
      cursor += literal.length
      continue
    }
    const kind = maskSyntax(part.placeholder)
    const next = parts[index + 1]
    const end = valueEnd(haystack, cursor, kind, next === undefined ? undefined : 'literal' in next ? literalOf(next) : null, index + 1 === parts.length - 1)
    if (end === undefined) return undefined
    values.push(text.slice(cursor, end).trim())
    cursor = end
  }
  return cursor === text.length ? values : undefined
}

/**
 * Where a placeholder's value starting at `start` ends: before the leftmost
 * place of the literal that follows it (`following`), at the end of the
 * text when none follows, or after one character when a placeholder
 * follows (`null`). A number or date mask's value must read as one.
 */
function valueEnd(
  text: string,
  start: number,
  kind: 'number-mask' | 'date-mask' | undefined,
  following: string | null | undefined,
  followingIsLast: boolean,
): number | undefined {
  const fits = (end: number) => end > start && (kind === undefined || maskValue[kind].test(text.slice(start, end)))
  if (following === undefined) return fits(text.length) ? text.length : undefined
  if (following === null) {
    // Two placeholders side by side: the first takes as little as it may.
    for (let end = start + 1; end <= Math.min(text.length, start + maxMaskLength); end++) if (fits(end)) return end
    return undefined
  }
  if (followingIsLast) {
    // The last literal sits at the end of the text.
    const end = text.length - following.length
    return text.endsWith(following) && fits(end) ? end : undefined
  }
  // A mask's value is short: look no further than it can reach.
  const reach = kind === undefined ? text.length : Math.min(text.length, start + maxMaskLength + following.length)
  for (let at = text.indexOf(following, start + 1); at !== -1 && at <= reach; at = text.indexOf(following, at + 1)) {
    if (fits(at)) return at
    if (kind === undefined) return at
  }
  return undefined
}

/** What a mask's value must be: a number for `NNNN`, a date for `yyyy-mm-dd`. */
const maskValue = {
  'number-mask': /^\s*\d+\s*$/u,
  'date-mask': /^\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\s*$/u,
} as const

/** The longest value a mask takes, spaces around it included; a generic placeholder beside another takes one character. */
const maxMaskLength = 64

/**
 * The fewest edits that turn `text` into something the pattern matches (a
 * placeholder stands for any non-empty text at no cost). Stops early with
 * `limit + 1` once the answer must exceed `limit`.
 */
export function patternDistance(pattern: TextPattern, text: string, limit: number): number {
  const chars = [...text]
  const tokens: Array<string | null> = []
  for (const part of pattern.parts) {
    if ('literal' in part) tokens.push(...part.literal)
    else tokens.push(null)
  }
  // previous[j]: cost of matching tokens[0..i) against chars[0..j).
  let previous = Array.from({ length: chars.length + 1 }, (_, j) => j)
  for (const token of tokens) {
    const current: number[] = []
    if (token === null) {
      // A placeholder takes one or more characters for free, or is dropped
      // at the cost of one edit (an empty value).
      current.push(previous[0]! + 1)
      let best = Number.POSITIVE_INFINITY
      for (let j = 1; j <= chars.length; j++) {
        best = Math.min(best, previous[j - 1]!)
        current.push(Math.min(best, previous[j]! + 1))
      }
    } else {
      current.push(previous[0]! + 1)
      for (let j = 1; j <= chars.length; j++) {
        const cost = chars[j - 1] === token ? 0 : 1
        current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost))
      }
    }
    if (rowMinimum(current) > limit) return limit + 1
    previous = current
  }
  return previous[chars.length]!
}

function rowMinimum(row: number[]): number {
  let minimum = Number.POSITIVE_INFINITY
  for (const value of row) if (value < minimum) minimum = value
  return minimum
}

/** Text as a regular expression that matches it literally. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}
