/**
 * `--format markdown`: the report for people, where CI shows Markdown:
 * GitHub's job summary (`$GITHUB_STEP_SUMMARY`) and pull-request comments.
 * A heading; one line of counts; problems counted by rule; then a table
 * per file with messages (line:column, rule linked to its readme, message).
 * One table per file, not one with a path column: paths are long, and
 * repeated on every row they push the messages out of view.
 *
 * A message keeps its code spans (`## Bug Fixes` stays code); everything
 * else Markdown or a table would read as syntax is escaped, so text of a
 * doc quoted in a message cannot end a cell, or add a link, an image or
 * HTML to a comment. Paths are shown as the stylish report shows them.
 */
import type { VFile } from 'vfile'
import { eachFileReport, type FileReport, type PlainMessage, type SelectOptions } from './plain-messages.js'
import { wholeReport, type ReportWriter } from './report-writer.js'
import { showPath } from './show-path.js'

export function markdownReport(files: VFile[], options: SelectOptions = {}): string {
  return wholeReport(markdownReportWriter(options), files)
}

/** Written at the end (the counts come first); a file leaves its messages, as plain data, only when it has some. */
export function markdownReportWriter(options: SelectOptions = {}): ReportWriter {
  const reports: FileReport[] = []
  // Counted over every file, whatever `--quiet` leaves out.
  let files = 0
  let unchecked = 0
  const add = (file: VFile): string => {
    files++
    if (file.data.featureDocsCheckedAgainst === null) unchecked++
    for (const report of eachFileReport([file], options)) if (report.messages.length > 0) reports.push(report)
    return ''
  }
  const end = (): string => {
    const docs = files - unchecked
    // With `--silent` only errors are shown, and only errors are counted.
    const noun = options.silent ? 'error' : 'problem'
    const problems = reports.flatMap((report) => report.messages.filter(isProblem))
    const docsWithProblems = reports.filter((report) => report.messages.some(isProblem)).length

    let summary = `Checked ${plural(docs, 'doc')}: ${problems.length === 0 ? `no ${noun}s` : `${plural(problems.length, noun)} in ${plural(docsWithProblems, 'doc')}`}`
    if (unchecked > 0) summary += `; ${plural(unchecked, 'file')} not checked, no template applies to ${unchecked === 1 ? 'it' : 'them'}`
    let output = `## feature-docs\n\n${summary}.\n`

    if (problems.length > 0) {
      output += `\n### ${noun === 'error' ? 'Errors' : 'Problems'} by rule\n\n| Rule | ${noun === 'error' ? 'Errors' : 'Problems'} |\n| --- | ---: |\n`
      for (const [message, count] of countByRule(problems)) output += `| ${ruleCell(message)} | ${count} |\n`
    }
    for (const report of reports) {
      output += `\n### ${codeSpan(showPath(report.path), false)}\n\n| Line | Rule | Message |\n| ---: | --- | --- |\n`
      for (const message of report.messages) output += `| ${placeCell(message)} | ${ruleCell(message)} | ${inline(message.reason)} |\n`
    }
    return output
  }
  return { add, end }
}

/** Warnings and errors; info messages (an empty file's note) are listed but fail nothing. */
function isProblem(message: PlainMessage): boolean {
  return message.fatal !== null
}

/** Most problems first, then by rule id; each with the first message's rule and readme. */
function countByRule(messages: PlainMessage[]): [PlainMessage, number][] {
  const counts = new Map<string, [PlainMessage, number]>()
  for (const message of messages) {
    const key = message.ruleId ?? ''
    const entry = counts.get(key)
    if (entry) entry[1]++
    else counts.set(key, [message, 1])
  }
  return [...counts.values()].sort(([a, countA], [b, countB]) => countB - countA || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''))
}

function placeCell(message: PlainMessage): string {
  if (message.line === null) return ''
  return message.column === null ? String(message.line) : `${message.line}:${message.column}`
}

/** The rule as code, linked to its readme when the link is a plain web address. */
function ruleCell(message: PlainMessage): string {
  if (message.ruleId === null) return ''
  const code = codeSpan(message.ruleId, true)
  return message.url !== null && /^https?:\/\/[^\s<>|()`\\]+$/u.test(message.url) ? `[${code}](${message.url})` : code
}

/**
 * Message text for a table cell: on one line; its code spans (by
 * CommonMark's rule, a run of backticks closed by a run as long) kept,
 * with only `|` escaped in them (GFM reads `\|` as `|` there too); outside
 * them, the characters that make emphasis, links, HTML, entities, math,
 * strikethrough or a new cell escaped, and unpaired backticks too.
 */
export function inline(text: string): string {
  const flat = showPath(text.replace(/\r\n|[\r\n\u2028\u2029]/gu, ' '))
  let output = ''
  let index = 0
  while (index < flat.length) {
    const tick = flat.indexOf('`', index)
    if (tick === -1) {
      output += escapeText(flat.slice(index))
      break
    }
    output += escapeText(flat.slice(index, tick))
    const run = /^`+/u.exec(flat.slice(tick))![0]
    const close = closingRun(flat, tick + run.length, run.length)
    if (close === -1) {
      output += '\\`'.repeat(run.length)
      index = tick + run.length
    } else {
      output += `${run}${flat.slice(tick + run.length, close).replaceAll('|', '\\|')}${run}`
      index = close + run.length
    }
  }
  return output
}

/** Where the next run of exactly `length` backticks from `from` starts, or -1. */
function closingRun(text: string, from: number, length: number): number {
  const runs = /`+/gu
  runs.lastIndex = from
  for (let match = runs.exec(text); match; match = runs.exec(text)) {
    if (match[0].length === length) return match.index
  }
  return -1
}

function escapeText(text: string): string {
  return text.replace(/[\\*_[\]<>|~&$]/gu, '\\$&')
}

/** `text` as one code span: a fence longer than any backtick run in it, padded where CommonMark would eat an edge. */
function codeSpan(text: string, inTable: boolean): string {
  const longest = Math.max(0, ...(text.match(/`+/gu) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const padded = /^[` ]|[` ]$/u.test(text) ? ` ${text} ` : text
  return `${fence}${inTable ? padded.replaceAll('|', '\\|') : padded}${fence}`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
