/**
 * Our rules' ids, for recognising our plugins by the names a remark
 * configuration gives them (`remark-lint-required-sections`).
 *
 * The ids are the preset's (`presetRules`, from each rule's `meta`),
 * written out here once because this is read before the preset is loaded
 * (screening files, reading configuration files): importing the preset
 * for them would load every rule first and undo the overlap that keeps a
 * one-file run fast. `our-plugins.test.ts` fails when they differ.
 */
export const ruleIds = [
  'required-sections',
  'required-table-columns',
  'no-placeholders',
  'required-fields',
  'no-empty-template-sections',
  'no-template-boilerplate',
] as const

/** The preset as a configuration names it: its package name with or without `remark-`, alone, scoped, or as a path into it. */
const presetName = /(?:^|[/])(?:remark-)?preset-lint-feature-docs(?:$|[/.])/u

/** One of our rules, the same way (`remark-lint-required-sections`, `lint-required-sections`, `./node_modules/remark-lint-…/index.js`). */
const ruleName = new RegExp(`(?:^|[/])(?:remark-)?lint-(?:${ruleIds.join('|')})(?:$|[/.])`, 'u')

/**
 * Whether a plugin a configuration names is our preset (or, with
 * `rulesToo`, one of our rules): the one test for every place that looks
 * for our plugins in configuration (`anchor-config.ts`, `config-files.ts`).
 */
export function isOurPluginName(name: string, rulesToo = true): boolean {
  return presetName.test(name) || (rulesToo && ruleName.test(name))
}
