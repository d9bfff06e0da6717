/**
 * Prints one plain closing line, `tests: N passed, N failed, N skipped`,
 * after vitest's own report, so CI logs state the count in a form any tool
 * can read.
 */
import type { RunnerTask, RunnerTestFile } from 'vitest'
import type { Reporter } from 'vitest/reporters'

export default class SummaryReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = []): void {
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
    process.stdout.write(`\ntests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`)
  }
}
