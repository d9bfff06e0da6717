#!/usr/bin/env node
/**
 * A whole corpus, cold, as CI runs it: the command line over every doc of
 * a folder against its template, measured against remark-cli with
 * remark-gfm and no rules over the same folder, in the same run,
 * interleaved (B A1 A2 B A1 A2 ...), so drift on a shared machine hits all
 * alike. Reports the median wall time of each and the medians of the
 * per-round ratios:
 *   A1 = feature-docs with its default pool (one worker thread per core)
 *   A2 = feature-docs --concurrency 1 (the main thread only)
 *   A3 = feature-docs --cache, warm (every doc unchanged since the warm-up)
 *   B  = remark --use remark-gfm --no-stdout --silent (parse, no rules)
 *   F  = parse-floor.mjs: the files read and parsed with remark-gfm in a
 *        pool set up as ours, and nothing else: no linter on remark's
 *        parser checks them faster on this machine (the floor of A1)
 * Targets (issue 15): A1/B at most 0.55 on the 2-core machine; A3 no
 * slower than mdschema (not installable here: A3/B is reported instead).
 * F/B says how far below remark-cli parsing alone gets with every core;
 * A1/F is what our engine, rules and report add to it.
 *
 * With --memory, also the peak RSS (/usr/bin/time, Debian's `time`) of A1
 * and A2 over the corpus once and over 8 copies of it: target 8x/1x at
 * most 1.5. A1 is measured in each format of --formats (default json; the
 * report goes to a file, stylish's to /dev/null), A2 in json.
 *
 *   node bench/corpus-run.mjs [--corpus DIR] [--template FILE] [--rounds N] [--memory [--formats json,sarif,…]]
 *
 * Default corpus: ../shared/corpora/openshift-enhancements (606 KEPs,
 * checked against its template.md); without it, bench/corpus from
 * generate-corpus.mjs with the built-in templates.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(name)
  return at === -1 ? fallback : args[at + 1]
}
const shared = join(root, '..', 'shared', 'corpora', 'openshift-enhancements')
const corpus = resolve(option('--corpus', existsSync(shared) ? join(shared, 'docs') : join(here, 'corpus')))
const template = option('--template', existsSync(shared) && corpus.startsWith(shared) ? join(shared, 'template.md') : undefined)
const rounds = Number(option('--rounds', 5))
if (!existsSync(corpus)) {
  console.error(`No corpus at ${corpus}: run node bench/generate-corpus.mjs, or give --corpus`)
  process.exit(2)
}

const featureDocs = join(root, 'packages', 'feature-docs', 'bin', 'feature-docs.js')
const remark = join(root, 'test', 'node_modules', 'remark-cli', 'cli.js')
const templateArgs = template ? ['--template', template] : []
const scratchFolder = mkdtempSync(join(tmpdir(), 'corpus-run-'))
const output = join(scratchFolder, 'report.json')
const cacheFile = join(scratchFolder, 'cache.json')

const commands = {
  // remark-gfm by path: the corpus folder has no node_modules to find it in.
  B: [remark, '--use', join(root, 'test', 'node_modules', 'remark-gfm', 'index.js'), '--no-stdout', '--silent', '--no-config', '.'],
  A1: [featureDocs, ...templateArgs, '--format', 'json', '--output', output, '.'],
  A2: [featureDocs, '--concurrency', '1', ...templateArgs, '--format', 'json', '--output', output, '.'],
  A3: [featureDocs, '--cache-location', cacheFile, ...templateArgs, '--format', 'json', '--output', output, '.'],
  F: [join(here, 'parse-floor.mjs')],
}

function run(name, cwd) {
  const start = performance.now()
  const result = spawnSync(process.execPath, commands[name], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } })
  const wall = performance.now() - start
  if (result.status !== 0 && result.status !== 1) throw new Error(`${name} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`)
  return wall
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const docs = readdirSync(corpus, { recursive: true }).filter((name) => String(name).endsWith('.md')).length
console.log(`corpus ${corpus}: ${docs} docs; ${availableParallelism()} cores; ${rounds} rounds`)
// One warm-up of each: the file system cache, not our start, is what a first run measures.
for (const name of Object.keys(commands)) run(name, corpus)
const walls = { A1: [], A2: [], A3: [], B: [], F: [] }
const ratios = { A1: [], A2: [], A3: [], F: [], 'A1/F': [] }
for (let round = 0; round < rounds; round++) {
  const b = run('B', corpus)
  const a1 = run('A1', corpus)
  const a2 = run('A2', corpus)
  const a3 = run('A3', corpus)
  const f = run('F', corpus)
  walls.F.push(f)
  ratios.F.push(f / b)
  ratios['A1/F'].push(a1 / f)
  walls.A3.push(a3)
  ratios.A3.push(a3 / b)
  walls.B.push(b)
  walls.A1.push(a1)
  walls.A2.push(a2)
  ratios.A1.push(a1 / b)
  ratios.A2.push(a2 / b)
}
console.log(`remark-cli + remark-gfm, no rules (B): ${Math.round(median(walls.B))} ms`)
const spread = (name) => `${median(ratios[name]).toFixed(2)} (min ${Math.min(...ratios[name]).toFixed(2)}, max ${Math.max(...ratios[name]).toFixed(2)})`
console.log(`parse alone in a pool (F): ${Math.round(median(walls.F))} ms; F/B ${spread('F')}; A1/F ${spread('A1/F')}`)
console.log(`feature-docs, pool (A1): ${Math.round(median(walls.A1))} ms; A1/B ${spread('A1')}`)
console.log(`feature-docs --cache, warm (A3): ${Math.round(median(walls.A3))} ms; A3/B ${spread('A3')}`)
console.log(`feature-docs, one thread (A2): ${Math.round(median(walls.A2))} ms; A2/B ${spread('A2')}`)

if (args.includes('--memory')) {
  const eight = mkdtempSync(join(tmpdir(), 'corpus-run-8x-'))
  for (let copy = 1; copy <= 8; copy++) cpSync(corpus, join(eight, `copy-${copy}`), { recursive: true })
  const formats = option('--formats', 'json').split(',')
  const inFormat = (name, format) => {
    const args = [...commands[name]]
    args[args.indexOf('--format') + 1] = format
    // stylish writes on stderr (dropped here), not to --output.
    return format === 'stylish' ? args.filter((arg, index) => arg !== '--output' && args[index - 1] !== '--output') : args
  }
  const peakFile = join(scratchFolder, 'peak.txt')
  const peakIn = (name, format, cwd) => {
    // The report to a file (stylish's, on stderr, is dropped); the peak RSS from time's own file.
    const result = spawnSync('/usr/bin/time', ['-o', peakFile, '-f', '%M', process.execPath, ...inFormat(name, format)], { cwd, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } })
    const kilobytes = Number(readFileSync(peakFile, 'utf8').trim().split('\n').at(-1))
    if (!Number.isFinite(kilobytes) || result.error) throw new Error(`no peak RSS from /usr/bin/time (apt-get install time): ${result.error ?? ''}`)
    return kilobytes / 1024
  }
  for (const [name, format] of [...formats.map((format) => ['A1', format]), ['A2', 'json']]) {
    const one = peakIn(name, format, corpus)
    const many = peakIn(name, format, eight)
    console.log(`peak RSS ${name} --format ${format}: ${Math.round(one)} MB over 1x, ${Math.round(many)} MB over 8x: ${(many / one).toFixed(2)}x`)
  }
  rmSync(eight, { recursive: true, force: true })
}
rmSync(scratchFolder, { recursive: true, force: true })
