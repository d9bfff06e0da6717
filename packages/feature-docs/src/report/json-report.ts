/**
 * `--format json`: one entry per file checked, each message with its rule,
 * reason, exact range and readme link. No syntax trees: a VFileMessage
 * holds its node's ancestors, which would put whole documents in the output.
 */
import type { VFile } from 'vfile'
import { fileReports, type SelectOptions } from './plain-messages.js'

export function jsonReport(files: VFile[], options: SelectOptions = {}): string {
  return `${JSON.stringify(fileReports(files, options), null, 2)}\n`
}
