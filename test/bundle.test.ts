/**
 * The committed bundle (what pre-commit and npm install from the root) is
 * what the sources build to: rebuild it into a scratch folder and compare
 * every file. Run `pnpm bundle` after changing the sources.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { must, removeScratch, repositoryRoot, scratch } from './support/git.js'

function files(folder: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name)
      found.set(relative(folder, path), readFileSync(path, 'utf8'))
    }
  }
  return found
}

afterAll(removeScratch)

describe('the command line bundle', () => {
  it('matches the sources (run `pnpm bundle` if not)', async () => {
    const fresh = join(scratch('bundle'), 'bundle')
    const committed = join(repositoryRoot, 'packages', 'feature-docs', 'bundle')
    await must('node', [join(repositoryRoot, 'packages', 'feature-docs', 'scripts', 'bundle.mjs'), fresh], repositoryRoot)
    const expected = files(fresh)
    const actual = files(committed)
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [path, content] of expected) expect(actual.get(path), path).toBe(content)
  })

  it('runs with no node_modules around it, built-in templates included', async () => {
    const output = await must('node', [join(repositoryRoot, 'packages', 'feature-docs', 'bundle', 'feature-docs.mjs'), 'templates'], scratch('bundle-run'))
    expect(output).toMatch(/implementation-notes/u)
    expect(output).toMatch(/technical-implementation/u)
  })
})
