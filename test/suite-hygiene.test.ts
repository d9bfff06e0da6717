/**
 * The suite stays steady on a loaded machine: no test blocks the vitest
 * worker with a synchronous child process (past 60 s the worker cannot
 * answer the runner, and vitest fails the run), and no test races a clock
 * of its own shorter than the suite's 60 s test timeout. Child processes go
 * through `test/support/process.ts`, which waits for them.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const suiteTimeout = 60_000

function testSources(): Array<{ path: string; text: string }> {
  const folders = [join(root, 'test'), ...readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name, 'test'))]
  return folders.flatMap((folder) => {
    let entries
    try {
      entries = readdirSync(folder, { recursive: true, withFileTypes: true })
    } catch {
      return []
    }
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.parentPath.includes('node_modules'))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => path !== import.meta.filename)
      .map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }))
  })
}

describe('the test suite itself', () => {
  const sources = testSources()

  it('finds the test files', () => {
    expect(sources.length).toBeGreaterThan(20)
  })

  it('starts no child process synchronously', () => {
    const found = sources.filter(({ text }) => /\b(?:spawnSync|execSync|execFileSync)\s*\(/u.test(text)).map(({ path }) => path)
    expect(found).toEqual([])
  })

  it('sets no timer and no timeout of its own below the suite’s 60 s', () => {
    const found: string[] = []
    for (const { path, text } of sources) {
      if (/\bsetTimeout\s*\(/u.test(text)) found.push(`${path}: setTimeout`)
      if (/\btimeout\s*:/u.test(text)) found.push(`${path}: a timeout option`)
      // A test's or hook's own limit: `it(…, () => {…}, 10_000)`.
      for (const match of text.matchAll(/\},\s*(\d[\d_]*)\s*\)/gu)) {
        const limit = Number(match[1]!.replaceAll('_', ''))
        if (limit < suiteTimeout) found.push(`${path}: a limit of ${limit} ms`)
      }
    }
    expect(found).toEqual([])
  })
})
