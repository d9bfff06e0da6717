#!/usr/bin/env node
/**
 * The no-placeholders bracket scan on hostile input: documents of a million
 * `[` (and of a million `[a` closed once). The tree is parsed once; what is
 * timed is the rule running over it, against a baseline measured in the
 * same run: one plain loop counting `[` over the same text, the least any
 * linear scan must do. A ratio that stays flat as the input grows means
 * the scan is linear.
 *
 *   node bench/bracket-scan.mjs [rounds]
 */
import { performance } from 'node:perf_hooks'
import { remark } from 'remark'
import remarkPresetLintFeatureDocs from 'remark-preset-lint-feature-docs'
import { VFile } from 'vfile'

const rounds = Number(process.argv[2] ?? 5)
// Only no-placeholders, so the time is the bracket scan's.
const processor = remark()
  .use(remarkPresetLintFeatureDocs, { 'required-sections': false, 'required-table-columns': false })
  .freeze()
const title = '# Implementation Notes - Hostile\n\n'

function countBrackets(text) {
  let count = 0
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 91) count++
  return count
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

for (const [name, body] of [
  ['250k [', '['.repeat(250_000)],
  ['1M [', '['.repeat(1_000_000)],
  ['1M [a, then ]', '[a'.repeat(500_000) + ']'],
]) {
  const value = title + body + '\n'
  const parsedAt = performance.now()
  const tree = processor.parse(value)
  const parseMs = performance.now() - parsedAt
  const rule = []
  const baseline = []
  let messages = 0
  for (let round = 0; round < rounds; round++) {
    let start = performance.now()
    countBrackets(value)
    baseline.push(performance.now() - start)
    const file = new VFile({ path: 'hostile.md', value })
    // A fresh copy each round, so no per-tree cache carries over.
    const copy = structuredClone(tree)
    start = performance.now()
    processor.runSync(copy, file)
    rule.push(performance.now() - start)
    messages = file.messages.length
  }
  console.log(
    `${name.padEnd(14)} parse ${parseMs.toFixed(0)} ms (once); rules median ${median(rule).toFixed(1)} ms, ` +
      `counting loop median ${median(baseline).toFixed(2)} ms, ratio ${(median(rule) / median(baseline)).toFixed(1)}; ${messages} message(s)`,
  )
}
