/**
 * `parseTemplate`: read a Markdown template into the model of `model.ts`.
 * One walk over the template's top-level blocks builds the section tree and
 * files each table, field and piece of boilerplate under the section it
 * stands in; placeholders are found by scanning the source of text and code.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import {
  containsPlaceholder,
  delimitedSpansOf,
  isPlaceholderSpan,
  isWholePlaceholder,
  maskExpressions,
  placeholderSyntaxes,
  type BracketSpan,
  type DelimitedSyntax,
  type PlaceholderSyntax,
} from './brackets.js'
import { TemplateError } from './errors.js'
import { parseHazard } from './parse-guard.js'
import { frontMatterChoices, frontMatterKind, isFiller, readFrontMatter, saysKeysOptional } from './front-matter.js'
import { plainFieldLines, strongFieldLines, type FieldLine } from './fields.js'
import { markdownSource, parseMarkdown, positionFinder, type PositionFinder } from './markdown.js'
import type {
  DocTemplate,
  TemplateBoilerplate,
  TemplateField,
  TemplateFrontMatterKey,
  TemplatePlaceholder,
  TemplateSection,
  TemplateTable,
  TemplateTitle,
} from './model.js'
import { hasOptionalSuffix, headingKey, normalizeCell, normalizeHeading, normalizePlainText } from './normalize.js'
import { compilePattern, freeTitleTail, patternOf } from './pattern.js'
import { proseRanges, standsAlone, type SourceRange } from './prose.js'

export interface ParseTemplateOptions {
  name?: string | undefined
  path?: string | undefined
  /** The placeholder syntaxes it writes, when an option names them; else read from the template. */
  syntaxes?: readonly PlaceholderSyntax[] | undefined
}

/** Read a template. Throws `TemplateError` when it has no headings. */
export function parseTemplate(text: string, options: ParseTemplateOptions = {}): DocTemplate {
  const source = markdownSource(text)
  const hazard = parseHazard(source)
  if (hazard) throw new TemplateError(`${describe(options)} ${hazard.reason}`, options.path)
  const tree = parseMarkdown(source)
  const finder = positionFinder(source)
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
  if (headings.length === 0) {
    throw new TemplateError(
      `${describe(options)} has no headings: a template needs at least one heading to define its sections`,
      options.path,
    )
  }

  const titleNode = findTitle(headings)
  const found = collectPlaceholders(tree, source, finder)
  const syntaxes = options.syntaxes ? [...options.syntaxes] : templateSyntaxes(tree, source, found)
  // The template's placeholders are those of the syntaxes it writes: MADR's `[x]` is not one.
  const placeholders = found.filter((placeholder) => syntaxes.includes(placeholder.syntax))
  const template: DocTemplate = {
    name: options.name,
    path: options.path,
    source,
    syntaxes,
    title: titleNode ? readTitle(titleNode, source, syntaxes) : undefined,
    sections: [],
    allSections: [],
    tables: [],
    placeholders,
    fields: [],
    boilerplate: [],
    frontMatter: frontMatterKeys(tree, source, finder),
  }

  const stack: TemplateSection[] = []
  let previous: RootContent | undefined
  // A thematic break closes the section before it: what follows (a footer
  // of fields, say) belongs to no section until the next heading.
  let closed = false
  // A comment saying the next element is optional, just before a heading (MADR).
  let optionalNext = false
  // Instruction text of a section's own that says it is optional.
  const saidOptional = new Set<TemplateSection>()
  tree.children.forEach((node, index) => {
    const current = closed ? undefined : stack.at(-1)
    // `<!-- optional -->` is about the heading before it; a longer comment
    // saying so, just before a heading, is about that heading.
    const aboutNext =
      node.type === 'html' && !isOptionalMarker(node.value) && tree.children[index + 1]?.type === 'heading' && saysOptional(node.value)
    if (node.type === 'heading' && node !== titleNode) {
      while (stack.length > 0 && stack.at(-1)!.depth >= node.depth) stack.pop()
      const section = readSection(node, source, stack.at(-1), template.allSections.length, syntaxes)
      if (optionalNext) section.optional = true
      ;(section.parent ? section.parent.children : template.sections).push(section)
      template.allSections.push(section)
      stack.push(section)
      closed = false
    } else if (aboutNext) {
      collectProse(node, current, source, template, finder)
    } else if (node.type === 'thematicBreak') {
      closed = true
    } else if (node.type === 'table') {
      // A table stays in its section even after a thematic break.
      const owner = stack.at(-1)
      const table = readTable(node, owner, source)
      ;(owner ? owner.tables : template.tables).push(table)
    } else if (node.type === 'html' && isOptionalMarker(node.value)) {
      if (current && previous?.type === 'heading') current.optional = true
    } else {
      if (current && saysSectionOptional(node)) saidOptional.add(current)
      collectProse(node, current, source, template, finder)
    }
    optionalNext = aboutNext
    if (node.type !== 'yaml' && (node.type as string) !== 'toml') previous = node
  })
  for (const section of saidOptional) section.optional = true
  markExamples(template)
  return template
}

/**
 * The template's front-matter keys. Optional when a comment on the key, or
 * one before the first key, says so, and a list whose items are examples
 * (`see-also: - "/enhancements/this-other-neat-thing.md"`) rather than
 * fillers (`authors: - TBD`): it lists things like these, and may list none.
 */
function frontMatterKeys(tree: Root, source: string, finder: PositionFinder): TemplateFrontMatterKey[] {
  const frontMatter = readFrontMatter(tree, source)
  if (!frontMatter) return []
  const allOptional = saysKeysOptional(frontMatter.leading)
  return frontMatter.entries.map((entry) => ({
    key: entry.key,
    value: entry.items.length > 0 ? '' : entry.value,
    items: entry.items.map((item) => item.text),
    kind: entry.items.length > 0 ? 'text' : frontMatterKind(entry.value),
    choices: entry.items.length > 0 ? undefined : frontMatterChoices(entry.value),
    optional: allOptional || saysKeysOptional(entry.comment) || (entry.items.length > 0 && !entry.items.some((item) => isFiller(item.text))),
    position: finder.position(entry.keyRange.start, entry.valueRange?.end ?? entry.keyRange.end),
  }))
}

/**
 * List items after a paragraph that calls what follows examples
 * ("Examples:", "These are generalized examples to consider…"), in the same
 * section or in its subsections: the template offers them to adopt.
 */
function markExamples(template: DocTemplate): void {
  const introduces = /^examples?\b|\bthese are (?:\w+ )?examples\b|\bexamples to (?:consider|adopt|use)\b/iu
  const from = new Map<TemplateSection, number>()
  for (const entry of template.boilerplate) {
    if (entry.kind === 'paragraph' && entry.section && introduces.test(entry.text) && !from.has(entry.section)) {
      from.set(entry.section, entry.position.start.offset!)
    }
  }
  if (from.size === 0) return
  for (const entry of template.boilerplate) {
    if (entry.kind !== 'list-item') continue
    for (let section = entry.section; section; section = section.parent) {
      const start = from.get(section)
      if (start !== undefined && entry.position.start.offset! > start) entry.example = true
    }
  }
}

/**
 * The placeholder syntaxes the template writes: `[x]` when it has any
 * (ours do), `{x}` and `<x>` when its prose (not code, where braces and
 * angle brackets are code) holds at least two with words in them, as
 * MADR's does braces, number masks (`NNNN`) when its prose has one, and
 * date masks (`yyyy-mm-dd`) when one stands alone as a value to fill in. A
 * template with none (React's RFC template) has none: a doc's
 * `[framework]` is then its own text.
 */
function templateSyntaxes(tree: Root, source: string, found: TemplatePlaceholder[]): PlaceholderSyntax[] {
  const inProse = (syntax: PlaceholderSyntax) => found.filter((placeholder) => placeholder.syntax === syntax && !placeholder.inCode).length
  const masks = new Set<PlaceholderSyntax>()
  for (const range of proseRanges(tree, source).texts) {
    const text = source.slice(range.start, range.end)
    for (const syntax of ['number-mask', 'date-mask'] as const) {
      for (const match of text.matchAll(maskExpressions[syntax])) {
        // A date mask in a sentence names a format (`today's date, YYYY-MM-DD`); standing alone it is a value to fill in.
        const start = range.start + match.index
        if (syntax === 'number-mask' || standsAlone(source, { start, end: start + match[0].length })) masks.add(syntax)
      }
    }
  }
  return [
    ...(found.some((placeholder) => placeholder.syntax === 'square') ? (['square'] as const) : []),
    ...(inProse('curly') >= 2 ? (['curly'] as const) : []),
    ...(inProse('angle') >= 2 ? (['angle'] as const) : []),
    ...placeholderSyntaxes.filter((syntax) => masks.has(syntax)),
  ]
}

/** The title: the only H1, when it comes before every other heading. */
function findTitle(headings: Heading[]): Heading | undefined {
  const ones = headings.filter((heading) => heading.depth === 1)
  return ones.length === 1 && headings[0] === ones[0] ? ones[0] : undefined
}

/**
 * A title with a placeholder is a pattern (`implementation notes -
 * [feature name]`). A title with none (`# RFC title`, `# Neat Enhancement
 * Idea`) cannot be the title of every doc written from the template: it
 * stands for the doc's own title, so any title will do.
 */
function readTitle(node: Heading, source: string, syntaxes: readonly PlaceholderSyntax[]): TemplateTitle {
  const normalized = normalizeHeading(node)
  const pattern = freeTitleTail(compilePattern(normalized, syntaxes))
  return {
    text: toString(node),
    source: contentSource(node, source),
    normalized,
    pattern: pattern.hasPlaceholder ? pattern : patternOf([{ placeholder: normalized }]),
    free: !pattern.hasPlaceholder,
    position: node.position!,
  }
}

function readSection(
  node: Heading,
  source: string,
  parent: TemplateSection | undefined,
  index: number,
  syntaxes: readonly PlaceholderSyntax[],
): TemplateSection {
  const normalized = normalizeHeading(node)
  const key = headingKey(normalized)
  const pattern = compilePattern(key, syntaxes)
  return {
    text: toString(node),
    source: contentSource(node, source),
    normalized,
    key,
    pattern,
    depth: node.depth,
    optional: hasOptionalSuffix(normalized),
    wildcard: pattern.wildcard,
    position: node.position!,
    parent,
    children: [],
    tables: [],
    index,
  }
}

function readTable(node: Table, section: TemplateSection | undefined, source: string): TemplateTable {
  const header = node.children[0]
  return {
    section,
    columns: (header?.children ?? []).map((cell, index) => {
      const first = cell.children[0]
      const last = cell.children.at(-1)
      return {
        text: toString(cell).trim(),
        source: first && last ? source.slice(first.position!.start.offset!, last.position!.end.offset!) : '',
        normalized: normalizeCell(toString(cell)),
        index,
      }
    }),
    position: node.position!,
  }
}

function isOptionalMarker(html: string): boolean {
  return /^<!--\s*optional\s*-->$/iu.test(html.trim())
}

/**
 * Whether template text says that the element it is about may be left out:
 * "This is an optional element" (MADR's comment before a heading), "This
 * section is optional", "Optional, but suggested", "Omit this section if…",
 * "If not applicable, remove…". Said of a section by its own instruction
 * text, it makes the section optional.
 */
function saysOptional(text: string): boolean {
  return (
    /\b(?:this|the) (?:is an? )?(?:section|element|part)? ?is optional\b/iu.test(text) ||
    /\bis an optional (?:element|section|part)\b/iu.test(text) ||
    /^\s*(?:<!--\s*)?(?:\*|_)?optional(?:\*|_)?\s*[,:.(-]/iu.test(text) ||
    /\b(?:omit|skip|remove|delete) this section\b/iu.test(text) ||
    /\bif not applicable,? (?:omit|skip|remove|delete)\b/iu.test(text)
  )
}

/**
 * Whether a section's own instruction text says the section may be left
 * out. A comment must name the section: MADR's "This is an optional
 * element" before a paragraph is about that paragraph.
 */
function saysSectionOptional(node: RootContent): boolean {
  if (node.type === 'paragraph' || node.type === 'blockquote') return saysOptional(toString(node))
  return node.type === 'html' && /\bsection\b|\bif not applicable\b/iu.test(node.value) && saysOptional(node.value)
}

/** Fields and boilerplate in a paragraph, list, block quote or comment. */
function collectProse(
  node: RootContent | ListItem,
  section: TemplateSection | undefined,
  source: string,
  template: DocTemplate,
  finder: PositionFinder,
): void {
  switch (node.type) {
    case 'paragraph': {
      const fields = readStrongFields(node, source, section, finder)
      template.fields.push(...fields)
      if (fields.length === 0) addBoilerplate(template, node, 'paragraph', section)
      break
    }
    case 'list':
      for (const item of node.children) collectProse(item, section, source, template, finder)
      break
    case 'listItem': {
      const first = node.children[0]
      if (first?.type === 'paragraph') {
        const fields = readStrongFields(first, source, section, finder)
        const plain = fields.length === 0 ? readPlainField(first, source, section, finder) : undefined
        if (plain) fields.push(plain)
        template.fields.push(...fields)
        if (fields.length === 0) addBoilerplate(template, first, 'list-item', section, node)
      }
      for (const child of node.children) {
        if (child.type === 'list') collectProse(child, section, source, template, finder)
      }
      break
    }
    case 'blockquote':
      for (const child of node.children) collectProse(child, section, source, template, finder)
      break
    case 'html': {
      const comment = /^<!--([\s\S]*?)-->$/u.exec(node.value.trim())
      if (comment && !containsPlaceholder(comment[1]!) && comment[1]!.trim() !== '') {
        template.boilerplate.push({
          text: comment[1]!.trim(),
          normalized: normalizePlainText(comment[1]!),
          kind: 'comment',
          task: false,
          example: false,
          section,
          position: node.position!,
        })
      }
      break
    }
    default:
      break
  }
}

function addBoilerplate(
  template: DocTemplate,
  node: Paragraph,
  kind: TemplateBoilerplate['kind'],
  section: TemplateSection | undefined,
  at: Nodes = node,
): void {
  let text = toString(node).trim()
  // A paragraph or item that is one placeholder (`- [Challenge 3 and lessons
  // for future features]`): its words with the brackets taken off, left in
  // a doc, are template text too.
  if (isWholePlaceholder(text)) text = text.slice(1, -1).trim()
  if (text === '' || containsPlaceholder(text) || isContentsEntry(node)) return
  // GFM reads `- [ ] Test plan` as a task item: its `checked` is a boolean.
  const task = at.type === 'listItem' && typeof at.checked === 'boolean'
  template.boilerplate.push({ text, normalized: normalizePlainText(text), kind, task, example: false, section, position: at.position! })
}

/**
 * A line of a table of contents: nothing but links to anchors in the doc
 * (`- [Summary](#summary)`). A doc keeps its own table of contents: the
 * template's is no leftover text.
 */
function isContentsEntry(node: Paragraph): boolean {
  let links = 0
  for (const child of node.children) {
    if (child.type === 'link' && child.url.startsWith('#')) links++
    else if (child.type !== 'text' || child.value.trim() !== '') return false
  }
  return links > 0
}

/** Every `**Label**: value` line of a paragraph whose label is no placeholder and whose value is no instruction. */
function readStrongFields(node: Paragraph, source: string, section: TemplateSection | undefined, finder: PositionFinder): TemplateField[] {
  return strongFieldLines(node, source)
    .filter((line) => !containsPlaceholder(line.label) && !isInstruction(line.value))
    .map((line) => makeField(line, section, finder))
}

/**
 * A value that is a sentence to the author, not a value to fill in:
 * `**Note:** *Section not required until targeted at a release.*`,
 * `Papers: Are there any published papers?`, `**Examples**: These are
 * generalized examples to consider…`. Such a line is a note or a prompt,
 * not a field: it has no placeholder, and it ends as a sentence does or
 * runs to six words or more. `**Status**: Draft` stays a field, and so
 * does a value in parentheses (`- Start Date: (fill me in with today's
 * date)`), which says what to write in it.
 */
function isInstruction(value: string): boolean {
  const text = value.replace(/^[*_\s]+|[*_\s]+$/gu, '')
  // `(fill me in with today's date)`: a field whose value says what to write.
  if (text === '' || containsPlaceholder(text) || /[{}]/u.test(text) || /^\(.*\)$/su.test(text)) return false
  return /[.?!:…]$/u.test(text) || text.split(/\s+/u).length >= 6
}

/** A `- Label: value` list item, as in an RFC's front list. */
function readPlainField(
  node: Paragraph,
  source: string,
  section: TemplateSection | undefined,
  finder: PositionFinder,
): TemplateField | undefined {
  const [line] = plainFieldLines(node, source)
  return line && line.value !== '' && !isInstruction(line.value) ? makeField(line, section, finder) : undefined
}

function makeField(line: FieldLine, section: TemplateSection | undefined, finder: PositionFinder): TemplateField {
  return {
    label: line.label,
    normalizedLabel: line.normalizedLabel,
    value: line.value,
    allowed: allowedValues(line.value),
    placeholder: isWholePlaceholder(line.value) ? line.value : undefined,
    style: line.style,
    section,
    position: finder.position(line.lineRange.start, line.lineRange.end),
  }
}

/**
 * `[Low/Medium/High]` allows Low, Medium and High. Alternatives must be
 * single words, so `[Implementation Team/Agent]` stays a free placeholder.
 */
function allowedValues(value: string): string[] | undefined {
  const match = /^\[([^[\]]+)\]$/u.exec(value)
  if (!match) return undefined
  const options = match[1]!.split('/').map((option) => option.trim())
  if (options.length < 2 || !options.every((option) => /^[\p{L}\p{N}_-]+$/u.test(option))) return undefined
  // `[DD/MM/YYYY]` is a date format, not a choice of three.
  if (options.every((option) => /^(?:Y{2,4}|M{1,4}|D{1,2})$/u.test(option))) return undefined
  return options
}

/** Every `[...]` of the template, in prose, headings, tables and code. */
function collectPlaceholders(tree: Root, source: string, finder: PositionFinder): TemplatePlaceholder[] {
  const ranges = proseRanges(tree, source)
  const found: TemplatePlaceholder[] = []
  const add = (syntax: DelimitedSyntax, span: BracketSpan, inCode: boolean): void => {
    if (!isPlaceholderSpan(syntax, span.inner) || (syntax === 'square' && !inCode && ranges.taskBoxes.has(span.start))) return
    found.push({
      text: source.slice(span.start, span.end),
      inner: span.inner,
      syntax,
      inCode,
      position: finder.position(span.start, span.end),
    })
  }
  const scan = (syntax: DelimitedSyntax, parts: readonly SourceRange[], inCode: boolean) => {
    for (const range of parts) for (const span of delimitedSpansOf(syntax, source, range.start, range.end, !inCode)) add(syntax, span, inCode)
  }
  for (const syntax of ['square', 'curly', 'angle'] as const) {
    scan(syntax, ranges.texts, false)
    scan(syntax, ranges.code, true)
  }
  // `<feature name>` alone is HTML to Markdown.
  scan('angle', ranges.html, false)
  return found.sort((a, b) => a.position.start.offset! - b.position.start.offset!)
}

/** The heading's content as written, without the `#`s or underline. */
function contentSource(node: Heading, source: string): string {
  const first = node.children[0]
  const last = node.children.at(-1)
  if (!first || !last) return ''
  return source.slice(first.position!.start.offset!, last.position!.end.offset!)
}

function describe(options: ParseTemplateOptions): string {
  if (options.path) return `Template \`${options.path}\``
  if (options.name) return `Template \`${options.name}\``
  return 'The template'
}
