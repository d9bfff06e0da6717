/**
 * The one Markdown reading every package agrees on: CommonMark with GFM
 * tables and task lists, and YAML or TOML front matter.
 */
import type { Root } from 'mdast'
import type { Position } from 'unist'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { location } from 'vfile-location'

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
  return processor.parse(source)
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
