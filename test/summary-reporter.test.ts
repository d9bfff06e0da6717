/**
 * The closing line `tests: N passed, N failed, N skipped` agrees with
 * vitest's exit code: the real vitest, with our reporter, over small test
 * projects. An error outside any test (here an unhandled rejection) makes
 * vitest exit 1 although every test passed; it must count as a failure.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runProcess } from './support/process.js'
import { removeScratch, scratch } from './support/scratch.js'

afterAll(removeScratch)

const root = join(import.meta.dirname, '..')
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs')
const reporter = join(root, 'test', 'support', 'summary-reporter.ts')

/** A project of test files run by the real vitest with our reporter; its exit code and closing lines. */
async function runVitest(files: Record<string, string>): Promise<{ code: number | null; closing: string[] }> {
  const folder = scratch('vitest-summary')
  symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'), 'dir')
  mkdirSync(join(folder, 'tests'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, 'tests', name), text)
  writeFileSync(
    join(folder, 'vitest.config.mjs'),
    `export default { test: { include: ['tests/*.test.mjs'], reporters: [${JSON.stringify(reporter)}], pool: 'forks', maxWorkers: 1, minWorkers: 1 } }\n`,
  )
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: 'true' }
  // Not the outer run's own reporter settings or worker state.
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'TEST') delete env[key]
  const result = await runProcess(process.execPath, [vitest, 'run', '--config', 'vitest.config.mjs'], { cwd: folder, env })
  const closing = result.stdout.split('\n').filter((line) => line.startsWith('tests: ') || line.startsWith('error outside any test'))
  return { code: result.code, closing }
}

const passing = `import { it } from 'vitest'\nit('passes', () => {})\nit.skip('is skipped', () => {})\n`

describe('the closing line of a test run', () => {
  it('all passing: exit 0, nothing failed', async () => {
    expect(await runVitest({ 'a.test.mjs': passing })).toEqual({ code: 0, closing: ['tests: 1 passed, 0 failed, 1 skipped'] })
  })

  it('a failing test, a file that cannot load, and an error outside any test: exit 1, each counted once', async () => {
    const result = await runVitest({
      'a.test.mjs': passing,
      'b.test.mjs': `import { expect, it } from 'vitest'\nit('fails', () => { expect(1).toBe(2) })\n`,
      'c.test.mjs': `throw new Error('cannot load')\n`,
      'd.test.mjs': `import { it } from 'vitest'\nit('passes but leaves a rejection behind', () => { Promise.reject(new Error('nobody waits for me')) })\n`,
    })
    expect(result).toEqual({
      code: 1,
      closing: ['error outside any test (counted as failed): nobody waits for me', 'tests: 2 passed, 3 failed, 1 skipped'],
    })
  })
})
