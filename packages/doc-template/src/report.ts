/**
 * How the feature-docs rules word and emit their messages, in one place so
 * that every rule quotes Markdown the same way and reports in document
 * order.
 */
import type { Heading, Root } from 'mdast'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import type { Fix, ProposedFix } from './fix.js'
import { markdownSource, positionFinder } from './markdown.js'
import type { TemplateSection } from './model.js'

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

/**
 * Text as inline code, on one line and not too long, with a fence longer
 * than any run of backticks inside (as Markdown does).
 */
export function inlineCode(text: string): string {
  let shown = text.replace(/\s+/gu, ' ')
  if (shown.length > 80) shown = `${shown.slice(0, 77)}...`
  let longest = 0
  for (const run of shown.match(/`+/gu) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(longest + 1)
  const pad = longest > 0 ? ' ' : ''
  return `${fence}${pad}${shown}${pad}${fence}`
}

/** Values in backticks as a choice: `` `Low`, `Medium` or `High` ``. */
export function oneOf(values: readonly string[]): string {
  const shown = values.map(inlineCode)
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}` : shown.join('')
}

/** The heading line the template has, in backticks: `` `### Key Commits` ``. */
export function showSection(section: TemplateSection, depthOffset = 0): string {
  return inlineCode(headingLine(section, depthOffset))
}

/**
 * The heading line the template has: `### Key Commits`; `depthOffset`
 * levels deeper in a doc that writes its sections deeper than the template
 * (see `DocumentAlignment.depthOffset`).
 */
export function headingLine(section: TemplateSection, depthOffset = 0): string {
  return `${'#'.repeat(section.depth + depthOffset)} ${section.source}`
}

/**
 * A document heading as its author wrote it, in backticks:
 * `` `#### Key Commits` `` (the content from the source, a setext heading
 * shown as ATX).
 */
export function showHeading(heading: Heading, source: string): string {
  return inlineCode(`${'#'.repeat(heading.depth)} ${headingSource(heading, source)}`)
}

/** A heading's content as written: its text, not its `#`s or underline. */
export function headingSource(heading: Heading, source: string): string {
  const first = heading.children[0]
  const last = heading.children.at(-1)
  return first && last ? source.slice(first.position!.start.offset, last.position!.end.offset) : ''
}

/** The empty range at the start of the document. */
export function documentStart(tree: Root): Position {
  const point = tree.position?.start ?? { line: 1, column: 1, offset: 0 }
  return { start: point, end: point }
}
