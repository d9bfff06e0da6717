/**
 * Prints one plain closing line, `tests: N passed, N failed, N skipped`,
 * after vitest's own report, so CI logs state the count in a form any tool
 * can read.
 *
 * The line must agree with vitest's exit code, which is 1 not only when a
 * test fails but also when a file cannot be collected or an error escapes
 * every test (an unhandled rejection, a worker that dies, a reporter RPC
 * that times out). Each such error counts as one failure, and is named on a
 * line of its own above the count.
 */
import type { RunnerTask, RunnerTestFile } from 'vitest'
import type { Reporter } from 'vitest/reporters'

export interface Count {
  passed: number
  failed: number
  skipped: number
}

/** Count the tests under `files`, plus one failure per error outside any test. */
export function countTests(files: readonly RunnerTestFile[], errors: readonly unknown[]): Count {
  const count = { passed: 0, failed: 0, skipped: 0 }
  // Returns whether anything under `task` failed, so a suite that failed
  // on its own (in a hook, or while collecting) still counts once.
  const visit = (task: RunnerTask): boolean => {
    if (task.type === 'suite') {
      let failed = false
      for (const child of task.tasks) failed = visit(child) || failed
      if (task.result?.state === 'fail' && !failed) {
        count.failed++
        return true
      }
      return failed
    }
    const state = task.result?.state
    if (state === 'pass') count.passed++
    else if (state === 'fail') count.failed++
    else count.skipped++
    return state === 'fail'
  }
  for (const file of files) visit(file)
  count.failed += errors.length
  return count
}

export default class SummaryReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = [], errors: unknown[] = []): void {
    const count = countTests(files, errors)
    const lines = errors.map((error) => `error outside any test (counted as failed): ${describeError(error)}`)
    lines.push(`tests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`)
    process.stdout.write(`\n${lines.join('\n')}\n`)
  }
}

function describeError(error: unknown): string {
  const message = error && typeof error === 'object' && 'message' in error ? String(error.message) : String(error)
  return message.split('\n')[0]!
}
