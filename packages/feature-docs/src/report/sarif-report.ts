/**
 * `--format sarif`: a SARIF 2.1.0 log, what GitHub code scanning (and other
 * tools) import: one run, the tool with one `rules` entry per rule (the
 * preset's, as each rule describes itself in its `meta`, then any other
 * rule that reported), each with the descriptions, help and default level
 * that code scanning requires, and one result per message with its rule,
 * level and exact region, a fingerprint, and its fix when it has one.
 *
 * Locations are relative forward-slash URIs against `%SRCROOT%`, the
 * repository root (see `repositoryRoot`), wherever the command ran: code
 * scanning resolves them against the checkout, so a path relative to a
 * subfolder would point at the wrong file.
 *
 * Levels follow the messages: remark-lint's `error` severity is `error`,
 * its default `warn` is `warning`, info is `note`.
 */
import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { RuleInfo } from '@feature-docs/rule-kit'
import { presetRules } from 'remark-preset-lint-feature-docs'
import type { VFile } from 'vfile'
import { version } from '../version.js'
import { fileReports, reportPath, sourceLines, type PlainFix, type PlainMessage, type SelectOptions } from './plain-messages.js'
import { pathFromRoot, repositoryRoot } from './repository-root.js'
import { informationUri } from './information-uri.js'
import { jsonElement, wholeReport, type ReportWriter } from './report-writer.js'

export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json'

/**
 * The run's `automationDetails.id`: code scanning's category, so these
 * alerts are kept apart from other tools' (and a run replaces only the
 * alerts of the one before it). It wins over upload-sarif's `category`.
 */
export const automationId = 'feature-docs/'

/** With `--shard i/n`: a category per shard (`feature-docs/shard-2-of-4/`), so one shard's upload does not close another's alerts. */
export function shardAutomationId(shard: { index: number; count: number } | undefined): string {
  return shard === undefined ? automationId : `${automationId}shard-${shard.index}-of-${shard.count}/`
}

/** The `partialFingerprints` key: a new version whenever what is hashed changes, so old and new fingerprints never get compared. */
export const fingerprintKey = 'featureDocs/v1'

interface SarifRule {
  id: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  helpUri?: string
  help: { text: string; markdown: string }
  defaultConfiguration: { level: 'warning' }
}

export type SarifOptions = SelectOptions & { shard?: { index: number; count: number } | undefined }

export function sarifReport(files: VFile[], cwd: string, options: SarifOptions = {}): string {
  return wholeReport(sarifReportWriter(cwd, options), files)
}

/** The log is written at the end (its rules table, first in it, grows with the project's own rules); a file leaves only its results. */
export function sarifReportWriter(cwd: string, options: SarifOptions = {}): ReportWriter {
  const root = repositoryRoot(cwd)
  const rules: SarifRule[] = presetRules.map(presetRule)
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const results: unknown[] = []
  const add = (file: VFile): string => {
    const [report] = fileReports([file], { ...options, quiet: true })
    if (!report) return ''
    const location = artifactLocation(file, cwd, root)
    const lines = sourceLines(file)
    const seen = new Map<string, number>()
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
      result.locations = [{ physicalLocation: physicalLocation(location, message, lines) }]
      const hash = fingerprint(message, location.uri, lines)
      const occurrence = (seen.get(hash) ?? 0) + 1
      seen.set(hash, occurrence)
      result.partialFingerprints = { [fingerprintKey]: `${hash}:${occurrence}` }
      if (message.fix) result.fixes = [sarifFix(location, message.fix)]
      results.push(result)
    }
    return ''
  }
  // The log is written a result at a time, never as one string: over a large run it would be hundreds of MB.
  const end = function* (): Generator<string> {
    const log = {
      $schema: sarifSchema,
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'feature-docs', version, informationUri, rules } },
          automationDetails: { id: shardAutomationId(options.shard) },
          originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(root).href.replace(/\/?$/u, '/')}` } },
          columnKind: 'utf16CodeUnits',
          results: [],
        },
      ],
    }
    // The log written around its results, byte for byte `JSON.stringify(log, null, 2)`: `results` is its last key.
    const text = `${JSON.stringify(log, null, 2)}\n`
    if (results.length === 0) {
      yield text
      return
    }
    const at = text.lastIndexOf('"results": []')
    yield `${text.slice(0, at)}"results": [\n`
    for (const [index, result] of results.entries()) yield `${index === 0 ? '' : ',\n'}${jsonElement(result, 4)}`
    yield `\n      ]${text.slice(at + '"results": []'.length)}`
  }
  return { add, end }
}

function presetRule(rule: RuleInfo): SarifRule {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.fullDescription },
    helpUri: rule.url,
    help: {
      text: `${rule.fullDescription}\n\nHow to fix: ${rule.fix}\n\nMore in the rule's readme: ${rule.url}`,
      markdown: `${rule.fullDescription}\n\n**How to fix:** ${rule.fix}\n\nMore in [the rule's readme](${rule.url}).`,
    },
    // The preset's default severity, `warn`; a rule set to `error` says so in each result's level.
    defaultConfiguration: { level: 'warning' },
  }
}

/** A rule from the project's own remark configuration: all that is known of it is its name, plugin and link. */
function otherRule(message: PlainMessage): SarifRule {
  const id = message.ruleId!
  const source = message.source ?? 'remark'
  const text = `Rule \`${id}\` of ${source}, from the project's remark configuration (not one of the feature-docs preset's rules).`
  const rule: SarifRule = {
    id,
    shortDescription: { text: `${source} rule \`${id}\`` },
    fullDescription: { text },
    help: {
      text: message.url === null ? `${text} See the documentation of ${source}.` : `${text} See ${message.url}`,
      markdown: message.url === null ? `${text} See the documentation of ${source}.` : `${text} See [its documentation](${message.url}).`,
    },
    defaultConfiguration: { level: 'warning' },
  }
  if (message.url !== null) rule.helpUri = message.url
  return rule
}

/**
 * A fix as SARIF has it: one replacement in the file, its deleted region
 * (empty for an insertion: the start and end are the same point) and the
 * text inserted there.
 */
function sarifFix(location: ArtifactLocation, fix: PlainFix): Record<string, unknown> {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: location,
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

type ArtifactLocation = { uri: string; uriBaseId?: '%SRCROOT%' }

/**
 * Where the file is: relative to the repository root, each segment
 * percent-encoded (a name may hold `#`, `%` or a newline); a file outside
 * the root gets its absolute `file:` URI, as no relative one would reach it.
 */
function artifactLocation(file: VFile, cwd: string, root: string): ArtifactLocation {
  if (!file.path) return relativeLocation(reportPath(file).split('/'))
  const fromRoot = pathFromRoot(root, cwd, file.path)
  return fromRoot === undefined ? { uri: pathToFileURL(resolve(cwd, file.path)).href } : relativeLocation(fromRoot.split('/'))
}

function relativeLocation(segments: string[]): ArtifactLocation {
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
}

/**
 * The message's place; a message with none is about the whole file, and
 * says so with every line (SARIF's validator warns of a location with no
 * region: a viewer would not know where to point).
 */
function physicalLocation(artifact: ArtifactLocation, message: PlainMessage, lines: string[]): Record<string, unknown> {
  if (message.line === null) return { artifactLocation: artifact, region: { startLine: 1, endLine: lineCount(lines) } }
  const region: Record<string, number> = { startLine: message.line }
  if (message.column !== null) region.startColumn = message.column
  if (message.endLine !== null) region.endLine = message.endLine
  if (message.endColumn !== null) region.endColumn = message.endColumn
  return { artifactLocation: artifact, region }
}

/** Lines as an editor counts them: a final line ending ends the last line, it starts no new one. */
function lineCount(lines: string[]): number {
  return Math.max(1, lines.at(-1) === '' ? lines.length - 1 : lines.length)
}

/**
 * What identifies a result across runs, so code scanning keeps one alert
 * open instead of closing it and opening another when lines are added
 * above it: a hash of the rule, the file, the message and the text of the
 * lines the message covers (without trailing whitespace), never a line
 * number. The caller numbers results with the same hash in a file (`:1`,
 * `:2`), as CodeQL's fingerprints do, so two identical placeholders in a
 * file stay two alerts.
 */
function fingerprint(message: PlainMessage, uri: string, lines: string[]): string {
  const covered =
    message.line === null
      ? []
      : lines.slice(message.line - 1, Math.max(message.line, message.endLine ?? message.line)).map((line) => line.trimEnd())
  return createHash('sha256')
    .update(JSON.stringify([message.ruleId ?? '', uri, message.reason, covered.join('\n')]))
    .digest('hex')
}
