#!/usr/bin/env node
/**
 * How long the whole test suite takes, idle and with the machine kept busy,
 * in the same run: the suite sets the pace of every landing, and it must
 * pass on a loaded 2-core machine, not only on an idle one.
 *
 *   npx -y pnpm@10.34.9 build && npx -y pnpm@10.34.9 bench:test-suite [--load N] [--skip-idle]
 *
 * (Through pnpm, as `pnpm test` runs the suite: one test runs
 * `pnpm exec feature-docs` and finds pnpm as the script runner.)
 *
 * Runs `vitest run` (the README's test command less `tsc -b`, so build
 * first) twice: idle, then with N busy-looping processes beside it (default
 * 4, as `stress-ng --cpu 4` does). For each run: wall time, exit code, the
 * closing `tests:` line and the five slowest test files; then the ratio
 * loaded / idle. A run that does not exit 0 with every test passing makes
 * this script exit 1.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

const root = join(import.meta.dirname, '..')
const args = process.argv.slice(2)
const load = args.includes('--load') ? Number(args[args.indexOf('--load') + 1]) : 4
if (!Number.isInteger(load) || load < 1) {
  console.error('bench/test-suite.mjs: --load takes a whole number of busy processes, at least 1')
  process.exit(2)
}

const results = []
if (!args.includes('--skip-idle')) results.push(await timeSuite('idle', 0))
results.push(await timeSuite(`${load} busy processes`, load))

let failed = false
for (const result of results) {
  console.log(`\n${result.label}: ${result.seconds.toFixed(1)} s, exit ${result.code}, ${result.closing}`)
  for (const file of result.slowest) console.log(`  ${file.seconds.toFixed(1).padStart(6)} s  ${file.name}`)
  failed ||= result.code !== 0 || !/ 0 failed, 0 skipped$/u.test(result.closing)
}
if (results.length === 2) console.log(`\nloaded / idle: ${(results[1].seconds / results[0].seconds).toFixed(2)}`)
process.exit(failed ? 1 : 0)

/** One `vitest run` with `busy` CPU-bound processes running beside it. */
async function timeSuite(label, busy) {
  const hogs = Array.from({ length: busy }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }))
  try {
    const start = performance.now()
    // Through pnpm's shim, as `pnpm test` runs it: the shim sets NODE_PATH, which some tests rely on.
    const { code, stdout } = await run(join(root, 'node_modules', '.bin', 'vitest'), [
      'run',
      '--reporter=default',
      '--reporter=./test/support/summary-reporter.ts',
    ])
    const seconds = (performance.now() - start) / 1000
    const closing = stdout.split('\n').findLast((line) => line.startsWith('tests: ')) ?? 'no closing line'
    // The default reporter's line for each file: `✓ path (N tests) 1234ms`, hooks included.
    const files = [...stdout.matchAll(/^ +\S+ (\S+\.test\.ts) \(\d+ tests?[^)]*\) (\d+)ms/gmu)].map((match) => ({
      name: match[1],
      seconds: Number(match[2]) / 1000,
    }))
    const slowest = files.sort((a, b) => b.seconds - a.seconds).slice(0, 5)
    return { label, seconds, code, closing, slowest }
  } finally {
    for (const hog of hogs) hog.kill()
  }
}

/** Run a command in the repository root; its exit code and stdout (stderr passes through). */
function run(command, commandArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk
    })
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout }))
  })
}
