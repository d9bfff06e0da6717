/**
 * `selectTemplate`: which template a document is written from. The first of
 * these that applies wins: an explicit option, `template:` in the front
 * matter, a glob in `files`, the document's H1 against each template's title
 * pattern. A document none of them picks is not a feature doc; when its H1
 * is close to a template title, that is returned as `near` so a typo in the
 * title does not silently switch every check off.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import type { Heading, Root } from 'mdast'
import { minimatch } from 'minimatch'
import type { VFile } from 'vfile'
import { alignDocument } from './align.js'
import { TemplateError } from './errors.js'
import type { PlaceholderSyntax } from './brackets.js'
import { loadTemplate, loadTemplateTitle, looksLikePath, markdownExtensions } from './load.js'
import { isInside, projectRoot } from './project-root.js'
import type { DocTemplate, TemplateTitle } from './model.js'
import { misspellingLimit, normalizeHeading, words } from './normalize.js'
import { matchPattern, patternDistance } from './pattern.js'

export interface SelectTemplateOptions {
  /** A template name or path that applies to every file. */
  template?: string | undefined
  /** Known templates: name to path, or to an already parsed template. */
  templates?: Record<string, string | DocTemplate> | undefined
  /** Globs (relative to `cwd`) to template names or paths, or lists of them (the best fit wins). */
  files?: Record<string, string | string[]> | undefined
  /** What relative paths in options and globs are resolved against (default: the file's working folder). */
  cwd?: string | undefined
  /** The placeholder syntaxes templates write, when an option names them. */
  syntaxes?: readonly PlaceholderSyntax[] | undefined
  /** Front matter may name a template path outside the doc's project. */
  allowOutsideProject?: boolean | undefined
}

export type SelectionReason = 'option' | 'front-matter' | 'files' | 'title'

export type TemplateSelection =
  | { template: DocTemplate; reason: SelectionReason; near: undefined; among?: DocTemplate[]; misfit?: undefined }
  | { template: undefined; reason: undefined; near: NearTitle | undefined; among?: undefined; misfit?: Misfit | undefined }

/** A doc a `files` glob names that fits none of the templates it lists. */
export interface Misfit {
  glob: string
  candidates: DocTemplate[]
}

export interface NearTitle {
  template: DocTemplate
  /** The document's H1. */
  heading: Heading
  /** Edits between the H1 and a title the template accepts. */
  distance: number
}

/**
 * Pick the template for `file`. Throws `TemplateError` when a name given in
 * an option or in front matter means nothing, or a path cannot be used.
 */
export function selectTemplate(file: VFile, tree: Root, options: SelectTemplateOptions = {}): TemplateSelection {
  const cwd = options.cwd ?? file.cwd
  const known = options.templates ?? {}

  if (options.template !== undefined) {
    return chosen(resolveTemplate(options.template, known, cwd, 'the `template` option', options.syntaxes), 'option')
  }

  const fromFrontMatter = frontMatterTemplate(tree)
  if (fromFrontMatter !== undefined) {
    const base = file.path ? dirname(resolve(file.cwd, file.path)) : cwd
    // A doc names a template by path only inside its project, unless the configuration allows more.
    if (!Object.hasOwn(known, fromFrontMatter) && looksLikePath(fromFrontMatter) && !options.allowOutsideProject) {
      const root = projectRoot(base, cwd)
      if (!isInside(resolve(base, fromFrontMatter), root)) {
        throw new TemplateError(
          `Template \`${fromFrontMatter}\` in front matter \`template:\` is outside this doc's project (${root}): not read. Name it in the configuration's \`templates\`, or set \`allowTemplatesOutsideProject\``,
        )
      }
    }
    return chosen(resolveTemplate(fromFrontMatter, known, base, 'front matter `template:`', options.syntaxes), 'front-matter')
  }

  if (options.files && file.path) {
    const path = relative(cwd, resolve(file.cwd, file.path)).split('\\').join('/')
    for (const [glob, names] of Object.entries(options.files)) {
      if (!minimatch(path, glob, { dot: true })) continue
      const candidates = [names].flat().map((name) => resolveTemplate(name, known, cwd, `\`files\` entry \`${glob}\``, options.syntaxes))
      // Named by the glob but like none of its templates: not to be passed over in silence, nor buried in a message per section.
      if (!candidates.some((candidate) => fits(candidate, tree))) return { template: undefined, reason: undefined, near: undefined, misfit: { glob, candidates } }
      if (candidates.length === 1) return chosen(candidates[0]!, 'files')
      return { template: bestFit(candidates, tree), reason: 'files', near: undefined, among: candidates }
    }
  }

  const heading = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1)
  if (!heading) return { template: undefined, reason: undefined, near: undefined }
  const text = normalizeHeading(heading)
  // Titles only: a template given by path is parsed in full when it is chosen.
  // A title that is all placeholder (`# [Title]`, or a title with no
  // placeholder, which stands for any) matches every H1: no evidence that
  // a doc was written from that template.
  const titled = Object.entries(known)
    .map(([name, value]) => ({ name, value, title: resolveTemplateTitle(name, { [name]: value }, cwd, 'the `templates` option', options.syntaxes) }))
    .filter((entry) => !entry.title?.pattern.wildcard)
  const full = (entry: (typeof titled)[number]) => resolveTemplate(entry.name, { [entry.name]: entry.value }, cwd, 'the `templates` option', options.syntaxes)
  const matching = titled
    .filter((entry) => entry.title && matchPattern(entry.title.pattern, text))
    // The most specific title wins: the most literal text.
    .sort((a, b) => b.title!.pattern.literalText.length - a.title!.pattern.literalText.length)
  if (matching[0]) return chosen(full(matching[0]), 'title')

  let nearest: { entry: (typeof titled)[number]; distance: number } | undefined
  for (const entry of titled) {
    if (!entry.title) continue
    const limit = misspellingLimit(entry.title.pattern.literalText)
    const distance = patternDistance(entry.title.pattern, text, limit)
    if (distance <= limit && (!nearest || distance < nearest.distance)) nearest = { entry, distance }
  }
  // Near by words: the title's fixed words, in order, with other
  // punctuation (`# Technical Implementation: Search`, an em dash for ` - `).
  for (const entry of nearest ? [] : titled) {
    if (entry.title && hasWordsOf(text, entry.title.pattern.literalText)) {
      nearest = { entry, distance: misspellingLimit(entry.title.pattern.literalText) + 1 }
      break
    }
  }
  const near = nearest && { template: full(nearest.entry), heading, distance: nearest.distance }
  return { template: undefined, reason: undefined, near }
}

/** Whether `text` holds the words of `literal` (two or more) one after another. */
function hasWordsOf(text: string, literal: string): boolean {
  const wanted = words(literal)
  if (wanted.length < 2) return false
  const have = words(text)
  for (let start = 0; start + wanted.length <= have.length; start++) {
    if (wanted.every((word, index) => have[start + index] === word)) return true
  }
  return false
}

/**
 * Whether a doc looks written from `template` at all: its title matches the
 * template's (one with words of its own, not a free title), or one of the
 * template's sections is found in it by name (misspelled, misplaced or
 * out of order, but not a guess by position, and not a section that any
 * heading would match).
 */
function fits(template: DocTemplate, tree: Root): boolean {
  const alignment = alignDocument(template, tree)
  if (template.title && !template.title.free && alignment.title?.status === 'matched') return true
  return alignment.sections.some((section) => !section.section.wildcard && section.status !== 'missing' && section.status !== 'renamed')
}

/**
 * Of a team's template versions (or kinds of doc), the one the doc fits
 * best: the fewest required sections missing or out of place, then a title
 * that matches; the first listed wins a tie.
 */
function bestFit(candidates: DocTemplate[], tree: Root): DocTemplate {
  let best = candidates[0]!
  let bestScore = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const alignment = alignDocument(candidate, tree)
    const misfits = alignment.sections.filter((section) => section.status !== 'matched' && !(section.status === 'missing' && section.section.optional))
    const score = misfits.length * 2 + (alignment.title && alignment.title.status !== 'matched' ? 1 : 0)
    if (score < bestScore) {
      best = candidate
      bestScore = score
    }
  }
  return best
}

function chosen(template: DocTemplate, reason: SelectionReason): TemplateSelection {
  return { template, reason, near: undefined }
}

/**
 * A template by name (from `known`) or by path (relative to `base`).
 * `where` says which setting named it, for the error message.
 */
export function resolveTemplate(
  reference: string,
  known: Record<string, string | DocTemplate>,
  base: string,
  where: string,
  syntaxes?: readonly PlaceholderSyntax[] | undefined,
): DocTemplate {
  const entry = Object.hasOwn(known, reference) ? known[reference] : undefined
  if (typeof entry === 'object') return entry
  if (typeof entry === 'string') return loadTemplate(isAbsolute(entry) ? entry : resolve(base, entry), { name: reference, syntaxes })
  if (looksLikePath(reference)) return loadTemplate(resolve(base, reference), { syntaxes })
  const names = Object.keys(known)
  const expected = names.length > 0 ? `one of ${names.map((name) => `\`${name}\``).join(', ')}, or a path` : 'a path'
  throw new TemplateError(`Unknown template \`${reference}\` in ${where}: expected ${expected} to a Markdown file`)
}

/**
 * The title of the template `resolveTemplate` would give, failing as it
 * would, without parsing a template given by path in full where its title
 * can be read alone (see `loadTemplateTitle`): for matching titles, and for
 * checking that a template can be used before it is needed.
 */
export function resolveTemplateTitle(
  reference: string,
  known: Record<string, string | DocTemplate>,
  base: string,
  where: string,
  syntaxes?: readonly PlaceholderSyntax[] | undefined,
): TemplateTitle | undefined {
  const entry = Object.hasOwn(known, reference) ? known[reference] : undefined
  if (typeof entry === 'object') return entry.title
  if (typeof entry === 'string') return loadTemplateTitle(isAbsolute(entry) ? entry : resolve(base, entry), { name: reference, syntaxes })
  if (looksLikePath(reference)) return loadTemplateTitle(resolve(base, reference), { syntaxes })
  // An unknown name: refused as `resolveTemplate` refuses it.
  return resolveTemplate(reference, known, base, where, syntaxes).title
}

/** `template: <name or path>` from YAML front matter, if present. */
function frontMatterTemplate(tree: Root): string | undefined {
  const yaml = tree.children.find((node) => node.type === 'yaml')
  if (!yaml || !('value' in yaml)) return undefined
  const match = /^template:[ \t]*(.*?)[ \t]*$/mu.exec(yaml.value)
  if (!match) return undefined
  const value = match[1]!.replace(/^(['"])(.*)\1$/u, '$2').trim()
  return value === '' ? undefined : value
}
