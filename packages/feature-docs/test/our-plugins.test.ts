/**
 * The command line recognises our plugins in configuration files by name
 * before the preset is loaded, from its own copy of the rule ids: that
 * copy must be the preset's list, which each rule's `meta` makes.
 */
import { presetRules } from 'remark-preset-lint-feature-docs'
import { describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { anchorPlugins } from '../dist/lint/anchor-config.js'
import { configTemplatePaths } from '../dist/lint/config-files.js'
import { isOurPluginName, ruleIds } from '../dist/lint/our-plugins.js'
import { removeScratch, scratch } from './support/cli.js'

afterAll(removeScratch)

describe('our plugins by name', () => {
  it("the rule ids are the preset's, in its order", () => {
    expect([...ruleIds]).toEqual(presetRules.map((rule) => rule.id))
  })

  it('every rule of the preset, by its package name, with and without `remark-`, gets `base`; another plugin does not', () => {
    for (const { id } of presetRules) {
      for (const name of [`remark-lint-${id}`, `lint-${id}`, `./node_modules/remark-lint-${id}/index.js`]) {
        expect(anchorPlugins({ plugins: [[name, {}]] }, '/project'), name).toEqual({ plugins: [[name, { base: '/project' }]] })
      }
    }
    const other = { plugins: [['remark-lint-final-newline', {}], ['remark-lint-required-sections-extra', {}]] }
    expect(anchorPlugins(other, '/project')).toEqual(other)
  })

  const ours = [
    'remark-preset-lint-feature-docs',
    'preset-lint-feature-docs',
    '@acme/remark-preset-lint-feature-docs',
    './node_modules/remark-preset-lint-feature-docs/index.js',
    ...ruleIds.flatMap((id) => [`remark-lint-${id}`, `lint-${id}`, `@acme/remark-lint-${id}`]),
  ]
  const others = ['acme-preset-lint-feature-docs', 'acme-lint-required-sections', 'remark-lint-required-sections-extra', 'remark-lint-final-newline', 'remark-preset-lint-feature-docs-2']

  it('one test of our names: configuration anchoring and the cache key\'s template paths say the same of every name', () => {
    const folder = scratch('our-plugins')
    for (const name of [...ours, ...others]) {
      const mine = ours.includes(name)
      expect(isOurPluginName(name), name).toBe(mine)
      const anchored = anchorPlugins({ plugins: [[name, {}]] }, '/project') as { plugins: [string, unknown][] }
      expect(anchored.plugins[0]![1], name).toEqual(mine ? { base: '/project' } : {})
      // The configuration files whose template paths feed `--cache`'s key read the same plugins as ours.
      const rc = join(folder, '.remarkrc.json')
      writeFileSync(rc, JSON.stringify({ plugins: [[name, { template: 'docs/template.md' }]] }))
      expect(configTemplatePaths(rc), name).toEqual(mine ? [join(folder, 'docs', 'template.md')] : [])
    }
  })
})
