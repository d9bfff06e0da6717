/**
 * `--format gitlab`: a GitLab Code Quality report, the subset of Code
 * Climate's issue format GitLab reads (`artifacts:reports:codequality`):
 * one issue per message with `description`, `check_name`, `fingerprint`,
 * `severity` and `location` (the path relative to the repository root,
 * wherever the command ran, and the lines). GitLab shows them in the merge request and tells new issues
 * from fixed ones by comparing fingerprints with the target branch's.
 *
 * So the fingerprint leaves the line number out: it hashes the rule, the
 * path, the message and the text of the line the message points at, and an
 * issue keeps it when lines are added or removed above. Identical issues
 * on identical lines of one file are told apart by their order in it.
 *
 * Severity: an error is `critical`, a warning `major` (either fails the
 * run), an info message `info`.
 */
import { createHash } from 'node:crypto'
import type { VFile } from 'vfile'
import { fileReports, sourceLines, type PlainMessage, type SelectOptions } from './plain-messages.js'
import { pathFromRoot, repositoryRoot } from './repository-root.js'
import { jsonArray, wholeReport, type ReportWriter } from './report-writer.js'

export interface CodeQualityIssue {
  description: string
  check_name: string
  fingerprint: string
  severity: 'info' | 'major' | 'critical'
  location: { path: string; lines: { begin: number; end: number } }
}

export function gitlabReport(files: VFile[], cwd: string, options: SelectOptions = {}): string {
  return wholeReport(gitlabReportWriter(cwd, options), files)
}

/** The report a file at a time: a JSON array, each file's issues written as the file comes. */
export function gitlabReportWriter(cwd: string, options: SelectOptions = {}): ReportWriter {
  // GitLab shows paths from the repository root, wherever the command ran.
  const root = repositoryRoot(cwd)
  const array = jsonArray()
  return {
    add(file) {
      let piece = ''
      for (const issue of fileIssues(file, cwd, root, options)) piece += array.element(issue)
      return piece
    },
    end: () => array.end(),
  }
}

function fileIssues(file: VFile, cwd: string, root: string, options: SelectOptions): CodeQualityIssue[] {
  const [found] = fileReports([file], { ...options, quiet: true })
  if (!found) return []
  const issues: CodeQualityIssue[] = []
  const report = { ...found, path: (file.path && pathFromRoot(root, cwd, file.path)) || found.path }
  const lines = sourceLines(file)
  const seen = new Map<string, number>()
  for (const message of report.messages) {
    const checkName = message.ruleId ?? message.source ?? 'feature-docs'
    const lineText = message.line === null ? '' : (lines[message.line - 1] ?? '')
    const key = JSON.stringify([checkName, report.path, message.reason, lineText])
    const occurrence = seen.get(key) ?? 0
    seen.set(key, occurrence + 1)
    const begin = message.line ?? 1
    issues.push({
      description: message.reason,
      check_name: checkName,
      fingerprint: fingerprint(checkName, report.path, message.reason, lineText, occurrence),
      severity: severity(message),
      location: { path: report.path, lines: { begin, end: Math.max(begin, message.endLine ?? begin) } },
    })
  }
  return issues
}

/**
 * 32 hex digits (the length of the MD5 in GitLab's example) of a SHA-256
 * of the parts as a JSON array, so no part can run into the next. A change
 * here makes GitLab see every issue as fixed and new once: keep it.
 */
export function fingerprint(checkName: string, path: string, reason: string, lineText: string, occurrence: number): string {
  return createHash('sha256').update(JSON.stringify([checkName, path, reason, lineText, occurrence])).digest('hex').slice(0, 32)
}

function severity(message: PlainMessage): CodeQualityIssue['severity'] {
  return message.fatal === true ? 'critical' : message.fatal === false ? 'major' : 'info'
}
