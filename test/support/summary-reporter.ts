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
    const visit = (task: RunnerTask): void => {
      if (task.type === 'suite') {
        for (const child of task.tasks) visit(child)
        return
      }
      const state = task.result?.state
      if (state === 'pass') count.passed++
      else if (state === 'fail') count.failed++
      else count.skipped++
    }
    for (const file of files) {
      visit(file)
      if (file.result?.state === 'fail' && file.tasks.length === 0) count.failed++
    }
    process.stdout.write(`\ntests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`)
  }
}
