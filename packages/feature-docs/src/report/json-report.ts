/**
 * `--format json`: one entry per file checked, each message with its rule,
 * reason, exact range and readme link. No syntax trees: a VFileMessage
 * holds its node's ancestors, which would put whole documents in the output.
 */
import type { VFile } from 'vfile'
import { eachFileReport, type SelectOptions } from './plain-messages.js'

export function jsonReport(files: VFile[], options: SelectOptions = {}): string {
  return [...jsonReportChunks(files, options)].join('')
}

/**
 * The report in pieces, one file's entry at a time, byte for byte what
 * `JSON.stringify(reports, null, 2)` writes plus a final newline: so a run
 * over many files writes its report without holding all of it as one
 * string, or every file's messages as data, at once.
 */
export function* jsonReportChunks(files: VFile[], options: SelectOptions = {}): Generator<string> {
  let first = true
  for (const report of eachFileReport(files, options)) {
    // An entry as it stands inside the array: indented one level. JSON strings hold no raw newline.
    const entry = `  ${JSON.stringify(report, null, 2).replaceAll('\n', '\n  ')}`
    yield first ? `[\n${entry}` : `,\n${entry}`
    first = false
  }
  yield first ? '[]\n' : '\n]\n'
}
