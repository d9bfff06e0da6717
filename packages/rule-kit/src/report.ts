/**
 * How the feature-docs rules emit their messages, in one place so that
 * every rule reports in document order, each message with its fix. (How
 * they quote Markdown in them is the model's `wording.ts`: a template's
 * description words it the same way.)
 */
import { inlineCode, markdownSource, positionFinder } from '@feature-docs/doc-template'
import type { Root } from 'mdast'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import type { Fix, ProposedFix } from './fix.js'

/** One message a rule will emit. */
export interface Finding {
  place: Position | undefined
  reason: string
  /** The text that replaces the message's range to fix it (a quick fix): a `rename` fix of that range. */
  expected?: string | undefined
  /**
   * The title of that fix when it is a `guess` at what the author meant
   * (applied only when asked for), not a sure `rename`.
   */
  guess?: string | undefined
  /** A fix of another range (an insertion, a move): see `Fix`. */
  fix?: ProposedFix | undefined
}

/** Emit findings in document order, so output reads top to bottom. */
export function reportFindings(file: VFile, found: Finding[]): void {
  const key = (finding: Finding) => finding.place?.start.offset ?? 0
  const ordered = [...found].sort((a, b) => key(a) - key(b) || (a.place?.end.offset ?? 0) - (b.place?.end.offset ?? 0))
  // A template chosen among several (`files` listing versions) is named.
  const chosen = file.data.featureDocsChosen
  const suffix = chosen === undefined ? '' : ` (checked against template ${inlineCode(chosen)}, the best fit of those listed for this file)`
  let source: string | undefined
  for (const finding of ordered) {
    const message = file.message(`${finding.reason}${suffix}`, { place: finding.place })
    if (finding.expected !== undefined) message.expected = [finding.expected]
    const proposed = finding.fix ?? replacement(finding)
    if (proposed) {
      source ??= markdownSource(file.value)
      message.fix = placeFix(proposed, source)
    }
  }
}

/** `expected` as a fix: the message's own range replaced, surely (`rename`) or as a `guess`. */
function replacement(finding: Finding): ProposedFix | undefined {
  const start = finding.place?.start.offset
  const end = finding.place?.end.offset
  if (finding.expected === undefined || start === undefined || end === undefined) return undefined
  const title = finding.guess ?? `Replace with ${inlineCode(finding.expected)}`
  return { kind: finding.guess === undefined ? 'rename' : 'guess', title, start, end, text: finding.expected }
}

function placeFix(proposed: ProposedFix, source: string): Fix {
  const { start, end } = positionFinder(source).position(proposed.start, proposed.end)
  return {
    kind: proposed.kind,
    title: proposed.title,
    range: [proposed.start, proposed.end],
    start,
    end,
    text: proposed.text,
    order: proposed.order ?? proposed.start,
  }
}

/**
 * Fix fields of a message against later writes: unified-lint-rule assigns
 * `fatal` (from the rule's severity), `ruleId` and `source` to every
 * message a rule leaves, and some messages must keep their own (an error
 * whatever the severity; feature-docs' own, so no message control hides it).
 */
export function pinMessage(message: ReturnType<VFile['message']>, fields: { fatal?: boolean; source?: string }): void {
  for (const [key, value] of Object.entries(fields)) {
    Object.defineProperty(message, key, { get: () => value, set: () => {}, enumerable: true, configurable: true })
  }
}

/** The empty range at the start of the document. */
export function documentStart(tree: Root): Position {
  const point = tree.position?.start ?? { line: 1, column: 1, offset: 0 }
  return { start: point, end: point }
}
