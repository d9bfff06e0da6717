/**
 * Heading normalisation: the one place that decides when two headings say
 * the same thing. Templates and documents go through the same function, so
 * `## **Bugs Fixed**:` in a document matches `## Bugs Fixed` in a template.
 */
import type { Nodes } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { parseMarkdown } from './markdown.js'

// Emoji and the invisible pieces that glue them together (ZWJ, variation
// selectors, skin tones, keycaps, flags), one code point at a time.
const emojiPiece = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200D\uFE0E\uFE0F\u20E3]$/u

/**
 * Normalise heading text for comparison.
 *
 * A node is read through `mdast-util-to-string`, which already drops
 * emphasis, code and link syntax; a string is treated as Markdown inline
 * source and has that syntax stripped here.
 */
export function normalizeHeading(input: string | Nodes): string {
  const text = typeof input === 'string' ? stripInlineMarkdown(input) : toString(input)
  return normalizePlainText(text)
}

/**
 * Normalise text that has no Markdown syntax left in it. `fold: false` keeps
 * the case, to recover what an author wrote.
 */
export function normalizePlainText(text: string, fold = true): string {
  // ASCII has nothing for NFKC or full case folding to change and no emoji:
  // the common case skips those (this runs for every heading and field).
  if (ascii.test(text)) {
    let value = fold ? text.toLowerCase() : text
    if (/\s\s|[\t\n\v\f\r]/u.test(value)) value = value.replace(/\s+/gu, ' ')
    value = value.trim()
    return /[#:.]$/u.test(value) ? trimEnding(value, false) : value
  }
  let value = text.normalize('NFKC')
  // Full case folding: upper then lower maps `ß` to `ss` like `SS` does.
  if (fold) value = value.toUpperCase().toLowerCase().normalize('NFKC')
  return trimEnding(value.replace(/\s+/gu, ' ').trim(), true)
}

const ascii = /^[\x00-\x7f]*$/u

/**
 * Drop closing `#`s, then leading or trailing emoji (`emoji`) and a
 * trailing `:` or `.`, until nothing changes. By hand, from both ends, so
 * it is linear in the length of the text: the regular expressions this
 * replaced (`\s*(?:emoji)+$`) were quadratic on a long run of emoji.
 */
function trimEnding(text: string, emoji: boolean): string {
  let start = 0
  let end = text.length
  // `## Title ##`: closing `#`s after white space; a heading of `#`s only is empty.
  let hashes = end
  while (hashes > start && text[hashes - 1] === '#') hashes--
  if (hashes === start) return ''
  if (hashes < end && isSpace(text[hashes - 1]!)) {
    end = hashes
    while (end > start && isSpace(text[end - 1]!)) end--
  }
  for (;;) {
    const before = [start, end]
    if (emoji) {
      let at = start
      while (at < end && isEmoji(codePointAt(text, at))) at += codePointAt(text, at).length
      if (at > start) {
        start = at
        while (start < end && isSpace(text[start]!)) start++
      }
      at = end
      while (at > start && isEmoji(codePointBefore(text, at))) at -= codePointBefore(text, at).length
      if (at < end) end = at
    }
    while (end > start && ':.：。'.includes(text[end - 1]!)) end--
    while (end > start && isSpace(text[end - 1]!)) end--
    while (start < end && isSpace(text[start]!)) start++
    if (before[0] === start && before[1] === end) return text.slice(start, end)
  }
}

function isSpace(character: string): boolean {
  return /^\s$/u.test(character)
}

function isEmoji(character: string): boolean {
  return character !== '' && emojiPiece.test(character)
}

/** The code point starting at `index` (a surrogate pair as one). */
function codePointAt(text: string, index: number): string {
  const code = text.codePointAt(index)
  return code === undefined ? '' : String.fromCodePoint(code)
}

/** The code point ending just before `index`. */
function codePointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index)
  }
  return text.slice(index - 1, index)
}

/**
 * The text of a heading written as inline Markdown, syntax removed. Parsed
 * as an ATX heading, so emphasis, code, links and escapes follow CommonMark
 * exactly (`snake_case` keeps its underscores, `*a*` loses its stars).
 */
function stripInlineMarkdown(source: string): string {
  const line = source.replace(/\s+/gu, ' ').trim().replace(/^#{1,6}(?= |$)/u, '').trim()
  const heading = parseMarkdown(`# ${line}`).children[0]
  return heading ? toString(heading) : line
}

/**
 * Normalise a table header cell: NFKC, case folded, whitespace collapsed, a
 * trailing colon dropped. Unlike headings, `#` is content here (`Issue #`
 * is not `Issue`, and `#` is a column name).
 */
export function normalizeCell(text: string): string {
  const folded = text.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC')
  return folded.replace(/\s+/gu, ' ').trim().replace(/\s*[:：]$/u, '')
}

// `(Optional)` (KEPs) or `[optional]` (OpenShift), after the heading's text.
const optionalMarker = /\s*(?:\(optional\)|\[optional\])$/u
// `1.`, `4)`, `2.3`, `2.3.` before a heading's words: `## 1. Bugs Fixed` is
// `## Bugs Fixed`. A bare number is a word (`## 2024 Goals`).
const sectionNumber = /^(?:\d+[.)]|\d+(?:\.\d+)+\.?)\s+(?=\p{L})/u

/** The words of text: runs of letters and digits. */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '')
}

/** Whether normalised heading text ends in `(optional)` or `[optional]`. */
export function hasOptionalSuffix(normalized: string): boolean {
  return optionalMarker.test(normalized)
}

/**
 * The key two headings are matched by: normalised text without its
 * `(optional)` or `[optional]` marker, so a document may keep or drop it,
 * and without a leading section number (`1.`, `2.3`), so a doc may number
 * its sections.
 */
export function headingKey(normalized: string): string {
  return normalized.replace(optionalMarker, '').replace(sectionNumber, '')
}

/**
 * Edit distance between `a` and `b` counting insertions, deletions,
 * substitutions and swaps of two neighbours (`Impcat` is one edit from
 * `Impact`), or `limit + 1` as soon as it is certain to exceed `limit`.
 * Works on code points.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const left = [...a]
  const right = [...b]
  if (Math.abs(left.length - right.length) > limit) return limit + 1
  let before: number[] = []
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index)
  for (let i = 1; i <= left.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1)
      }
      current.push(value)
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return limit + 1
    before = previous
    previous = current
  }
  return previous[right.length]!
}

/**
 * How many edits make a likely misspelling of `text`: about one in four
 * characters, at least one and at most four, so `Bug Fixes` finds
 * `Bugs Fixed` but `Summary` does not find `Security`.
 */
export function misspellingLimit(text: string): number {
  return Math.max(1, Math.min(4, Math.floor([...text].length / 4)))
}
