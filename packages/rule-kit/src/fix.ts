/**
 * Fixes: what the rules know how to repair, as edits on the document's
 * source, and how a set of them is applied.
 *
 * A rule's message carries at most one fix, on `message.fix` (declared
 * below on vfile-message's `VFileMessage`): one edit, an exact range and
 * the text that replaces it; an insertion is an empty range. A fix that
 * replaces exactly the message's own range also sets `message.expected`,
 * as remark-lint rules do, so tools that know only `expected` (the remark
 * language server) offer it too.
 *
 * Offsets count UTF-16 code units of the document as the rules read it:
 * after one byte order mark, if the file starts with one (as ESLint's
 * `range` does). Whoever applies a fix to the file puts the mark back.
 */
import type { Point } from 'unist'

/**
 * What a fix does, for `--fix-type` (as ESLint's `--fix-type` chooses by
 * rule type):
 * - `rename`: replace what the doc wrote with what the template has (a
 *   heading's level or spelling, a renamed heading, a column name, a
 *   field's label, a value near one of its choices, a front-matter key);
 * - `insert`: add what the doc lacks, as the template writes it (a
 *   section with its subsections, a table, a column, a field, a
 *   front-matter key);
 * - `guess`: rename a heading or column of the doc's own that stands where
 *   the template has another (and so may be that one, or another part),
 *   or make a field say what the title says. Off unless asked for: it is a
 *   guess at what the author meant, right often but not always;
 * - `move`: put a section that is out of order where the template has it.
 *   Off unless asked for: it moves the author's own text around.
 */
export const fixKinds = ['rename', 'insert', 'guess', 'move'] as const
export type FixKind = (typeof fixKinds)[number]
export const defaultFixKinds: readonly FixKind[] = ['rename', 'insert']

/** A fix as a message carries it (`message.fix`). */
export interface Fix {
  kind: FixKind
  /** What it does, as an editor's quick fix names it: "Insert missing section `## Code Changes`". */
  title: string
  /** Start and end offsets (see the module comment); equal for an insertion. */
  range: [number, number]
  /** The same range as points, for line-based clients. */
  start: Point
  end: Point
  /** The text that replaces the range. */
  text: string
  /**
   * Where what it inserts stands in the template (an offset there), so
   * that insertions at one point of the doc go in template order.
   */
  order: number
}

/** A fix as a rule proposes it, before positions are worked out. */
export interface ProposedFix {
  kind: FixKind
  title: string
  start: number
  end: number
  text: string
  order?: number | undefined
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** The edit that repairs what the message reports, when one edit does (see `Fix`). */
    fix?: Fix | undefined
  }
}

export interface AppliedFixes {
  /** The source with the fixes applied. */
  text: string
  /** The fixes applied, in source order. */
  applied: Fix[]
  /** Fixes left out because they overlap one applied before them: a later pass may apply them. */
  deferred: Fix[]
}

/**
 * Apply the fixes that do not overlap, in source order. Two that replace
 * the same range with the same text are one (the messages for each of a
 * table's missing columns carry the same edit). Insertions at one point
 * all apply, in template order, before a replacement that starts there; a
 * fix that overlaps one already applied is deferred, as ESLint defers it,
 * for the caller to apply on the text as fixed (after checking it again).
 */
export function applyFixes(source: string, fixes: readonly Fix[]): AppliedFixes {
  const seen = new Set<string>()
  const unique: Fix[] = []
  for (const fix of fixes) {
    const key = `${fix.range[0]}:${fix.range[1]}:${fix.text}`
    if (seen.has(key)) continue
    seen.add(key)
    unique.push(fix)
  }
  const sorted = unique
    .map((fix, index) => ({ fix, index }))
    .sort(
      (a, b) =>
        a.fix.range[0] - b.fix.range[0] ||
        // At one point: insertions first, then the replacement.
        a.fix.range[1] - b.fix.range[1] ||
        a.fix.order - b.fix.order ||
        a.index - b.index,
    )
    .map((entry) => entry.fix)
  const applied: Fix[] = []
  const deferred: Fix[] = []
  const parts: string[] = []
  let position = 0
  let lastEnd = 0
  for (const fix of sorted) {
    const [start, end] = fix.range
    const valid = start >= 0 && end >= start && end <= source.length
    // A fix may start where the last one ended (insertions at one point all apply).
    if (!valid || start < lastEnd) {
      deferred.push(fix)
      continue
    }
    parts.push(source.slice(position, start), fix.text)
    position = end
    lastEnd = end
    applied.push(fix)
  }
  parts.push(source.slice(position))
  return { text: parts.join(''), applied, deferred }
}

/**
 * The fixes of one pass, as `--fix` applies them: renames and moves first,
 * alone, since they may change the outline that insertions are placed by;
 * insertions once none is left.
 */
export function fixPass(fixes: readonly Fix[]): Fix[] {
  const first = fixes.filter((fix) => fix.kind !== 'insert')
  return first.length > 0 ? first : [...fixes]
}

/**
 * Insertions whose text is still a bare block (see `blockInsertions`):
 * those at one place become one block after another, in template order,
 * each text given the line endings that set it apart from its neighbours
 * there (with `lines`, lines of one paragraph).
 */
export function placeBlocks(fixes: readonly ProposedFix[], source: string, lines = false): void {
  const eol = lineEnding(source)
  const byPlace = new Map<number, ProposedFix[]>()
  for (const fix of fixes) byPlace.set(fix.start, [...(byPlace.get(fix.start) ?? []), fix])
  for (const [at, group] of byPlace) {
    group.sort((a, b) => (a.order ?? a.start) - (b.order ?? b.start))
    const texts = blockInsertions(source, at, group.map((fix) => fix.text), eol, lines)
    group.forEach((fix, index) => {
      fix.text = texts[index]!
    })
  }
}

/** The line ending a document uses: its first one, else `\n`. */
export function lineEnding(source: string): '\n' | '\r\n' {
  const at = source.indexOf('\n')
  return at > 0 && source[at - 1] === '\r' ? '\r\n' : '\n'
}

/** The offset where the line holding `offset` starts. */
export function lineStartOf(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1
}

/** The offset where the line holding `offset` ends (before its line ending). */
export function lineEndOf(source: string, offset: number): number {
  let end = source.indexOf('\n', offset)
  if (end === -1) end = source.length
  return end > offset && source[end - 1] === '\r' ? end - 1 : end
}

/** The offset where the line after the one holding `offset` starts; the end of the source on the last line. */
export function nextLineStart(source: string, offset: number): number {
  const end = source.indexOf('\n', offset)
  return end === -1 ? source.length : end + 1
}

/** Text written with `\n` in the line endings of `eol`. */
export function withLineEnding(text: string, eol: string): string {
  const plain = text.replace(/\r\n?/gu, '\n')
  return eol === '\n' ? plain : plain.replace(/\n/gu, eol)
}

/**
 * The text that inserts a block of lines (no line ending at its end) at
 * `at`, the start of a line or the end of the source, with one blank line
 * between it and what is around it. At the end of a doc that has no final
 * line ending, the block ends without one too.
 */
export function blockInsertion(source: string, at: number, block: string, eol: string): string {
  return blockInsertions(source, at, [block], eol)[0]!
}

/**
 * The texts that insert several blocks at one place, in order, each its
 * own fix: together they read as one insertion of them all, a blank line
 * between each two (or, with `lines`, a line ending: lines of one
 * paragraph).
 */
export function blockInsertions(source: string, at: number, blocks: readonly string[], eol: string, lines = false): string[] {
  let before: string
  let after: string
  if (at >= source.length) {
    // A doc that does not end in a line ending still does not.
    if (source.length === 0) [before, after] = ['', eol]
    else if (!source.endsWith('\n')) [before, after] = [eol + eol, '']
    else [before, after] = [/\n[ \t]*\r?\n$/u.test(source) ? '' : eol, eol]
  } else {
    const previous = source.slice(lineStartOf(source, Math.max(0, at - 1)), at)
    before = at > 0 && previous.trim() !== '' ? eol : ''
    // A blank line there already separates it from what follows.
    after = source.slice(at, lineEndOf(source, at)).trim() === '' ? eol : eol + eol
  }
  return blocks.map((block, index) => {
    const body = withLineEnding(block, eol)
    return `${index === 0 ? before : ''}${body}${index === blocks.length - 1 ? after : lines ? eol : eol + eol}`
  })
}
