/**
 * Messages as plain data, the common ground of the json, github and sarif
 * reports: no syntax tree, no cause, no stack; positions as numbers (or
 * null), paths relative to the working folder with forward slashes.
 */
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
// `message.fix` is declared by rule-kit.
import type {} from '@feature-docs/rule-kit'

export interface PlainMessage {
  ruleId: string | null
  source: string | null
  reason: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  /** true: error; false: warning; null: info. */
  fatal: boolean | null
  url: string | null
  /** The edit that fixes it, when one does (see rule-kit's `Fix`). */
  fix: PlainFix | null
}

/**
 * A fix as data: `range` holds the start and end offsets (UTF-16 code
 * units, after a byte order mark, as ESLint's), `start` and `end` the same
 * as lines and columns; `text` replaces the range (an insertion when the
 * range is empty).
 */
export interface PlainFix {
  kind: string
  title: string
  range: [number, number]
  start: { line: number; column: number }
  end: { line: number; column: number }
  text: string
}

export interface FileReport {
  path: string
  /** The template the file was checked against (its name, or its path), or null when it is no feature doc. */
  template: string | null
  messages: PlainMessage[]
}

export interface SelectOptions {
  /** Leave out files without messages. */
  quiet?: boolean | undefined
  /** Keep only errors (fatal messages). */
  silent?: boolean | undefined
}

export function fileReports(files: VFile[], options: SelectOptions = {}): FileReport[] {
  return [...eachFileReport(files, options)]
}

/** The same, one file at a time: a report written as it is made holds one file's messages as data, not the run's. */
export function* eachFileReport(files: Iterable<VFile>, options: SelectOptions = {}): Generator<FileReport> {
  for (const file of files) {
    const messages = sortMessages(file.messages)
      .filter((message) => !options.silent || message.fatal === true)
      .map(plainMessage)
    if (options.quiet && messages.length === 0) continue
    yield { path: reportPath(file), template: file.data.featureDocsCheckedAgainst ?? null, messages }
  }
}

/** A file's lines as the rules read them (after a byte order mark), for fingerprints. */
export function sourceLines(file: VFile): string[] {
  const kept = file.data.featureDocsLines
  if (kept) {
    // Checked in a worker thread: only the lines messages point at came back.
    const lines: string[] = Array.from({ length: kept.count }, () => '')
    for (const [line, text] of Object.entries(kept.text)) lines[Number(line) - 1] = text
    return lines
  }
  if (file.value === undefined || file.value === null) return []
  return String(file).replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u)
}

/** A file's path as reports name it: relative, with forward slashes. */
export function reportPath(file: VFile): string {
  return (file.path || '<stdin>').split('\\').join('/')
}

export function plainMessage(message: VFileMessage): PlainMessage {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  return {
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    reason: message.reason,
    line: start?.line ?? null,
    column: start?.column ?? null,
    endLine: end?.line ?? null,
    endColumn: end?.column ?? null,
    fatal: message.fatal ?? null,
    url: message.url ?? null,
    fix: message.fix
      ? {
          kind: message.fix.kind,
          title: message.fix.title,
          range: [...message.fix.range],
          start: { line: message.fix.start.line, column: message.fix.start.column },
          end: { line: message.fix.end.line, column: message.fix.end.column },
          text: message.fix.text,
        }
      : null,
  }
}

/** Document order, as vfile-reporter shows them; messages without a place first. */
function sortMessages(messages: VFileMessage[]): VFileMessage[] {
  const key = (message: VFileMessage): [number, number] => {
    const place = message.place
    const start = place && 'start' in place ? place.start : place
    return [start?.line ?? 0, start?.column ?? 0]
  }
  return [...messages].sort((a, b) => {
    const [lineA, columnA] = key(a)
    const [lineB, columnB] = key(b)
    return lineA - lineB || columnA - columnB
  })
}
