/**
 * remark-lint rule: no required section of the template is left empty.
 *
 * The template is the schema: each of its headings asks for content. A doc
 * that keeps a heading and nothing under it (or only what the template put
 * there: placeholders, comments, field labels) passes required-sections but
 * says nothing. This rule reports a required section when no block in it,
 * its subsections included, is content. A section that only holds
 * subsections with content is not empty.
 *
 * Content is a letter or a digit (`\p{L}`, `\p{N}`) in text or code, not
 * counting:
 * - placeholders (`[Brief description]`, as no-placeholders reads them);
 * - the label of a field whose value is empty or only placeholders
 *   (`- **Added**: [New dependencies]`, `**Author**:`);
 * - a table's header row (the template's), and a body row's first cell when
 *   it only numbers the row (`#1`, the template's example rows do that);
 * - HTML comments, thematic breaks and definitions (an RFC puts
 *   `[summary]: #summary` under every heading);
 * - anything after a thematic break up to the next heading: as in the
 *   template model, a break closes the section (a footer of fields after
 *   `---` is not the last section's content).
 * Images, autolinks and any other HTML are content.
 *
 * One message per empty region: an empty section's subsections are empty
 * too, so only the outermost empty section is reported, with how many
 * subsections it has. An empty optional section is not reported, and
 * neither is anything in it. Missing sections are required-sections'. There
 * is no `expected`: writing the section is the fix.
 *
 * Cheap: the text, placeholder and field ranges are found once per
 * document, each top-level block is judged once, and a section is then a
 * difference of two prefix sums.
 */
import type { Heading, Nodes, Root, RootContent, Table } from 'mdast'
import {
  alignDocument,
  bracketSpans,
  documentFields,
  firstEndingAfter,
  partitionPoint,
  isPlaceholderInner,
  markdownSource,
  proseRanges,
  showHeading,
  sectionExtent,
  type FieldLine,
  type SourceRange,
} from '@feature-docs/doc-template'
import {
  reportFindings,
  templateRule,
  type RuleInfo,
  usableTemplate,
  type Finding,
  type TemplateOptions,
  ruleUrl,
  templateFound,
} from '@feature-docs/rule-kit'

export type Options = TemplateOptions

const id = 'no-empty-template-sections'

/**
 * The rule as the preset, the command line's reports (SARIF) and the
 * readmes' rule tables describe it; the plugin below is made from it.
 */
export const meta = {
  id,
  url: ruleUrl(id),
  description: 'No required section is left empty, or holding only comments or placeholders.',
  fullDescription:
    "A section the template requires must hold content of the doc's own, in itself or in a subsection. Not content: placeholders, the labels of fields left empty, a table's header row, HTML comments, thematic breaks, definitions and an empty code block. Only the outermost empty section is reported, at its heading; a section the template marks optional may be empty, and a missing one is left to `required-sections`. " +
    templateFound,
  fix: 'Write the section\'s content, or remove the section if the template marks it optional. There is no automatic fix: only the author knows the text.',
  fixable: false,
} as const satisfies RuleInfo

const remarkLintNoEmptyTemplateSections = templateRule<Options>(meta, (tree, file, options) => {
  // required-sections reports a template that cannot be used.
  const template = usableTemplate(tree, file, options)
  if (!template) return

  const source = markdownSource(file.value)
  const hasContent = contentOf(tree, source)

  // Every empty section the template names, outermost first.
  const empty = alignDocument(template, tree)
    .sections.filter((alignment) => alignment.heading !== undefined)
    .map((alignment) => ({ section: alignment.section, heading: alignment.heading!, ...sectionExtent(tree, alignment.heading!) }))
    .filter((section) => !hasContent(section.index + 1, section.end))
    .sort((a, b) => a.index - b.index)

  const found: Finding[] = []
  let regionEnd = -1
  for (const { section, heading, index, end } of empty) {
    // Inside an empty region already seen: its message covers this one.
    if (index < regionEnd) continue
    regionEnd = end
    // An optional section may stay empty, and what is in it with it.
    if (section.optional) continue
    const subsections = tree.children.slice(index + 1, end).filter((node) => node.type === 'heading').length
    found.push({
      place: heading.position,
      reason: `Section ${showHeading(heading, source)} is empty${andSubsections(subsections)}: the template expects content here`,
    })
  }
  reportFindings(file, found)
})

export default remarkLintNoEmptyTemplateSections

/**
 * `hasContent(from, to)`: whether any of the top-level blocks `from..to`
 * is content. A heading never is (it opens a section), nor is a block after
 * a thematic break, until the next heading. Blocks are judged when first
 * asked about, and only until one has content: most sections show theirs
 * in their first block, so most blocks are never judged.
 */
function contentOf(tree: Root, source: string): (from: number, to: number) => boolean {
  const isContent = contentTest(tree, source)
  const judged: Array<boolean | undefined> = []
  const counted: boolean[] = []
  let closed = false
  for (const block of tree.children) {
    if (block.type === 'heading') closed = false
    else if (block.type === 'thematicBreak') closed = true
    counted.push(!closed && block.type !== 'heading')
  }
  return (from, to) => {
    for (let index = from; index < to; index++) {
      if (!counted[index]) continue
      judged[index] ??= isContent(tree.children[index]!)
      if (judged[index]) return true
    }
    return false
  }
}

const letterOrDigit = /[\p{L}\p{N}]/u
/** A cell that only numbers its row: `1`, `#1`, `1.`. */
const rowNumber = /^#?\p{N}+[.)]?$/u

/**
 * Whether a top-level block holds anything the author wrote. What is
 * readable in the document (text and code, by source offsets) and what of
 * it does not count (placeholders, labels of empty fields) are found once;
 * then judging a block is a look at its own ranges.
 */
function contentTest(tree: Root, source: string): (block: RootContent) => boolean {
  const prose = proseRanges(tree, source)
  const readable = mergeSorted(prose.texts, prose.code)
  const fields = documentFields(tree, source)

  /** Placeholders in `range`'s text and code. */
  const placeholdersIn = (range: SourceRange): SourceRange[] => {
    const found: SourceRange[] = []
    for (const [parts, escapes] of [[prose.texts, true], [prose.code, false]] as const) {
      for (let at = firstEndingAfter(parts, range.start); at < parts.length && parts[at]!.start < range.end; at++) {
        for (const span of bracketSpans(source, Math.max(parts[at]!.start, range.start), Math.min(parts[at]!.end, range.end), escapes)) {
          if (isPlaceholderInner(span.inner) && !(escapes && prose.taskBoxes.has(span.start))) found.push(span)
        }
      }
    }
    return union(found)
  }

  /** What does not count in `range`: placeholders, and labels of fields with no value. */
  const ignoredIn = (range: SourceRange): SourceRange[] => {
    const placeholders = placeholdersIn(range)
    const emptyLabels: SourceRange[] = []
    for (let at = firstLineAfter(fields, range.start); at < fields.length && fields[at]!.lineRange.start < range.end; at++) {
      const field = fields[at]!
      if (!anyLetterOrDigit(visibleSlices(source, readable, placeholders, field.valueRange))) emptyLabels.push(field.labelRange)
    }
    return emptyLabels.length > 0 ? union([...placeholders, ...emptyLabels]) : placeholders
  }

  return (block) => {
    switch (block.type) {
      case 'definition':
      case 'thematicBreak':
        return false
      case 'html':
        return !isCommentOnly(block.value)
      default:
        break
    }
    const { marked, tables } = structure(block, source)
    if (marked) return true
    const ignored = ignoredIn(rangeOf(block))
    const visible = (range: SourceRange) => visibleSlices(source, readable, ignored, range)
    if (tables.some((table) => tableHasContent(table, visible))) return true
    // The rest of the block, around its tables.
    let from = block.position!.start.offset!
    for (const table of tables) {
      if (anyLetterOrDigit(visible({ start: from, end: table.position!.start.offset! }))) return true
      from = table.position!.end.offset!
    }
    return anyLetterOrDigit(visible({ start: from, end: block.position!.end.offset! }))
  }
}

/**
 * One walk over a block: whether it holds something that is content by
 * itself (an image, an autolink, HTML other than comments), and its tables,
 * which are judged row by row.
 */
function structure(block: RootContent, source: string): { marked: boolean; tables: Table[] } {
  const tables: Table[] = []
  const stack: Nodes[] = [block]
  while (stack.length > 0) {
    const node = stack.pop()!
    switch (node.type) {
      case 'image':
      case 'imageReference':
        return { marked: true, tables }
      case 'html':
        if (!isCommentOnly(node.value)) return { marked: true, tables }
        continue
      case 'link':
        // `<https://…>` and bare URLs have no text of their own in `proseRanges`.
        if (source.charCodeAt(node.position!.start.offset!) !== 91 /* [ */) return { marked: true, tables }
        break
      case 'table':
        tables.push(node)
        continue
      default:
        break
    }
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
    }
  }
  return { marked: false, tables }
}

/**
 * Whether a table has a body row with content. The header row is the
 * template's; a first cell that only numbers the row (`#1`) is too.
 */
function tableHasContent(table: Table, visible: (range: SourceRange) => Iterable<string>): boolean {
  for (const row of table.children.slice(1)) {
    for (const [index, cell] of row.children.entries()) {
      const text = [...visible(rangeOf(cell))].join('').trim()
      if (letterOrDigit.test(text) && !(index === 0 && rowNumber.test(text))) return true
    }
  }
  return false
}

/**
 * The readable source in `range`: the parts of `readable` (sorted, not
 * overlapping) inside it, less `ignored` (sorted, not overlapping).
 */
function* visibleSlices(
  source: string,
  readable: readonly SourceRange[],
  ignored: readonly SourceRange[],
  range: SourceRange,
): Generator<string> {
  let skip = firstEndingAfter(ignored, range.start)
  for (let at = firstEndingAfter(readable, range.start); at < readable.length; at++) {
    const part = readable[at]!
    if (part.start >= range.end) return
    let from = Math.max(part.start, range.start)
    const to = Math.min(part.end, range.end)
    while (from < to) {
      while (skip < ignored.length && ignored[skip]!.end <= from) skip++
      const next = ignored[skip]
      if (next && next.start <= from) {
        from = next.end
        continue
      }
      const until = next ? Math.min(next.start, to) : to
      yield source.slice(from, until)
      from = until
    }
  }
}

function anyLetterOrDigit(slices: Iterable<string>): boolean {
  for (const slice of slices) if (letterOrDigit.test(slice)) return true
  return false
}

/** Index of the first field whose line starts at or after `offset` (fields in source order). */
function firstLineAfter(fields: readonly FieldLine[], offset: number): number {
  return partitionPoint(fields.length, (index) => fields[index]!.lineRange.start < offset)
}

/** Two lists of sorted ranges as one sorted list. */
function mergeSorted(a: readonly SourceRange[], b: readonly SourceRange[]): SourceRange[] {
  const merged: SourceRange[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) merged.push(a[i++]!)
    else merged.push(b[j++]!)
  }
  return merged
}

/** Ranges as sorted ranges that do not overlap (a label may be a placeholder). */
function union(ranges: SourceRange[]): SourceRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const result: SourceRange[] = []
  for (const range of sorted) {
    const last = result.at(-1)
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else result.push({ start: range.start, end: range.end })
  }
  return result
}

/** HTML made only of comments and whitespace (an unclosed comment runs to the end). */
function isCommentOnly(html: string): boolean {
  let at = 0
  for (;;) {
    while (at < html.length && /\s/u.test(html.charAt(at))) at++
    if (at === html.length) return true
    if (!html.startsWith('<!--', at)) return false
    // `<!-->` and `<!--->` are whole comments too.
    const short = html.startsWith('>', at + 4) ? 5 : html.startsWith('->', at + 4) ? 6 : 0
    if (short > 0) {
      at += short
      continue
    }
    const close = html.indexOf('-->', at + 4)
    if (close === -1) return true
    at = close + 3
  }
}

function rangeOf(node: Nodes): SourceRange {
  return { start: node.position!.start.offset!, end: node.position!.end.offset! }
}


function andSubsections(count: number): string {
  if (count === 0) return ''
  return count === 1 ? ', and so is its subsection' : `, and so are its ${count} subsections`
}
