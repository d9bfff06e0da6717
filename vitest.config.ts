import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    // Tests that start real processes (remark-cli, the language server,
    // pre-commit) need longer than the default 5 s on a loaded 2-core box.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
