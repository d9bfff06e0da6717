/**
 * Reading `**Label**: value` lines and `Label: value` list items from
 * Markdown source. The template model reads a template's fields with it and
 * the rules read a document's, so both sides agree on what a field is.
 */
import type { Nodes, Paragraph, Root } from 'mdast'
import { normalizePlainText } from './normalize.js'
import type { SourceRange } from './prose.js'

/** One field as written: a line of a paragraph. */
export interface FieldLine {
  /** The label's text as written, markers and colon left out. */
  label: string
  normalizedLabel: string
  /** The value's source, trimmed; empty when the line has none. */
  value: string
  style: 'strong' | 'plain'
  /** The label's text in the source. */
  labelRange: SourceRange
  /** The value in the source (empty, at the line's end, when it has none). */
  valueRange: SourceRange
  /** The line, leading and trailing blanks left out. */
  lineRange: SourceRange
}

// `**Label**: value`, `**Label:** value`, `__Label__: value`, one a line,
// after any block quote markers or indent. Trailing blanks and a hard-break
// backslash are not part of the value.
const strongField = /^([ \t>]*)(\*\*|__)([^*_\n]+?)(:?)\2(:?)[ \t]*(.*?)[ \t\\]*$/du
// `Label: value`: a short label of words, then a value.
const plainField = /^([ \t>]*)([\p{L}][\p{L}\p{N} _/&'-]{0,48}):(?:[ \t]+(.*?))?[ \t\\]*$/du

/** Every `**Label**: value` line of a paragraph. */
export function strongFieldLines(node: Paragraph, source: string): FieldLine[] {
  const fields: FieldLine[] = []
  for (const line of sourceLines(node, source)) {
    const match = strongField.exec(line.text)
    if (!match || (match[4] === '' && match[5] === '')) continue
    const field = fieldLine(match, 3, 6, 'strong', line)
    if (field.label !== '') fields.push(field)
  }
  return fields
}

/** `Label: value` lines of a paragraph: its first line, or (`every`) each. */
export function plainFieldLines(node: Paragraph, source: string, every = false): FieldLine[] {
  const lines = sourceLines(node, source)
  const fields: FieldLine[] = []
  for (const line of every ? lines : lines.slice(0, 1)) {
    const match = plainField.exec(line.text)
    if (match) fields.push(fieldLine(match, 2, 3, 'plain', line))
  }
  return fields
}

/**
 * Every field of a document, in source order: `**Label**: value` lines of
 * any paragraph, and `Label: value` lines of any paragraph (a list item's
 * first line included) that has no `**Label**:` line. Iterative, so deep
 * nesting cannot overflow the stack.
 */
export function documentFields(tree: Root, source: string): FieldLine[] {
  const fields: FieldLine[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'paragraph') {
      const strong = strongFieldLines(node, source)
      fields.push(...(strong.length > 0 ? strong : plainFieldLines(node, source, true)))
      continue
    }
    // Only blocks hold paragraphs; inline content is never walked.
    if (node.type === 'root' || node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
    }
  }
  return fields
}

interface SourceLine {
  text: string
  /** Offset of the line's first character. */
  offset: number
}

/** The source lines a paragraph spans, with where each starts. */
function sourceLines(node: Paragraph, source: string): SourceLine[] {
  const start = node.position!.start.offset!
  const lines: SourceLine[] = []
  let offset = start
  for (const text of source.slice(start, node.position!.end.offset!).split('\n')) {
    lines.push({ text: text.endsWith('\r') ? text.slice(0, -1) : text, offset })
    offset += text.length + 1
  }
  return lines
}

function fieldLine(
  match: RegExpExecArray,
  labelGroup: number,
  valueGroup: number,
  style: FieldLine['style'],
  line: SourceLine,
): FieldLine {
  const indices = match.indices!
  const [labelStart] = indices[labelGroup]!
  const rawLabel = match[labelGroup]!
  const label = rawLabel.trim()
  const labelFrom = line.offset + labelStart + (rawLabel.length - rawLabel.trimStart().length)
  const raw = match[valueGroup] ?? ''
  const value = raw.trim()
  const lineEnd = line.offset + line.text.trimEnd().length
  // A missing value sits at the end of the line, just after the label.
  const valueFrom = value === '' ? lineEnd : line.offset + indices[valueGroup]![0] + (raw.length - raw.trimStart().length)
  const leading = /^[ \t>]*/u.exec(line.text)![0].length
  return {
    label,
    normalizedLabel: normalizePlainText(label),
    value,
    style,
    labelRange: { start: labelFrom, end: labelFrom + label.length },
    valueRange: { start: valueFrom, end: valueFrom + value.length },
    lineRange: { start: line.offset + leading, end: lineEnd },
  }
}
