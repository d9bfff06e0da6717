/**
 * How feature-docs quotes Markdown in what it says: the rules' messages and
 * a template's description (`describe.ts`) word headings and values the
 * same way.
 */
import type { Heading } from 'mdast'
import type { TemplateSection } from './model.js'

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
