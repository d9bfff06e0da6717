/**
 * `--changed-since <ref>` in a real git repository: only the Markdown
 * files added or changed since the ref (committed, changed in the working
 * tree, or new and not ignored), within the paths given, are checked, and a
 * line says how many were and how many were not. No repository or an
 * unknown ref: one line, exit 2.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completed, runProcess } from '../../../test/support/process.js'
import { featureDocs, fixture, project, removeScratch } from './support/cli.js'

afterAll(removeScratch)

async function git(args: string[], cwd: string): Promise<void> {
  const result = completed(await runProcess('git', ['-c', 'user.email=docs@example.com', '-c', 'user.name=Docs', ...args], { cwd }), `git ${args.join(' ')}`)
  if (result.code !== 0) throw new Error(result.stderr)
}

describe('--changed-since', () => {
  let folder: string

  beforeAll(async () => {
    folder = project({
      'docs/old.md': fixture('technical-implementation/misspelled.md'),
      'docs/kept.md': fixture('technical-implementation/valid.md'),
      'docs/edited.md': fixture('technical-implementation/valid.md'),
      'notes/other.md': fixture('technical-implementation/misspelled.md'),
      '.gitignore': 'scratch/\n',
    })
    await git(['init', '--quiet', '--initial-branch=main'], folder)
    await git(['add', '.'], folder)
    await git(['commit', '--quiet', '-m', 'docs'], folder)
    await git(['tag', 'before'], folder)
    // Committed since the tag, changed in the working tree, new, and new but ignored.
    writeFileSync(join(folder, 'docs', 'edited.md'), fixture('technical-implementation/misspelled.md'))
    await git(['commit', '--quiet', '-am', 'edit'], folder)
    writeFileSync(join(folder, 'notes', 'other.md'), `${fixture('technical-implementation/misspelled.md')}\nMore.\n`)
    writeFileSync(join(folder, 'docs', 'new.md'), fixture('technical-implementation/misspelled.md'))
    writeFileSync(join(folder, 'docs', 'notes.txt'), 'not Markdown\n')
    writeFileSync(join(folder, '.gitignore'), 'scratch/\n')
    await git(['add', '.gitignore'], folder)
  })

  it('checks what was added or changed since the ref, and says how many it left out', async () => {
    const result = await featureDocs(folder, ['--changed-since', 'before'])
    expect(result.code).toBe(1)
    const files = result.stderr.split('\n').filter((line) => /^\S+\.md/u.test(line))
    expect(files).toEqual(['docs/edited.md', 'docs/new.md', 'notes/other.md'])
    expect(result.stderr.split('\n')[0]).toBe('feature-docs: 3 Markdown files added or changed since before; 2 unchanged Markdown files not checked')
  })

  it('within the paths given only', async () => {
    const result = await featureDocs(folder, ['--changed-since', 'before', 'docs'])
    expect(result.stderr.split('\n').filter((line) => /^\S+\.md/u.test(line))).toEqual(['docs/edited.md', 'docs/new.md'])
    expect(result.stderr.split('\n')[0]).toBe('feature-docs: 2 Markdown files added or changed since before; 2 unchanged Markdown files not checked')
  })

  it('nothing changed: says so, exit 0', async () => {
    const result = await featureDocs(folder, ['--changed-since', 'HEAD', 'docs/kept.md'])
    expect(result).toEqual({ code: 0, stdout: '', stderr: 'feature-docs: 0 Markdown files added or changed since HEAD; 1 unchanged Markdown file not checked\n' })
  })

  it('an unknown ref, or no repository: one line, exit 2', async () => {
    expect(await featureDocs(folder, ['--changed-since', 'no-such-branch'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: `--changed-since no-such-branch`: no such commit in this repository\n',
    })
    const outside = project({ 'doc.md': '# Notes\n' })
    const result = await featureDocs(outside, ['--changed-since', 'main'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^feature-docs: `--changed-since main`: not a git repository/u)
    expect(result.stderr.split('\n')).toHaveLength(2)
  })
})
