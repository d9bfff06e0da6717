/**
 * The stylish report: vfile-reporter's (remark-cli's) look, fitted to the
 * terminal when its width is known.
 *
 * Without a width (stderr is a pipe, a file, a CI log) the text is
 * vfile-reporter's own, byte for byte, so nobody's grep breaks: a header
 * line per file, a row per message (`place  severity  reason  rule-id
 * source`), each column padded to its widest cell, and the summary line.
 *
 * vfile-reporter pads the reason column to the longest reason in the whole
 * report, so one long reason pushes every row past the terminal's edge. With
 * a width, the rows keep that table when it fits, byte for byte again.
 * When it does not:
 * - wide layout: the reason column gets what the terminal leaves after the
 *   place and severity before it and the rule id and source after it; a
 *   longer reason wraps onto the next lines, indented under the reason
 *   column, and the rule id and source stay at the end of the row's first
 *   line, in their column;
 * - narrow layout, when that leaves the reason fewer than
 *   `minimumReasonWidth` columns: each row's first line holds the place,
 *   severity, rule id and source (columns still aligned), and its reason
 *   follows, wrapped and indented two columns under the place.
 * Any other line too wide (a long path in a file header, a cause's stack)
 * wraps under its own indentation. Breaks fall at spaces; a word wider than
 * the line breaks after its last `/` that fits (paths), else where the
 * line ends. Widths are display widths: escape codes count for nothing,
 * wide characters for two.
 */
import stringWidth from 'string-width'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

export interface StylishOptions {
  /** Leave out files without messages. */
  quiet: boolean
  /** Keep only errors; implies `quiet`. */
  silent: boolean
  /** ANSI colors and bold, as vfile-reporter's. */
  color: boolean
  /** The terminal's width in columns, or undefined for vfile-reporter's layout unchanged. */
  width: number | undefined
}

/** Below this, a reason column is too narrow to read: the narrow layout is used. */
export const minimumReasonWidth = 30

/** How far the narrow layout indents a reason under its row's place. */
const narrowReasonIndent = 2

/** The report's text, without a final newline (as vfile-reporter's). */
export function stylishReport(files: readonly VFile[], options: StylishOptions): string {
  const lines = reportLines(files, options, styles(options.color))
  return layOut(lines, terminalWidth(options.width)).join('\n')
}

/**
 * Plain text written beside the report (its last line, what was checked),
 * its lines wrapped as the report's own; unchanged without a width.
 */
export function fitToWidth(text: string, width: number | undefined): string {
  const columns = terminalWidth(width)
  if (columns === undefined) return text
  return text
    .split('\n')
    .flatMap((line) => wrap(plain(line), columns))
    .join('\n')
}

function terminalWidth(width: number | undefined): number | undefined {
  return width !== undefined && Number.isFinite(width) && width > 0 ? Math.floor(width) : undefined
}

/** Text in one style: `open` and `close` are escape codes, empty without color. */
interface Span {
  text: string
  open: string
  close: string
}

/** Spans inside one outer style: a reason is bold, and its code spans cyan within it. */
interface Styled {
  open: string
  close: string
  spans: Span[]
}

/** A message row's cells: place, severity, reason, rule id, source. */
type Row = readonly [Styled, Styled, Styled, Styled, Styled]

/** A report line: a table row, or any other line (file header, cause, summary, blank). */
type Line = Row | Styled

type Styles = Record<'bold' | 'underline' | 'normalIntensity' | 'noUnderline' | 'red' | 'cyan' | 'green' | 'yellow' | 'defaultColor', string>

function styles(color: boolean): Styles {
  const code = (value: number) => (color ? `\u001B[${value}m` : '')
  return {
    bold: code(1),
    underline: code(4),
    normalIntensity: code(22),
    noUnderline: code(24),
    red: code(31),
    cyan: code(36),
    green: code(32),
    yellow: code(33),
    defaultColor: code(39),
  }
}

// ---------------------------------------------------------------------------
// What the report says: vfile-reporter's lines, in its order.

const lineEnding = /\r?\n|\r/

function reportLines(files: readonly VFile[], options: StylishOptions, style: Styles): Line[] {
  const lines: Line[] = []
  const shown: VFileMessage[] = []
  let lastHadMessages = false
  for (const file of [...files].sort((a, b) => compareText(a.path, b.path))) {
    const messageLines: Line[] = []
    for (const message of [...file.messages].sort(compareMessages)) {
      if (options.silent && !message.fatal) continue
      shown.push(message)
      messageLines.push(...messageRows(message, style))
    }
    if ((options.quiet || options.silent) && messageLines.length === 0) continue
    // A blank line between one file's messages and the next file's header.
    if (lastHadMessages) lines.push(plain(''))
    lines.push(fileHeader(file, style), ...messageLines)
    lastHadMessages = messageLines.length > 0
  }
  const summary = summaryLine(shown, style)
  if (summary) lines.push(plain(''), summary)
  return lines
}

/** `name`, `name: no issues found`, `name > renamed: written`. */
function fileHeader(file: VFile, style: Styles): Styled {
  const name = file.history[0] || '<stdin>'
  const counts = count(file.messages)
  const nameColor = counts.fatal ? style.red : counts.total ? style.yellow : style.green
  const spans = [{ text: name, open: style.underline + nameColor, close: style.defaultColor + style.noUnderline }]
  if (file.stored && name !== file.path) spans.push(span(` > ${file.path}`))
  if (file.stored) spans.push(span(': '), { text: 'written', open: style.yellow, close: style.defaultColor })
  else if (!counts.total) spans.push(span(': no issues found'))
  return { open: '', close: '', spans }
}

/** A message's row, then the rest of a reason of several lines, then its cause. */
function messageRows(message: VFileMessage, style: Styles): Line[] {
  const label = message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info'
  const text = message.stack || message.message
  const ending = lineEnding.exec(text)
  const reason = ending ? text.slice(0, ending.index) : text
  // From just past the line ending's first character, as vfile-reporter reads it.
  const rest: Line[] = ending ? text.slice(ending.index + 1).split(lineEnding).map(plain) : []
  const place = message.place || (message as { position?: VFileMessage['place'] }).position
  const row: Row = [
    plain(showPlace(place)),
    { open: '', close: '', spans: [{ text: label, open: label === 'error' ? style.red : style.yellow, close: style.defaultColor }] },
    { open: style.bold, close: style.normalIntensity, spans: reasonSpans(reason, style) },
    plain(message.ruleId || ''),
    plain(message.source || ''),
  ]
  if (message.cause) rest.push(...causeLines(message.cause, style))
  return [row, ...rest]
}

/** `[cause]:` and the cause, indented: a message as a row, an error as its stack, then its own cause. */
function causeLines(cause: unknown, style: Styles): Line[] {
  const lines: Line[] = [{ open: '', close: '', spans: [span('  '), { text: '[cause]', open: style.bold, close: style.normalIntensity }, span(':')] }]
  const record = cause !== null && typeof cause === 'object' ? (cause as Record<string, unknown>) : undefined
  const stack = record && (('stack' in record ? String(record.stack) : undefined) || ('message' in record ? String(record.message) : undefined))
  if (record === undefined || typeof stack !== 'string') {
    lines.push(plain(`    ${String(cause)}`))
    return lines
  }
  let own: Line[]
  if ('file' in record && 'fatal' in record) {
    own = messageRows(record as unknown as VFileMessage, style)
  } else {
    own = stack.split(lineEnding).map(plain)
    if ('cause' in record && record.cause) own.push(...causeLines(record.cause, style))
  }
  const head = own[0]!
  own[0] = isRow(head) ? [indented(head[0]), head[1], head[2], head[3], head[4]] : indented(head)
  lines.push(...own)
  return lines
}

/** `✖ 1 error, ⚠ 2 warnings`, with the total first when there are info messages too. */
function summaryLine(messages: VFileMessage[], style: Styles): Styled | undefined {
  const counts = count(messages)
  if (!counts.fatal && !counts.warn) return undefined
  const spans: Span[] = []
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  if (counts.fatal) spans.push({ text: '✖', open: style.red, close: style.defaultColor }, span(` ${plural(counts.fatal, 'error')}`))
  if (counts.warn) {
    if (counts.fatal) spans.push(span(', '))
    spans.push({ text: '⚠', open: style.yellow, close: style.defaultColor }, span(` ${plural(counts.warn, 'warning')}`))
  }
  if (counts.total !== counts.fatal && counts.total !== counts.warn) {
    spans.unshift(span(`${counts.total} messages (`))
    spans.push(span(')'))
  }
  return { open: '', close: '', spans }
}

/** Code in backticks shown in cyan: a run of backticks closes at the next run as long. */
function reasonSpans(reason: string, style: Styles): Span[] {
  const runs = [...reason.matchAll(/`+/gu)].map((match) => ({ index: match.index, size: match[0].length }))
  const spans: Span[] = []
  let textStart = 0
  for (let open = 0; open < runs.length; open++) {
    const close = runs.findIndex((run, index) => index > open && run.size === runs[open]!.size)
    if (close === -1) continue
    const codeStart = runs[open]!.index
    const codeEnd = runs[close]!.index + runs[close]!.size
    spans.push(span(reason.slice(textStart, codeStart)), { text: reason.slice(codeStart, codeEnd), open: style.cyan, close: style.defaultColor })
    textStart = codeEnd
    open = close
  }
  spans.push(span(reason.slice(textStart)))
  return spans
}

/** `line:column-line:column`, or `line:column` for a point; missing numbers read as 1. */
function showPlace(place: VFileMessage['place']): string {
  if (!place || typeof place !== 'object') return ''
  const loose = place as { start?: unknown; end?: unknown; line?: unknown; column?: unknown }
  const number = (value: unknown) => (value && typeof value === 'number' ? value : 1)
  const point = (value: unknown) => {
    const at = value && typeof value === 'object' ? (value as { line?: unknown; column?: unknown }) : {}
    return `${number(at.line)}:${number(at.column)}`
  }
  if ('start' in loose || 'end' in loose) return `${point(loose.start)}-${point(loose.end)}`
  if ('line' in loose || 'column' in loose) return point(loose)
  return ''
}

/** vfile-sort's order: place, then errors before warnings before info, then source, rule id, reason. */
function compareMessages(a: VFileMessage, b: VFileMessage): number {
  const rank = (fatal: boolean | null | undefined) => (fatal ? 0 : fatal === false ? 1 : 2)
  return (
    (a.line || 0) - (b.line || 0) ||
    (a.column || 0) - (b.column || 0) ||
    rank(a.fatal) - rank(b.fatal) ||
    compareText(a.source, b.source) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.reason, b.reason)
  )
}

function compareText(a: string | null | undefined, b: string | null | undefined): number {
  return String(a || '').localeCompare(String(b || ''))
}

function count(messages: readonly VFileMessage[]): { fatal: number; warn: number; total: number } {
  const fatal = messages.filter((message) => message.fatal).length
  const warn = messages.filter((message) => message.fatal === false).length
  return { fatal, warn, total: messages.length }
}

// ---------------------------------------------------------------------------
// How it is laid out.

function layOut(lines: Line[], width: number | undefined): string[] {
  const rows = lines.filter(isRow)
  const sizes = [0, 1, 2, 3, 4].map((cell) => Math.max(0, ...rows.map((row) => stringWidth(render(row[cell]!)))))
  const table = (row: Row) => [tableLine(row, sizes)]
  let showRow = table
  if (width !== undefined && rows.some((row) => stringWidth(tableLine(row, sizes)) > width)) {
    const [placeSize, labelSize, reasonSize] = sizes as [number, number, number]
    const before = placeSize + 1 + labelSize + 1
    const after = Math.max(0, ...rows.map((row) => stringWidth(tail(row, sizes))))
    const reasonWidth = Math.min(reasonSize, width - before - (after > 0 ? after + 1 : 0))
    showRow = reasonWidth >= minimumReasonWidth ? (row) => wideRow(row, sizes, reasonWidth) : (row) => narrowRow(row, sizes, width)
  }
  return lines.flatMap((line) => (isRow(line) ? showRow(line) : wrap(line, width)))
}

/** vfile-reporter's row: every cell padded to its column's widest and a space. */
function tableLine(row: Row, sizes: number[]): string {
  return row.map((cell, index) => pad(render(cell), sizes[index]! + 1)).join('').trimEnd()
}

/** What follows the reason on a row's line: rule id and source. */
function tail(row: Row, sizes: number[]): string {
  return (pad(render(row[3]), sizes[3]! + 1) + render(row[4])).trimEnd()
}

/** The row's first line ends with its rule id and source; its reason wraps in its column. */
function wideRow(row: Row, sizes: number[], reasonWidth: number): string[] {
  const [place, label, reason] = row
  const before = pad(render(place), sizes[0]! + 1) + pad(render(label), sizes[1]! + 1)
  const indent = ' '.repeat(stringWidth(before))
  return breakLines(plainText(reason), 0, reasonWidth).map(([start, end], index) =>
    index === 0 ? (before + pad(render(reason, start, end), reasonWidth + 1) + tail(row, sizes)).trimEnd() : (indent + render(reason, start, end)).trimEnd(),
  )
}

/** Place, severity, rule id and source on the first line; the reason below, under the place. */
function narrowRow(row: Row, sizes: number[], width: number): string[] {
  const [place, label, reason, ruleId, source] = row
  const gap = (cell: Styled, size: number) => span(' '.repeat(Math.max(0, size + 1 - stringWidth(render(cell)))))
  const head: Styled = { open: '', close: '', spans: [...inline(place), gap(place, sizes[0]!), ...inline(label), gap(label, sizes[1]!), ...inline(ruleId), gap(ruleId, sizes[3]!), ...inline(source)] }
  const indent = width > 2 * narrowReasonIndent ? narrowReasonIndent : 0
  const body = breakLines(plainText(reason), 0, width - indent).map(([start, end]) => (' '.repeat(indent) + render(reason, start, end)).trimEnd())
  return [...wrap(head, width), ...body]
}

/**
 * A line as it is, or, when wider than the terminal, wrapped under its own
 * indentation, the lines after the first two columns further in (so a
 * wrapped path or stack frame does not read as the next one).
 */
function wrap(line: Styled, width: number | undefined): string[] {
  const hang = 2
  const whole = render(line).trimEnd()
  if (width === undefined || stringWidth(whole) <= width) return [whole]
  const text = plainText(line)
  const leading = /^ */u.exec(text)![0].length
  // Indentation that would leave less than half the line is dropped.
  const [first, next] = leading + hang < width / 2 ? [leading, leading + hang] : [0, 0]
  return breakLines(text, leading, width - first, width - next).map(([start, end], index) =>
    (' '.repeat(index === 0 ? first : next) + render(line, start, end)).trimEnd(),
  )
}

/**
 * Greedy line breaks of `text` from `from`, the first line at most
 * `firstWidth` columns, the others `width`: [start, end) offsets, the spaces
 * at breaks left out.
 */
function breakLines(text: string, from: number, firstWidth: number, width = firstWidth): Array<[number, number]> {
  const graphemes = [...graphemeSegmenter.segment(text.slice(from))].map(({ segment, index }) => ({
    start: from + index,
    end: from + index + segment.length,
    width: stringWidth(segment),
    space: segment === ' ',
  }))
  const lines: Array<[number, number]> = []
  let line: { start: number; end: number; width: number } | undefined
  let gap = 0
  for (let index = 0; index < graphemes.length; ) {
    if (graphemes[index]!.space) {
      gap += 1
      index++
      continue
    }
    let wordEnd = index
    while (wordEnd < graphemes.length && !graphemes[wordEnd]!.space) wordEnd++
    const word = graphemes.slice(index, wordEnd)
    const wordWidth = sum(word)
    if (line && line.width + gap + wordWidth <= (lines.length === 0 ? firstWidth : width)) {
      line.end = word.at(-1)!.end
      line.width += gap + wordWidth
    } else {
      if (line) lines.push([line.start, line.end])
      // A word wider than a line: break it after its last `/` that fits, else where the line ends.
      let rest = word
      const limit = () => (lines.length === 0 ? firstWidth : width)
      while (sum(rest) > limit() && rest.length > 1) {
        let fits = 1
        while (fits < rest.length && sum(rest.slice(0, fits + 1)) <= limit()) fits++
        const slash = rest.slice(0, fits).findLastIndex((grapheme) => text.slice(grapheme.start, grapheme.end) === '/')
        const cut = slash > 0 ? slash + 1 : fits
        lines.push([rest[0]!.start, rest[cut - 1]!.end])
        rest = rest.slice(cut)
      }
      line = { start: rest[0]!.start, end: rest.at(-1)!.end, width: sum(rest) }
    }
    gap = 0
    index = wordEnd
  }
  if (line) lines.push([line.start, line.end])
  return lines.length > 0 ? lines : [[from, from]]
}

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

function sum(graphemes: ReadonlyArray<{ width: number }>): number {
  return graphemes.reduce((total, grapheme) => total + grapheme.width, 0)
}

// ---------------------------------------------------------------------------
// Styled text.

function span(text: string): Span {
  return { text, open: '', close: '' }
}

function plain(text: string): Styled {
  return { open: '', close: '', spans: [span(text)] }
}

function isRow(line: Line): line is Row {
  return Array.isArray(line)
}

function indented(line: Styled): Styled {
  return { ...line, spans: [span('    '), ...line.spans] }
}

/** A cell's spans with its outer style pushed into each, to sit inside another line. */
function inline(cell: Styled): Span[] {
  return cell.spans.map((part) => ({ text: part.text, open: cell.open + part.open, close: part.close + cell.close }))
}

function plainText(line: Styled): string {
  return line.spans.map((part) => part.text).join('')
}

/** The text from `start` to `end` (offsets in its plain text) with its escape codes; all of it by default. */
function render(line: Styled, start = 0, end = Number.POSITIVE_INFINITY): string {
  let result = ''
  let offset = 0
  for (const part of line.spans) {
    const from = Math.max(start, offset)
    const to = Math.min(end, offset + part.text.length)
    // Whole, a span is shown even when empty, as vfile-reporter joins its parts.
    if (to > from || (start === 0 && end === Number.POSITIVE_INFINITY)) result += part.open + part.text.slice(from - offset, to - offset) + part.close
    offset += part.text.length
  }
  return line.open + result + line.close
}

/** `text` and spaces up to `size` display columns. */
function pad(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - stringWidth(text)))
}
