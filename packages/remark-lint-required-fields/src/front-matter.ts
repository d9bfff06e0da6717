/**
 * Front-matter keys as fields: the doc's YAML front matter has every key
 * the template's has (unless a comment in the template says it may go),
 * and a key whose template value is a list of choices (`a|b|c`) or a date
 * mask (`yyyy-mm-dd`) has a value of that kind. A value left as the
 * template wrote it is no-placeholders' to report.
 */
import {
  bareValue,
  editDistance,
  inlineCode,
  listsChoices,
  misspellingLimit,
  mustReplace,
  oneOf,
  readFrontMatter,
  sameValue,
  type DocTemplate,
  type FrontMatterEntry,
  type PositionFinder,
  type TemplateFrontMatterKey,
} from '@feature-docs/doc-template'
import {
  documentStart,
  type Finding,
  lineEndOf,
  lineEnding,
  nextLineStart,
  withLineEnding,
} from '@feature-docs/rule-kit'
import type { Root } from 'mdast'
import { nearest, sameWord } from './choices.js'
import { compileDateFormat, readDate, type DateFormat } from './dates.js'

export function frontMatterFindings(
  template: DocTemplate,
  tree: Root,
  source: string,
  finder: PositionFinder,
  dateFormats: DateFormat[] | undefined,
): Finding[] {
  const keys = template.frontMatter
  // TOML front matter is the doc's own choice of format: not compared.
  if (keys.length === 0 || (tree.children[0]?.type as string | undefined) === 'toml') return []
  const required = keys.filter((key) => !key.optional)
  const frontMatter = readFrontMatter(tree, source)
  const eol = lineEnding(source)
  if (!frontMatter) {
    if (required.length === 0) return []
    const block = ['---', ...required.map((key) => keyText(key, template, eol)), '---'].join(eol)
    return [
      {
        place: documentStart(tree),
        reason: `Missing front matter: the template starts with a YAML block holding ${oneOf(required.map((key) => key.key))}`,
        fix: {
          kind: 'insert',
          title: 'Insert the template\'s front matter',
          start: 0,
          end: 0,
          text: `${block}${eol}${source.length === 0 || /^[ \t]*\r?\n/u.test(source) ? '' : eol}`,
          order: 0,
        },
      },
    ]
  }
  if (frontMatter.error) {
    // Keys read from broken YAML may be half of them: one message about the YAML, none about keys.
    const { message, range } = frontMatter.error
    return [
      {
        place: finder.position(range.start, range.end),
        reason: `Front matter is not valid YAML (${message}): its keys are not checked until it is`,
      },
    ]
  }
  const found: Finding[] = []
  const entries = new Map<string, FrontMatterEntry>()
  for (const entry of frontMatter.entries) if (!entries.has(entry.key)) entries.set(entry.key, entry)
  const known = new Set(keys.map((key) => key.key))
  const claimed = new Set<FrontMatterEntry>()
  let previous: FrontMatterEntry | undefined
  for (const key of keys) {
    let entry = entries.get(key.key)
    if (!entry) {
      entry = misspelled(key, frontMatter.entries, known, claimed)
      if (entry) {
        found.push({
          place: finder.position(entry.keyRange.start, entry.keyRange.end),
          reason: `Front-matter key ${inlineCode(entry.key)} does not match the template: did you mean ${inlineCode(key.key)}?`,
          expected: key.key,
        })
      }
    }
    if (!entry) {
      if (key.optional) continue
      // At the key it belongs after, else at the opening fence.
      const place = previous
        ? finder.position(previous.keyRange.start, previous.valueRange?.end ?? previous.keyRange.end)
        : finder.position(frontMatter.range.start, frontMatter.range.start + 3)
      // On a line of its own after the key before it, else first in the block.
      const text = keyText(key, template, eol)
      const at = previous
        ? lineEndOf(source, previous.valueRange?.end ?? previous.keyRange.end)
        : nextLineStart(source, frontMatter.range.start)
      found.push({
        place,
        reason: `Missing front-matter key ${inlineCode(key.key)}: the template has ${inlineCode(templateLine(key))}`,
        fix: {
          kind: 'insert',
          title: `Insert missing front-matter key ${inlineCode(key.key)}`,
          start: at,
          end: at,
          text: previous ? `${eol}${text}` : `${text}${eol}`,
          order: key.position.start.offset!,
        },
      })
      continue
    }
    claimed.add(entry)
    previous = entry
    found.push(...checkValue(key, entry, finder, dateFormats))
  }
  return found
}

/** A doc key the template does not have that is a near miss of `key`. */
function misspelled(
  key: TemplateFrontMatterKey,
  entries: readonly FrontMatterEntry[],
  known: ReadonlySet<string>,
  claimed: ReadonlySet<FrontMatterEntry>,
): FrontMatterEntry | undefined {
  const limit = misspellingLimit(key.key)
  let best: FrontMatterEntry | undefined
  let distance = limit + 1
  for (const entry of entries) {
    if (known.has(entry.key) || claimed.has(entry)) continue
    const found = editDistance(fold(entry.key), fold(key.key), limit)
    if (found < distance) {
      best = entry
      distance = found
    }
  }
  return best
}

/** `creation_date`, `Creation Date` and `creation-date` are the same key misspelled. */
function fold(key: string): string {
  return key.toLowerCase().replace(/[\s_]/gu, '-')
}

function checkValue(key: TemplateFrontMatterKey, entry: FrontMatterEntry, finder: PositionFinder, dateFormats: DateFormat[] | undefined): Finding[] {
  if (key.kind === 'text' || entry.items.length > 0) return []
  const name = inlineCode(key.key)
  if (!entry.valueRange || bareValue(entry.value) === '') {
    return [{ place: finder.position(entry.keyRange.start, entry.keyRange.end), reason: `Front-matter key ${name} is empty: the template expects ${expectation(key, dateFormats)}` }]
  }
  // Left as the template wrote it: a leftover placeholder, no-placeholders' to report.
  if (mustReplace(key.value) && sameValue(entry.value, key.value)) return []
  if (key.choices && listsChoices(entry.value, key.choices)) return []
  const place = finder.position(entry.valueRange.start, entry.valueRange.end)
  const written = bareValue(entry.value)
  if (key.kind === 'choice') {
    const choices = key.choices!
    if (choices.some((choice) => sameWord(choice, written))) return []
    const near = nearest(written, choices)
    if (near) return [{ place, reason: `Front-matter key ${name} has ${inlineCode(written)}: did you mean ${inlineCode(near)}?`, expected: near }]
    return [{ place, reason: `Front-matter key ${name} has ${inlineCode(written)}: expected ${oneOf(choices)}` }]
  }
  const formats = formatsFor(key, dateFormats)
  const date = readDate(written, formats)
  if (date === 'valid') return []
  const why = date === 'impossible' ? ', which is not a calendar date' : ''
  return [{ place, reason: `Front-matter key ${name} has ${inlineCode(written)}${why}: expected a date as ${oneOf(formats.map((format) => format.text))}` }]
}

function expectation(key: TemplateFrontMatterKey, dateFormats: DateFormat[] | undefined): string {
  if (key.kind === 'choice') return oneOf(key.choices!)
  return `a date as ${oneOf(formatsFor(key, dateFormats).map((format) => format.text))}`
}

/** The `dateFormat` option, else the template's mask (`yyyy-mm-dd` is `YYYY-MM-DD`). */
function formatsFor(key: TemplateFrontMatterKey, dateFormats: DateFormat[] | undefined): DateFormat[] {
  if (dateFormats) return dateFormats
  const mask = /^\S+/u.exec(bareValue(key.value))?.[0]?.toUpperCase()
  const format = mask === undefined ? undefined : compileDateFormat(mask)
  return [format ?? compileDateFormat('YYYY-MM-DD')!]
}

/** A key as the template writes it, value or list included. */
function keyText(key: TemplateFrontMatterKey, template: DocTemplate, eol: string): string {
  return withLineEnding(template.source.slice(key.position.start.offset, key.position.end.offset), eol)
}

/** `status: provisional|implementable`, `authors: - TBD`. */
function templateLine(key: TemplateFrontMatterKey): string {
  if (key.items.length > 0) return `${key.key}: - ${key.items[0]}`
  return key.value === '' ? `${key.key}:` : `${key.key}: ${key.value}`
}
