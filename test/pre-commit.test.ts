/**
 * The hook through the real pre-commit (Debian's package; .ci/run installs
 * it): a user's repository names this repository at a tag in its
 * .pre-commit-config.yaml; committing a broken feature doc is refused, and
 * committing it fixed goes through. pre-commit installs the hook the way it
 * installs every node hook: `npm install` and `npm pack` in the hook
 * repository's root, then `npm install -g` of the tarball.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hookRepository, must, removeScratch, repositoryRoot, run, scratch, userRepository } from './support/git.js'

const fixtures = join(repositoryRoot, 'fixtures', 'technical-implementation')

afterAll(removeScratch)

describe('pre-commit hook', () => {
  let user: string
  let env: NodeJS.ProcessEnv
  let source: string

  beforeAll(async () => {
    source = await hookRepository('v0.0.0-test')
    user = await userRepository('pre-commit-user')
    env = { PRE_COMMIT_HOME: scratch('pre-commit-home'), PRE_COMMIT_COLOR: 'never' }
    writeFileSync(
      join(user, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${source}\n    rev: v0.0.0-test\n    hooks:\n      - id: feature-docs\n`,
    )
    await must('git', ['add', '.pre-commit-config.yaml'], user)
    await must('git', ['commit', '--quiet', '-m', 'pre-commit config'], user)
    await must('pre-commit', ['install'], user, env)
    // Install the hook's environment now, so each commit below is quick.
    await must('pre-commit', ['install-hooks'], user, env)
  }, 600_000)

  it('refuses a commit of a broken doc, naming the problem', async () => {
    mkdirSync(join(user, 'docs'), { recursive: true })
    copyFileSync(join(fixtures, 'misspelled.md'), join(user, 'docs', 'sync.md'))
    await must('git', ['add', 'docs/sync.md'], user)
    const commit = await run('git', ['commit', '-m', 'broken doc'], user, env)
    expect(commit.status).not.toBe(0)
    expect(commit.output).toMatch(/feature-docs\.+Failed/u)
    expect(commit.output).toContain('docs/sync.md')
    expect(commit.output).toMatch(/3:1-3:13\s+warning\s+Heading `## Bug Fixes` does not match the template: did you mean `## Bugs Fixed`\?/u)
    expect((await run('git', ['rev-list', '--count', 'HEAD'], user)).output.trim()).toBe('1')
  })

  it('lets the fixed doc through, and leaves docs that are not feature docs alone', async () => {
    copyFileSync(join(fixtures, 'valid.md'), join(user, 'docs', 'sync.md'))
    writeFileSync(join(user, 'docs', 'notes.md'), '# Meeting notes\n\n- [ ] follow up\n')
    await must('git', ['add', 'docs'], user)
    const commit = await run('git', ['commit', '-m', 'fixed doc'], user, env)
    expect(commit.output).toMatch(/feature-docs\.+Passed/u)
    expect(commit.status).toBe(0)
    expect((await run('git', ['rev-list', '--count', 'HEAD'], user)).output.trim()).toBe('2')
    expect(readFileSync(join(user, 'docs', 'sync.md'), 'utf8')).toBe(readFileSync(join(fixtures, 'valid.md'), 'utf8'))
  })

  it.skipIf(availableParallelism() < 2)('one process for a commit of many docs: pre-commit does not split them over the cores (the command line does)', async () => {
    // Without `require_serial`, pre-commit would run a process per core, each with a part of the files (two reports).
    mkdirSync(join(user, 'many'), { recursive: true })
    for (let index = 1; index <= 12; index++) copyFileSync(join(fixtures, 'misspelled.md'), join(user, 'many', `doc-${index}.md`))
    await must('git', ['add', 'many'], user)
    try {
      const commit = await run('git', ['commit', '-m', 'many docs'], user, env)
      expect(commit.status).not.toBe(0)
      expect(commit.output.match(/feature-docs: checked \d+ docs/gu)).toEqual(['feature-docs: checked 12 docs'])
      expect(commit.output.match(/⚠ \d+ warnings/gu)).toEqual(['⚠ 24 warnings'])
    } finally {
      // Unstaged and gone, pass or fail, so the next commit is only its own.
      await must('git', ['rm', '-r', '--cached', '--quiet', 'many'], user)
      rmSync(join(user, 'many'), { recursive: true })
    }
  })

  it('with `args: [--fix]`, fixes the staged doc and fails the commit as fixers do; the fixed doc, added, goes through', async () => {
    writeFileSync(
      join(user, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${source}\n    rev: v0.0.0-test\n    hooks:\n      - id: feature-docs\n        args: [--fix]\n`,
    )
    await must('git', ['add', '.pre-commit-config.yaml'], user)
    await must('git', ['commit', '--quiet', '-m', 'fix docs on commit'], user, env)
    copyFileSync(join(fixtures, 'misspelled.md'), join(user, 'docs', 'fixed-on-commit.md'))
    await must('git', ['add', 'docs/fixed-on-commit.md'], user)
    const commit = await run('git', ['commit', '-m', 'misspelled doc'], user, env)
    expect(commit.status).not.toBe(0)
    expect(commit.output).toMatch(/feature-docs\.+Failed/u)
    expect(commit.output).toContain('files were modified by this hook')
    expect(commit.output).toContain('docs/fixed-on-commit.md: written')
    expect(readFileSync(join(user, 'docs', 'fixed-on-commit.md'), 'utf8')).toBe(readFileSync(join(fixtures, 'valid.md'), 'utf8'))
    await must('git', ['add', 'docs/fixed-on-commit.md'], user)
    const again = await run('git', ['commit', '-m', 'fixed doc'], user, env)
    expect(again.output).toMatch(/feature-docs\.+Passed/u)
    expect(again.status).toBe(0)
  })
})
