/**
 * `feature-docs [paths…]` as a user runs it: the built command in a project
 * folder. Exit codes, the stylish report (byte for byte what remark-cli
 * prints for the same project), --quiet, --silent, color, the files found
 * in folders and by globs, and files never written.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { featureDocs, fixture, project, remarkCli, removeScratch, runNode } from './support/cli.js'

afterAll(removeScratch)

const remarkrc = JSON.stringify({ plugins: ['remark-preset-lint-feature-docs'] })

describe('exit codes and the stylish report', () => {
  let folder: string

  beforeAll(() => {
    folder = project({
      'valid.md': fixture('technical-implementation/valid.md'),
      'docs/table-columns.md': fixture('technical-implementation/table-columns.md'),
      'docs/misspelled.md': fixture('implementation-notes/misspelled.md'),
    })
  })

  it('exits 0 for a valid doc and says so on stderr, nothing on stdout', async () => {
    expect(await featureDocs(folder, ['valid.md'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'valid.md: no issues found\nfeature-docs: checked 1 doc (1 against technical-implementation)\n',
    })
  })

  it('exits 1 for a broken doc, each message at its place (warnings fail the check)', async () => {
    const result = await featureDocs(folder, ['docs/table-columns.md'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      [
        'docs/table-columns.md',
        "6:1-6:52  warning Missing column `Solution` in table: the template's header is `| Issue | Description | Root Cause | Solution | Files Changed |` required-table-columns remark-lint",
        '6:11-6:21 warning Column `Descripton` does not match the template: did you mean `Description`?                                                   required-table-columns remark-lint',
        '',
        '⚠ 2 warnings',
        'feature-docs: checked 1 doc (1 against technical-implementation)',
        '',
      ].join('\n'),
    )
  })

  it('exits 2 for an unknown option, with one line naming it', async () => {
    expect(await featureDocs(folder, ['--frobnicate', 'valid.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: unknown option `--frobnicate` (see `feature-docs --help`)\n',
    })
  })

  it('exits 2 for a path that does not exist, naming it, and still reports the others', async () => {
    const result = await featureDocs(folder, ['valid.md', 'nope.md'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: nope.md: no such file or folder\nvalid.md: no issues found\nfeature-docs: checked 1 doc (1 against technical-implementation)\n',
    })
  })

  it('checks the current folder by default', async () => {
    const result = await featureDocs(folder, ['--quiet'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^docs\/misspelled\.md\n/mu)
    expect(result.stderr).toMatch(/^docs\/table-columns\.md\n/mu)
    expect(result.stderr).toMatch(/⚠ 4 warnings\nfeature-docs: checked 3 docs \(1 against implementation-notes, 2 against technical-implementation\)\n$/u)
  })

  it('--quiet leaves out files without messages; --silent keeps only errors, and the exit code stays 1', async () => {
    const quiet = await featureDocs(folder, ['--quiet', 'valid.md', 'docs/table-columns.md'])
    expect(quiet.code).toBe(1)
    expect(quiet.stderr).not.toContain('valid.md')
    expect(quiet.stderr).toContain('docs/table-columns.md\n')

    // What was checked is said even then: a quiet run must not pass over a doc in silence.
    expect(await featureDocs(folder, ['--quiet', 'valid.md'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'feature-docs: checked 1 doc (1 against technical-implementation)\n',
    })

    // Only warnings here: --silent shows nothing, but the doc still fails.
    expect(await featureDocs(folder, ['--silent', 'docs/table-columns.md'])).toEqual({ code: 1, stdout: '', stderr: '' })
  })

  it('colors the report with --color, never with --no-color', async () => {
    const colored = await featureDocs(folder, ['--color', 'docs/table-columns.md'])
    expect(colored.stderr).toContain('\u001B[33mwarning\u001B[39m')
    const plain = await featureDocs(folder, ['--no-color', 'docs/table-columns.md'], { env: { FORCE_COLOR: '1' } })
    expect(plain.stderr).not.toContain('\u001B[')
  })
})

describe('like remark-cli', () => {
  let folder: string

  beforeAll(() => {
    folder = project(
      {
        '.remarkrc.json': remarkrc,
        'README.md': '# Project\n\nNot a feature doc.\n',
        'docs/valid.md': fixture('technical-implementation/valid.md'),
        'docs/placeholders.md': fixture('technical-implementation/placeholders.md'),
        'docs/notes.markdown': fixture('implementation-notes/wrong-level.md'),
        'docs/notes.txt': fixture('implementation-notes/wrong-level.md'),
        'docs/node_modules/dep/readme.md': fixture('implementation-notes/misspelled.md'),
      },
      { nodeModules: true },
    )
  })

  it('prints the same report as remark-cli --frail for the same project, with the same exit code', async () => {
    const ours = await featureDocs(folder, ['docs'])
    const theirs = await runNode(remarkCli, folder, ['docs', '--frail', '--no-stdout', '--no-color'])
    expect(ours.code).toBe(1)
    // The same, and then what was checked, which remark-cli does not say.
    const summary = 'feature-docs: checked 3 docs (1 against implementation-notes, 2 against technical-implementation)\n'
    expect(ours.stderr.endsWith(summary)).toBe(true)
    expect({ ...ours, stderr: ours.stderr.slice(0, -summary.length) }).toEqual(theirs)
    // Markdown extensions only, node_modules skipped.
    expect(ours.stderr).toContain('docs/notes.markdown\n')
    expect(ours.stderr).not.toContain('notes.txt')
    expect(ours.stderr).not.toContain('node_modules')
  })

  it('expands globs as remark-cli does', async () => {
    const result = await featureDocs(folder, ['docs/*.md'])
    expect(result.stderr.split('\n').filter((line) => /^\S+\.md/u.test(line))).toEqual([
      'docs/placeholders.md',
      'docs/valid.md: no issues found',
    ])
  })

  it('never writes to the files it checks', async () => {
    // remark-stringify would change all of these: CRLF, `*` bullets, trailing spaces, setext headings.
    const quirky = 'Offline Sync - Technical Implementation\r\n=====\r\n\r\n* item  \r\n* [Brief description]\r\n'
    const path = join(folder, 'docs', 'quirky.md')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(path, quirky)
    const before = new Map(['docs/quirky.md', 'docs/placeholders.md', 'docs/valid.md'].map((name) => [name, readFileSync(join(folder, name))]))
    for (const args of [['docs'], ['docs/quirky.md'], ['--format', 'json', 'docs'], ['--template', 'technical-implementation', 'docs/quirky.md']]) {
      await featureDocs(folder, args)
    }
    for (const [name, bytes] of before) expect(readFileSync(join(folder, name)), name).toEqual(bytes)
  })
})
