/**
 * remark-lint preset for feature docs: reads front matter and GFM tables,
 * and checks each doc against the template it was written from, with the
 * two built-in templates (`implementation-notes`,
 * `technical-implementation`) known by name.
 *
 * One options object configures it: `templates` adds or overrides templates
 * by name, `files` maps globs to templates, `template` forces one, and a key
 * per rule id switches that rule off, sets its severity or passes its own
 * options.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  markdownSource,
  remarkParseGuard,
  restorePositions,
} from '@feature-docs/doc-template'
import {
  OptionError,
  readTemplateOptions,
  registerBuiltinTemplates,
  show,
  templateOptionKeys,
  type RuleInfo,
  type TemplateOptions,
} from '@feature-docs/rule-kit'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLint from 'remark-lint'
import * as noEmptyTemplateSections from 'remark-lint-no-empty-template-sections'
import * as noPlaceholders from 'remark-lint-no-placeholders'
import * as noTemplateBoilerplate from 'remark-lint-no-template-boilerplate'
import * as requiredFields from 'remark-lint-required-fields'
import * as requiredSections from 'remark-lint-required-sections'
import * as requiredTableColumns from 'remark-lint-required-table-columns'
import type { Plugin, Processor } from 'unified'
import { templateModels } from './template-models.js'

/** A rule's setting: on/off, a severity, its options, or both. */
export type RuleSetting =
  | boolean
  | 0
  | 1
  | 2
  | 'off'
  | 'on'
  | 'warn'
  | 'error'
  | Record<string, unknown>
  | [boolean | 0 | 1 | 2 | 'off' | 'on' | 'warn' | 'error', Record<string, unknown>?]

/**
 * The preset's rules, in the order they run and reports list them: each
 * rule's module, its plugin and the `meta` it declares beside its code.
 */
const ruleModules = [requiredSections, requiredTableColumns, noPlaceholders, requiredFields, noEmptyTemplateSections, noTemplateBoilerplate] as const

type RuleId = (typeof ruleModules)[number]['meta']['id']

/** The template options, and a setting per rule id. */
export type Options = TemplateOptions & { [Id in RuleId]?: RuleSetting | undefined }

/**
 * The preset's rules as each declares itself (id, readme, descriptions,
 * how to fix, whether `--fix` can), in the preset's order: what the
 * command line's SARIF `rules` table and the readmes' rule tables show.
 */
export const presetRules: readonly RuleInfo[] = ruleModules.map((rule) => rule.meta)

/**
 * Set by the command line's single-file bundle (an esbuild `define`): where
 * the built-in templates are, relative to the bundled code. Undefined here.
 */
declare const FEATURE_DOCS_BUNDLED_TEMPLATES: string | undefined

/** Where the built-in templates are: this package's `templates/` folder. */
export const templatesFolder =
  typeof FEATURE_DOCS_BUNDLED_TEMPLATES === 'string'
    ? fileURLToPath(new URL(FEATURE_DOCS_BUNDLED_TEMPLATES, import.meta.url))
    : join(dirname(fileURLToPath(import.meta.url)), '..', 'templates')

/**
 * This package's version, as in its package.json (a test keeps them equal):
 * a bundled copy has no package.json to read it from.
 */
export const version = '0.1.0'

// With their models made at build time: the built-ins are not parsed at every start.
registerBuiltinTemplates(templatesFolder, templateModels)


const remarkPresetLintFeatureDocs: Plugin<[Options?], Root> = function (this: Processor, options?: Options) {
  const settings = readOptions(options)
  const shared: TemplateOptions = {}
  if (settings.template !== undefined) shared.template = settings.template
  if (settings.templates !== undefined) shared.templates = settings.templates
  if (settings.files !== undefined) shared.files = settings.files
  if (settings.placeholderSyntax !== undefined) shared.placeholderSyntax = settings.placeholderSyntax
  if (settings.allowTemplatesOutsideProject !== undefined) shared.allowTemplatesOutsideProject = settings.allowTemplatesOutsideProject
  if (settings.base !== undefined) shared.base = settings.base

  // Before anything is parsed: Markdown that would make the parser take minutes is refused.
  this.use(remarkParseGuard)
  this.use(remarkFrontmatter, ['yaml', 'toml'])
  this.use(remarkGfm)
  // Before remark-lint: its message control drops messages where nodes lack positions.
  this.use(remarkRestorePositions)
  this.use(remarkLint)
  for (const rule of ruleModules) {
    const [severity, own] = splitSetting(rule.meta.id, settings[rule.meta.id])
    if (severity === false) continue
    this.use(rule.default, [severity, { ...shared, ...own }])
  }
}

export default remarkPresetLintFeatureDocs

/** Positions for nodes GFM left without one (see `restorePositions`). */
function remarkRestorePositions() {
  return (tree: Root, file: VFile) => restorePositions(tree, markdownSource(file.value))
}

/** The preset's options: the template options, as every rule checks them, and a setting per rule id. */
function readOptions(options: unknown): Options {
  return readTemplateOptions('remark-preset-lint-feature-docs', options, [...templateOptionKeys, ...presetRules.map((rule) => rule.id)]) as Options
}

type Severity = boolean | 0 | 1 | 2 | 'off' | 'on' | 'warn' | 'error'
const severities: readonly unknown[] = [true, false, 0, 1, 2, 'off', 'on', 'warn', 'error']

/** `false` to switch the rule off, else its severity and own options. */
function splitSetting(id: RuleId, setting: unknown): [Exclude<Severity, false | 0 | 'off'> | false, Record<string, unknown>] {
  let severity: unknown = 'warn'
  let own: unknown = {}
  if (Array.isArray(setting)) [severity, own = {}] = setting
  else if (typeof setting === 'object' && setting !== null) own = setting
  else if (severities.includes(setting) || typeof setting !== 'object' || setting === null) severity = setting ?? 'warn'
  if (!severities.includes(severity)) {
    throw new OptionError(
      `Unexpected value ${show(setting)} for option \`${id}\` of \`remark-preset-lint-feature-docs\`: expected true, false, a severity ("off", "warn", "error"), an options object, or [severity, options]`,
    )
  }
  if (typeof own !== 'object' || own === null || Array.isArray(own)) {
    throw new OptionError(
      `Unexpected value ${show(own)} for the options of \`${id}\` in \`remark-preset-lint-feature-docs\`: expected an object`,
    )
  }
  if (severity === false || severity === 0 || severity === 'off') return [false, {}]
  return [severity as Exclude<Severity, false | 0 | 'off'>, own as Record<string, unknown>]
}
