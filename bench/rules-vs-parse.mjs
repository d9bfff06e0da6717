#!/usr/bin/env node
/**
 * How much the preset's rules add to parsing, measured in one process on
 * the same files: A = remark-parse + remark-gfm alone (parse only),
 * B = the whole preset (parse with GFM and front matter, then every rule),
 * C = the preset with only its structural rules (required-sections,
 * required-table-columns, no-placeholders), so B/C is what the content
 * rules (required-fields, no-empty-template-sections,
 * no-template-boilerplate) add. Rounds alternate A, B and C so drift on a
 * shared machine hits all three; the report is the median of each ratio,
 * with min and max.
 *
 *   node bench/generate-corpus.mjs && node bench/rules-vs-parse.mjs [folder] [rounds]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { remark } from 'remark'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkPresetLintFeatureDocs from 'remark-preset-lint-feature-docs'
import { unified } from 'unified'
import { VFile } from 'vfile'

const here = dirname(fileURLToPath(import.meta.url))
const folder = process.argv[2] ?? join(here, 'corpus')
const rounds = Number(process.argv[3] ?? 7)
const docs = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ path: join(folder, name), value: readFileSync(join(folder, name), 'utf8') }))

const parseOnly = unified().use(remarkParse).use(remarkGfm).freeze()
const preset = remark().use(remarkPresetLintFeatureDocs).freeze()
const structural = remark()
  .use(remarkPresetLintFeatureDocs, { 'required-fields': false, 'no-empty-template-sections': false, 'no-template-boilerplate': false })
  .freeze()

function timeParse() {
  const start = performance.now()
  for (const doc of docs) parseOnly.parse(new VFile(doc))
  return performance.now() - start
}

let messages = 0
function timeProcessor(processor) {
  messages = 0
  const start = performance.now()
  for (const doc of docs) {
    const file = new VFile(doc)
    processor.runSync(processor.parse(file), file)
    messages += file.messages.length
  }
  return performance.now() - start
}

// Warm up all three (JIT, template cache), then alternate.
timeParse()
timeProcessor(structural)
timeProcessor(preset)
const ratios = []
const structuralRatios = []
const contentRatios = []
const parseTimes = []
const presetTimes = []
for (let round = 0; round < rounds; round++) {
  const a = timeParse()
  const c = timeProcessor(structural)
  const b = timeProcessor(preset)
  parseTimes.push(a)
  presetTimes.push(b)
  ratios.push(b / a)
  structuralRatios.push(c / a)
  contentRatios.push(b / c)
}
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]
const fmt = (value) => value.toFixed(3)
console.log(`${docs.length} docs, ${rounds} rounds, ${messages} messages from the preset per round`)
console.log(`parse only (remark-parse + remark-gfm): median ${median(parseTimes).toFixed(0)} ms`)
console.log(`preset (parse + rules):                 median ${median(presetTimes).toFixed(0)} ms`)
const report = (name, values) => console.log(`${name}: median ${fmt(median(values))}, min ${fmt(Math.min(...values))}, max ${fmt(Math.max(...values))}`)
report('ratio preset/parse', ratios)
report('ratio structural rules only/parse', structuralRatios)
report('ratio preset/structural rules only (what the content rules add)', contentRatios)
