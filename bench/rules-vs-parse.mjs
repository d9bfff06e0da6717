#!/usr/bin/env node
/**
 * How much the preset's rules add to parsing, in CPU time, measured in one
 * process on the same files:
 *
 *   A  = remark-parse + remark-gfm alone (parse only): the issue's baseline;
 *   A' = the parse the preset does: A plus remark-frontmatter and our parse
 *        guard (parse only), so B/A' is what the rules add to the parse
 *        they actually need;
 *   B  = the whole preset (that parse, then remark-lint and every rule);
 *   C  = the preset with only its structural rules (required-sections,
 *        required-table-columns, no-placeholders), so B/C is what the
 *        content rules (required-fields, no-empty-template-sections,
 *        no-template-boilerplate) add.
 *
 * CPU time is the process's (`process.cpuUsage()`, user + system, every
 * thread: V8's concurrent marking and compiler threads count too), not wall
 * time, so a neighbour on a shared machine costs less noise. Rounds run
 * the variants one after another, in an order that rotates every round, so
 * drift hits all of them; the report is the median of each ratio, with min
 * and max, and each variant's main-thread GC pauses.
 *
 * Corpora: the generated one in bench/corpus (`node
 * bench/generate-corpus.mjs`), with the built-in templates chosen by title,
 * and ../shared/corpora/openshift-enhancements (606 enhancement proposals,
 * checked against the corpus's own template.md), each skipped with a note
 * when absent. A folder given on the command line is measured instead: its
 * `docs/` against its `template.md` when it has one, else its `.md` files
 * with the built-in templates.
 *
 *   node bench/generate-corpus.mjs && node bench/rules-vs-parse.mjs [folder] [rounds]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { PerformanceObserver } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { remark } from 'remark'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkPresetLintFeatureDocs from 'remark-preset-lint-feature-docs'
import { unified } from 'unified'
import { VFile } from 'vfile'

const here = dirname(fileURLToPath(import.meta.url))
const rounds = Number(process.argv[3] ?? 7)

// What the preset parses with, from the preset's own dependencies (the bench does not list them).
const fromPreset = createRequire(fileURLToPath(import.meta.resolve('remark-preset-lint-feature-docs')))
const { default: remarkFrontmatter } = await import(pathToFileURL(fromPreset.resolve('remark-frontmatter')).href)
const { remarkParseGuard } = await import(pathToFileURL(fromPreset.resolve('@feature-docs/doc-template')).href)

const corpora = process.argv[2]
  ? [corpusAt(process.argv[2], process.argv[2])]
  : [
      corpusAt('generated (bench/corpus)', join(here, 'corpus'), 'run `node bench/generate-corpus.mjs` first'),
      corpusAt('openshift-enhancements', join(here, '..', '..', 'shared', 'corpora', 'openshift-enhancements')),
    ]

/** A folder's docs and the preset options to check them with, or why it is skipped. */
function corpusAt(name, folder, hint) {
  if (!existsSync(folder)) return { name, skip: `no ${folder}${hint ? `: ${hint}` : ''}` }
  const template = join(folder, 'template.md')
  const own = existsSync(template) && existsSync(join(folder, 'docs'))
  const docs = readdirSync(own ? join(folder, 'docs') : folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => ({ path, value: readFileSync(path, 'utf8') }))
  if (docs.length === 0) return { name, skip: `no .md files in ${folder}` }
  return { name, docs, options: own ? { template } : {} }
}

// Main-thread GC pauses, each with its start; summed per variant over the variant's own time
// window afterwards (entries arrive asynchronously, after the run that caused them).
const gcEntries = []
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcEntries.push({ start: entry.startTime, duration: entry.duration })
}).observe({ entryTypes: ['gc'] })
const gcWithin = (from, to) => {
  const inside = gcEntries.filter((entry) => entry.start >= from && entry.start < to)
  return { pause: inside.reduce((sum, entry) => sum + entry.duration, 0), count: inside.length }
}

const parseOnly = unified().use(remarkParse).use(remarkGfm).freeze()
const parseAsPreset = unified().use(remarkParse).use(remarkParseGuard).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()
const structuralOnly = { 'required-fields': false, 'no-empty-template-sections': false, 'no-template-boilerplate': false }

async function measure(corpus) {
  const preset = remark().use(remarkPresetLintFeatureDocs, corpus.options).freeze()
  const structural = remark().use(remarkPresetLintFeatureDocs, { ...corpus.options, ...structuralOnly }).freeze()
  // Messages per variant that lints: the last run of each (B's is the whole preset's, C's the structural rules').
  const messages = {}
  const parse = (processor) => () => {
    for (const doc of corpus.docs) processor.parse(new VFile(doc))
  }
  const lint = (processor, key) => () => {
    let count = 0
    for (const doc of corpus.docs) {
      const file = new VFile(doc)
      processor.runSync(processor.parse(file), file)
      count += file.messages.length
    }
    messages[key] = count
  }
  const variants = [
    { key: 'A', label: 'A  parse: remark-parse + remark-gfm', run: parse(parseOnly) },
    { key: "A'", label: "A' parse as the preset does (+ front matter, parse guard)", run: parse(parseAsPreset) },
    { key: 'B', label: 'B  whole preset (parse + rules)', run: lint(preset, 'B') },
    { key: 'C', label: 'C  preset, structural rules only', run: lint(structural, 'C') },
  ]
  // Warm up every variant (JIT, template cache), then rotate the order each round.
  for (const variant of variants) variant.run()
  const cpu = Object.fromEntries(variants.map((variant) => [variant.key, []]))
  const wall = Object.fromEntries(variants.map((variant) => [variant.key, []]))
  const pauses = Object.fromEntries(variants.map((variant) => [variant.key, []]))
  const counts = Object.fromEntries(variants.map((variant) => [variant.key, []]))
  for (let round = 0; round < rounds; round++) {
    for (let index = 0; index < variants.length; index++) {
      const variant = variants[(index + round) % variants.length]
      const startWall = performance.now()
      const start = process.cpuUsage()
      variant.run()
      const used = process.cpuUsage(start)
      wall[variant.key].push(performance.now() - startWall)
      cpu[variant.key].push((used.user + used.system) / 1000)
      // GC entries are delivered asynchronously: let them in before reading the sums.
      await new Promise((resolve) => setTimeout(resolve, 1))
      const gc = gcWithin(startWall, startWall + wall[variant.key].at(-1))
      pauses[variant.key].push(gc.pause)
      counts[variant.key].push(gc.count)
    }
  }
  return { cpu, wall, pauses, counts, messages, variants }
}

const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]
const fmt = (value) => value.toFixed(3)
const ratio = (over, under) => over.map((value, index) => value / under[index])
const range = (values) => `median ${fmt(median(values))} (min ${fmt(Math.min(...values))}, max ${fmt(Math.max(...values))})`

for (const corpus of corpora) {
  console.log(`\n== ${corpus.name}`)
  if (corpus.skip) {
    console.log(`skipped: ${corpus.skip}`)
    continue
  }
  const { cpu, wall, pauses, counts, messages, variants } = await measure(corpus)
  console.log(`${corpus.docs.length} docs, ${rounds} rounds; messages per round: ${messages.B} from the preset (B), ${messages.C} from its structural rules (C)`)
  for (const variant of variants) {
    console.log(`${variant.label.padEnd(58)} CPU median ${median(cpu[variant.key]).toFixed(0).padStart(5)} ms, wall ${median(wall[variant.key]).toFixed(0).padStart(5)} ms, GC pauses ${median(pauses[variant.key]).toFixed(0).padStart(4)} ms in ${median(counts[variant.key])} (${((100 * median(ratio(pauses[variant.key], wall[variant.key])))).toFixed(1)} % of wall)`)
  }
  console.log(`CPU ratio B/A  (preset / remark-parse + remark-gfm):  ${range(ratio(cpu.B, cpu.A))}`)
  console.log(`CPU ratio B/A' (preset / the preset's own parse):     ${range(ratio(cpu.B, cpu["A'"]))}`)
  console.log(`CPU ratio A'/A (front matter + parse guard / parse):  ${range(ratio(cpu["A'"], cpu.A))}`)
  console.log(`CPU ratio C/A  (structural rules only / parse):       ${range(ratio(cpu.C, cpu.A))}`)
  console.log(`CPU ratio B/C  (what the content rules add):          ${range(ratio(cpu.B, cpu.C))}`)
  console.log(`wall ratio B/A:                                       ${range(ratio(wall.B, wall.A))}`)
}
