/**
 * The template's own text for a part of it: what a fix inserts for a
 * missing section or table, so the author sees what to write there (its
 * placeholders and instructions, which no-placeholders and
 * no-template-boilerplate then point at until they are replaced).
 */
import type { Nodes, Root, RootContent, Table } from 'mdast'
import { parseMarkdown } from './markdown.js'
import type { DocTemplate, TemplateSection, TemplateTable } from './model.js'
import { cachedPerObject } from './tree-cache.js'

/** The template's own tree, parsed once per template. */
const templateTree = cachedPerObject((template: DocTemplate): Root => parseMarkdown(template.source))

/**
 * A section as the template writes it: its heading (`depthOffset` levels
 * deeper), its own content, then each subsection that `include` accepts,
 * the same way. Blocks are separated by one blank line; lines end in `\n`
 * and the text does not end in one.
 */
export function sectionText(
  template: DocTemplate,
  section: TemplateSection,
  depthOffset: number,
  include: (section: TemplateSection) => boolean = () => true,
): string {
  const parts = [`${'#'.repeat(Math.min(6, section.depth + depthOffset))} ${section.source}`]
  const body = ownContent(template, section)
  if (body !== '') parts.push(body)
  for (const child of section.children) {
    if (include(child)) parts.push(sectionText(template, child, depthOffset, include))
  }
  return parts.join('\n\n')
}

/**
 * The source of the blocks between a section's heading and the next
 * heading, trimmed. After the template's last heading, a closing part
 * that a thematic break sets apart (a footer of fields, a note) is the
 * template's, not the section's, and is left out.
 */
function ownContent(template: DocTemplate, section: TemplateSection): string {
  const tree = templateTree(template)
  const start = section.position.start.offset!
  const index = tree.children.findIndex((node) => node.type === 'heading' && node.position?.start.offset === start)
  if (index === -1) return ''
  const blocks: RootContent[] = []
  for (let at = index + 1; at < tree.children.length && tree.children[at]!.type !== 'heading'; at++) blocks.push(tree.children[at]!)
  const last = index + 1 + blocks.length >= tree.children.length
  if (last) {
    const rule = blocks.findIndex((node) => node.type === 'thematicBreak')
    if (rule !== -1) blocks.length = rule
  }
  const first = blocks[0]?.position?.start.offset
  const end = blocks.at(-1)?.position?.end.offset
  if (first === undefined || end === undefined) return ''
  const from = template.source.lastIndexOf('\n', first - 1) + 1
  return template.source.slice(from, end).replace(/\r\n?/gu, '\n').trimEnd()
}

/**
 * A table as the template writes it: its header row, its delimiter row and
 * its first body row (its placeholders), or a row of empty cells when it
 * has none.
 */
export function tableText(template: DocTemplate, table: TemplateTable): string {
  const tree = templateTree(template)
  const node = findTable(tree, table.position.start.offset!)
  const source = template.source
  const header = node?.children[0]?.position
  if (!node || !header) return emptyTable(table)
  const column = header.start.column - 1
  const lineAt = (offset: number) => {
    const start = source.lastIndexOf('\n', offset - 1) + 1
    let end = source.indexOf('\n', offset)
    if (end === -1) end = source.length
    return source.slice(start, end).replace(/\r$/u, '').slice(column).trimEnd()
  }
  const headerEnd = source.indexOf('\n', header.start.offset!)
  if (headerEnd === -1) return emptyTable(table)
  const lines = [lineAt(header.start.offset!), lineAt(headerEnd + 1)]
  const row = node.children[1]?.position
  lines.push(row ? lineAt(row.start.offset!) : emptyRow(table.columns.length))
  return lines.join('\n')
}

function findTable(tree: Root, offset: number): Table | undefined {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'table' && node.position?.start.offset === offset) return node
    if ('children' in node) stack.push(...(node.children as Nodes[]))
  }
  return undefined
}

function emptyTable(table: TemplateTable): string {
  const cells = table.columns.map((column) => column.source.replace(/\|/gu, '\\|'))
  return [`| ${cells.join(' | ')} |`, `| ${cells.map(() => '---').join(' | ')} |`, emptyRow(cells.length)].join('\n')
}

function emptyRow(count: number): string {
  return `|${'  |'.repeat(Math.max(1, count))}`
}
