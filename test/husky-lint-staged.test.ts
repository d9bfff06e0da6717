/**
 * The lint-staged + husky recipe from the README, for real: a project with
 * feature-docs (installed from this repository's npm pack, as the root
 * package ships the bundled command), husky and lint-staged installed from
 * the registry, and a pre-commit hook running lint-staged. Committing a
 * broken feature doc is refused; the fixed doc goes through.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hookRepository, must, removeScratch, repositoryRoot, run, userRepository } from './support/git.js'

const fixtures = join(repositoryRoot, 'fixtures', 'implementation-notes')

afterAll(removeScratch)

describe('husky + lint-staged', () => {
  let user: string

  beforeAll(async () => {
    const source = await hookRepository('v0.0.0-husky')
    const tarball = (await must('npm', ['pack', '--silent', '--pack-destination', source], source)).trim().split('\n').at(-1)!
    user = await userRepository('husky-user')
    writeFileSync(
      join(user, 'package.json'),
      `${JSON.stringify({ name: 'docs-project', private: true, 'lint-staged': { '*.md': 'feature-docs' } }, null, 2)}\n`,
    )
    writeFileSync(join(user, '.gitignore'), 'node_modules/\n')
    await must('npm', ['install', '--save-dev', '--no-audit', '--no-fund', join(source, tarball), 'husky@9.1.7', 'lint-staged@16.4.0'], user)
    await must('npx', ['husky'], user)
    writeFileSync(join(user, '.husky', 'pre-commit'), 'npx lint-staged\n')
    await must('git', ['add', '.'], user)
    await must('git', ['commit', '--quiet', '--no-verify', '-m', 'project'], user)
  }, 600_000)

  it('refuses a commit of a broken doc', async () => {
    mkdirSync(join(user, 'docs'), { recursive: true })
    copyFileSync(join(fixtures, 'missing-sections.md'), join(user, 'docs', 'sync.md'))
    await must('git', ['add', 'docs/sync.md'], user)
    const commit = await run('git', ['commit', '-m', 'broken doc'], user)
    expect(commit.status).not.toBe(0)
    expect(commit.output).toMatch(/1:1-1:38\s+warning\s+Missing section `## Lessons Learned` and its 3 subsections/u)
    expect((await run('git', ['rev-list', '--count', 'HEAD'], user)).output.trim()).toBe('1')
  })

  it('lets the fixed doc through', async () => {
    copyFileSync(join(fixtures, 'valid.md'), join(user, 'docs', 'sync.md'))
    await must('git', ['add', 'docs/sync.md'], user)
    const commit = await run('git', ['commit', '-m', 'fixed doc'], user)
    expect(commit.status, commit.output).toBe(0)
    expect((await run('git', ['rev-list', '--count', 'HEAD'], user)).output.trim()).toBe('2')
  })
})
