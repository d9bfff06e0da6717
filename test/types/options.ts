/**
 * The plugins' types as a user of unified meets them: each rule takes its
 * exported `Options`, a severity, or both, and refuses what it does not
 * know. `test/types.test.ts` runs tsc over this file; every
 * `@ts-expect-error` must meet an error, so a type that turned to
 * `unknown` fails the test. (unified's `use` infers its parameters from
 * the arguments too, so a wrong option there is caught only where the
 * setting has a type of its own, as a configuration object in code does.)
 */
import remarkParse from 'remark-parse'
import remarkLintNoEmptyTemplateSections from 'remark-lint-no-empty-template-sections'
import remarkLintNoPlaceholders, { type Options as NoPlaceholdersOptions } from 'remark-lint-no-placeholders'
import remarkLintNoTemplateBoilerplate from 'remark-lint-no-template-boilerplate'
import remarkLintRequiredFields, { type Options as RequiredFieldsOptions } from 'remark-lint-required-fields'
import remarkLintRequiredSections, { type Options as RequiredSectionsOptions } from 'remark-lint-required-sections'
import remarkLintRequiredTableColumns from 'remark-lint-required-table-columns'
import remarkPresetLintFeatureDocs from 'remark-preset-lint-feature-docs'
import { unified } from 'unified'

const sections: RequiredSectionsOptions = { template: 'docs/templates/plan.md', templates: { plan: 'docs/templates/plan.md' } }
const placeholders: NoPlaceholdersOptions = { patterns: ['TODO', '/\\bTBD\\b/i'], allow: ['[x]'], strict: true }
const fields: RequiredFieldsOptions = { dateFormat: ['YYYY-MM-DD', 'D MMM YYYY'] }

unified()
  .use(remarkParse)
  .use(remarkLintRequiredSections, sections)
  .use(remarkLintRequiredSections, ['error', sections])
  .use(remarkLintRequiredSections, 'warn')
  .use(remarkLintRequiredSections, false)
  .use(remarkLintNoPlaceholders, placeholders)
  .use(remarkLintRequiredFields, [2, fields])
  .use(remarkLintRequiredTableColumns, { order: true })
  .use(remarkLintNoEmptyTemplateSections)
  .use(remarkLintNoTemplateBoilerplate, { template: 'technical-implementation' })
  .use(remarkPresetLintFeatureDocs, { 'required-sections': 'error', 'no-placeholders': { patterns: ['TODO'] } })

/** What a configuration may give a plugin: its first parameter, as its type states it. */
type Setting<Rule> = Rule extends (this: any, ...parameters: infer P) => any ? P[0] : never

// @ts-expect-error an option the rule does not have
export const bogus: Setting<typeof remarkLintRequiredSections> = { bogus: true }
// @ts-expect-error `allow` is a list
export const allow: Setting<typeof remarkLintNoPlaceholders> = { allow: '[x]' }
// @ts-expect-error `order` is a boolean
export const order: Setting<typeof remarkLintRequiredTableColumns> = ['warn', { order: 'yes' }]
// @ts-expect-error not a severity
export const loud: Setting<typeof remarkLintRequiredFields> = 'loud'
// @ts-expect-error a rule the preset does not have
export const preset: Setting<typeof remarkPresetLintFeatureDocs> = { 'required-everything': true }
export const fine: Setting<typeof remarkLintRequiredFields> = ['error', { dateFormat: 'YYYY-MM-DD', template: 'plan' }]
