/**
 * `--format junit`: JUnit XML, which Jenkins (the JUnit plugin) and GitLab
 * (`artifacts:reports:junit`) show as test results. One `<testsuite>` per
 * file, named by its path; in it one `<testcase>` per message, failing
 * with `<failure message="reason" type="rule-id">` (an info message, such
 * as an empty file's note, is `<skipped>`: it fails nothing). A file
 * without messages is one passing testcase, or a skipped one when no
 * template applies to it, so nothing passes unseen.
 *
 * `classname` is the path without its extension: Jenkins splits a class
 * name at its last dot, and `docs/a.md` would become class `md` of
 * package `docs/a`. No times and no timestamp: the report is the same for
 * the same docs, and no test result here took time worth showing.
 *
 * XML 1.0 cannot hold most control characters even as references: they
 * are written as `\x1b`, as the stylish report writes them in paths.
 */
import type { VFile } from 'vfile'
import { eachFileReport, type FileReport, type PlainMessage, type SelectOptions } from './plain-messages.js'
import { wholeReport, type ReportWriter } from './report-writer.js'
import { showPath } from './show-path.js'

export function junitReport(files: VFile[], options: SelectOptions = {}): string {
  return wholeReport(junitReportWriter(options), files)
}

/** Written at the end (the totals come first); a file leaves its testsuite as text. */
export function junitReportWriter(options: SelectOptions = {}): ReportWriter {
  let body = ''
  let tests = 0
  let failures = 0
  return {
    add(file) {
      for (const report of eachFileReport([file], options)) {
        const each = suite(report)
        body += each.xml
        tests += each.tests
        failures += each.failures
      }
      return ''
    },
    end() {
      const open = `<testsuites name="feature-docs" tests="${tests}" failures="${failures}" errors="0"`
      return `<?xml version="1.0" encoding="UTF-8"?>\n${body ? `${open}>\n${body}</testsuites>` : `${open}/>`}\n`
    },
  }
}

interface Suite {
  xml: string
  tests: number
  failures: number
}

function suite(report: FileReport): Suite {
  const path = showPath(report.path)
  const classname = path.replace(/(?<=[^/])\.[^./]*$/u, '')
  const cases = report.messages.length > 0 ? report.messages.map((message) => messageCase(path, classname, message)) : [cleanCase(report, classname)]
  const failures = report.messages.filter((message) => message.fatal !== null).length
  const skipped = report.messages.length > 0 ? report.messages.length - failures : report.template === null ? 1 : 0
  return {
    xml:
      `  <testsuite name="${escapeAttribute(path)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">\n` +
      `${cases.join('')}  </testsuite>\n`,
    tests: cases.length,
    failures,
  }
}

function messageCase(path: string, classname: string, message: PlainMessage): string {
  const rule = message.ruleId ?? message.source ?? 'feature-docs'
  const place = message.line === null ? '' : ` at ${message.line}:${message.column ?? 1}`
  const open = `    <testcase name="${escapeAttribute(`${rule}${place}`)}" classname="${escapeAttribute(classname)}">\n`
  // Info: nothing failed; the note is the reason it was skipped.
  if (message.fatal === null) return `${open}      <skipped message="${escapeAttribute(message.reason)}"/>\n    </testcase>\n`
  const details = [
    `${path}${range(message)} ${message.fatal ? 'error' : 'warning'} ${rule}`,
    message.reason,
    ...(message.fix ? [`Fix (${message.fix.kind}): ${message.fix.title}`] : []),
    ...(message.url === null ? [] : [message.url]),
  ]
  return `${open}      <failure message="${escapeAttribute(message.reason)}" type="${escapeAttribute(rule)}">${escapeText(details.join('\n'))}</failure>\n    </testcase>\n`
}

/** A file without messages: passed against its template, or skipped when it is no feature doc. */
function cleanCase(report: FileReport, classname: string): string {
  if (report.template === null) {
    return `    <testcase name="feature-docs" classname="${escapeAttribute(classname)}">\n      <skipped message="not a feature doc: no template applies to it"/>\n    </testcase>\n`
  }
  return `    <testcase name="${escapeAttribute(`checked against ${report.template}`)}" classname="${escapeAttribute(classname)}"/>\n`
}

/** `:3:1-3:13`, as much of it as is known. */
function range(message: PlainMessage): string {
  if (message.line === null) return ''
  const start = `:${message.line}:${message.column ?? 1}`
  return message.endLine === null ? start : `${start}-${message.endLine}:${message.endColumn ?? 1}`
}

/**
 * Text for XML content: characters XML 1.0 cannot hold (C0 controls but
 * tab and line breaks, lone surrogates, U+FFFE, U+FFFF) written as visible
 * escapes; `& < > " '` as entities; `\r` as a reference, which a parser
 * would otherwise turn into `\n`.
 */
export function escapeText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu, visible).replace(/[&<>"'\r]/gu, (character) => entities[character]!)
}

/** Text for an attribute value: tab and line feed as references too, or a parser reads them back as spaces. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/[\t\n]/gu, (character) => entities[character]!)
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' }

function visible(character: string): string {
  const code = character.charCodeAt(0)
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}
