#!/usr/bin/env node
/**
 * What a run pays at start for templates, before and after issue 15's
 * "parse less": the built-in templates' models shipped as data (not parsed
 * at every start), and a doc's H1 matched against templates' titles read
 * without parsing each template in full. `FEATURE_DOCS_PARSE_BUILTINS=1`
 * switches both off (every template parsed from its Markdown, every known
 * one in full to match titles): that is "before", in the same build, so
 * one run measures both, interleaved A B A B, and drift on a shared machine
 * hits both alike.
 *
 *   npx tsc -b && node bench/startup.mjs [pairs] [--bin <feature-docs entry>]
 *
 * 1. The command line checking one valid doc (fixtures/technical-
 *    implementation/valid.md), one process per run, as a pre-commit hook
 *    runs it: with no configuration (the built-in templates, picked by
 *    title), and with a `.remarkrc.json` adding five teams' templates by
 *    path (fixtures/templates/*.md). Wall time; the workspace build by
 *    default, `--bin packages/feature-docs/bundle/feature-docs.mjs` for the
 *    bundle (after `pnpm bundle`).
 * 2. In a fresh process each time, so the cost is the cold one a run has:
 *    registering and loading the two built-in templates (after: importing
 *    their data as well), and choosing a template by title for one doc
 *    among the built-ins and the five teams' templates by path (the doc is
 *    parsed first, outside the timing).
 *
 * Reports medians and the median of the per-pair ratios after/before.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

const root = join(import.meta.dirname, '..')
const args = process.argv.slice(2)
const binIndex = args.indexOf('--bin')
const featureDocs = binIndex === -1 ? join(root, 'packages', 'feature-docs', 'bin', 'feature-docs.js') : resolve(args[binIndex + 1])
const pairs = Number(args.find((arg, index) => /^\d+$/u.test(arg) && args[index - 1] !== '--bin') ?? 15)
const fixture = join(root, 'fixtures', 'technical-implementation', 'valid.md')
const teamTemplates = join(root, 'fixtures', 'templates')
const builtinFolder = join(root, 'packages', 'remark-preset-lint-feature-docs', 'templates')
const docTemplate = pathToFileURL(join(root, 'packages', 'doc-template', 'dist', 'index.js')).href
const ruleKit = pathToFileURL(join(root, 'packages', 'rule-kit', 'dist', 'index.js')).href
const models = pathToFileURL(join(root, 'packages', 'remark-preset-lint-feature-docs', 'dist', 'template-models.js')).href

const before = { ...process.env, NO_COLOR: '1', FEATURE_DOCS_PARSE_BUILTINS: '1' }
const after = { ...process.env, NO_COLOR: '1' }
delete after.FEATURE_DOCS_PARSE_BUILTINS

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function run(args, cwd, env) {
  const result = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`\`node ${args.join(' ')}\` exited ${result.status}:\n${result.stderr}`)
  return result.stdout
}

/** Interleaved pairs of `measure(env)` (ms): before, after, before, after… */
function compare(name, measure) {
  measure(before)
  measure(after)
  const times = { before: [], after: [] }
  const ratios = []
  for (let pair = 0; pair < pairs; pair++) {
    const a = measure(before)
    const b = measure(after)
    times.before.push(a)
    times.after.push(b)
    ratios.push(b / a)
  }
  console.log(`${name} (${pairs} pairs, interleaved)`)
  console.log(`  before (FEATURE_DOCS_PARSE_BUILTINS=1)  median ${median(times.before).toFixed(1)} ms`)
  console.log(`  after                                   median ${median(times.after).toFixed(1)} ms`)
  console.log(`  ratio after/before, median of pairs: ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`)
}

const project = mkdtempSync(join(tmpdir(), 'feature-docs-startup-'))
try {
  symlinkSync(join(root, 'test', 'node_modules'), join(project, 'node_modules'), 'dir')
  copyFileSync(fixture, join(project, 'one-doc.md'))
  const team = join(project, 'team')
  mkdirSync(team)
  mkdirSync(join(team, 'templates'))
  symlinkSync(join(root, 'test', 'node_modules'), join(team, 'node_modules'), 'dir')
  copyFileSync(fixture, join(team, 'one-doc.md'))
  const templates = {}
  for (const file of readdirSync(teamTemplates).sort()) {
    copyFileSync(join(teamTemplates, file), join(team, 'templates', file))
    templates[file.replace(/\.md$/u, '')] = `./templates/${file}`
  }
  writeFileSync(join(team, '.remarkrc.json'), JSON.stringify({ plugins: [['remark-preset-lint-feature-docs', { templates }]] }))

  const wall = (args, cwd) => (env) => {
    const start = performance.now()
    run(args, cwd, env)
    return performance.now() - start
  }
  compare('command line, one doc, no configuration', wall([featureDocs, 'one-doc.md'], project))
  compare('command line, one doc, five teams’ templates by path in .remarkrc.json', wall([featureDocs, 'one-doc.md'], team))

  // In a fresh process: what the timed part costs there, printed in ms.
  const inProcess = (code) => (env) => Number(run(['--input-type=module', '-e', code], project, env))
  compare(
    'in-process, cold: register and load the two built-in templates',
    inProcess(`
      const dt = await import(${JSON.stringify(docTemplate)})
      const kit = await import(${JSON.stringify(ruleKit)})
      const start = performance.now()
      const data = process.env.FEATURE_DOCS_PARSE_BUILTINS === '1' ? {} : (await import(${JSON.stringify(models)})).templateModels
      kit.registerBuiltinTemplates(${JSON.stringify(builtinFolder)}, data)
      for (const [name, path] of Object.entries(kit.builtinTemplates())) dt.loadTemplate(path, { name })
      process.stdout.write(String(performance.now() - start))
    `),
  )
  compare(
    'in-process, cold: choose a template by title among the built-ins and five by path',
    inProcess(`
      const dt = await import(${JSON.stringify(docTemplate)})
      const kit = await import(${JSON.stringify(ruleKit)})
      const { VFile } = await import('vfile')
      const { readFileSync } = await import('node:fs')
      const data = process.env.FEATURE_DOCS_PARSE_BUILTINS === '1' ? {} : (await import(${JSON.stringify(models)})).templateModels
      kit.registerBuiltinTemplates(${JSON.stringify(builtinFolder)}, data)
      const value = readFileSync('one-doc.md', 'utf8')
      const tree = dt.parseMarkdown(value)
      const file = new VFile({ path: 'one-doc.md', value })
      const start = performance.now()
      const selection = dt.selectTemplate(file, tree, { templates: { ...kit.builtinTemplates(), ...${JSON.stringify(templates)} }, cwd: ${JSON.stringify(team)} })
      const elapsed = performance.now() - start
      if (selection.template?.name !== 'technical-implementation') throw new Error('chose ' + selection.template?.name)
      process.stdout.write(String(elapsed))
    `),
  )
} finally {
  rmSync(project, { recursive: true, force: true })
}
