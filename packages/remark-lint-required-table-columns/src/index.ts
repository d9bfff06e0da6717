/**
 * remark-lint rule: the document's tables have every column its template's
 * tables have.
 *
 * The template is the schema: a table's header row in the template lists
 * the columns the matching table in the document must have. For each
 * template table, this rule reports a document section that has no table
 * (at the section's heading), each template column the table lacks (at its
 * header row), and each header cell that is a misspelling of a template
 * column (at the cell's text). Extra columns are allowed; with `order`,
 * columns in another order than the template's are reported too. Nothing
 * is reported under a section that is itself missing: required-sections
 * reports that once.
 *
 * A misspelled header cell's message carries `expected`, the template's
 * column name, and its range is exactly the cell's text (no pipes or
 * padding), so an editor replacing the range with it fixes the table.
 */
import type { Heading, Root, Table, TableCell, TableRow } from 'mdast'
import {
  sectionExtent,
  tableText,
  type DocTemplate,
  alignDocument,
  inlineCode,
  longestIncreasing,
  markdownSource,
  showSection,
  type ColumnAlignment,
  type TableAlignment,
  type TemplateTable,
} from '@feature-docs/doc-template'
import {
  blockInsertion,
  lineEndOf,
  lineEnding,
  lineStartOf,
  nextLineStart,
  type ProposedFix,
  documentStart,
  expectBoolean,
  reportFindings,
  templateRule,
  type Finding,
  type TemplateOptions,
  usableTemplate,
  ruleUrl,
  templateFound,
  type RuleInfo,
} from '@feature-docs/rule-kit'
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'

export interface Options extends TemplateOptions {
  /** Also report template columns in another order than the template's (default `false`). */
  order?: boolean | undefined
}

const id = 'required-table-columns'

/**
 * The rule as the preset, the command line's reports (SARIF) and the
 * readmes' rule tables describe it; the plugin below is made from it.
 */
export const meta = {
  id,
  url: ruleUrl(id),
  description: "Every template table's columns are in the doc's table in the same section.",
  fullDescription:
    "Each table in the template lists columns that the doc's table in the same section must have. Reported: a missing column (at the table's header row), a header cell that misspells or replaces a template column, and a section that has no table at all. Header cells match regardless of case, emphasis, code, whitespace and a trailing colon; extra columns are allowed, and with the `order` option a column out of the template's order is reported too. Nothing is reported under a missing section: `required-sections` reports that. " +
    templateFound,
  fix: "Add the missing column (header, delimiter and a cell in every row), fix the column's name, or add the template's table to the section. `feature-docs --fix` adds missing columns and tables and corrects misspelled column names.",
  fixable: true,
} as const satisfies RuleInfo

const remarkLintRequiredTableColumns = templateRule<Options>(
  { ...meta, keys: ['order'], read: readOptions },
  (tree, file, options) => {
    // A template that cannot be used is required-sections' to report.
    const template = usableTemplate(tree, file, options)
    if (!template) return

    const source = markdownSource(file.value)
    const alignment = alignDocument(template, tree)
    const found: Finding[] = []
    const context: Context = { template, tree, source, options }
    for (const table of alignment.tables) {
      if (table.table.section === undefined) found.push(...checkTable(table, undefined, context))
    }
    for (const section of alignment.sections) {
      // A missing section's tables are missing with it: one message is enough.
      if (section.status === 'missing') continue
      for (const table of section.tables) found.push(...checkTable(table, section.heading, context))
    }
    reportFindings(file, found)
  },
)

export default remarkLintRequiredTableColumns

/** Check the rule's own option; `templateRule` has checked the rest. */
function readOptions(options: TemplateOptions & Record<string, unknown>): Options {
  expectBoolean(id, 'order', options.order)
  return options as Options
}

/** What the checks of one document share. */
interface Context {
  template: DocTemplate
  tree: Root
  source: string
  options: Options
}

/** Everything wrong with one template table's counterpart in the document. */
function checkTable(alignment: TableAlignment, heading: Heading | undefined, context: Context): Finding[] {
  const { tree, source, options } = context
  const { table, node } = alignment
  const header = node?.children[0]
  if (!node || !header) {
    const section = table.section
    return [
      {
        place: section ? heading?.position : documentStart(tree),
        reason: `Missing table ${section ? `in ${showSection(section)}` : 'at the start of the document'}: the template expects a table with columns ${table.columns.map((column) => columnName(column.text)).join(', ')}`,
        fix: heading ? insertTable(table, heading, context) : undefined,
      },
    ]
  }

  const found: Finding[] = []
  const columnsFix = insertColumns(alignment, node, source)
  for (const column of alignment.columns) {
    if (column.status === 'missing') {
      found.push({
        place: header.position,
        reason: `Missing column ${columnName(column.column.text)} in table: the template's header is ${inlineCode(headerLine(table))}`,
        fix: columnsFix,
      })
    } else if (column.status === 'renamed') {
      const place = cellText(header, column.index!, source)
      const text = escapeCell(column.column.text)
      found.push({
        place,
        reason: `Column ${inlineCode(source.slice(place.start.offset, place.end.offset))} stands where the template has ${columnName(column.column.text)}: name it so if it is that column; if not, that column is missing`,
        expected: text,
        // A guess at what the author meant: offered, applied only when asked for.
        guess: `Rename to ${inlineCode(text)}`,
      })
    } else if (column.status === 'misspelled') {
      const place = cellText(header, column.index!, source)
      const written = source.slice(place.start.offset, place.end.offset)
      found.push({
        place,
        reason: `${written === '' ? 'Empty column header' : `Column ${inlineCode(written)}`} does not match the template: did you mean ${columnName(column.column.text)}?`,
        expected: escapeCell(column.column.text),
      })
    }
  }
  if (options.order) found.push(...checkOrder(alignment.columns, header, source))
  return found
}

/**
 * Columns present in the document whose order breaks the template's: the
 * longest run in template order that is also in document order stays, the
 * rest are reported, each placed relative to a column that stays.
 */
function checkOrder(columns: ColumnAlignment[], header: TableRow, source: string): Finding[] {
  const present = columns.filter((column) => column.index !== undefined)
  const inOrder = longestIncreasing(present.map((column) => column.index!))
  const found: Finding[] = []
  present.forEach((column, at) => {
    if (inOrder.has(at)) return
    let neighbour: string | undefined
    for (let before = at - 1; before >= 0 && !neighbour; before--) {
      if (inOrder.has(before)) neighbour = `after ${columnName(present[before]!.column.text)}`
    }
    for (let after = at + 1; after < present.length && !neighbour; after++) {
      if (inOrder.has(after)) neighbour = `before ${columnName(present[after]!.column.text)}`
    }
    found.push({
      place: cellText(header, column.index!, source),
      reason: `Column ${columnName(column.column.text)} is out of order: the template has it ${neighbour}`,
    })
  })
  return found
}

/**
 * The range of a header cell's text. mdast gives a cell the pipe before it
 * and its padding (and the last cell the closing pipe too); the text is
 * what its inline children span. An empty cell gets the empty range after
 * its pipe and one space, where text would be inserted.
 */
function cellText(row: TableRow, index: number, source: string): Position {
  const cell: TableCell | undefined = row.children[index]
  const first = cell?.children[0]?.position
  const last = cell?.children.at(-1)?.position
  if (first && last) return { start: first.start, end: last.end }
  const from = (cell ?? row).position!.start
  const to = (cell ?? row).position!.end.offset!
  let offset = from.offset!
  if (source[offset] === '|') offset++
  if (offset < to && source[offset] === ' ') offset++
  // A table row is one line, so columns advance with offsets.
  const point: Point = { line: from.line, column: from.column + offset - from.offset!, offset }
  return { start: point, end: point }
}

/**
 * The fix for a missing table: the template's header, delimiter row and
 * first row of placeholders, right under the section's heading when the
 * template has it first in the section, else after the section's own
 * content.
 */
function insertTable(table: TemplateTable, heading: Heading, context: Context): ProposedFix {
  const { template, tree, source } = context
  const section = table.section!
  const before = template.source.slice(section.position.end.offset, table.position.start.offset)
  const first = before.replace(/<!--[\s\S]*?-->/gu, '').trim() === ''
  let at: number
  if (first) {
    at = nextLineStart(source, heading.position!.end.offset!)
  } else {
    const extent = sectionExtent(tree, heading)
    const next = tree.children[extent.ownEnd]
    at = next ? lineStartOf(source, next.position!.start.offset!) : source.length
  }
  return {
    kind: 'insert',
    title: `Insert missing table in ${showSection(section)}`,
    start: at,
    end: at,
    text: blockInsertion(source, at, tableText(template, table), lineEnding(source)),
    order: table.position.start.offset!,
  }
}

/**
 * The fix for a table's missing columns, all of them in one edit (each
 * missing column's message carries the same one): each goes after the
 * doc column of the template column before it (else before the one after
 * it), with its name in the header row, `---` in the delimiter row and an
 * empty cell in every body row, keeping each row's own pipes.
 */
function insertColumns(alignment: TableAlignment, node: Table, source: string): ProposedFix | undefined {
  const missing = alignment.columns.filter((column) => column.status === 'missing')
  if (missing.length === 0) return undefined
  const columns = alignment.columns
  // Where each missing column goes: after doc cell `after` (-1: first).
  const places = missing.map((column) => {
    const at = columns.indexOf(column)
    for (let index = at - 1; index >= 0; index--) {
      if (columns[index]!.index !== undefined) return { column, after: columns[index]!.index! }
    }
    for (let index = at + 1; index < columns.length; index++) {
      if (columns[index]!.index !== undefined) return { column, after: columns[index]!.index! - 1 }
    }
    return { column, after: Number.POSITIVE_INFINITY }
  })
  const header = node.children[0]!.position!
  const delimiterStart = nextLineStart(source, header.end.offset!)
  if (delimiterStart >= source.length) return undefined
  const rows: Array<{ start: number; end: number; cell: (column: ColumnAlignment) => string }> = [
    { start: header.start.offset!, end: header.end.offset!, cell: (column) => escapeCell(column.column.text) },
    { start: delimiterStart + header.start.column - 1, end: lineEndOf(source, delimiterStart), cell: () => '---' },
    ...node.children.slice(1).map((row) => ({ start: row.position!.start.offset!, end: row.position!.end.offset!, cell: () => '' })),
  ]
  let text = ''
  let position = rows[0]!.start
  for (const row of rows) {
    text += source.slice(position, row.start) + withColumns(source.slice(row.start, row.end), places, row.cell)
    position = row.end
  }
  const names = missing.map((column) => columnName(column.column.text))
  return {
    kind: 'insert',
    title: `Insert missing ${names.length === 1 ? 'column' : 'columns'} ${names.join(', ')}`,
    start: rows[0]!.start,
    end: position,
    text,
  }
}

/** A table row with new cells put in after the cells named, its pipes kept as the row writes them. */
function withColumns(row: string, places: Array<{ column: ColumnAlignment; after: number }>, cell: (column: ColumnAlignment) => string): string {
  const pipes: number[] = []
  for (let at = 0; at < row.length; at++) {
    if (row[at] === '\\') at++
    else if (row[at] === '|') pipes.push(at)
  }
  const content = row.trimEnd().length
  const indent = row.length - row.trimStart().length
  const leading = pipes[0] === indent
  const trailing = pipes.length > (leading ? 1 : 0) && pipes.at(-1) === content - 1
  const inner = pipes.slice(leading ? 1 : 0, trailing ? -1 : undefined)
  const cells = inner.length + 1
  // Insertions by position in the row; several at one place keep template order.
  const inserts: Array<{ at: number; text: string }> = []
  for (const { column, after } of places) {
    const value = cell(column)
    const last = Math.min(after, cells - 1)
    // Without an outer pipe, an empty first or last cell needs one: a row's first and last pipe are outer pipes.
    if (after < 0) inserts.push(leading ? { at: indent + 1, text: ` ${value} |` } : { at: indent, text: value === '' ? '|  | ' : `${value} | ` })
    else if (last < cells - 1) inserts.push({ at: inner[last]! + 1, text: ` ${value} |` })
    else if (after !== Number.POSITIVE_INFINITY && after > cells - 1) continue
    else if (trailing) inserts.push({ at: content, text: ` ${value} |` })
    else inserts.push({ at: content, text: value === '' ? ' |  |' : ` | ${value}` })
  }
  let result = ''
  let position = 0
  for (const insert of inserts.map((entry, index) => ({ ...entry, index })).sort((a, b) => a.at - b.at || a.index - b.index)) {
    result += row.slice(position, insert.at) + insert.text
    position = insert.at
  }
  return result + row.slice(position)
}

/** The template's header row: `| Issue | Description |`. */
function headerLine(table: TemplateTable): string {
  return `| ${table.columns.map((column) => escapeCell(column.text)).join(' | ')} |`
}


/** Column text as it can stand in a table cell: pipes escaped. */
function escapeCell(text: string): string {
  return text.replace(/\|/gu, '\\|')
}

/** A template column's name in backticks, as it would be written in a cell. */
function columnName(text: string): string {
  return inlineCode(escapeCell(text))
}

