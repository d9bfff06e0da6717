/**
 * YAML front matter as fields. A template's front-matter keys are fields a
 * doc must have (`status: provisional|implementable`, `creation-date:
 * yyyy-mm-dd`), unless a comment says they are optional; a doc's are read
 * the same way, so the rules can compare the two. Parsed with `yaml`, which
 * never throws and keeps source ranges; values are read as written (a
 * template's `{YYYY-MM-DD when…}` is a placeholder, not a YAML map).
 */
import type { Root } from 'mdast'
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml'
import { maskExpressions } from './brackets.js'
import type { SourceRange } from './prose.js'
import { cachedPerObject } from './tree-cache.js'

/** One top-level `key: value` of a front-matter block. */
export interface FrontMatterEntry {
  key: string
  /** The key, offsets into the Markdown source. */
  keyRange: SourceRange
  /** The value as written, trimmed, quotes kept; '' when there is none. */
  value: string
  /** Where the value is, when there is one. */
  valueRange: SourceRange | undefined
  /** The items of a block or flow sequence, as written. */
  items: Array<{ text: string; range: SourceRange }>
  /** A comment on the key's own line, or on the lines just before it. */
  comment: string
}

export interface FrontMatter {
  /** The whole block, fences included. */
  range: SourceRange
  entries: FrontMatterEntry[]
  /** A comment before the first key: about every key. */
  leading: string
  /**
   * The first YAML error, when the block is not valid YAML (`title: Azure:
   * Allow…`): what was read of it may be only part of it.
   */
  error: { message: string; range: SourceRange } | undefined
}

/** The YAML front matter of a parsed document, or undefined when it has none (or it is not a map); read once per tree. */
export const readFrontMatter: (tree: Root, source: string) => FrontMatter | undefined = cachedPerObject(read)

function read(tree: Root, source: string): FrontMatter | undefined {
  const node = tree.children[0]
  if (node?.type !== 'yaml' || node.position?.start.offset === undefined || node.position.end.offset === undefined) return undefined
  const range = { start: node.position.start.offset, end: node.position.end.offset }
  // The content starts on the line after the opening fence.
  const base = source.indexOf('\n', range.start) + 1
  if (base === 0 || base > range.end) return { range, entries: [], leading: '', error: undefined }
  const text = source.slice(base, base + node.value.length)
  const document = parseDocument(text, { uniqueKeys: false, strict: false, keepSourceTokens: false, prettyErrors: false })
  const first = document.errors[0]
  const error = first
    ? { message: first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, ''), range: { start: base + Math.min(first.pos[0], text.length), end: base + Math.min(Math.max(first.pos[1], first.pos[0]), text.length) } }
    : undefined
  if (!isMap(document.contents)) return { range, entries: [], leading: document.commentBefore ?? '', error }
  const entries: FrontMatterEntry[] = []
  let leading = document.commentBefore ?? ''
  document.contents.items.forEach((pair, index) => {
    const entry = readEntry(pair, text, base)
    if (!entry) return
    const before = isNode(pair.key) ? (pair.key.commentBefore ?? '') : ''
    // A comment before the first key speaks of them all (MADR's "These are optional metadata elements").
    if (index === 0) leading = [leading, before].filter(Boolean).join('\n')
    else entry.comment = [before, entry.comment].filter(Boolean).join('\n')
    entries.push(entry)
  })
  return { range, entries, leading, error }
}

function readEntry(pair: Pair, text: string, base: number): FrontMatterEntry | undefined {
  const key = pair.key
  if (!isScalar(key) || !key.range) return undefined
  const entry: FrontMatterEntry = {
    key: String(key.value),
    keyRange: { start: base + key.range[0], end: base + key.range[1] },
    value: '',
    valueRange: undefined,
    items: [],
    comment: '',
  }
  const value = pair.value
  if (isNode(value) && value.range) {
    const [start, end] = trimmed(text, value.range[0], value.range[1])
    if (start < end) {
      entry.value = text.slice(start, end)
      entry.valueRange = { start: base + start, end: base + end }
    }
    // `reviewers: # who…` then `- TBD`: the comment is the value's.
    entry.comment = [value.commentBefore ?? '', value.comment ?? ''].filter(Boolean).join('\n')
    if (isSeq(value)) {
      for (const item of value.items) {
        if (!isNode(item) || !item.range) continue
        const [from, to] = trimmed(text, item.range[0], item.range[1])
        if (from < to) entry.items.push({ text: text.slice(from, to), range: { start: base + from, end: base + to } })
      }
    }
  }
  return entry
}

function isNode(value: unknown): value is YamlNode {
  return typeof value === 'object' && value !== null && 'range' in value
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start]!)) start++
  while (end > start && /\s/u.test(text[end - 1]!)) end--
  return [start, end]
}

/** A value that starts with a date mask: `yyyy-mm-dd`, `{YYYY-MM-DD when…}`. */
const dateMask = new RegExp(`^(?:${maskExpressions['date-mask'].source})`, 'iu')

/** What a template's value asks for. */
export type FrontMatterKind = 'choice' | 'date' | 'text'

/** A value as the template wrote it, less quotes and the `{…}` or `[…]` around a placeholder. */
export function bareValue(value: string): string {
  let bare = value.trim()
  if (/^(["']).*\1$/su.test(bare)) bare = bare.slice(1, -1).trim()
  // MADR's `"{proposed | … | superseded by ADR-0123"` never closes its brace.
  bare = bare.replace(/^[{[]\s*/u, '').replace(/\s*[}\]]$/u, '')
  return bare.trim()
}

/**
 * `provisional|implementable|implemented`: the choices a value allows, when
 * it offers a closed list of short words. A list that ends in `…` is open
 * (any value will do), and so is prose that happens to hold a `|`.
 */
export function frontMatterChoices(value: string): string[] | undefined {
  const parts = bareValue(value)
    .split('|')
    .map((part) => part.trim())
  if (parts.length < 2) return undefined
  if (parts.some((part) => part === '' || /^(?:…|\.\.\.)$/u.test(part) || part.split(/\s+/u).length > 3)) return undefined
  return parts
}

/** What a template's front-matter value asks for. */
export function frontMatterKind(value: string): FrontMatterKind {
  if (frontMatterChoices(value)) return 'choice'
  return dateMask.test(bareValue(value)) ? 'date' : 'text'
}

/** Whether a front-matter comment says its keys may be left out. */
export function saysKeysOptional(comment: string): boolean {
  return /\boptional\b|\bfeel free to (?:remove|omit|delete)\b|\bmay be (?:removed|omitted|left out)\b/iu.test(comment)
}

const fillers = /^(?:tbd|tba|tbc|todo|fixme|xxx+|n{3,}|your[\s-].*)$/iu

/** `TBD`, `TODO`, `XXX`, `your-name`: a value that says it is still to be written. */
export function isFiller(value: string): boolean {
  return fillers.test(bareValue(value))
}

/**
 * Whether a template's value is one a doc must replace: a list of choices,
 * a mask (`yyyy-mm-dd`), a placeholder in braces or brackets, a filler such
 * as `TBD`, or an example of more than one word (`neat-enhancement-idea`,
 * `"/enhancements/this-other-neat-thing.md"`). A single word or number
 * (`draft`, `true`, `0`) is a default a doc may keep.
 */
export function mustReplace(value: string): boolean {
  const bare = bareValue(value)
  if (bare === '') return false
  if (/^[{[]/u.test(value.trim().replace(/^["']/u, '')) || bare.includes('|')) return true
  if (isFiller(bare)) return true
  if (dateMask.test(bare)) return true
  return !/^[\p{L}\p{N}_.]+$/u.test(bare)
}

/** Two front-matter values the same as written, less quotes, braces and case. */
export function sameValue(a: string, b: string): boolean {
  const fold = (value: string) => bareValue(value).replace(/\s+/gu, ' ').toLowerCase()
  return fold(a) === fold(b)
}

/**
 * A value that lists choices of `choices` rather than picking one
 * (`provisional|implementable`, an earlier version's list): left as the
 * template wrote it.
 */
export function listsChoices(value: string, choices: readonly string[]): boolean {
  const parts = frontMatterChoices(value)
  const known = new Set(choices.map((choice) => choice.toLowerCase()))
  return parts !== undefined && parts.filter((part) => known.has(part.toLowerCase())).length >= 2
}
