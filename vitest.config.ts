import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['./test/support/setup.ts'],
    // Worker settings for a 2-core machine. Most test time is spent waiting
    // for child processes (the command line, remark-cli, the language
    // server, git, npm, pre-commit), so one worker per core keeps both cores
    // busy: vitest's default (cores - 1) runs one file at a time here.
    // Forks, not threads: a test may change its process's working folder or
    // environment, and a child process that hangs cannot take the runner
    // with it. No isolation: test files share one module graph per worker
    // instead of loading remark, micromark and the rules again for each
    // file; no test mocks modules or changes globals, and files in one
    // worker run one after another.
    pool: 'forks',
    maxWorkers: Math.max(2, availableParallelism()),
    minWorkers: 1,
    isolate: false,
    // The only clock in the suite. A test waits for its child processes to
    // exit (never races them against a timer of its own); these are
    // generous for a loaded 2-core machine, where a one-second test can take
    // ten.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
