/**
 * Where a document section's content is: the top-level blocks after its
 * heading, up to the next heading (its own content), and up to the next
 * heading of the same or a higher level (its subsections included).
 */
import type { Heading, Root } from 'mdast'

export interface SectionExtent {
  /** Index of the heading among the root's children. */
  index: number
  /** Index of the first block after the section's own content. */
  ownEnd: number
  /** Index of the first block after the section and its subsections. */
  end: number
  /** Source offsets: the heading's end, and the two ends above. */
  offsets: { start: number; ownEnd: number; end: number }
}

/** The extent of the section that `heading` (a child of `tree`) opens. */
export function sectionExtent(tree: Root, heading: Heading): SectionExtent {
  const blocks = tree.children
  const index = blocks.indexOf(heading)
  if (index === -1) throw new RangeError('The heading is not a child of the tree')
  let ownEnd = index + 1
  while (ownEnd < blocks.length && blocks[ownEnd]!.type !== 'heading') ownEnd++
  let end = ownEnd
  while (end < blocks.length) {
    const block = blocks[end]!
    if (block.type === 'heading' && block.depth <= heading.depth) break
    end++
  }
  const offsetOf = (at: number) => blocks[at]?.position?.start.offset ?? tree.position?.end.offset ?? Number.POSITIVE_INFINITY
  return {
    index,
    ownEnd,
    end,
    offsets: { start: heading.position?.end.offset ?? 0, ownEnd: offsetOf(ownEnd), end: offsetOf(end) },
  }
}
