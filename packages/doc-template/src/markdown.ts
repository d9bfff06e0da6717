/**
 * The one Markdown reading every package agrees on: CommonMark with GFM
 * tables and task lists, and YAML or TOML front matter.
 */
import type { Nodes, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Node, Parent, Position } from 'unist'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { location } from 'vfile-location'
import { cachedPerObject } from './tree-cache.js'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze()

/**
 * The text positions refer to. The parser skips a leading byte order mark
 * and counts offsets without it, so every offset lookup must use the text
 * without it too.
 */
export function markdownSource(value: string | Uint8Array | undefined | null | { toString(): string }): string {
  const text = typeof value === 'string' ? value : value instanceof Uint8Array ? new TextDecoder().decode(value) : String(value ?? '')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Parse Markdown the way feature-docs reads both templates and docs. */
export function parseMarkdown(source: string): Root {
  const tree = processor.parse(source)
  // Offsets count from after one byte order mark, as the parser counts them.
  restorePositions(tree, markdownSource(source))
  return tree
}

/**
 * Give every node a position. GFM's autolink literals are found by
 * splitting text after parsing, and in some places (`# [http://e.`, an
 * unclosed `[` before a URL) the pieces come out with no position at all.
 * A rule then cannot place a message there, and remark-message-control
 * takes the stretch for a gap and drops every message in it. Each piece
 * is found again in its parent's source, in order (its text, searched a
 * short way on from the previous piece); one that cannot be found gets the
 * stretch between its neighbours. Done once per tree, and only where a
 * position is missing, so it costs a walk over the tree. `source` is the
 * text the tree's offsets count in: the document less one leading byte
 * order mark (`markdownSource`).
 */
export const restorePositions: (tree: Root, source: string) => void = cachedPerObject(restore)

function restore(tree: Root, source: string): void {
  const finder = positionFinder(source)
  const stack: Parent[] = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    realign(parent, finder, source)
    const start = parent.position?.start.offset
    const end = parent.position?.end.offset
    const children = parent.children as Node[]
    if (start !== undefined && end !== undefined && children.some((child) => child.position?.start.offset === undefined)) {
      place(children, start, end, source, finder)
    }
    for (const child of children) {
      if ('children' in child && Array.isArray(child.children)) stack.push(child as Parent)
      else realign(child, finder, source)
    }
  }
}

/**
 * Line and column as the offset says. GFM's task list items move the
 * paragraph after `- [ ]` one column past the box even when a line break,
 * not a space, follows it (`1:7` on a line of five characters): with `\n`
 * the offset is right and the column is not; with `\r\n` the offset lands
 * between the two, and is moved to the text.
 */
function realign(node: Node, finder: PositionFinder, source: string): void {
  const position = node.position
  let start = position?.start.offset
  const end = position?.end.offset
  if (!position || start === undefined || end === undefined) return
  // The same after `- [ ]\r\n`: the paragraph's offset lands inside the line break. A paragraph starts on its text.
  if (node.type === 'paragraph') {
    while (start < end && (source[start] === '\r' || source[start] === '\n')) start++
    if (start !== position.start.offset) position.start = { ...position.start, offset: start, line: 0 }
  }
  const right = finder.position(start, end)
  if (right.start.line !== position.start.line || right.start.column !== position.start.column) position.start = right.start
  if (right.end.line !== position.end.line || right.end.column !== position.end.column) position.end = right.end
}

/** Positions for the children of a parent spanning `start`-`end` that lack one. */
function place(children: Node[], start: number, end: number, source: string, finder: PositionFinder): void {
  // Where the next placed sibling starts, else the parent's end: from the right, once.
  const limits: number[] = []
  for (let index = children.length - 1, limit = end; index >= 0; index--) {
    limits[index] = limit
    limit = children[index]!.position?.start.offset ?? limit
  }
  let cursor = start
  children.forEach((child, index) => {
    const known = child.position?.start.offset
    if (known !== undefined) {
      cursor = child.position!.end.offset ?? known
      return
    }
    const limit = limits[index]!
    const text = toString(child as Nodes)
    const window = source.slice(cursor, Math.min(limit, cursor + text.length + 256))
    const at = text === '' ? -1 : window.indexOf(text)
    const from = at === -1 ? cursor : cursor + at
    const to = at === -1 ? Math.max(cursor, limit) : from + text.length
    child.position = finder.position(from, to)
    cursor = to
  })
}

/** Turns offsets into the source into unist positions. */
export interface PositionFinder {
  position(start: number, end: number): Position
}

// The last finder: the rules of one run check the same file one after
// another, and each would otherwise index its lines again.
let last: { source: string; finder: PositionFinder } | undefined

/** A finder over `source`, built once and reused for every lookup. */
export function positionFinder(source: string): PositionFinder {
  if (last?.source !== source) last = { source, finder: makeFinder(source) }
  return last.finder
}

function makeFinder(source: string): PositionFinder {
  const place = location(source)
  return {
    position(start, end) {
      const from = place.toPoint(start)
      const to = place.toPoint(end)
      if (!from || !to) throw new RangeError(`Offsets ${start}-${end} are outside the source`)
      return {
        start: { line: from.line, column: from.column, offset: start },
        end: { line: to.line, column: to.column, offset: end },
      }
    },
  }
}
