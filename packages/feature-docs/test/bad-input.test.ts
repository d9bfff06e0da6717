/**
 * Input that is not a feature doc, or not text at all: each gets one clear
 * line naming the file, the documented exit code, and no stack trace, on
 * both paths (the fast path for named files, unified-engine for folders).
 * And a folder of 2,000 docs finishes, even under a low file-descriptor
 * limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completed, runProcess } from '../../../test/support/process.js'
import { join } from 'node:path'
import { bin, featureDocs, fixture, project, removeScratch, type Result } from './support/cli.js'

const bundle = join(import.meta.dirname, '..', 'bundle', 'feature-docs.mjs')

afterAll(removeScratch)

const lines = {
  binary: 'feature-docs: bin.md: holds binary data (a NUL byte at line 2, column 4), not Markdown text',
  latin1: 'feature-docs: latin1.md: is not valid UTF-8 (a bad byte at line 1, column 6): save it as UTF-8 to check it',
  utf16: 'feature-docs: utf16.md: is UTF-16 text, not UTF-8: save it as UTF-8 to check it',
}

describe('files that are not Markdown text', () => {
  let folder: string

  beforeAll(() => {
    folder = project({
      'bin.md': new Uint8Array([0x23, 0x20, 0x41, 0x0a, 0x61, 0x62, 0x63, 0x00, 0x01, 0x02]),
      'latin1.md': new Uint8Array([...Buffer.from('# Caf'), 0xe9, 0x0a]),
      'utf16.md': new Uint8Array([0xff, 0xfe, ...Buffer.from('# Hi\n', 'utf16le')]),
      'real-replacement-character.md': '# Notes \uFFFD kept as written\n',
      'empty.md': '',
      'blank.md': ' \n\n\t\n',
      'valid.md': fixture('implementation-notes/valid.md'),
    })
  })

  const checked = 'feature-docs: checked 1 doc (1 against implementation-notes); 1 file not checked, no template applies to it: real-replacement-character.md'
  for (const [name, env] of [
    ['fast path', {}],
    ['unified-engine', { FEATURE_DOCS_NO_FAST_PATH: '1' }],
  ] as const) {
    it(`binary, not UTF-8 and UTF-16: one line each, exit 2, others still checked (${name})`, async () => {
      const result = await featureDocs(folder, ['bin.md', 'latin1.md', 'utf16.md', 'valid.md', 'real-replacement-character.md'], { env })
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `${lines.binary}\n${lines.latin1}\n${lines.utf16}\nreal-replacement-character.md: no issues found\nvalid.md: no issues found\n${checked}\n`,
      })
    })
  }

  it('found in a folder: the same lines', async () => {
    const result = await featureDocs(folder, ['--quiet'])
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n').filter((line) => line.startsWith('feature-docs:'))).toEqual([
      lines.binary,
      lines.latin1,
      lines.utf16,
      'feature-docs: checked 1 doc (1 against implementation-notes); 3 files not checked, no template applies to them: blank.md, empty.md, real-replacement-character.md',
    ])
    expect(result.stderr).not.toMatch(/\n\s+at /u)
  })

  it('an empty or blank file is no feature doc: an info message, exit 0', async () => {
    const result = await featureDocs(folder, ['empty.md', 'blank.md'])
    const info = ' info Empty file: not a feature doc, nothing to check (give `--template` to check it as one) empty-file feature-docs'
    const checked = 'feature-docs: checked 0 docs; 2 files not checked, no template applies to them: blank.md, empty.md'
    expect(result).toEqual({ code: 0, stdout: '', stderr: `blank.md\n${info}\n\nempty.md\n${info}\n${checked}\n` })
  })

  it('an empty file with --template is checked as that template: exit 1', async () => {
    const result = await featureDocs(folder, ['--template', 'implementation-notes', '--format', 'json', 'empty.md'])
    expect(result.code).toBe(1)
    const [file] = JSON.parse(result.stdout) as { messages: { ruleId: string; reason: string }[] }[]
    expect(file!.messages.map((message) => message.ruleId)).not.toContain('empty-file')
    expect(file!.messages.map((message) => message.reason)).toContain('Missing title: the template expects `# Implementation Notes - [Feature Name]`')
  })

  it('a path that does not exist: one line, exit 2 (fast path and engine alike)', async () => {
    const expected = { code: 2, stdout: '', stderr: 'feature-docs: missing.md: no such file or folder\nfeature-docs: nowhere: no such file or folder\n' }
    expect(await featureDocs(folder, ['missing.md', 'nowhere/'])).toEqual(expected)
    expect({ ...(await featureDocs(folder, ['missing.md', 'nowhere/'], { env: { FEATURE_DOCS_NO_FAST_PATH: '1' } })) }).toEqual(expected)
  })

  it('a path through a file, as if it were a folder: one line, exit 2', async () => {
    expect(await featureDocs(folder, ['valid.md/child.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: valid.md/child.md: cannot read it: a part of the path is not a folder\n',
    })
  })
})

describe('a folder of 2,000 docs', () => {
  let folder: string

  beforeAll(() => {
    const files: Record<string, string> = {}
    for (let index = 1; index <= 2000; index++) files[`docs/note-${String(index).padStart(4, '0')}.md`] = `# Note ${index}\n\nText with [a link](https://example.com).\n`
    files['docs/typo.md'] = '# Offline Sync - Technical Implmentation\n\nText.\n'
    folder = project(files)
  })

  const summary = (result: Result) => ({
    code: result.code,
    stdout: result.stdout,
    files: result.stderr.match(/^docs\/\S+\.md$/gmu),
    last: result.stderr.trimEnd().split('\n').slice(-2),
  })
  // The typo'd title is near a template's: reported, and not checked; the notes are no feature docs.
  const checked = 'feature-docs: checked 0 docs; 2001 files not checked, no template applies to them: docs/note-0001.md, docs/note-0002.md, docs/note-0003.md and 1998 more'
  const expected = { code: 1, stdout: '', files: ['docs/typo.md'], last: ['⚠ 1 warning', checked] }

  it('finishes and reports the one broken doc', async () => {
    expect(summary(await featureDocs(folder, ['--quiet', 'docs']))).toEqual(expected)
  })

  it('finishes under `ulimit -n 256`: files that ran out of descriptors are checked again', async () => {
    const run = await runProcess('sh', ['-c', 'ulimit -n 256 && exec "$0" "$@"', process.execPath, bin, '--quiet', 'docs'], {
      cwd: folder,
      env: { ...process.env, NO_COLOR: '1' },
    })
    const result = completed(run, 'feature-docs under `ulimit -n 256`')
    expect(summary(result)).toEqual(expected)
  })

  it('finishes under `ulimit -n 64` too, modules and all, both as built and as shipped (the bundle)', async () => {
    for (const script of [bin, bundle]) {
      const run = await runProcess('sh', ['-c', 'ulimit -n 64 && exec "$0" "$@"', process.execPath, script, '--quiet', 'docs'], {
        cwd: folder,
        env: { ...process.env, NO_COLOR: '1' },
      })
      expect(summary(completed(run, `${script} under \`ulimit -n 64\``)), script).toEqual(expected)
    }
  })
})

describe('a rule that crashes', () => {
  let folder: string

  beforeAll(() => {
    // A rule built the way ours are, that throws on docs holding `boom`.
    const rc = [
      "import preset from 'remark-preset-lint-feature-docs'",
      "import { templateRule } from '@feature-docs/rule-kit'",
      "const boom = templateRule({ id: 'boom', url: 'https://example.com/boom' }, (tree, file) => {",
      "  if (String(file.value).includes('boom')) throw new TypeError(\"Cannot read properties of undefined (reading 'start')\")",
      '})',
      'export default { plugins: [preset, boom] }',
      '',
    ].join('\n')
    folder = project(
      {
        '.remarkrc.mjs': rc,
        'a.md': `${fixture('implementation-notes/valid.md')}\nboom\n`,
        'b.md': fixture('implementation-notes/misspelled.md'),
      },
      { nodeModules: true },
    )
  })

  it('is one error on its file naming the rule, the other files are checked, exit 2, no stack trace', async () => {
    const result = await featureDocs(folder, ['--format', 'json', 'a.md', 'b.md'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('')
    const files = JSON.parse(result.stdout) as { path: string; messages: { ruleId: string; reason: string; fatal: boolean; line: number; column: number }[] }[]
    expect(files[0]!.messages).toEqual([
      expect.objectContaining({
        ruleId: 'boom',
        line: 1,
        column: 1,
        fatal: true,
        reason:
          "Rule `boom` crashed on this file, so the file is not fully checked: TypeError: Cannot read properties of undefined (reading 'start') (a bug in feature-docs: please report it with this file)",
      }),
    ])
    // The other rules still checked the file that crashed one, and the other file.
    expect(files[1]!.path).toBe('b.md')
    expect(files[1]!.messages.length).toBeGreaterThan(0)
    expect(files[1]!.messages.every((message) => message.ruleId !== 'boom')).toBe(true)
  })

  it('shows the stack trace with --verbose', async () => {
    const result = await featureDocs(folder, ['--verbose', '--no-color', 'a.md'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^a\.md\n1:1 +error Rule `boom` crashed on this file/u)
    expect(result.stderr).toMatch(/\nfeature-docs: a\.md: rule `boom` crashed:\nTypeError: Cannot read properties of undefined \(reading 'start'\)\n +at /u)
    const plain = await featureDocs(folder, ['--no-color', 'a.md'])
    expect(plain.stderr).not.toMatch(/\n\s+at /u)
  })
})
