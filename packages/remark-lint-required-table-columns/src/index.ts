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
import type { Heading, Root, TableCell, TableRow } from 'mdast'
import {
  alignDocument,
  documentStart,
  inlineCode,
  longestIncreasing,
  expectBoolean,
  markdownSource,
  reportFindings,
  showSection,
  templateRule,
  type ColumnAlignment,
  type Finding,
  type TableAlignment,
  type TemplateOptions,
  type TemplateTable,
  usableTemplate,
} from 'doc-template'
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'

export interface Options extends TemplateOptions {
  /** Also report template columns in another order than the template's (default `false`). */
  order?: boolean | undefined
}

const id = 'required-table-columns'
const url = 'https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-required-table-columns#readme'

const remarkLintRequiredTableColumns = templateRule<Options>(
  { id, url, keys: ['order'], read: readOptions },
  (tree, file, options) => {
    // A template that cannot be used is required-sections' to report.
    const template = usableTemplate(tree, file, options)
    if (!template) return

    const source = markdownSource(file.value)
    const alignment = alignDocument(template, tree)
    const found: Finding[] = []
    for (const table of alignment.tables) {
      if (table.table.section === undefined) found.push(...checkTable(table, undefined, tree, source, options))
    }
    for (const section of alignment.sections) {
      // A missing section's tables are missing with it: one message is enough.
      if (section.status === 'missing') continue
      for (const table of section.tables) found.push(...checkTable(table, section.heading, tree, source, options))
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

/** Everything wrong with one template table's counterpart in the document. */
function checkTable(
  alignment: TableAlignment,
  heading: Heading | undefined,
  tree: Root,
  source: string,
  options: Options,
): Finding[] {
  const { table, node } = alignment
  const header = node?.children[0]
  if (!node || !header) {
    const section = table.section
    return [
      {
        place: section ? heading?.position : documentStart(tree),
        reason: `Missing table ${section ? `in ${showSection(section)}` : 'at the start of the document'}: the template expects a table with columns ${table.columns.map((column) => columnName(column.text)).join(', ')}`,
      },
    ]
  }

  const found: Finding[] = []
  for (const column of alignment.columns) {
    if (column.status === 'missing') {
      found.push({
        place: header.position,
        reason: `Missing column ${columnName(column.column.text)} in table: the template's header is ${inlineCode(headerLine(table))}`,
      })
    } else if (column.status === 'renamed') {
      const place = cellText(header, column.index!, source)
      found.push({
        place,
        reason: `Column ${inlineCode(source.slice(place.start.offset, place.end.offset))} stands where the template has ${columnName(column.column.text)}: name it so if it is that column; if not, that column is missing`,
        expected: escapeCell(column.column.text),
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

