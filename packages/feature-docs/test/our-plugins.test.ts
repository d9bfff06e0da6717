/**
 * The command line recognises our plugins in configuration files by name
 * before the preset is loaded, from its own copy of the rule ids: that
 * copy must be the preset's list, which each rule's `meta` makes.
 */
import { presetRules } from 'remark-preset-lint-feature-docs'
import { describe, expect, it } from 'vitest'
import { anchorPlugins } from '../dist/lint/anchor-config.js'
import { ruleIds } from '../dist/lint/our-plugins.js'

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
})
