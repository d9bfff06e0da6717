/**
 * Where a document's text and code are in its source, found in one walk.
 * The template model (collecting a template's placeholders) and the
 * no-placeholders rule (reporting them in a doc) both read placeholders
 * from these ranges, so the two sides agree on what is text.
 */
import type { ListItem, Nodes, Root } from 'mdast'
import { cachedPerObject } from './tree-cache.js'

/** A range of source offsets: `start` inclusive, `end` exclusive. */
export interface SourceRange {
  start: number
  end: number
}

export interface ProseRanges {
  /** `text` nodes, in document order; autolinks left out. */
  texts: SourceRange[]
  /** Inline code and the content of code blocks (no fences, no info string). */
  code: SourceRange[]
  /** Blocks that hold text: paragraphs, headings, table cells. */
  runs: SourceRange[]
  /** Offsets of `[x]` task boxes that Markdown read as text. */
  taskBoxes: Set<number>
  /** HTML, inline and block, comments left out: where a `<placeholder>` Markdown took for a tag is. */
  html: SourceRange[]
}

/**
 * One walk over the tree, in document order, done once per tree: several
 * rules read the same ranges. Iterative, so deep nesting (a long run of
 * `>`) cannot overflow the stack.
 */
export const proseRanges: (tree: Root, source: string) => ProseRanges = cachedPerObject(walk)

function walk(tree: Root, source: string): ProseRanges {
  const ranges: ProseRanges = { texts: [], code: [], runs: [], taskBoxes: new Set(), html: [] }
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    const range = rangeOf(node)
    switch (node.type) {
      case 'text':
        if (range) ranges.texts.push(range)
        continue
      case 'inlineCode':
        if (range) ranges.code.push(range)
        continue
      case 'html':
        if (range && !node.value.startsWith('<!--')) ranges.html.push(range)
        continue
      case 'code': {
        const content = range && codeContent(range, source)
        if (content) ranges.code.push(content)
        continue
      }
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        if (range) ranges.runs.push(range)
        break
      case 'link':
        // `<https://…>` and bare URLs: brackets in a URL are the URL's.
        if (range && source.charCodeAt(range.start) !== 91 /* [ */) continue
        break
      case 'listItem': {
        const box = taskBox(node, source)
        if (box !== undefined) ranges.taskBoxes.add(box)
        break
      }
      default:
        break
    }
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
    }
  }
  return ranges
}

/** A code block's content: a fenced block without its fence lines. */
function codeContent(range: SourceRange, source: string): SourceRange | undefined {
  const fence = /^[ \t]*(`{3,}|~{3,})/u.exec(source.slice(range.start, range.start + 64))
  if (!fence) return range
  const firstBreak = source.indexOf('\n', range.start)
  if (firstBreak === -1 || firstBreak >= range.end) return undefined
  let end = range.end
  const lastBreak = source.lastIndexOf('\n', end - 1)
  if (lastBreak > firstBreak && new RegExp(`^[ \\t]*${fence[1]![0]}{${fence[1]!.length},}[ \\t]*\\r?$`, 'u').test(source.slice(lastBreak + 1, end))) {
    end = lastBreak
  }
  return { start: firstBreak + 1, end }
}

/**
 * The offset of a `[x]` box that starts a list item but was read as text:
 * GFM leaves `- [x]` with nothing after it as text, and so does Markdown
 * without GFM. (`[ ]` has no letter, so it is never a placeholder.)
 */
function taskBox(item: ListItem, source: string): number | undefined {
  if (typeof item.checked === 'boolean') return undefined
  const paragraph = item.children[0]
  const first = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
  const range = first?.type === 'text' ? rangeOf(first) : undefined
  if (!range || !/^\[[xX]\]/u.test(source.slice(range.start, range.start + 3))) return undefined
  const after = source.charAt(range.start + 3)
  return after === '' || /\s/u.test(after) ? range.start : undefined
}

/** Whether `offset` falls in one of `ranges` (sorted, not overlapping). */
export function withinRanges(ranges: readonly SourceRange[], offset: number): boolean {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const range = ranges[middle]!
    if (offset < range.start) high = middle - 1
    else if (offset >= range.end) low = middle + 1
    else return true
  }
  return false
}

function rangeOf(node: Nodes): SourceRange | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : { start, end }
}

/**
 * The first index in `0..length` at which `before` turns false, by
 * bisection; `before` must hold for a run of indices at the start and then
 * never again (as it does on sorted ranges).
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >> 1
    if (before(middle)) low = middle + 1
    else high = middle
  }
  return low
}

/** Index of the first of `ranges` (sorted, not overlapping) that ends after `offset`. */
export function firstEndingAfter(ranges: readonly SourceRange[], offset: number): number {
  return partitionPoint(ranges.length, (index) => ranges[index]!.end <= offset)
}

// What may stand before a lone placeholder on its line: indent, block
// quote and list markers, a task box, heading `#`s, emphasis, and a field
// label (`**Label**:`, `Label:`).
const leadIn = /^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?(?:#{1,6}[ \t]+)?(?:(?:\*\*|__)[^*_\n]+?:?(?:\*\*|__):?[ \t]*|[\p{L}][\p{L}\p{N} _/&'-]{0,48}:[ \t]+)?[*_ \t]*$/u
// What may follow it: emphasis, closing punctuation, closing `#`s.
const leadOut = /^[*_ \t]*[.,;:!?]?[ \t]*(?:#+[ \t]*)?$/u

/**
 * Whether a bracketed word stands alone where a placeholder would: the
 * whole of its line (a heading, list item, paragraph or field value after
 * its label) or of its table cell.
 */
export function standsAlone(source: string, span: SourceRange): boolean {
  // Only the `reach` characters around it are read, so a line of a million
  // brackets costs no more per bracket than a short one: what stands
  // before a lone placeholder (markers, a label of at most 49 characters)
  // is shorter than that.
  const reach = 160
  let start = span.start
  while (start > 0 && source[start - 1] !== '\n') if (span.start - --start > reach) return false
  let end = span.end
  while (end < source.length && source[end] !== '\n') if (++end - span.end > reach) return false
  const before = source.slice(start, span.start)
  const after = source.slice(span.end, end).replace(/\r$/u, '')
  const cellStart = before.lastIndexOf('|')
  if (cellStart !== -1) {
    const cellEnd = after.indexOf('|')
    return before.slice(cellStart + 1).trim() === '' && (cellEnd === -1 ? after : after.slice(0, cellEnd)).trim() === ''
  }
  return leadIn.test(before) && leadOut.test(after)
}
