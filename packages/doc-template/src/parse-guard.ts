/**
 * Markdown the parser cannot read in reasonable time, found before it is
 * parsed. micromark's time grows with the square of some constructs in one
 * paragraph (a run of 80,000 `]` takes 37 s, a megabyte of them past five
 * minutes: GFM footnote labels are looked for at every `]`; emphasis and
 * strikethrough markers likewise), and it recurses once per level of
 * nesting (20,000 `>` overflow the stack; 10,000 list markers on one line
 * take minutes). One linear pass over the source counts them; a document
 * over a limit is refused with a message saying what and where, and never
 * parsed. The limits are far above anything a person writes: a paragraph
 * of this README has a dozen brackets, a doc nests five levels deep.
 */
import type { Root } from 'mdast'
import type { Plugin, Processor } from 'unified'
import type { VFile } from 'vfile'

/** In one paragraph (text between blank lines, code blocks left out). */
export const maxBracketsPerParagraph = 10_000
export const maxEmphasisMarkersPerParagraph = 20_000
/** Block quote and list markers that open on one line. */
export const maxNestingPerLine = 100
/**
 * Columns of indentation before a list marker: lists nested by indentation
 * make the parser quadratic too (1,000 levels, a megabyte, take 27 s).
 */
export const maxListIndent = 200
/**
 * Characters after a `[` not yet closed, in one paragraph: GFM's autolink
 * literals make the parser quadratic in them (40,000 take 2 s, spread over
 * lines 7 s).
 */
export const maxTextAfterOpenBracket = 10_000

export interface ParseHazard {
  reason: string
  /** Offset of the line where it is. */
  offset: number
}

/** What in `source` would make parsing slow, if anything. */
export function parseHazard(source: string): ParseHazard | undefined {
  let brackets = 0
  let emphasis = 0
  let paragraphStart = 0
  // Brackets open in the current run of inline text, and where the first still open is.
  let open = 0
  let openAt = 0
  let fence: { character: string; length: number } | undefined
  let lineStart = 0
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = source.length
    const opened = fenceAt(source, lineStart, lineEnd)
    if (fence) {
      // Code: nothing in it is parsed as Markdown.
      if (opened && opened.character === fence.character && opened.length >= fence.length && opened.closes) fence = undefined
    } else if (opened) {
      fence = opened
      brackets = 0
      emphasis = 0
      open = 0
    } else if (isBlank(source, lineStart, lineEnd)) {
      brackets = 0
      emphasis = 0
      open = 0
      paragraphStart = lineEnd + 1
    } else {
      const indent = listIndentAt(source, lineStart, lineEnd)
      if (indent > maxListIndent) {
        return { offset: lineStart, reason: `indents a list item ${indent} columns, more than the ${maxListIndent} the Markdown parser can take (lists nested that deep take it minutes): not checked` }
      }
      const depth = nestingAt(source, lineStart, lineEnd)
      // A list item, a table row or a heading starts inline text of its own.
      if (depth > 0 || /^[ \t]{0,3}[|#]/u.test(source.slice(lineStart, Math.min(lineEnd, lineStart + 5)))) open = 0
      if (depth > maxNestingPerLine) {
        return { offset: lineStart, reason: `nests ${depth} block quotes or lists on one line, more than the ${maxNestingPerLine} the Markdown parser can take: not checked` }
      }
      for (let index = lineStart; index < lineEnd; index++) {
        const code = source.charCodeAt(index)
        if (code === 91 /* [ */) {
          brackets++
          if (open++ === 0) openAt = index
        } else if (code === 93 /* ] */) {
          brackets++
          // Closed at last, but after that much text: as slow as never closed.
          if (open === 1 && index - openAt > maxTextAfterOpenBracket) return longOpenBracket(index - openAt, paragraphStart)
          if (open > 0) open--
        } else if (code === 42 /* * */ || code === 95 /* _ */ || code === 126 /* ~ */) emphasis++
      }
      if (open > 0 && lineEnd - openAt > maxTextAfterOpenBracket) return longOpenBracket(lineEnd - openAt, paragraphStart)
      if (brackets > maxBracketsPerParagraph) {
        return {
          offset: paragraphStart,
          reason: `has more than ${maxBracketsPerParagraph.toLocaleString('en')} square brackets in one paragraph, which the Markdown parser takes minutes to read (its time grows with their square): not checked; split the paragraph, or put the text in a code block`,
        }
      }
      if (emphasis > maxEmphasisMarkersPerParagraph) {
        return {
          offset: paragraphStart,
          reason: `has more than ${maxEmphasisMarkersPerParagraph.toLocaleString('en')} emphasis markers (\`*\`, \`_\`, \`~\`) in one paragraph, which the Markdown parser takes minutes to read: not checked; split the paragraph, or put the text in a code block`,
        }
      }
    }
    lineStart = lineEnd + 1
  }
  return undefined
}

function longOpenBracket(length: number, offset: number): ParseHazard {
  return {
    offset,
    reason: `has a \`[\` followed by ${length.toLocaleString('en')} characters before it closes, in one paragraph, which the Markdown parser takes minutes to read (its time grows with their square): not checked; close the bracket sooner, escape it (\`\\[\`), or split the paragraph`,
  }
}

/** A fence (three or more backticks or tildes, indented up to three spaces) at the start of a line. */
function fenceAt(source: string, start: number, end: number): { character: string; length: number; closes: boolean } | undefined {
  let index = start
  while (index < end && index - start < 3 && source[index] === ' ') index++
  const character = source[index]
  if (character !== '`' && character !== '~') return undefined
  let length = 0
  while (index + length < end && source[index + length] === character) length++
  if (length < 3) return undefined
  const rest = source.slice(index + length, end)
  return { character, length, closes: rest.trim() === '' }
}

function isBlank(source: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index)
    if (code !== 32 && code !== 9 && code !== 13) return false
  }
  return true
}

/** Columns of white space before a list marker at the start of a line (tabs to 4), or 0 when no marker follows. */
function listIndentAt(source: string, start: number, end: number): number {
  let columns = 0
  let index = start
  while (index < end && (source[index] === ' ' || source[index] === '\t')) {
    columns = source[index] === '\t' ? columns + 4 - (columns % 4) : columns + 1
    index++
  }
  if (columns <= maxListIndent) return 0
  const character = source[index]
  if ((character === '-' || character === '*' || character === '+') && /[ \t]/u.test(source[index + 1] ?? '')) return columns
  if (/\d/u.test(character ?? '') && /^\d{1,9}[.)][ \t]/u.test(source.slice(index, index + 12))) return columns
  return 0
}

/** How many block quote and list markers open at the start of a line: `> > - 1. x` is four. */
function nestingAt(source: string, start: number, end: number): number {
  let depth = 0
  let index = start
  for (;;) {
    while (index < end && (source[index] === ' ' || source[index] === '\t')) index++
    const character = source[index]
    if (character === '>') {
      depth++
      index++
      continue
    }
    if ((character === '-' || character === '*' || character === '+') && /[ \t]/u.test(source[index + 1] ?? '')) {
      depth++
      index += 2
      continue
    }
    let digits = 0
    while (digits < 10 && /\d/u.test(source[index + digits] ?? '')) digits++
    if (digits > 0 && digits < 10 && /[.)]/u.test(source[index + digits] ?? '') && /[ \t]/u.test(source[index + digits + 1] ?? '')) {
      depth++
      index += digits + 2
      continue
    }
    return depth
  }
}

/** Where a hazard is, as a place on the file. */
function placeOf(source: string, offset: number): { line: number; column: number } {
  let line = 1
  for (let index = source.indexOf('\n'); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) line++
  return { line, column: 1 }
}

/** The rule id and source of the message a refused document gets. */
export const parseGuardRuleId = 'parse-guard'
export const parseGuardSource = 'feature-docs'

/**
 * A unified plugin that puts the guard in front of the parser already
 * attached (remark-parse, with GFM's extensions read at parse time): a
 * document over a limit fails with one fatal message and is not parsed.
 */
export const remarkParseGuard: Plugin<[], undefined> = function (this: Processor<any, any, any, any, any>): undefined {
  const parse = this.parser as ((document: string, file: VFile) => Root) | undefined
  if (!parse || (parse as { featureDocsGuarded?: boolean }).featureDocsGuarded) return undefined
  const guarded = (document: string, file: VFile): Root => {
    const hazard = parseHazard(document)
    if (hazard) file.fail(hazard.reason, { place: placeOf(document, hazard.offset), ruleId: parseGuardRuleId, source: parseGuardSource })
    return parse(document, file)
  }
  ;(guarded as { featureDocsGuarded?: boolean }).featureDocsGuarded = true
  this.parser = guarded
  return undefined
}
