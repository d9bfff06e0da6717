#!/usr/bin/env node
/**
 * How much the preset's rules add to parsing, measured in one process on
 * the same files: A = remark-parse + remark-gfm alone (parse only),
 * B = the whole preset (parse with GFM and front matter, then every rule).
 * Rounds alternate A and B so drift on a shared machine hits both; the
 * report is the median ratio B/A, with min and max.
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

function timeParse() {
  const start = performance.now()
  for (const doc of docs) parseOnly.parse(new VFile(doc))
  return performance.now() - start
}

let messages = 0
function timePreset() {
  messages = 0
  const start = performance.now()
  for (const doc of docs) {
    const file = new VFile(doc)
    preset.runSync(preset.parse(file), file)
    messages += file.messages.length
  }
  return performance.now() - start
}

// Warm up both (JIT, template cache), then alternate.
timeParse()
timePreset()
const ratios = []
const parseTimes = []
const presetTimes = []
for (let round = 0; round < rounds; round++) {
  const a = timeParse()
  const b = timePreset()
  parseTimes.push(a)
  presetTimes.push(b)
  ratios.push(b / a)
}
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]
const fmt = (value) => value.toFixed(3)
console.log(`${docs.length} docs, ${rounds} rounds, ${messages} messages from the preset per round`)
console.log(`parse only (remark-parse + remark-gfm): median ${median(parseTimes).toFixed(0)} ms`)
console.log(`preset (parse + rules):                 median ${median(presetTimes).toFixed(0)} ms`)
console.log(`ratio preset/parse: median ${fmt(median(ratios))}, min ${fmt(Math.min(...ratios))}, max ${fmt(Math.max(...ratios))}`)
