/**
 * `--format github`: GitHub Actions workflow commands, one per message,
 * which GitHub shows as annotations on the pull request's diff:
 *
 *   ::error file=docs/a.md,line=3,col=1,endLine=3,endColumn=13,title=required-sections::Heading …
 *
 * Warnings are `::error` too: any message fails the check (exit code 1), so
 * the annotation says so. Info messages are `::notice`. Paths are relative
 * to the working folder: run from the repository root.
 */
import type { VFile } from 'vfile'
import { eachFileReport, type PlainMessage, type SelectOptions } from './plain-messages.js'
import { reportPieces, wholeReport, type ReportWriter } from './report-writer.js'

export function githubReport(files: VFile[], options: SelectOptions = {}): string {
  return wholeReport(githubReportWriter(options), files)
}

/** The report in pieces, a file's commands at a time, as the command line writes it. */
export function githubReportChunks(files: Iterable<VFile>, options: SelectOptions = {}): Generator<string> {
  return reportPieces(githubReportWriter(options), files)
}

export function githubReportWriter(options: SelectOptions = {}): ReportWriter {
  return {
    add(file) {
      let output = ''
      for (const report of eachFileReport([file], options)) {
        for (const message of report.messages) output += `${command(report.path, message)}\n`
      }
      return output
    },
    end: () => '',
  }
}

function command(path: string, message: PlainMessage): string {
  const properties: [string, string | number | null][] = [
    ['file', path],
    ['line', message.line],
    ['col', message.column],
    ['endLine', message.endLine],
    ['endColumn', message.endColumn],
    ['title', message.ruleId],
  ]
  const written = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== null)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
  const kind = message.fatal === null ? 'notice' : 'error'
  return `::${kind} ${written}::${escapeData(message.reason)}`
}

/** GitHub's escaping for a command's message. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** GitHub's escaping for a command's property values: also `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
