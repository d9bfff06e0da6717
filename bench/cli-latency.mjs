#!/usr/bin/env node
/**
 * Single-document latency of the feature-docs command line against
 * remark-cli with the same preset, as a pre-commit hook runs them: one
 * process per commit, checking one valid doc.
 *
 *   pnpm build && node bench/cli-latency.mjs [pairs] [--scenario config|no-config|both] [--bin <entry>]
 *
 * By default it runs the command users install: the bundle the root
 * package ships (pre-commit, `npm install` of this repository). `--bin
 * packages/feature-docs/bin/feature-docs.js` runs the workspace build
 * (`pnpm exec feature-docs`) instead.
 *
 * Scenario `config` (the target): a temporary project whose `.remarkrc.json`
 * names the preset, its node_modules a link to test/node_modules so both
 * commands resolve remark-cli and the preset; then, interleaved A B A B, so
 * drift on a shared machine hits both alike:
 *   A  node <feature-docs> one-doc.md
 *   B  node test/node_modules/remark-cli/cli.js one-doc.md --no-stdout --frail
 * Scenario `no-config`: no `.remarkrc.json`; feature-docs uses the preset as
 * its default configuration, remark-cli gets
 * `--use remark-preset-lint-feature-docs`.
 *
 * Reports each command's median wall time and the median of the per-pair
 * ratios feature-docs / remark-cli. Target: at most 0.6.
 *
 * Measured on the shared 2-core box (Node 20), 15 pairs: the bundle,
 * `config` 0.47 (~200 ms against ~436 ms) and `no-config` 0.46; the
 * workspace build, 0.71 and 0.71 (~300 ms). Both take the fast path (no
 * unified-engine) for named files under no configuration or a JSON one
 * naming only the preset. What is left is Node's start (~60 ms) and
 * loading remark, micromark and the preset; the bundle loads them from a
 * few files instead of hundreds.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'

const root = join(import.meta.dirname, '..')
const args = process.argv.slice(2)
const binIndex = args.indexOf('--bin')
// The bundle by default: what pre-commit and an npm install of the repository run.
const featureDocs = binIndex === -1 ? join(root, 'packages', 'feature-docs', 'bundle', 'feature-docs.mjs') : resolve(args[binIndex + 1])
const remarkCli = join(root, 'test', 'node_modules', 'remark-cli', 'cli.js')
const fixture = join(root, 'fixtures', 'technical-implementation', 'valid.md')
const target = 0.6

const pairs = Number(args.find((arg) => /^\d+$/u.test(arg)) ?? 15)
const scenarioIndex = args.indexOf('--scenario')
const scenario = scenarioIndex === -1 ? 'both' : args[scenarioIndex + 1]
if (!['config', 'no-config', 'both'].includes(scenario)) {
  console.error('usage: node bench/cli-latency.mjs [pairs] [--scenario config|no-config|both] [--bin <feature-docs entry>]')
  process.exit(2)
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Wall time of one run, in ms; the run must pass (exit 0) or the numbers mean nothing. */
function time(command, cwd) {
  const start = performance.now()
  const result = spawnSync(process.execPath, command, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  const elapsed = performance.now() - start
  if (result.status !== 0) {
    throw new Error(`\`node ${command.join(' ')}\` exited ${result.status}:\n${result.stderr}`)
  }
  return elapsed
}

function run(name, withConfig) {
  const project = mkdtempSync(join(tmpdir(), 'feature-docs-latency-'))
  try {
    symlinkSync(join(root, 'test', 'node_modules'), join(project, 'node_modules'), 'dir')
    copyFileSync(fixture, join(project, 'one-doc.md'))
    const a = [featureDocs, 'one-doc.md']
    const b = [remarkCli, 'one-doc.md', '--no-stdout', '--frail']
    if (withConfig) writeFileSync(join(project, '.remarkrc.json'), JSON.stringify({ plugins: ['remark-preset-lint-feature-docs'] }))
    else b.push('--use', 'remark-preset-lint-feature-docs')

    // One untimed run each: file system caches warm for both.
    time(a, project)
    time(b, project)
    const timesA = []
    const timesB = []
    const ratios = []
    for (let pair = 0; pair < pairs; pair++) {
      const ta = time(a, project)
      const tb = time(b, project)
      timesA.push(ta)
      timesB.push(tb)
      ratios.push(ta / tb)
    }
    const ratio = median(ratios)
    console.log(`${name} (${pairs} pairs, interleaved)`)
    console.log(`  feature-docs  median ${median(timesA).toFixed(0)} ms`)
    console.log(`  remark-cli    median ${median(timesB).toFixed(0)} ms`)
    console.log(`  ratio feature-docs/remark-cli, median of pairs: ${ratio.toFixed(2)}`)
    return ratio
  } finally {
    rmSync(project, { recursive: true, force: true })
  }
}

if (scenario !== 'no-config') {
  const ratio = run('config: .remarkrc.json names the preset', true)
  console.log(`  target <= ${target}: ${ratio <= target ? 'met' : 'NOT met'}`)
}
if (scenario !== 'config') run('no-config: preset as default (feature-docs) / --use (remark-cli)', false)
