#!/usr/bin/env node
/**
 * The readmes' rule tables, made from what each rule declares beside its
 * code (its `meta`, which the preset lists in its order as `presetRules`):
 * one row per rule with its id linked to its readme, its one-line
 * description and whether `feature-docs --fix` repairs some of what it
 * reports. Each table stands between the `begin` and `end` comments below.
 *
 *   node scripts/rule-tables.mjs           rewrite the tables
 *   node scripts/rule-tables.mjs --check   exit 1, naming each readme whose table would change
 *
 * Reads the built preset: `tsc -b` first. `test/rule-tables.test.ts` fails,
 * naming the readme and the row, when a table differs from what this makes.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { presetRules } from '../packages/remark-preset-lint-feature-docs/dist/index.js'

const root = join(import.meta.dirname, '..')

export const begin = "<!-- begin rule table: made by scripts/rule-tables.mjs from each rule's meta -->"
export const end = '<!-- end rule table -->'

/**
 * The readmes with a rule table (paths from the repository root) and where
 * their rows link: the repository's readme to the rule's readme beside it,
 * a package's readme (read on npm too) to the rule's readme on GitHub.
 */
export const readmes = [
  { path: 'README.md', link: (rule) => `packages/remark-lint-${rule.id}/readme.md` },
  { path: 'packages/remark-preset-lint-feature-docs/readme.md', link: (rule) => rule.url },
]

/** The description as Markdown that shows it as written: `[A/B/C]` and `**Field**:` are text, not a link or emphasis. */
function markdownText(text) {
  return text.replace(/[\\`*_[<|]/gu, '\\$&')
}

/** The table's lines, header and delimiter first. */
export function ruleTable(rules, link) {
  return [
    '| rule | checks | fixes |',
    '| --- | --- | --- |',
    ...rules.map((rule) => `| [\`${rule.id}\`](${link(rule)}) | ${markdownText(rule.description)} | ${rule.fixable ? 'yes' : 'no'} |`),
  ]
}

/** The lines between the markers of `text` (without them), or undefined when it has no table. */
export function tableIn(text) {
  const lines = text.split('\n')
  const start = lines.indexOf(begin)
  const stop = lines.indexOf(end, start + 1)
  if (start === -1 || stop === -1) return undefined
  return { lines: lines.slice(start + 1, stop).filter((line) => line !== ''), start, stop, all: lines }
}

/** `text` with its table made again from `rules`; throws when it has none. */
export function withTable(text, rules, link, path = 'readme') {
  const found = tableIn(text)
  if (found === undefined) throw new Error(`${path}: no rule table (a line \`${begin}\`, the table, then \`${end}\`)`)
  return [...found.all.slice(0, found.start + 1), '', ...ruleTable(rules, link), '', ...found.all.slice(found.stop)].join('\n')
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check')
  let stale = 0
  for (const { path, link } of readmes) {
    const text = readFileSync(join(root, path), 'utf8')
    const made = withTable(text, presetRules, link, path)
    if (made === text) continue
    if (check) {
      stale += 1
      console.error(`${path}: the rule table differs from the rules' meta; run node scripts/rule-tables.mjs`)
    } else {
      writeFileSync(join(root, path), made)
      console.log(`${path}: rule table rewritten`)
    }
  }
  process.exitCode = stale === 0 ? 0 : 1
}
