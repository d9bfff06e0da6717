/**
 * `--format json`: one entry per file checked, each message with its rule,
 * reason, exact range and readme link. No syntax trees: a VFileMessage
 * holds its node's ancestors, which would put whole documents in the output.
 */
import type { VFile } from 'vfile'
import { eachFileReport, type SelectOptions } from './plain-messages.js'
import { jsonArray, reportPieces, wholeReport, type ReportWriter } from './report-writer.js'

export function jsonReport(files: VFile[], options: SelectOptions = {}): string {
  return wholeReport(jsonReportWriter(options), files)
}

/**
 * The report in pieces, one file's entry at a time, byte for byte what
 * `JSON.stringify(reports, null, 2)` writes plus a final newline: so a run
 * over many files writes its report without holding all of it as one
 * string, or every file's messages as data, at once.
 */
export function jsonReportChunks(files: Iterable<VFile>, options: SelectOptions = {}): Generator<string> {
  return reportPieces(jsonReportWriter(options), files)
}

export function jsonReportWriter(options: SelectOptions = {}): ReportWriter {
  const array = jsonArray()
  return {
    add(file) {
      let piece = ''
      for (const report of eachFileReport([file], options)) piece += array.element(report)
      return piece
    },
    end: () => array.end(),
  }
}
