/**
 * Each rule declares what it is (its `meta`: id, readme, descriptions, fix
 * help, whether it has fixes) beside its code, and the preset lists them
 * as `presetRules`. The readmes' rule tables are made from that list by
 * `scripts/rule-tables.mjs`; this fails, naming the readme and the row,
 * when a table differs from what the script would write, and when a
 * readme's options table lists other rules than the preset has.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ruleUrl, type RuleInfo } from '@feature-docs/rule-kit'
import { presetRules } from 'remark-preset-lint-feature-docs'
import { describe, expect, it } from 'vitest'
import { begin, end, readmes, ruleTable, tableIn, withTable } from '../scripts/rule-tables.mjs'

interface Readme {
  path: string
  link: (rule: RuleInfo) => string
}

const root = join(import.meta.dirname, '..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')
const ids = presetRules.map((rule) => rule.id)

describe('the rules declare themselves', () => {
  it('one rule package per preset rule, each with its id, its readme link and a meta the preset lists in its order', async () => {
    const packages = readdirSync(join(root, 'packages')).filter((name) => name.startsWith('remark-lint-'))
    expect([...ids].sort()).toEqual(packages.map((name) => name.slice('remark-lint-'.length)).sort())
    for (const rule of presetRules) {
      const module = (await import(`remark-lint-${rule.id}`)) as { meta: RuleInfo; default: { name: string } }
      expect(module.meta, rule.id).toBe(rule)
      expect(module.default.name, rule.id).toBe(`remark-lint:${rule.id}`)
      expect(rule.url, rule.id).toBe(ruleUrl(rule.id))
    }
  })

  it('a rule has fixes exactly when its fix help does not say there is none', () => {
    for (const rule of presetRules) expect(rule.fix.includes('There is no automatic fix'), rule.id).toBe(!rule.fixable)
  })
})

describe.each(readmes as Readme[])('$path', ({ path, link }) => {
  const text = read(path)

  it('has the rule table, row by row as the rules declare themselves', () => {
    const found = tableIn(text) as { lines: string[] } | undefined
    expect(found, `${path}: no rule table between \`${begin}\` and \`${end}\``).toBeDefined()
    const want = ruleTable(presetRules, link) as string[]
    const rows = ['header', 'delimiter', ...ids]
    for (const [index, line] of want.entries()) {
      expect(found!.lines[index], `${path}: the rule table's ${rows[index]} row`).toBe(line)
    }
    expect(found!.lines.slice(want.length), `${path}: rows the rules do not have`).toEqual([])
  })

  it('is as `node scripts/rule-tables.mjs` would write it', () => {
    expect(withTable(text, presetRules, link, path)).toBe(text)
  })

  it('the check can fail: a changed description is a difference', () => {
    const changed = text.replace(presetRules[0]!.description, 'Something else.')
    expect(changed).not.toBe(text)
    expect(withTable(changed, presetRules, link, path)).not.toBe(changed)
  })
})

describe('the options tables name the preset rules, in its order', () => {
  it("the preset's readme: one row per rule", () => {
    const rows = read('packages/remark-preset-lint-feature-docs/readme.md')
      .split('\n')
      .map((line) => /^\| `([a-z-]+)` \| setting \|/u.exec(line)?.[1])
      .filter((id) => id !== undefined)
    expect(rows, 'packages/remark-preset-lint-feature-docs/readme.md: the rule rows of the `Options` table').toEqual(ids)
  })

  it("the repository's readme: one row for all of them", () => {
    const cell = ids.map((id) => `\`${id}\``).join(', ')
    expect(read('README.md').split('\n').filter((line) => line.startsWith(`| ${cell} |`)), 'README.md: the per-rule settings row of the preset options table').toHaveLength(1)
  })
})
