/**
 * Date fields: which template fields want a date, the formats a date may be
 * written in (`YYYY-MM-DD` by default), and reading a written date.
 */
import { escapeRegExp, isDateField, namedDateFormat } from '@feature-docs/doc-template'

/** A compiled format: `YYYY-MM-DD` and the expression that reads it. */
export interface DateFormat {
  text: string
  expression: RegExp
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

// Longest first, so `MMMM` is not read as `MM` twice.
const tokens: Record<string, string> = {
  YYYY: '(?<year>\\d{4})',
  MMMM: `(?<monthName>${months.join('|')})`,
  MMM: `(?<monthShort>${months.map((month) => month.slice(0, 3)).join('|')})`,
  MM: '(?<month>\\d{2})',
  M: '(?<month>\\d{1,2})',
  DD: '(?<day>\\d{2})',
  D: '(?<day>\\d{1,2})',
}
const tokenPattern = /YYYY|MMMM|MMM|MM|M|DD|D/gu

/**
 * Compile a format, or undefined when it lacks a year, a month or a day, or
 * has one twice.
 */
export function compileDateFormat(text: string): DateFormat | undefined {
  const used = (text.match(tokenPattern) ?? []).map((token) => (token.startsWith('Y') ? 'Y' : token[0]!))
  if (['Y', 'M', 'D'].some((kind) => used.filter((token) => token === kind).length !== 1)) return undefined
  let source = ''
  let last = 0
  for (const match of text.matchAll(tokenPattern)) {
    source += escapeRegExp(text.slice(last, match.index)) + tokens[match[0]]!
    last = match.index + match[0].length
  }
  source += escapeRegExp(text.slice(last))
  // A date may be followed by more text (`2026-11-03 (merged)`), not by more digits.
  return { text, expression: new RegExp(`^${source}(?![\\p{L}\\p{N}])`, 'iu') }
}

/** A format the template's value names, such as `(today's date, YYYY-MM-DD)`. */
export function dateFormatIn(value: string): DateFormat | undefined {
  const named = namedDateFormat(value)
  return named === undefined ? undefined : compileDateFormat(named)
}

export { isDateField }

/**
 * Whether `text` starts with a date in one of `formats`: `valid`; in a
 * format but no calendar date (`2026-02-30`): `impossible`; else
 * `malformed`.
 */
export function readDate(text: string, formats: DateFormat[]): 'valid' | 'impossible' | 'malformed' {
  let result: 'impossible' | 'malformed' = 'malformed'
  for (const format of formats) {
    const groups = format.expression.exec(text.trim())?.groups
    if (!groups) continue
    const year = Number(groups.year)
    const name = (groups.monthName ?? groups.monthShort)?.toLowerCase()
    const month = name ? months.findIndex((candidate) => candidate.startsWith(name)) + 1 : Number(groups.month)
    const day = Number(groups.day)
    if (isCalendarDate(year, month, day)) return 'valid'
    result = 'impossible'
  }
  return result
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
