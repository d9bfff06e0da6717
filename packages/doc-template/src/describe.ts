/**
 * What a template means, as the rules read it, and what in it makes
 * matching a doc against it ambiguous. A user cannot see the model the
 * rules derive from their template, so they cannot tell why a message
 * appears: `describeTemplate` lays the model out as plain data (the CLI's
 * `templates show` prints it), and `checkTemplate` finds what would make the
 * rules guess (`templates check`). Both are pure: a parsed template in,
 * data out.
 */
import type { Paragraph, Root, RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Position } from 'unist'
import { maskExpressions, placeholderSpans, type PlaceholderSyntax } from './brackets.js'
import { isDateField, namedDateFormat } from './fields.js'
import { bareValue } from './front-matter.js'
import { markdownSource, parseMarkdown, positionFinder } from './markdown.js'
import { parseHazard } from './parse-guard.js'
import type { DocTemplate, TemplateBoilerplate, TemplateColumn, TemplateField, TemplateFrontMatterKey, TemplateSection, TemplateTable } from './model.js'
import { normalizePlainText } from './normalize.js'
import { parseTemplate, type ParseTemplateOptions } from './parse.js'
import { compilePattern, matchPattern } from './pattern.js'
import { proseRanges } from './prose.js'
import { headingLine, inlineCode } from './wording.js'

/** A template laid out as the rules read it: every field is plain data, ready for JSON. */
export interface TemplateDescription {
  name: string | null
  path: string | null
  title: TitleDescription | null
  /** The placeholder syntaxes the template writes, as read from it. */
  placeholderSyntaxes: SyntaxDescription[]
  /** Top-level sections, each with its subsections. */
  sections: SectionDescription[]
  /** Every table, in template order. */
  tables: TableDescription[]
  /** `**Label**: value` lines and `- Label: value` items, in template order. */
  fields: FieldDescription[]
  frontMatter: FrontMatterKeyDescription[]
  /** Instruction text in the whole template. */
  instructions: InstructionCount
  /** Instruction text outside any section (before the first, or after a thematic break). */
  instructionsOutsideSections: InstructionCount
}

export interface TitleDescription {
  /** `# Implementation Notes - [Feature Name]`. */
  heading: string
  /**
   * `pattern`: a doc's H1 must match it, each placeholder standing for any
   * text; `any`: it is all placeholder, so any H1 fits and no doc is
   * recognised by its title; `free`: it has no placeholder, so it stands
   * for the doc's own title.
   */
  matches: 'pattern' | 'any' | 'free'
  /** Its placeholders, as written. */
  placeholders: string[]
  line: number
  column: number
}

export interface SyntaxDescription {
  syntax: PlaceholderSyntax
  /** `[x]`, `{x}`, `<x>`, `NNNN`, `yyyy-mm-dd`. */
  notation: string
  /** Placeholders of this syntax in the template, code included. */
  count: number
  /** Up to three, as written, first seen first. */
  examples: string[]
}

export interface SectionDescription {
  /** `### Goals (Optional)`: the heading line as the template writes it. */
  heading: string
  depth: number
  optional: boolean
  /** `none`; `pattern` when part of its text is a placeholder; `any` when all of it is (any heading fits). */
  placeholder: 'none' | 'pattern' | 'any'
  /** The placeholders in its heading, as written. */
  placeholders: string[]
  line: number
  column: number
  /** Its own instruction text, subsections left out. */
  instructions: InstructionCount
  children: SectionDescription[]
}

export interface TableDescription {
  /** The heading line of the section it is in; null before the first section. */
  section: string | null
  /** Header cells as written. */
  columns: string[]
  line: number
  column: number
}

export interface FieldDescription {
  label: string
  /** `strong` for `**Label**: value`, `plain` for `- Label: value`. */
  style: 'strong' | 'plain'
  /** The value as the template writes it. */
  value: string
  /** The heading line of the section it is in; null outside any section. */
  section: string | null
  /** `choice`: one of `choices`; `date`: a date as `dateFormat`; `same`: what `sameAs` has; `text`: any text. */
  expects: 'choice' | 'date' | 'same' | 'text'
  choices: string[] | null
  dateFormat: string | null
  /** For `same`: the placeholder it repeats and where it was first filled (`title`, or a field's label). */
  sameAs: { placeholder: string; in: string } | null
  /** The template says it may be left empty (`(leave this empty)`). */
  mayBeEmpty: boolean
  line: number
  column: number
}

export interface FrontMatterKeyDescription {
  key: string
  /** The value as written; a list's items joined with `, `. */
  value: string
  expects: 'choice' | 'date' | 'text'
  choices: string[] | null
  dateFormat: string | null
  optional: boolean
  line: number
  column: number
}

/**
 * Template prose with no placeholder in it: what no-template-boilerplate
 * reports when a doc keeps it. Checklist items (`- [ ] Tests added`) and
 * list items the template offers as examples are counted apart: a doc
 * may keep them.
 */
export interface InstructionCount {
  paragraphs: number
  listItems: number
  comments: number
  /** Words of the paragraphs, list items and comments. */
  words: number
  checklistItems: number
  exampleItems: number
}

const notations: Record<PlaceholderSyntax, string> = {
  square: '[x]',
  curly: '{x}',
  angle: '<x>',
  'number-mask': 'NNNN',
  'date-mask': 'yyyy-mm-dd',
}

/** The template as the rules read it. */
export function describeTemplate(template: DocTemplate): TemplateDescription {
  const boilerplate = new Map<TemplateSection | undefined, TemplateBoilerplate[]>()
  for (const entry of template.boilerplate) {
    const list = boilerplate.get(entry.section) ?? []
    list.push(entry)
    boilerplate.set(entry.section, list)
  }
  const sectionOf = (section: TemplateSection): SectionDescription => ({
    heading: headingLine(section),
    depth: section.depth,
    optional: section.optional,
    placeholder: section.wildcard ? 'any' : section.pattern.hasPlaceholder ? 'pattern' : 'none',
    placeholders: placeholdersIn(section.source, template.syntaxes),
    line: section.position.start.line,
    column: section.position.start.column,
    instructions: countInstructions(boilerplate.get(section) ?? []),
    children: section.children.map(sectionOf),
  })
  return {
    name: template.name ?? null,
    path: template.path ?? null,
    title: describeTitle(template),
    placeholderSyntaxes: describeSyntaxes(template),
    sections: template.sections.map(sectionOf),
    tables: [...template.tables, ...template.allSections.flatMap((section) => section.tables)].map(describeTable),
    fields: describeFields(template),
    frontMatter: template.frontMatter.map(describeFrontMatterKey),
    instructions: countInstructions(template.boilerplate),
    instructionsOutsideSections: countInstructions(boilerplate.get(undefined) ?? []),
  }
}

function describeTitle(template: DocTemplate): TitleDescription | null {
  const title = template.title
  if (!title) return null
  return {
    heading: `# ${title.source}`,
    matches: title.free ? 'free' : title.pattern.wildcard ? 'any' : 'pattern',
    placeholders: title.free ? [] : placeholdersIn(title.source, template.syntaxes),
    line: title.position.start.line,
    column: title.position.start.column,
  }
}

/** The placeholders in a heading's source, as written. */
function placeholdersIn(source: string, syntaxes: readonly PlaceholderSyntax[]): string[] {
  return placeholderSpans(source, syntaxes).map((span) => source.slice(span.start, span.end))
}

function describeSyntaxes(template: DocTemplate): SyntaxDescription[] {
  // Masks are not collected with the delimited placeholders: found here, in the template's text.
  let masks: Array<{ syntax: PlaceholderSyntax; text: string }> | undefined
  const maskTexts = () => {
    if (masks) return masks
    masks = []
    const source = template.source
    const ranges = proseRanges(parseMarkdown(source), source)
    for (const range of [...ranges.texts, ...ranges.code].sort((a, b) => a.start - b.start)) {
      const text = source.slice(range.start, range.end)
      for (const syntax of ['number-mask', 'date-mask'] as const) {
        for (const match of text.matchAll(maskExpressions[syntax])) masks.push({ syntax, text: match[0] })
      }
    }
    return masks
  }
  return template.syntaxes.map((syntax) => {
    const texts =
      syntax === 'number-mask' || syntax === 'date-mask'
        ? maskTexts().filter((mask) => mask.syntax === syntax).map((mask) => mask.text)
        : template.placeholders.filter((placeholder) => placeholder.syntax === syntax).map((placeholder) => placeholder.text)
    return { syntax, notation: notations[syntax], count: texts.length, examples: [...new Set(texts)].slice(0, 3) }
  })
}

function describeTable(table: TemplateTable): TableDescription {
  return {
    section: table.section ? headingLine(table.section) : null,
    columns: table.columns.map((column) => column.source),
    line: table.position.start.line,
    column: table.position.start.column,
  }
}

/**
 * What each field asks for, read as remark-lint-required-fields reads it:
 * a choice when its value is `[A/B/C]`; a date when its placeholder says
 * `date` or its value names a format (`YYYY-MM-DD`); the same text as the
 * title, or an earlier field, when its placeholder is theirs too; else any
 * text.
 */
function describeFields(template: DocTemplate): FieldDescription[] {
  const titlePlaceholders = new Set(
    template.title?.pattern.parts.flatMap((part) => ('placeholder' in part ? [part.placeholder] : [])) ?? [],
  )
  const firstFilled = new Map<string, string>()
  return template.fields.map((field) => {
    const format = namedDateFormat(field.value)
    let expects: FieldDescription['expects'] = 'text'
    let sameAs: FieldDescription['sameAs'] = null
    if (field.allowed) expects = 'choice'
    else if (isDateField(field)) expects = 'date'
    else if (field.placeholder) {
      const earlier = firstFilled.get(field.placeholder)
      if (titlePlaceholders.has(normalizePlainText(field.placeholder))) sameAs = { placeholder: field.placeholder, in: 'title' }
      else if (earlier !== undefined) sameAs = { placeholder: field.placeholder, in: earlier }
      else firstFilled.set(field.placeholder, field.label)
      if (sameAs) expects = 'same'
    }
    return {
      label: field.label,
      style: field.style,
      value: field.value,
      section: field.section ? headingLine(field.section) : null,
      expects,
      choices: field.allowed ?? null,
      dateFormat: expects === 'date' ? (format ?? 'YYYY-MM-DD') : null,
      sameAs,
      mayBeEmpty: /\bleave (?:this |it )?(?:empty|blank)\b/iu.test(field.value),
      line: field.position.start.line,
      column: field.position.start.column,
    }
  })
}

function describeFrontMatterKey(key: TemplateFrontMatterKey): FrontMatterKeyDescription {
  return {
    key: key.key,
    value: key.items.length > 0 ? key.items.join(', ') : key.value,
    expects: key.kind,
    choices: key.choices ?? null,
    // As required-fields reads it: the mask the value starts with, upper-cased (`yyyy-mm-dd` is `YYYY-MM-DD`).
    dateFormat: key.kind === 'date' ? (/^\S+/u.exec(bareValue(key.value))?.[0].toUpperCase() ?? 'YYYY-MM-DD') : null,
    optional: key.optional,
    line: key.position.start.line,
    column: key.position.start.column,
  }
}

function countInstructions(entries: readonly TemplateBoilerplate[]): InstructionCount {
  const count: InstructionCount = { paragraphs: 0, listItems: 0, comments: 0, words: 0, checklistItems: 0, exampleItems: 0 }
  for (const entry of entries) {
    if (entry.task) count.checklistItems++
    else if (entry.example) count.exampleItems++
    else {
      if (entry.kind === 'paragraph') count.paragraphs++
      else if (entry.kind === 'list-item') count.listItems++
      else count.comments++
      count.words += entry.text.split(/\s+/u).filter((word) => word !== '').length
    }
  }
  return count
}

/** Each kind of thing `checkTemplate` finds. */
export type TemplateFindingId =
  | 'no-headings'
  | 'duplicate-heading'
  | 'placeholder-heading-beside-fixed'
  | 'title-not-read'
  | 'table-without-header'
  | 'table-not-read'
  | 'placeholder-column'
  | 'duplicate-column'
  | 'duplicate-field'

/** Something in a template that makes matching a doc against it a guess. */
export interface TemplateFinding {
  id: TemplateFindingId
  reason: string
  position: Position
}

/**
 * What makes `source`, read as a template, ambiguous. Unlike
 * `parseTemplate` it accepts a template with no headings (and says so);
 * throws `TemplateError` for what cannot be parsed at all.
 */
export function checkTemplateSource(source: string, options: ParseTemplateOptions = {}): TemplateFinding[] {
  const text = markdownSource(source)
  // parseTemplate refuses a template with no headings: here that is the finding. (One the parser
  // cannot read in reasonable time is not parsed here either: parseTemplate says why.)
  if (!parseHazard(text) && !parseMarkdown(text).children.some((node) => node.type === 'heading')) {
    const start = { line: 1, column: 1, offset: 0 }
    const reason =
      text.trim() === ''
        ? 'The template is empty: its headings are the sections a doc must have, so it needs at least one'
        : 'The template has no headings: its headings are the sections a doc must have (a heading inside a list or block quote is not one), so it needs at least one'
    return [{ id: 'no-headings', reason, position: { start, end: start } }]
  }
  return checkTemplate(parseTemplate(text, options))
}

/**
 * What makes matching a doc against `template` ambiguous, in template
 * order: where the rules would have to guess which doc heading, table,
 * column or field stands for which, or where the template holds something
 * the model does not read as what it looks like.
 */
export function checkTemplate(template: DocTemplate): TemplateFinding[] {
  const tree = parseMarkdown(template.source)
  const findings = [
    ...siblingFindings(template),
    ...titleFindings(template),
    ...tableFindings(template, tree),
    ...fieldFindings(template),
  ]
  return findings.sort((a, b) => a.position.start.offset! - b.position.start.offset! || a.id.localeCompare(b.id))
}

/** `1:5`. */
function at(position: Position): string {
  return `${position.start.line}:${position.start.column}`
}

function parentName(section: TemplateSection): string {
  return section.parent ? `under ${inlineCode(headingLine(section.parent))}` : 'at the top level'
}

/** Sections under one parent that a doc heading could stand for two of. */
function siblingFindings(template: DocTemplate): TemplateFinding[] {
  const findings: TemplateFinding[] = []
  const groups = [template.sections, ...template.allSections.map((section) => section.children)]
  for (const siblings of groups) {
    // Fixed siblings, one per heading.
    const fixed = siblings.filter((section, index) => !section.pattern.hasPlaceholder && siblings.findIndex((other) => other.key === section.key) === index)
    siblings.forEach((section, index) => {
      const heading = inlineCode(headingLine(section))
      const earlier = siblings.slice(0, index).find((other) => other.key === section.key)
      if (earlier) {
        findings.push({
          id: 'duplicate-heading',
          position: section.position,
          reason: `Section ${heading} is here twice ${parentName(section)} (also at ${at(earlier.position)}): a doc's ${heading} is taken for the first one, and this one is reported missing unless the doc repeats the heading; give each its own heading`,
        })
        return
      }
      if (section.wildcard && fixed.length > 0) {
        findings.push({
          id: 'placeholder-heading-beside-fixed',
          position: section.position,
          reason: `Section ${heading} is all placeholder, beside ${listed(fixed)} ${parentName(section)}: any doc heading there fits it, so a doc's misspelled ${inlineCode(headingLine(fixed[0]!))} is taken for ${heading}, and ${inlineCode(headingLine(fixed[0]!))} is reported missing instead of misspelled; put a fixed word in it, or give it a parent of its own`,
        })
        return
      }
      if (section.pattern.hasPlaceholder && !section.wildcard) {
        const overlapped = fixed.find((other) => matchPattern(section.pattern, other.key) !== undefined)
        if (overlapped) {
          findings.push({
            id: 'placeholder-heading-beside-fixed',
            position: section.position,
            reason: `Section ${heading} has a placeholder that also fits its sibling ${inlineCode(headingLine(overlapped))} (at ${at(overlapped.position)}): a doc heading that misspells ${inlineCode(headingLine(overlapped))} is taken for ${heading}; make the fixed part of ${heading} tell them apart`,
          })
          return
        }
      }
    })
  }
  return findings
}

/** `` `## A` ``, `` `## A` and `## B` ``, `` `## A`, `## B` and 2 more ``. */
function listed(sections: readonly TemplateSection[]): string {
  const shown = sections.slice(0, 2).map((section) => inlineCode(headingLine(section)))
  const more = sections.length - shown.length
  if (more > 0) return `fixed ${shown.join(', ')} and ${more} more`
  return shown.length === 2 ? `fixed ${shown[0]} and ${shown[1]}` : `fixed ${shown[0]}`
}

/**
 * An H1 that reads like the title but is not read as one: the only H1,
 * after another heading; or the first of several H1s, with a placeholder
 * as a title has. The model then takes it for a required section.
 */
function titleFindings(template: DocTemplate): TemplateFinding[] {
  if (template.title) return []
  const ones = template.allSections.filter((section) => section.depth === 1)
  const first = template.allSections[0]
  if (ones.length === 1 && first && first !== ones[0]) {
    const title = ones[0]!
    return [
      {
        id: 'title-not-read',
        position: title.position,
        reason: `${inlineCode(headingLine(title))} is the only H1 but not the first heading (${inlineCode(headingLine(first))} at ${at(first.position)} comes before it), so it is not read as the title: it is a section every doc must have, with the sections after it inside it; move it to the top`,
      },
    ]
  }
  const [head] = ones
  if (ones.length > 1 && head && head === first && head.pattern.hasPlaceholder) {
    return [
      {
        id: 'title-not-read',
        position: head.position,
        reason: `${inlineCode(headingLine(head))} has a placeholder as a title would, but the template has ${ones.length} H1s (the next at ${at(ones[1]!.position)}), so none is read as the title: each H1 is a section, and a doc's title is matched as one; make the others H2s`,
      },
    ]
  }
  return []
}

function tableFindings(template: DocTemplate, tree: Root): TemplateFinding[] {
  const findings: TemplateFinding[] = []
  const finder = positionFinder(template.source)
  const source = template.source
  const tables = new Map<number, Table>()
  for (const node of tree.children) if (node.type === 'table') tables.set(node.position!.start.offset!, node)

  for (const table of [...template.tables, ...template.allSections.flatMap((section) => section.tables)]) {
    const node = tables.get(table.position.start.offset!)
    const cells = node?.children[0]?.children ?? []
    // A cell that is one placeholder, in the template's own syntaxes (`[Metric]`, `{Metric}`).
    const isPlaceholder = (column: TemplateColumn) => compilePattern(column.normalized, template.syntaxes).wildcard
    const named = table.columns.filter((column) => column.normalized !== '' && !isPlaceholder(column))
    const row = node?.children[0]?.position
    const header = row ? finder.position(row.start.offset!, row.end.offset!) : table.position
    if (named.length === 0) {
      const placeholders = table.columns.filter((column) => column.normalized !== '')
      findings.push({
        id: 'table-without-header',
        position: header,
        reason:
          placeholders.length === 0
            ? `Table ${where(table)} has an empty header row: its columns have no names to check a doc's table against; write the column names in its first row`
            : `Table ${where(table)} has only placeholders in its header row (${placeholders.slice(0, 3).map((column) => inlineCode(column.source)).join(', ')}): a doc's table is checked for columns named so, and a doc's own column names are reported missing; write the column names in its first row`,
      })
      continue
    }
    // A cell's text, or the header row when the cell is empty.
    const cellPlace = (index: number): Position => {
      const content = cells[index]?.children ?? []
      const first = content[0]
      const last = content.at(-1)
      return first && last ? finder.position(first.position!.start.offset!, last.position!.end.offset!) : header
    }
    table.columns.forEach((column, index) => {
      const earlier = table.columns.slice(0, index).findIndex((other) => other.normalized === column.normalized)
      if (column.normalized !== '' && earlier !== -1) {
        findings.push({
          id: 'duplicate-column',
          position: cellPlace(index),
          reason: `Column ${inlineCode(column.source)} is in this table twice (also at ${at(cellPlace(earlier))}): a doc's table must have it twice too, and another of its columns is taken for the second; give each its own name`,
        })
      } else if (isPlaceholder(column)) {
        findings.push({
          id: 'placeholder-column',
          position: cellPlace(index),
          reason: `Column ${inlineCode(column.source)} is a placeholder: a doc's table is checked for a column named ${inlineCode(column.source)} as written, so whatever name the doc gives that column is reported; write the column's name`,
        })
      }
    })
  }

  // Pipe rows Markdown did not read as a table, and tables in lists or block quotes, which the model does not read.
  for (const node of tree.children) {
    if (node.type === 'paragraph') {
      const row = pipeRow(node, source)
      if (row) findings.push({ id: 'table-without-header', position: finder.position(row.start, row.end), reason: row.reason })
    } else if (node.type === 'list' || node.type === 'blockquote') {
      for (const nested of nestedTables(node)) {
        const container = node.type === 'list' ? 'a list item' : 'a block quote'
        findings.push({
          id: 'table-not-read',
          position: nested.position!,
          reason: `This table is inside ${container}: only tables at the top level of a section are read as required, so a doc is not checked for its columns ${columnList((nested.children[0]?.children ?? []).map((cell) => toString(cell).trim()))}; take it out of the ${node.type === 'list' ? 'list' : 'block quote'}`,
        })
      }
    }
  }
  return findings
}

/** `under `## X``, or `before the first section`. */
function where(table: TemplateTable): string {
  return table.section ? `under ${inlineCode(headingLine(table.section))}` : 'before the first section'
}

const rowLine = /^ {0,3}\|.*\|[ \t]*$/u
const delimiterCell = /^[ \t]*:?-+:?[ \t]*$/u

/**
 * The first line of a paragraph that is written as a table row (`| A | B
 * |`) but that Markdown read as text, and why: no delimiter row under it,
 * or one with another number of cells.
 */
function pipeRow(node: Paragraph, source: string): { start: number; end: number; reason: string } | undefined {
  const start = node.position!.start.offset!
  const lines = source.slice(start, node.position!.end.offset!).split('\n')
  let offset = start
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(/\r$/u, '')
    if (rowLine.test(line)) {
      const cells = rowCells(line)
      const next = lines[index + 1]?.replace(/\r$/u, '')
      const delimiter = next !== undefined && rowCells(next).every((cell) => delimiterCell.test(cell)) ? rowCells(next) : undefined
      const why = delimiter
        ? `its delimiter row has ${delimiter.length} cell${delimiter.length === 1 ? '' : 's'} and its header row ${cells.length}`
        : `no delimiter row such as ${inlineCode(`|${' --- |'.repeat(cells.length)}`)} follows its header row`
      const lead = line.length - line.trimStart().length
      return {
        start: offset + lead,
        end: offset + line.trimEnd().length,
        reason: `This looks like a table, but Markdown reads it as a paragraph: ${why}, so a doc is not checked for its columns ${columnList(cells.map((cell) => cell.trim()))}; ${delimiter ? 'give both rows the same number of cells' : 'add the delimiter row'}`,
      }
    }
    offset += lines[index]!.length + 1
  }
  return undefined
}

/** `` `A`, `B`, `C` ``, and `…` after the third. */
function columnList(names: readonly string[]): string {
  return `${names.slice(0, 3).map(inlineCode).join(', ')}${names.length > 3 ? ', …' : ''}`
}

/** The cells of a `| a | b |` line: split on unescaped pipes, outer ones dropped. */
function rowCells(line: string): string[] {
  let text = line.trim()
  if (text.startsWith('|')) text = text.slice(1)
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1)
  return text.split(/(?<!\\)\|/u)
}

function nestedTables(node: RootContent): Table[] {
  const found: Table[] = []
  const stack: RootContent[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === 'table') found.push(current)
    else if (current.type === 'list' || current.type === 'listItem' || current.type === 'blockquote') stack.push(...(current.children as RootContent[]))
  }
  return found.sort((a, b) => a.position!.start.offset! - b.position!.start.offset!)
}

/**
 * Two fields with one label looked for in the same part of a doc: a
 * field is looked for in its section and its subsections, a field outside
 * any section in the whole doc, so the earlier takes the doc's first line
 * and the later is reported missing.
 */
function fieldFindings(template: DocTemplate): TemplateFinding[] {
  const findings: TemplateFinding[] = []
  template.fields.forEach((field, index) => {
    const earlier = template.fields.slice(0, index).find((other) => other.normalizedLabel === field.normalizedLabel && overlaps(other, field))
    if (!earlier) return
    const label = inlineCode(fieldLabel(field))
    const deeper = depthOf(field.section) >= depthOf(earlier.section) ? field.section : earlier.section
    const region = deeper ? `in ${inlineCode(headingLine(deeper))}` : 'in the whole doc'
    findings.push({
      id: 'duplicate-field',
      position: field.position,
      reason: `Field ${label} is also at ${at(earlier.position)}, and both are looked for ${region}: a doc's first ${label} line there is taken for the one at ${at(earlier.position)}, and this one is reported missing unless the doc writes it twice; give each its own label`,
    })
  })
  return findings
}

function fieldLabel(field: TemplateField): string {
  return field.style === 'strong' ? `**${field.label}:**` : `${field.label}:`
}

/** Whether the parts of a doc two fields are looked for in overlap: one's section is the other's, or inside it. */
function overlaps(a: TemplateField, b: TemplateField): boolean {
  return contains(a.section, b.section) || contains(b.section, a.section)
}

function contains(outer: TemplateSection | undefined, inner: TemplateSection | undefined): boolean {
  if (!outer) return true
  for (let section = inner; section; section = section.parent) if (section === outer) return true
  return false
}

function depthOf(section: TemplateSection | undefined): number {
  let depth = 0
  for (let current = section; current; current = current.parent) depth++
  return depth
}
