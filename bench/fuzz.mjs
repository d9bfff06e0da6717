#!/usr/bin/env node
/**
 * Fuzzing at scale (issue 11): the generators and checks of the suite's
 * property test (test/support/fuzz.ts, test/fuzz.test.ts) over many more
 * docs. Each doc is linted in-process by the preset (every rule) and by one
 * rule on its own (picked by the generator; `--every-rule`: all six); a run
 * must not throw, must not crash inside a rule, must put every message
 * inside the doc with start <= end, and should stay within a linear time
 * budget (factor x plain remark-parse time of the same text, plus a floor).
 * Prints the count of docs and runs, each distinct failure class (with a
 * minimised reproduction: the shortest doc that showed it, reduced line by
 * line then character by character), and the slowest runs relative to
 * parse time.
 *
 *   npx tsc -b && node bench/fuzz.mjs [--runs N] [--seed S] [--jobs J] [--minutes M] [--corpora K]
 *     [--max-chars C] [--max-repeat R] [--factor F] [--floor MS] [--every-rule]
 *
 * Defaults: 100,000 docs, seed 11, one job per core (job k runs its share
 * of the docs with seed S + k, so a run is reproduced by the same seed and
 * jobs), no time limit (`--minutes M`: each job stops generating after M
 * minutes, and the report gives the count that ran), 40 docs per folder of
 * ../shared/corpora (when present; 0 for none), seeds cut to 8,000
 * characters (at a line end), repeats up to 5,000 (long lines), budget
 * 50 x parse + 100 ms. Exits 1 when a failure that is not a known crash of
 * issue 11 was found.
 *
 * test/support/fuzz.ts is TypeScript: it is transpiled here with the
 * workspace's `typescript` and imported from memory, its packages
 * (fast-check, remark, the rules and the preset from packages/*\/dist)
 * resolved from the `test` workspace package, which depends on all of them
 * (bench/package.json does not list fast-check or the single rules).
 */
import { fork } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`)
  if (at === -1) return fallback
  const value = Number(process.argv[at + 1])
  if (!Number.isFinite(value) || value < 0) {
    console.error(`--${name} expects a number, not ${JSON.stringify(process.argv[at + 1])}`)
    process.exit(2)
  }
  return value
}

const runs = Math.floor(option('runs', 100_000))
const seed = Math.floor(option('seed', 11))
const jobs = Math.max(1, Math.min(Math.floor(option('jobs', availableParallelism())), runs || 1))
const corporaPerFolder = option('corpora', 40)
const maxChars = option('max-chars', 8_000)
const maxRepeat = option('max-repeat', 5_000)
const factor = option('factor', 50)
const floorMs = option('floor', 100)
const minutes = option('minutes', 0)
const everyRule = process.argv.includes('--every-rule')
const worker = process.argv.includes('--worker') ? Math.floor(option('worker', 0)) : -1

/** test/support/fuzz.ts, transpiled, its bare imports resolved from the test package. */
async function loadFuzz() {
  const ts = createRequire(join(root, 'package.json'))('typescript')
  const fromTests = createRequire(join(root, 'test', 'package.json'))
  // fast-check's `require` entry is CommonJS: take the ES module next to its package.json.
  const fastCheck = join(dirname(fromTests.resolve('fast-check/package.json')), 'lib', 'fast-check.js')
  const source = readFileSync(join(root, 'test', 'support', 'fuzz.ts'), 'utf8')
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  })
  const resolved = outputText.replace(/(from\s+|import\s*\(\s*)'([^'.][^']*)'/gu, (whole, before, specifier) => {
    if (specifier.startsWith('node:')) return whole
    const path = specifier === 'fast-check' ? fastCheck : fromTests.resolve(specifier)
    return `${before}'${pathToFileURL(path).href}'`
  })
  const fuzz = await import(`data:text/javascript;base64,${Buffer.from(resolved).toString('base64')}`)
  const fc = (await import(pathToFileURL(fastCheck).href)).default
  return { fuzz, fc }
}

const { fuzz, fc } = await loadFuzz()
const seeds = fuzz.loadSeeds(root, { corporaPerFolder, maxChars })
const runnerOptions = { factor, floorMs, measureAbove: 50, linters: everyRule ? 'every' : 'preset-and-case-rule' }
const size = (fuzzCase) => fuzzCase.doc.length + (fuzzCase.template.kind === 'text' ? fuzzCase.template.text.length : 0)

/** Run job `index` of `count`: its share of the docs, seed + index. Returns what it found. */
function runJob(index, count) {
  const share = Math.floor(runs / count) + (index < runs % count ? 1 : 0)
  const pool = [...seeds.templates, ...seeds.fixtures, ...seeds.corpora]
  const { fuzzCase } = fuzz.generators(seeds, { maxRepeat })
  const runner = new fuzz.FuzzRunner(runnerOptions)
  const classes = new Map()
  const slowest = []
  const byKind = { auto: 0, name: 0, path: 0, text: 0 }
  let docs = 0
  let lintRuns = 0
  const started = performance.now()
  let lastReport = started
  const label = count > 1 ? `job ${index}: ` : ''
  if (share > 0) {
    fc.check(
      fc.property(fuzzCase(pool), (generated) => {
        const result = runner.run(generated)
        docs++
        byKind[generated.template.kind]++
        lintRuns += result.runs.length
        for (const run of result.runs) {
          // Only runs slow enough to have their baseline measured, not tiny ones (noise).
          if (!(run.baseline >= 0.2)) continue
          const ratio = run.elapsed / run.baseline
          if (slowest.length < 10 || ratio > slowest.at(-1).ratio) {
            slowest.push({ ...run, ratio, case: generated })
            slowest.sort((a, b) => b.ratio - a.ratio)
            if (slowest.length > 10) slowest.pop()
          }
        }
        for (const failure of result.failures) {
          let entry = classes.get(failure.signature)
          if (!entry) {
            entry = { failure, count: 0, linters: new Set(), shortest: generated, firstDoc: `${label}doc ${docs}` }
            classes.set(failure.signature, entry)
            const known = fuzz.knownCrash(failure)
            console.log(`  ${label}[doc ${docs}] new failure class: ${failure.signature}${known ? ` (known: ${known.id})` : ''}`)
          }
          entry.count++
          entry.linters.add(failure.linter)
          if (size(generated) < size(entry.shortest)) {
            entry.shortest = generated
            entry.failure = failure
          }
        }
        const now = performance.now()
        if (now - lastReport > 60_000) {
          lastReport = now
          const rate = docs / ((now - started) / 1000)
          console.log(`  ${label}${docs}/${share} docs, ${lintRuns} runs, ${rate.toFixed(1)} docs/s, ${classes.size} failure class(es)`)
        }
        return true
      }),
      // --minutes: stop generating then, and report what ran (not a failure).
      { seed: seed + index, numRuns: share, ...(minutes > 0 ? { interruptAfterTimeLimit: minutes * 60_000, markInterruptAsFailure: false } : {}) },
    )
  }
  runner.close()
  return { docs, lintRuns, byKind, classes: [...classes.values()], slowest, spent: runner.spent }
}

if (worker >= 0) {
  // A job started by the main process: run, send back, exit.
  const result = runJob(worker, jobs)
  process.send(result, () => process.exit(0))
} else {
  console.log(
    `fuzz: ${runs} docs${minutes > 0 ? ` or ${minutes} min` : ''}, seed ${seed}, ${jobs} job(s); seeds: ${seeds.templates.length} templates, ${seeds.fixtures.length} fixtures, ` +
      `${seeds.corpora.length} corpora docs${seeds.corpora.length === 0 ? ' (../shared/corpora absent, or --corpora 0)' : ''}; ` +
      (everyRule ? 'each of the six rules on its own and the preset on every doc; ' : 'the preset and one rule on its own on every doc; ') +
      `budget ${factor} x parse + ${floorMs} ms`,
  )
  const started = performance.now()
  const results =
    jobs === 1
      ? [runJob(0, 1)]
      : await Promise.all(
          Array.from(
            { length: jobs },
            (_, index) =>
              new Promise((resolve, reject) => {
                const child = fork(fileURLToPath(import.meta.url), [...process.argv.slice(2), '--worker', String(index), '--jobs', String(jobs)], {
                  serialization: 'advanced',
                  stdio: 'inherit',
                })
                let result
                child.on('message', (message) => (result = message))
                child.on('error', reject)
                child.on('exit', (code, signal) =>
                  result ? resolve(result) : reject(new Error(`job ${index} ended (${signal ?? `exit ${code}`}) without a result`)),
                )
              }),
          ),
        )
  const seconds = (performance.now() - started) / 1000
  report(results, seconds)
}

function report(results, seconds) {
  const docs = results.reduce((sum, result) => sum + result.docs, 0)
  const lintRuns = results.reduce((sum, result) => sum + result.lintRuns, 0)
  const byKind = { auto: 0, name: 0, path: 0, text: 0 }
  for (const result of results) for (const kind of Object.keys(byKind)) byKind[kind] += result.byKind[kind]
  const lint = results.reduce((sum, result) => sum + result.spent.lint, 0) / 1000
  const baseline = results.reduce((sum, result) => sum + result.spent.baseline, 0) / 1000

  const classes = new Map()
  for (const result of results) {
    for (const entry of result.classes) {
      const merged = classes.get(entry.failure.signature)
      if (!merged) {
        classes.set(entry.failure.signature, { ...entry, linters: new Set(entry.linters) })
        continue
      }
      merged.count += entry.count
      for (const linter of entry.linters) merged.linters.add(linter)
      if (size(entry.shortest) < size(merged.shortest)) Object.assign(merged, { shortest: entry.shortest, failure: entry.failure })
    }
  }

  console.log(
    `\nDone: ${docs} docs, ${lintRuns} lint runs in ${seconds.toFixed(0)} s (${(docs / seconds).toFixed(1)} docs/s over ${results.length} job(s); ` +
      `${lint.toFixed(0)} s linting, ${baseline.toFixed(0)} s measuring parse baselines, summed over jobs). ` +
      `Template given as: none ${byKind.auto}, built-in name ${byKind.name}, file ${byKind.path}, generated doc ${byKind.text}.`,
  )

  const runner = new fuzz.FuzzRunner(runnerOptions)
  let unknown = 0
  const sorted = [...classes.values()].sort((a, b) => b.count - a.count)
  console.log(`\n${sorted.length} failure class(es)${sorted.length === 0 ? '' : ':'}`)
  for (const entry of sorted) {
    const { failure } = entry
    const known = fuzz.knownCrash(failure)
    if (!known) unknown++
    console.log(`\n- ${failure.signature}`)
    console.log(`  ${known ? `known (${known.id})` : 'NEW'}; ${entry.count} time(s), first at ${entry.firstDoc}; linters: ${[...entry.linters].join(', ')}`)
    console.log(`  reason: ${failure.reason}`)
    if (failure.kind === 'slow') {
      console.log(`  shortest case: ${failure.detail}\n  ${fuzz.showCase(entry.shortest, 300)}`)
      continue
    }
    const minimal = fuzz.minimiseCase(runner, entry.shortest, failure, { maxCalls: 400, maxMs: 20_000 })
    const again = runner.run(minimal, { timing: false }).failures.find((found) => found.signature === failure.signature) ?? failure
    console.log(`  where: ${again.detail}`)
    console.log(`  minimal: ${fuzz.showCase(minimal, 1_000)}`)
  }
  runner.close()

  const slowest = results
    .flatMap((result) => result.slowest)
    .sort((a, b) => b.ratio - a.ratio)
    .slice(0, 10)
  console.log(`\nSlowest runs relative to plain remark-parse time of the same text (runs over 50 ms, parse >= 0.2 ms):`)
  for (const run of slowest) {
    console.log(
      `- ${run.ratio.toFixed(0)} x: ${run.linter} ${run.elapsed.toFixed(1)} ms, parse ${run.baseline.toFixed(2)} ms, ${run.chars} chars; ` +
        fuzz.showCase(run.case, 120).replace(/\n\s*/gu, '; '),
    )
  }
  process.exitCode = unknown > 0 ? 1 : 0
}
