/**
 * Reading `**Label**: value` lines and `Label: value` list items from
 * Markdown source. The template model reads a template's fields with it and
 * the rules read a document's, so both sides agree on what a field is.
 */
import type { Nodes, Paragraph, Root } from 'mdast'
import { normalizePlainText } from './normalize.js'
import type { SourceRange } from './prose.js'
import { cachedPerObject } from './tree-cache.js'

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
// backslash are not part of the value (`fieldLine` drops them: a lazy group
// before them would make the expression backtrack at every character).
const strongField = /^([ \t>]*)(\*\*|__)([^*_\n]+?)(:?)\2(:?)[ \t]*(.*)$/u
// `Label: value`: a short label of words, then a value.
const plainField = /^([ \t>]*)([\p{L}][\p{L}\p{N} _/&'-]{0,48}):(?:[ \t]+(.*)|[ \t\\]*)$/u

/** Every `**Label**: value` line of a paragraph. */
export function strongFieldLines(node: Paragraph, source: string): FieldLine[] {
  return strongFields(sourceLines(node, source))
}

/** `Label: value` lines of a paragraph: its first line, or (`every`) each. */
export function plainFieldLines(node: Paragraph, source: string, every = false): FieldLine[] {
  const lines = sourceLines(node, source)
  return plainFields(every ? lines : lines.slice(0, 1))
}

// The expressions run only on lines that can match: most lines of a doc
// are prose, with no `**`/`__` and no colon near the start.
function strongFields(lines: SourceLine[]): FieldLine[] {
  const fields: FieldLine[] = []
  for (const line of lines) {
    if (!line.text.includes('**') && !line.text.includes('__')) continue
    const match = strongField.exec(line.text)
    if (!match || (match[4] === '' && match[5] === '')) continue
    const field = fieldLine(match, { label: 3, value: 6, labelStart: match[1]!.length + 2 }, 'strong', line)
    if (field.label !== '') fields.push(field)
  }
  return fields
}

function plainFields(lines: SourceLine[]): FieldLine[] {
  const fields: FieldLine[] = []
  for (const line of lines) {
    const colon = line.text.indexOf(':')
    // A label is at most 49 characters, after a block quote marker or indent.
    if (colon === -1 || colon > 64) continue
    const match = plainField.exec(line.text)
    if (match) fields.push(fieldLine(match, { label: 2, value: 3, labelStart: match[1]!.length }, 'plain', line))
  }
  return fields
}

/**
 * Every field of a document, in source order: `**Label**: value` lines of
 * any paragraph, and `Label: value` lines of any paragraph (a list item's
 * first line included) that has no `**Label**:` line. Read once per tree:
 * several rules use them. Iterative, so deep nesting cannot overflow the
 * stack.
 */
export const documentFields: (tree: Root, source: string) => FieldLine[] = cachedPerObject(readFields)

function readFields(tree: Root, source: string): FieldLine[] {
  const fields: FieldLine[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'paragraph') {
      // Most prose has no colon, and so no field: skip it without splitting lines.
      const colon = source.indexOf(':', node.position!.start.offset!)
      if (colon === -1 || colon >= node.position!.end.offset!) continue
      const lines = sourceLines(node, source)
      const strong = strongFields(lines)
      fields.push(...(strong.length > 0 ? strong : plainFields(lines)))
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

/**
 * A field read from a line. The expressions match whole lines (`^…$`), so
 * offsets follow from the groups' lengths: the label starts after the
 * indent (and the `**`), and the value ends where the trailing blanks and
 * backslash start. The normalised label is worked out when first asked for:
 * not every rule needs it.
 */
function fieldLine(
  match: RegExpExecArray,
  groups: { label: number; value: number; labelStart: number },
  style: FieldLine['style'],
  line: SourceLine,
): FieldLine {
  const rawLabel = match[groups.label]!
  const label = rawLabel.trim()
  const labelFrom = line.offset + groups.labelStart + (rawLabel.length - rawLabel.trimStart().length)
  const lineEnd = line.offset + line.text.trimEnd().length
  let end = line.text.length
  while (end > 0 && isTrailing(line.text.charCodeAt(end - 1))) end--
  const rawValue = match[groups.value] ?? ''
  // The value group runs to the end of the line: cut it where the trailing part starts.
  const value = rawValue.slice(0, Math.max(0, rawValue.length - (line.text.length - end))).trim()
  const valueEnd = line.offset + end
  // A missing value sits at the end of the line, just after the label.
  const valueFrom = value === '' ? lineEnd : valueEnd - value.length
  const leading = /^[ \t>]*/u.exec(line.text)![0].length
  let normalized: string | undefined
  return {
    label,
    get normalizedLabel() {
      return (normalized ??= normalizePlainText(label))
    },
    value,
    style,
    labelRange: { start: labelFrom, end: labelFrom + label.length },
    valueRange: { start: valueFrom, end: value === '' ? lineEnd : valueEnd },
    lineRange: { start: line.offset + leading, end: lineEnd },
  }
}

/** A blank or the backslash of a hard break, at the end of a line. */
function isTrailing(code: number): boolean {
  return code === 32 || code === 9 || code === 92
}

/**
 * The date format a template field's value names (`(today's date,
 * YYYY-MM-DD)`): a mask with a year, a month and a day, each once; else
 * undefined.
 */
export function namedDateFormat(value: string): string | undefined {
  const named = /\b(?:YYYY|DD?|MM?)([-/. ])(?:MM?|DD?)\1(?:YYYY|DD?)\b/u.exec(value)?.[0]
  if (!named) return undefined
  const kinds = (named.match(/YYYY|MM?|DD?/gu) ?? []).map((token) => token[0])
  return ['Y', 'M', 'D'].every((kind) => kinds.filter((token) => token === kind).length === 1) ? named : undefined
}

/** A template field wants a date when its placeholder says so (`[Date]`) or its value names a format. */
export function isDateField(field: { placeholder?: string | undefined; value: string }): boolean {
  if (field.placeholder && /\bdate\b/iu.test(field.placeholder)) return true
  return namedDateFormat(field.value) !== undefined
}
