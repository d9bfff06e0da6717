/**
 * Positions in a test's Markdown marked where they are, instead of counted
 * by hand in a comment or a literal. `⟦name⟧` marks the point before the
 * next character; `⟦name⟧text⟦/name⟧` marks a range. The brackets (U+27E6,
 * U+27E7) mean nothing in Markdown, so a marker cannot be read as syntax;
 * `marked` removes every marker and gives each point as unist does: 1-based
 * line and column (in UTF-16 code units, as remark counts), 0-based offset.
 * CRLF, CR and LF all end a line. For a doc a test builds by code, where a
 * marker cannot be written in place, `markLines` marks whole lines by their
 * text.
 */

export interface Point {
  line: number
  column: number
  offset: number
}

export interface Marked {
  /** The Markdown with every marker removed. */
  text: string
  /** Each marker's point: `⟦name⟧` by `name`, `⟦/name⟧` by `/name`. */
  points: Readonly<Record<string, Point>>
  /** The point of `⟦name⟧`; throws when there is none. */
  at(name: string): Point
  /** `line:column` of `⟦name⟧`, as a message names another place. */
  point(name: string): string
  /**
   * `line:column-line:column`, as rule tests write ranges: from `⟦name⟧` to
   * `⟦/name⟧`, or from `⟦name⟧` to `⟦end⟧` when `end` is given, or a point
   * (start and end the same) when `⟦name⟧` has no closing marker.
   */
  range(name: string, end?: string): string
  /**
   * `message` with a leading `⟦name⟧` (or `⟦name⟧-⟦end⟧`, where `end` may
   * be a closing `/name`) replaced by that range, so an expected message
   * reads `⟦title⟧: reason`, and any later `⟦name⟧` by that point as
   * `line:column` (`also at ⟦first⟧`). Text without markers is returned as
   * it is.
   */
  message(message: string): string
}

const marker = /⟦([^⟦⟧]+)⟧/gu
const lineEnding = /\r\n|\r|\n/gu

/** Read `source`'s markers: its clean text, and where each one stood. */
export function marked(source: string): Marked {
  const points: Record<string, Point> = {}
  let text = ''
  let last = 0
  for (const match of source.matchAll(marker)) {
    text += source.slice(last, match.index)
    last = match.index + match[0].length
    const name = match[1]!
    if (name in points) throw new Error(`Marker ⟦${name}⟧ is given twice`)
    points[name] = { ...lineAndColumn(text), offset: text.length }
  }
  text += source.slice(last)
  if (/[⟦⟧]/u.test(text)) throw new Error(`A marker is not closed or is empty in ${JSON.stringify(source)}`)

  const at = (name: string): Point => {
    const point = points[name]
    if (point === undefined) throw new Error(`No marker ⟦${name}⟧ (markers: ${Object.keys(points).join(', ') || 'none'})`)
    return point
  }
  const range = (name: string, end?: string): string => {
    const start = at(name)
    const stop = end !== undefined ? at(end) : (points[`/${name}`] ?? start)
    return `${start.line}:${start.column}-${stop.line}:${stop.column}`
  }
  const message = (value: string): string => {
    const lead = /^⟦([^⟦⟧/][^⟦⟧]*)⟧(?:-⟦([^⟦⟧]+)⟧)?/u.exec(value)
    const rest = lead ? value.slice(lead[0].length) : value
    return (lead ? range(lead[1]!, lead[2]) : '') + rest.replace(marker, (_, name: string) => point(name))
  }
  const point = (name: string): string => `${at(name).line}:${at(name).column}`
  return { text, points, at, point, range, message }
}

/** `text` without its markers. */
export function unmarked(text: string): string {
  return marked(text).text
}

function lineAndColumn(text: string): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (const ending of text.matchAll(lineEnding)) {
    line++
    lineStart = ending.index + ending[0].length
  }
  return { line, column: text.length - lineStart + 1 }
}

/**
 * `text` with each of `lines` (a whole line, as written, found once) marked
 * as a range named by its own text: `⟦## Design⟧## Design⟦/## Design⟧`. For
 * docs built by code (a shared doc changed by `replace`), where a marker
 * cannot be written in place; a message about the line is then written
 * `⟦## Design⟧: reason`.
 */
export function markLines(text: string, ...lines: string[]): string {
  let result = text
  for (const line of lines) {
    const found = [...result.matchAll(/^.*$/gmu)].filter((match) => match[0].replace(/\r$/u, '') === line)
    if (found.length !== 1) throw new Error(`Line ${JSON.stringify(line)} is in the text ${found.length} times, not once`)
    const index = found[0]!.index
    result = `${result.slice(0, index)}⟦${line}⟧${line}⟦/${line}⟧${result.slice(index + line.length)}`
  }
  return result
}
