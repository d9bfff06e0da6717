/**
 * A template's title without parsing the template: choosing a template by
 * a doc's H1 needs every known template's title, and only the chosen one in
 * full. `scanTitle` reads the lines of the source for the structure that
 * decides the title (the first top-level heading, and any other top-level
 * H1, outside front matter, code fences and comments) and parses just the
 * title's line, so the title comes out as `parseTemplate` makes it. It is
 * sure or it says so: where Markdown could read a line two ways (an
 * indented line after a list, an HTML block, a setext underline, a
 * reference definition the title could use, a placeholder syntax only the
 * rest of the template could switch on), it returns undefined and the
 * caller parses the template in full.
 */
import { placeholderSpans, placeholderSyntaxes, type PlaceholderSyntax } from './brackets.js'
import { markdownSource } from './markdown.js'
import type { TemplateTitle } from './model.js'
import { parseHazard } from './parse-guard.js'
import { parseTemplate } from './parse.js'

/** What a scan found: the template's title, or none (its first heading is no H1, or it has two). */
export interface ScannedTitle {
  title: TemplateTitle | undefined
}

/**
 * The title `parseTemplate(text, { syntaxes })` would read, or undefined
 * when a scan cannot be sure of it (and for a template `parseTemplate`
 * refuses: too hazardous to parse, or no heading found).
 */
export function scanTitle(text: string, syntaxes?: readonly PlaceholderSyntax[]): ScannedTitle | undefined {
  const source = markdownSource(text)
  // A lone `\r` ends a line for the parser but not for `standsAlone`, which reads a date mask's line.
  if (parseHazard(source) || /\r(?!\n)/u.test(source)) return undefined
  const lines = splitLines(source)
  let index = frontMatterEnd(lines)
  if (index === undefined) return undefined
  let title: Line | undefined
  // Open top-level blocks whose lines are not Markdown: a code fence, a comment.
  let fence: { character: string; length: number } | undefined
  let comment = false
  // In a paragraph or HTML block that may have started an HTML block: until a blank line, no line is sure.
  let htmlish = false
  // A list item or block quote has started: an indented line may belong to it.
  let container = false
  let previousBlank = true
  for (; index < lines.length; index++) {
    const line = lines[index]!
    const text = line.text
    if (fence) {
      if (closesFence(text, fence)) fence = undefined
      previousBlank = false
      continue
    }
    if (comment) {
      if (text.includes('-->')) comment = false
      previousBlank = false
      continue
    }
    const lead = /^[ \t]*/u.exec(text)![0]
    const rest = text.slice(lead.length)
    if (rest === '') {
      previousBlank = true
      htmlish = false
      continue
    }
    const wasBlank = previousBlank
    previousBlank = false
    // A tab reaches the fourth column: indented code, or a container's content.
    const indent = lead.includes('\t') ? 4 : lead.length
    if (indent >= 4) continue
    // Indented by one to three: top-level only if no list item or block quote came before.
    const topLevel = indent === 0 || !container
    const heading = /^(#{1,6})(?:[ \t]|$)/u.exec(rest)
    if (heading) {
      const depth = heading[1]!.length
      if (depth > 1 && title) continue
      if (!topLevel || htmlish) return undefined
      if (title) return { title: undefined }
      if (depth > 1) return { title: undefined }
      title = line
      continue
    }
    const opened = /^(`{3,}|~{3,})(.*)$/u.exec(rest)
    if (opened && !(opened[1]![0] === '`' && opened[2]!.includes('`'))) {
      if (!topLevel || htmlish) return undefined
      fence = { character: opened[1]![0]!, length: opened[1]!.length }
      continue
    }
    if (rest.startsWith('<')) {
      if (rest.startsWith('<!--')) {
        if (!topLevel || htmlish || /^<!---?>/u.test(rest)) return undefined
        comment = !rest.includes('-->', 4)
        continue
      }
      // Blocks that a blank line does not end: `<pre>`, `<?…?>`, `<!DOCTYPE…>`, `<![CDATA[…]]>`.
      if (/^<(?:script|pre|style|textarea)(?:[\s>]|$)|^<[?!]/iu.test(rest)) return undefined
      htmlish = true
      continue
    }
    // A setext underline makes the lines before it a heading.
    if (!wasBlank && /^(?:=+|-+)[ \t]*$/u.test(rest) && (rest.startsWith('=') || !title)) return undefined
    // A list item, block quote or footnote definition: lines indented under it are its own.
    if (/^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|^>|^\[\^/u.test(rest)) container = true
  }
  if (!title) return undefined
  return readTitle(title, source, syntaxes)
}

interface Line {
  text: string
  /** Offset of its first character. */
  start: number
  /** Its number, from 0. */
  index: number
}

/** The title's line parsed alone, its positions moved to where the line is. */
function readTitle(line: Line, source: string, syntaxes: readonly PlaceholderSyntax[] | undefined): ScannedTitle | undefined {
  if (mayUseDefinition(line, source)) return undefined
  let template
  try {
    template = parseTemplate(line.text, { syntaxes })
  } catch {
    return undefined
  }
  const title = template.title
  if (!title) return undefined
  // The syntaxes read from the title's line alone are some of those the
  // whole template has; one it lacks that would make a placeholder of the
  // title's text might be among the template's.
  if (!syntaxes && placeholderSyntaxes.some((syntax) => !template.syntaxes.includes(syntax) && placeholderSpans(title.normalized, [syntax]).length > 0)) {
    return undefined
  }
  const move = (point: TemplateTitle['position']['start']) => ({ ...point, line: point.line + line.index, offset: point.offset! + line.start })
  return { title: { ...title, position: { start: move(title.position.start), end: move(title.position.end) } } }
}

/**
 * Whether a reference definition (`[label]: url`, `[^note]: text`), which
 * may stand anywhere, could make bracketed text of the title a link or a
 * footnote reference: one whose label is that text, compared as the parser
 * compares labels. A title with a backslash in it is not looked into.
 */
function mayUseDefinition(title: Line, source: string): boolean {
  if (!title.text.includes('[') || !source.includes(']:')) return false
  if (title.text.includes('\\')) return true
  const bracketed = new Set([...title.text.matchAll(/\[([^[\]]*)\]/gu)].map((match) => normalizeLabel(match[1]!)))
  for (let at = source.indexOf(']:'); at !== -1; at = source.indexOf(']:', at + 2)) {
    // The title's own `[Number]: …` is heading text, no definition.
    if (at >= title.start && at < title.start + title.text.length) continue
    const open = source.lastIndexOf('[', at)
    // A label is at most 999 characters long.
    if (open !== -1 && at - open <= 1000 && bracketed.has(normalizeLabel(source.slice(open + 1, at)))) return true
  }
  return false
}

/** A label as the parser matches it to a definition's (micromark's `normalizeIdentifier`). */
function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/gu, ' ').replace(/^ | $/gu, '').toLowerCase().toUpperCase()
}

/** Lines as the parser reads them: ended by `\n`, `\r\n` or `\r`. */
function splitLines(source: string): Line[] {
  const lines: Line[] = []
  const ending = /\r\n|\r|\n/gu
  let start = 0
  for (const match of source.matchAll(ending)) {
    lines.push({ text: source.slice(start, match.index), start, index: lines.length })
    start = match.index + match[0].length
  }
  lines.push({ text: source.slice(start), start, index: lines.length })
  return lines
}

/**
 * The line after YAML (`---`) or TOML (`+++`) front matter, 0 when there is
 * none, undefined when the first line opens one that nothing closes.
 */
function frontMatterEnd(lines: Line[]): number | undefined {
  const open = /^(---|\+\+\+)[ \t]*$/u.exec(lines[0]!.text)
  if (!open || lines.length === 1) return 0
  for (let index = 1; index < lines.length; index++) {
    if (new RegExp(`^${open[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*$`, 'u').test(lines[index]!.text)) return index + 1
  }
  return undefined
}

function closesFence(text: string, fence: { character: string; length: number }): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*$/u.exec(text)
  return match !== null && match[1]![0] === fence.character && match[1]!.length >= fence.length
}
