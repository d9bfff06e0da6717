/**
 * What every rule needs before it can check anything: its options read and
 * checked, and the template for the file chosen. Shared so that three rules
 * read options the same way, fail with the same words, and choose the
 * template once per tree.
 */
import { isAbsolute, relative } from 'node:path'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { TemplateError, cachedPerPair, selectTemplate, type DocTemplate, type PlaceholderSyntax, type TemplateSelection } from '@feature-docs/doc-template'
import { isRelativePath, optionsFolder } from './anchor.js'
import { builtinTemplates } from './builtins.js'

/** The options every rule takes to find its template. */
export interface TemplateOptions {
  /** A template name or path that applies to every file. */
  template?: string | undefined
  /** More templates by name (to a path), added to the built-ins. */
  templates?: Record<string, string> | undefined
  /**
   * Globs, relative to the working folder, to a template name or path, or
   * to a list of them (a team's current and earlier template versions, or
   * two kinds of doc in one folder): each doc is checked against the one
   * it fits best.
   */
  files?: Record<string, string | string[]> | undefined
  /**
   * The placeholder syntaxes templates write, named as written: `[x]`,
   * `{x}`, `<x>`, `NNNN` (a run standing for a number) and `YYYY-MM-DD` (a
   * date mask). Default: read from each template, the syntaxes it uses.
   */
  placeholderSyntax?: string[] | undefined
  /**
   * Let a doc's front matter name a template path outside the doc's
   * project (the folder of the nearest remark configuration, else of
   * `.git`, else the working folder). Default: false, so a doc from a
   * pull request cannot make a run read files outside the repository.
   */
  allowTemplatesOutsideProject?: boolean | undefined
  /**
   * The folder relative paths in `template`, `templates` and `files` start
   * from. The feature-docs command line sets it to the folder of the
   * configuration file the options are in. Default: the folder of the remark
   * configuration that applies to the doc (as unified-engine finds it), else
   * the working folder.
   */
  base?: string | undefined
}

/** The keys `TemplateOptions` has, for rules listing what they accept. */
export const templateOptionKeys = ['template', 'templates', 'files', 'placeholderSyntax', 'allowTemplatesOutsideProject', 'base'] as const

/** `placeholderSyntax` values, as a user writes them, to the syntaxes they name. */
const syntaxNames: Record<string, PlaceholderSyntax> = {
  '[x]': 'square',
  '{x}': 'curly',
  '<x>': 'angle',
  nnnn: 'number-mask',
  'yyyy-mm-dd': 'date-mask',
}

/** The syntaxes a checked `placeholderSyntax` names, or undefined when it is not set. */
export function namedSyntaxes(value: readonly string[] | undefined): PlaceholderSyntax[] | undefined {
  return value?.map((name) => syntaxNames[name.toLowerCase()]!)
}

/** Check `placeholderSyntax`; throws `OptionError`. */
export function expectSyntaxList(ruleId: string, value: unknown): asserts value is string[] {
  const names = Object.keys(syntaxNames).map((name) => (name === 'nnnn' || name === 'yyyy-mm-dd' ? name.toUpperCase() : name))
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string' && Object.hasOwn(syntaxNames, entry.toLowerCase()))) {
    throw new OptionError(
      `Unexpected value ${show(value)} for option \`placeholderSyntax\` of \`${ruleId}\`: expected an array of ${names.map((name) => `"${name}"`).join(', ')}`,
    )
  }
}

/** An option that is not what it should be; the message names it. */
export class OptionError extends Error {
  override name = 'OptionError'
  /** What the command line sorts this error by, as `TemplateError.code`. */
  readonly code = 'FEATURE_DOCS_OPTION'
}

/**
 * Check that `value` is an options object with only `keys`, and read the
 * template options of it. Throws `OptionError` naming the rule, the option,
 * the value and what was expected.
 */
export function readTemplateOptions(
  ruleId: string,
  value: unknown,
  keys: readonly string[] = templateOptionKeys,
): TemplateOptions & Record<string, unknown> {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new OptionError(`Unexpected options for \`${ruleId}\`: expected an object, not ${show(value)}`)
  }
  const options = value as Record<string, unknown>
  for (const key of Object.keys(options)) {
    if (!keys.includes(key)) {
      throw new OptionError(
        `Unexpected option \`${key}\` for \`${ruleId}\`: expected one of ${keys.map((name) => `\`${name}\``).join(', ')}`,
      )
    }
  }
  if (options.template !== undefined) expectString(ruleId, 'template', options.template)
  if (options.templates !== undefined) expectStringRecord(ruleId, 'templates', options.templates)
  if (options.files !== undefined) expectFilesRecord(ruleId, options.files)
  if (options.placeholderSyntax !== undefined) expectSyntaxList(ruleId, options.placeholderSyntax)
  expectBoolean(ruleId, 'allowTemplatesOutsideProject', options.allowTemplatesOutsideProject)
  if (options.base !== undefined) expectString(ruleId, 'base', options.base)
  return options as TemplateOptions & Record<string, unknown>
}

export function expectBoolean(ruleId: string, name: string, value: unknown): asserts value is boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new OptionError(`Unexpected value ${show(value)} for option \`${name}\` of \`${ruleId}\`: expected a boolean`)
  }
}

export function expectString(ruleId: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new OptionError(`Unexpected value ${show(value)} for option \`${name}\` of \`${ruleId}\`: expected a non-empty string`)
  }
}

export function expectStringRecord(
  ruleId: string,
  name: string,
  value: unknown,
): asserts value is Record<string, string> {
  const ok =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((entry) => typeof entry === 'string' && entry.trim() !== '')
  if (!ok) {
    throw new OptionError(
      `Unexpected value ${show(value)} for option \`${name}\` of \`${ruleId}\`: expected an object of non-empty strings`,
    )
  }
}

/** `files`: globs to a template name or path, or to a non-empty list of them. */
export function expectFilesRecord(ruleId: string, value: unknown): asserts value is Record<string, string | string[]> {
  const name = (entry: unknown) => typeof entry === 'string' && entry.trim() !== ''
  const ok =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((entry) => name(entry) || (Array.isArray(entry) && entry.length > 0 && entry.every(name)))
  if (!ok) {
    throw new OptionError(
      `Unexpected value ${show(value)} for option \`files\` of \`${ruleId}\`: expected an object of globs to a template name or path, or to a list of them`,
    )
  }
}

/** A short, readable rendering of a bad option value. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `\`${JSON.stringify(value)}\``
  if (value === null || typeof value !== 'object') return `\`${String(value)}\``
  const json = JSON.stringify(value)
  return `\`${json.length > 60 ? `${json.slice(0, 57)}...` : json}\``
}

/** The template chosen for a tree under options written out as `key` (the rest follows from the key). */
const selectionFor = cachedPerPair(
  (tree: Root, _key: string, file: VFile, options: TemplateOptions, folder: string): TemplateSelection =>
    selectTemplate(file, tree, {
      template: options.template,
      templates: { ...builtinTemplates(), ...options.templates },
      files: options.files,
      cwd: folder,
      syntaxes: namedSyntaxes(options.placeholderSyntax),
      allowOutsideProject: options.allowTemplatesOutsideProject,
    }),
)

/**
 * The template for `file`, chosen once per tree and set of options, so the
 * rules of one run share the choice. Throws `TemplateError` for a template
 * that cannot be used.
 */
export function templateForFile(tree: Root, file: VFile, options: TemplateOptions): TemplateSelection {
  const forced = forcedTemplate(file)
  if (forced !== undefined) options = { ...options, template: forced }
  // Where relative paths in the options start: `base`, else the doc's configuration's folder (looked up only when needed).
  const folder = options.base !== undefined || hasRelativePaths(options) ? optionsFolder(options.base, file.path, file.cwd) : file.cwd
  const key = JSON.stringify([options.template, options.templates, options.files, options.placeholderSyntax, options.allowTemplatesOutsideProject, folder, file.cwd])
  const selection = selectionFor(tree, key, file, options, folder)
  // What the file was checked against, for reports: a name, a path relative to the working folder, or none.
  const chosen = selection.template
  const label = chosen ? (chosen.name ?? (chosen.path ? shownPath(chosen.path, file.cwd) : null)) : null
  file.data.featureDocsCheckedAgainst = label
  // Chosen among a team's template versions: every message says which.
  if (selection.among && label !== null) file.data.featureDocsChosen = label
  return selection
}

/** Whether `options` hold a relative template path or any `files` glob (names of templates are not paths). */
function hasRelativePaths(options: TemplateOptions): boolean {
  if (options.files !== undefined) return true
  if (options.template !== undefined && isRelativePath(options.template)) return true
  return Object.values(options.templates ?? {}).some((path) => !isAbsolute(path))
}

/** A template's path as reports show it: relative to the working folder when inside it, else absolute. */
function shownPath(path: string, cwd: string): string {
  const inside = relative(cwd, path)
  return (inside.startsWith('..') || isAbsolute(inside) ? path : inside).split('\\').join('/')
}

/**
 * The template for `file`, or undefined when there is none or it cannot be
 * used: for rules that leave reporting a bad template to required-sections.
 */
export function usableTemplate(tree: Root, file: VFile, options: TemplateOptions): DocTemplate | undefined {
  try {
    return templateForFile(tree, file, options).template
  } catch (error) {
    if (error instanceof TemplateError) return undefined
    throw error
  }
}

/**
 * Force one template on a file, above every rule's options: the command
 * line's `--template` does this for every file it checks, whatever the
 * project's configuration says.
 */
export function forceTemplate(file: VFile, reference: string): void {
  file.data.featureDocsTemplate = reference
}

function forcedTemplate(file: VFile): string | undefined {
  const value = file.data.featureDocsTemplate
  return typeof value === 'string' ? value : undefined
}

declare module 'vfile' {
  interface DataMap {
    /** Set by `forceTemplate`. */
    featureDocsTemplate: string
    /** The template a `files` list chose for the file, named in its messages. */
    featureDocsChosen: string | undefined
    /** The template the file was checked against (name or path), or null: not a feature doc. */
    featureDocsCheckedAgainst: string | null
  }
}
