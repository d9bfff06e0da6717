/**
 * What the feature-docs rules share around `unified-lint-rule`: options are
 * checked, and every template they name is loaded, when the plugin is
 * attached, so a bad option or a template path that does not exist fails at
 * once with one message, before any file is read. (An error thrown while a
 * rule checks a file would only become a warning on that file.)
 */
import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import { lintRule } from 'unified-lint-rule'
import type { VFile } from 'vfile'
import { markdownSource, resolveTemplate, restorePositions } from '@feature-docs/doc-template'
import { builtinTemplates } from './builtins.js'
import { pinMessage } from './report.js'
import { OptionError, readTemplateOptions, templateOptionKeys, type TemplateOptions } from './options.js'
import { isRelativePath } from './anchor.js'
import { isAbsolute, resolve } from 'node:path'

/** The repository every package's readme is in (and the links to them start from). */
export const repository = 'https://github.com/feature-docs/feature-docs'

/** A package's readme in the repository, e.g. `packageReadme('feature-docs')`. */
export function packageReadme(name: string): string {
  return `${repository}/tree/main/packages/${name}#readme`
}

/** A rule's readme, from its id: its package is `remark-lint-<id>`. */
export function ruleUrl(id: string): string {
  return packageReadme(`remark-lint-${id}`)
}

/**
 * A rule as the preset, the command line's reports (the SARIF `rules`
 * table, which GitHub code scanning shows beside each alert) and the
 * readmes' rule tables describe it, declared beside the rule's code.
 */
export interface RuleInfo {
  /** The rule id without prefix, e.g. `required-sections`. */
  id: string
  /** The rule's readme (`ruleUrl(id)`). */
  url: string
  /** One line (SARIF `shortDescription`). */
  description: string
  /** What the rule reports and what it leaves alone, plain text with `code` in backticks (SARIF `fullDescription`). */
  fullDescription: string
  /** How to fix what it reports, in the same style (SARIF `help`, with the readme link added). */
  fix: string
  /** Whether `feature-docs --fix` (and the editor's quick fixes) repair some of what it reports. */
  fixable: boolean
}

/** Said of every feature-docs rule: they all check a doc against the template it was written from, and skip the rest. */
export const templateFound =
  "The template is the one the doc was written from: picked by the `template` option, the doc's front matter, the `files` globs, or its title; a file no template applies to is left alone."

export interface RuleMeta<Options> extends Partial<Omit<RuleInfo, 'id' | 'url'>> {
  /** The rule id without prefix, e.g. `required-sections`. */
  id: string
  /** The rule's readme. */
  url: string
  /** Options the rule takes besides the template options. */
  keys?: readonly string[]
  /** Check the rule's own options, throwing `OptionError`; returns them read. */
  read?: (options: TemplateOptions & Record<string, unknown>) => Options
}

/**
 * A remark-lint rule whose options are checked on attach. `check` receives
 * the options as `read` returned them.
 */
/** A severity as remark-lint takes it: off, on (a warning), or an error. */
export type Severity = boolean | 0 | 1 | 2 | 'off' | 'on' | 'warn' | 'error'

/** How a rule is set in a remark configuration: a severity, its options, or both. */
export type RuleSetting<Options> = Options | Severity | [Severity, Options?]

/**
 * `Options` are what `check` receives, as `read` made them (compiled
 * patterns, say); `Public`, what a configuration writes (the rule's
 * exported `Options` type), which the plugin's type states.
 */
export function templateRule<Options extends TemplateOptions, Public = Options>(
  meta: RuleMeta<Options>,
  check: (tree: Root, file: VFile, options: Options) => void,
): Plugin<[RuleSetting<Public>?], Root> {
  const read = meta.read ?? ((options) => options as Options)
  const keys = [...templateOptionKeys, ...(meta.keys ?? [])]
  const lint = lintRule<Root, Options>({ origin: `remark-lint:${meta.id}`, url: meta.url }, (tree, file, options) => {
    try {
      restorePositions(tree, markdownSource(file.value))
      check(tree, file, options ?? read({}))
    } catch (error) {
      crashed(meta.id, file, error)
    }
  })
  const plugin = function (this: unknown, config?: unknown) {
    const [severity, raw] = splitConfig(config)
    if (severity === 0) return undefined
    const options = read(readTemplateOptions(meta.id, raw, keys))
    checkTemplates(meta.id, options)
    return (lint as unknown as (this: unknown, config: unknown) => unknown).call(this, [severity, options])
  }
  Object.defineProperty(plugin, 'name', { value: `remark-lint:${meta.id}` })
  return plugin as Plugin<[RuleSetting<Public>?], Root>
}

/** A rule's crash on a file, kept for `--verbose` (the error, with its stack). */
export interface RuleCrash {
  rule: string
  error: unknown
}

/**
 * A rule that throws while checking a file (a bug of ours) must not take
 * the run down or pass for a warning with a stack trace in it: the file
 * gets one error naming the rule, the other rules and files are checked as
 * usual, and the error itself is kept on the file for whoever reports it
 * (the command line exits 2 and shows it with `--verbose`).
 */
function crashed(id: string, file: VFile, error: unknown): void {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  const message = file.message(
    `Rule \`${id}\` crashed on this file, so the file is not fully checked: ${what.split('\n')[0]} (a bug in feature-docs: please report it with this file)`,
    { place: { line: 1, column: 1 } },
  )
  // An error whatever the rule's severity, and ours, not remark-lint's, so
  // no `<!-- lint disable -->` or message control can hide it.
  pinMessage(message, { fatal: true, source: 'feature-docs' })
  ;((file.data.featureDocsCrashes ??= []) as RuleCrash[]).push({ rule: id, error })
}

declare module 'vfile' {
  interface DataMap {
    /** Rules that threw on this file: one error message each, and the errors themselves. */
    featureDocsCrashes: RuleCrash[]
  }
}

/**
 * remark-lint's config forms: `options`, `severity`, or
 * `[severity, options]`, where severity is 0-2, a boolean, or a label.
 *
 * unified-lint-rule parses these too, but its parse cannot serve here: it
 * is not exported, and it hands the options over only when a file is
 * checked, too late to check them and load their templates when the plugin
 * is attached (and to skip that for a rule turned off). It also reads a
 * bare severity (`.use(rule, 'error')`) as options, and takes
 * `['loud', {...}]` for an options array. So the setting is split here
 * once, and passed on as `[severity, options]`, which unified-lint-rule
 * reads as it is.
 */
function splitConfig(config: unknown): [0 | 1 | 2, unknown] {
  const levels: Record<string, 0 | 1 | 2> = { off: 0, on: 1, warn: 1, error: 2, false: 0, true: 1, 0: 0, 1: 1, 2: 2 }
  const level = (value: unknown): 0 | 1 | 2 | undefined =>
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? levels[String(value)]
      : undefined
  if (Array.isArray(config)) {
    const severity = level(config[0])
    if (severity === undefined) {
      throw new OptionError(`Incorrect severity ${JSON.stringify(config[0])}: expected 0, 1, 2, "off", "warn" or "error"`)
    }
    return [severity, config[1]]
  }
  const severity = level(config)
  return severity === undefined ? [1, config] : [severity, undefined]
}

/**
 * Load every template the options name, so a bad one fails now: names, and
 * paths when `base` says where they start. Without `base`, a relative path
 * starts from the folder of the configuration that applies to each doc (see
 * `anchor.ts`), so it is loaded, and reported if it cannot be, per doc.
 */
function checkTemplates(id: string, options: TemplateOptions): void {
  const base = options.base === undefined ? undefined : resolve(options.base)
  const usable = (path: string) => base !== undefined || isAbsolute(path)
  const templates = Object.fromEntries(Object.entries(options.templates ?? {}).filter(([, path]) => usable(path)))
  const known = { ...builtinTemplates(), ...templates }
  const unknownHere = new Set(Object.keys(options.templates ?? {}).filter((name) => !Object.hasOwn(templates, name)))
  const check = (reference: string, where: string) => {
    if (unknownHere.has(reference) || (isRelativePath(reference) && base === undefined)) return
    resolveTemplate(reference, known, base ?? process.cwd(), where)
  }
  for (const name of Object.keys(templates)) check(name, `option \`templates\` of \`${id}\``)
  if (options.template !== undefined) check(options.template, `option \`template\` of \`${id}\``)
  for (const [glob, names] of Object.entries(options.files ?? {})) {
    for (const name of [names].flat()) check(name, `option \`files\` (\`${glob}\`) of \`${id}\``)
  }
}
