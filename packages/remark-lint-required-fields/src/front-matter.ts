/**
 * Front-matter keys as fields: the doc's YAML front matter has every key
 * the template's has (unless a comment in the template says it may go),
 * and a key whose template value is a list of choices (`a|b|c`) or a date
 * mask (`yyyy-mm-dd`) has a value of that kind. A value left as the
 * template wrote it is no-placeholders' to report.
 */
import {
  bareValue,
  documentStart,
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
  type Finding,
  type PositionFinder,
  type TemplateFrontMatterKey,
} from 'doc-template'
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
  if (!frontMatter) {
    if (required.length === 0) return []
    return [
      {
        place: documentStart(tree),
        reason: `Missing front matter: the template starts with a YAML block holding ${oneOf(required.map((key) => key.key))}`,
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
      found.push({ place, reason: `Missing front-matter key ${inlineCode(key.key)}: the template has ${inlineCode(templateLine(key))}` })
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

/** `status: provisional|implementable`, `authors: - TBD`. */
function templateLine(key: TemplateFrontMatterKey): string {
  if (key.items.length > 0) return `${key.key}: - ${key.items[0]}`
  return key.value === '' ? `${key.key}:` : `${key.key}: ${key.value}`
}
