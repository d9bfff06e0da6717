/**
 * `--format sarif`: a SARIF 2.1.0 log, what GitHub code scanning (and other
 * tools) import: one run, the tool with one `rules` entry per rule (the
 * preset's, then any other rule that reported), and one result per
 * message with its rule, level and exact region, and its fix when it has
 * one. Locations are relative
 * forward-slash URIs against `%SRCROOT%`, the working folder.
 *
 * Levels follow the messages: remark-lint's `error` severity is `error`,
 * its default `warn` is `warning`, info is `note`.
 */
import { pathToFileURL } from 'node:url'
import type { VFile } from 'vfile'
import { version } from '../version.js'
import { fileReports, type PlainFix, type PlainMessage, type SelectOptions } from './plain-messages.js'
import { informationUri, presetRules } from './rules.js'

export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json'

interface SarifRule {
  id: string
  shortDescription: { text: string }
  helpUri?: string
}

export function sarifReport(files: VFile[], cwd: string, options: SelectOptions = {}): string {
  const rules: SarifRule[] = presetRules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: rule.url,
  }))
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const results: unknown[] = []

  for (const report of fileReports(files, { ...options, quiet: true })) {
    for (const message of report.messages) {
      const result: Record<string, unknown> = {}
      if (message.ruleId !== null) {
        if (!ruleIndex.has(message.ruleId)) {
          ruleIndex.set(message.ruleId, rules.length)
          rules.push(otherRule(message))
        }
        result.ruleId = message.ruleId
        result.ruleIndex = ruleIndex.get(message.ruleId)
      }
      result.level = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note'
      result.message = { text: message.reason }
      result.locations = [{ physicalLocation: physicalLocation(report.path, message) }]
      if (message.fix) result.fixes = [sarifFix(report.path, message.fix)]
      results.push(result)
    }
  }

  const log = {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'feature-docs', version, informationUri, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href.replace(/\/?$/u, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function otherRule(message: PlainMessage): SarifRule {
  const rule: SarifRule = {
    id: message.ruleId!,
    shortDescription: { text: `${message.source ?? 'remark'} rule \`${message.ruleId}\`` },
  }
  if (message.url !== null) rule.helpUri = message.url
  return rule
}

/**
 * A fix as SARIF has it: one replacement in the file, its deleted region
 * (empty for an insertion: the start and end are the same point) and the
 * text inserted there.
 */
function sarifFix(path: string, fix: PlainFix): Record<string, unknown> {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: artifactLocation(path),
        replacements: [
          {
            deletedRegion: { startLine: fix.start.line, startColumn: fix.start.column, endLine: fix.end.line, endColumn: fix.end.column },
            insertedContent: { text: fix.text },
          },
        ],
      },
    ],
  }
}

function artifactLocation(path: string): Record<string, string> {
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
}

function physicalLocation(path: string, message: PlainMessage): Record<string, unknown> {
  const location: Record<string, unknown> = { artifactLocation: artifactLocation(path) }
  if (message.line !== null) {
    const region: Record<string, number> = { startLine: message.line }
    if (message.column !== null) region.startColumn = message.column
    if (message.endLine !== null) region.endLine = message.endLine
    if (message.endColumn !== null) region.endColumn = message.endColumn
    location.region = region
  }
  return location
}
