/**
 * Paths that must never be read, or never followed: FIFOs, devices, huge
 * files, symlinks out of the folder being searched or in a loop, and
 * templates named by a doc outside its project. Each gets one line naming
 * it and a documented exit code; nothing hangs (every run here is awaited
 * to its end: a hang fails the test by the suite's own timeout); and no
 * file's bytes or modification time change.
 */
import { createHash } from 'node:crypto'
import { lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completed, runProcess } from '../../../test/support/process.js'
import { featureDocs, fixture, project, removeScratch } from './support/cli.js'

afterAll(removeScratch)

const valid = fixture('implementation-notes/valid.md')
const checkedOne = 'feature-docs: checked 1 doc (1 against implementation-notes)'

async function mkfifo(path: string): Promise<void> {
  completed(await runProcess('mkfifo', [path], { cwd: '/' }), `mkfifo ${path}`)
}

/**
 * The bytes (as a SHA-256, which compares in an instant where a deep
 * equality of a 6 MB buffer takes seconds) and modification time of every
 * regular file under `folder` (symlinks not followed).
 */
function snapshot(folder: string): Map<string, { sha256: string; mtimeMs: number }> {
  const found = new Map<string, { sha256: string; mtimeMs: number }>()
  const pending = [folder]
  while (pending.length > 0) {
    const current = pending.pop()!
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name)
      if (entry.isDirectory()) pending.push(path)
      else if (entry.isFile()) found.set(path, { sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), mtimeMs: lstatSync(path).mtimeMs })
    }
  }
  return found
}

describe('a folder with things that are not docs in it', () => {
  let folder: string

  beforeAll(async () => {
    folder = project({
      'outside/secret.md': '# Implementation Notes - Secret\n',
      'docs/ok.md': valid,
      'docs/big.md': `${valid}\n${'word '.repeat(300_000)}\n`,
      'docs/sub/keep.md': valid,
      'docs/ignored/.keep': '',
      'docs/.remarkignore': 'ignored/\n',
    })
    await mkfifo(join(folder, 'docs', 'pipe.md'))
    await mkfifo(join(folder, 'docs', 'ignored', 'pipe.md'))
    symlinkSync('/dev/zero', join(folder, 'docs', 'zero.md'))
    symlinkSync('..', join(folder, 'docs', 'up'))
    symlinkSync('../../outside/secret.md', join(folder, 'docs', 'sub', 'secret.md'))
    symlinkSync('..', join(folder, 'docs', 'sub', 'loop'))
    symlinkSync('sub/keep.md', join(folder, 'docs', 'alias.md'))
  })

  it('skips each with one line, checks the rest once each, and exits 2', async () => {
    const before = snapshot(folder)
    const result = await featureDocs(folder, ['--max-file-size', '1MB', 'docs'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.split('\n')).toEqual([
      'feature-docs: docs/up: a symlink to a folder outside docs: not followed',
      'feature-docs: docs/sub/loop: a symlink to a folder that holds it (a loop): not followed',
      'feature-docs: docs/sub/secret.md: a symlink to a file outside docs: not followed',
      'feature-docs: docs/big.md: 1.4 MB, over the 1 MB limit (`--max-file-size`): skipped',
      'feature-docs: docs/pipe.md: a FIFO, not a regular file: skipped',
      'feature-docs: docs/zero.md: a symlink to a character device, not a regular file: skipped',
      'docs/alias.md: no issues found',
      'docs/ok.md: no issues found',
      'docs/sub/keep.md: no issues found',
      'feature-docs: checked 3 docs (3 against implementation-notes)',
      '',
    ])
    expect(snapshot(folder)).toEqual(before)
  })

  it('named, a FIFO or a symlink to a device is skipped with one line, and the others are checked', async () => {
    const result = await featureDocs(folder, ['docs/pipe.md', 'docs/zero.md', 'docs/ok.md'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'feature-docs: docs/pipe.md: a FIFO, not a regular file: skipped',
        'feature-docs: docs/zero.md: a symlink to a character device, not a regular file: skipped',
        'docs/ok.md: no issues found',
        checkedOne,
        '',
      ].join('\n'),
    })
  })

  it('named alone: one line, exit 2, nothing else read', async () => {
    expect(await featureDocs(folder, ['docs/pipe.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: docs/pipe.md: a FIFO, not a regular file: skipped\n',
    })
  })

  it('the default size limit is 5 MB', async () => {
    const big = project({ 'huge.md': `# Implementation Notes - Huge\n\n${'word '.repeat(1_100_000)}\n` })
    expect(await featureDocs(big, ['huge.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: huge.md: 5.2 MB, over the 5 MB limit (`--max-file-size`): skipped\n',
    })
  })

  it('refuses --max-file-size without a size', async () => {
    expect(await featureDocs(folder, ['--max-file-size', '-1', 'docs/ok.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: option `--max-file-size` needs a value: a size such as 5MB, 500KB or 1048576 (bytes)\n',
    })
  })

  it.each([['0'], ['lots'], ['5 parsecs']])('refuses --max-file-size %j with one line, exit 2', async (value) => {
    expect(await featureDocs(folder, ['--max-file-size', value, 'docs/ok.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `feature-docs: \`--max-file-size\` takes a size such as 5MB, 500KB or 1048576 (bytes), not \`${value}\`\n`,
    })
  })

  it('a FIFO or a device as --template is a usage error, never read', async () => {
    for (const template of ['docs/pipe.md', 'docs/zero.md']) {
      expect(await featureDocs(folder, ['--template', template, 'docs/ok.md'])).toEqual({
        code: 2,
        stdout: '',
        stderr: `feature-docs: Template \`${join(folder, template)}\` is not a regular file (a FIFO, socket or device): not read\n`,
      })
    }
  })

  it('a FIFO named in front matter: one message on the doc, nothing read, and later imports still work', async () => {
    writeFileSync(join(folder, 'docs', 'fm.md'), '---\ntemplate: pipe.md\n---\n# X\n')
    try {
      // The stylish report loads vfile-reporter after the template was looked at (nodejs/node#51142).
      const result = await featureDocs(folder, ['docs/fm.md'])
      expect(result).toEqual({
        code: 1,
        stdout: '',
        stderr: [
          'docs/fm.md',
          `1:1-3:4 warning Template \`${join(folder, 'docs', 'pipe.md')}\` is not a regular file (a FIFO, socket or device): not read required-sections remark-lint`,
          '',
          '⚠ 1 warning',
          '',
        ].join('\n'),
      })
    } finally {
      writeFileSync(join(folder, 'docs', 'fm.md'), '')
    }
  })
})

describe('templates a doc names in front matter', () => {
  let folder: string

  beforeAll(() => {
    folder = project({
      'outside/secret.md': '# Secret Plan - [Name]\n\n## Credentials\n\n## Hosts\n',
      'repo/.remarkrc.json': '{}',
      'repo/templates/plan.md': '# Plan - [Name]\n\n## Risks\n',
      'repo/docs/escape.md': '---\ntemplate: ../../outside/secret.md\n---\n# Secret Plan - X\n',
      'repo/docs/inside.md': '---\ntemplate: ../templates/plan.md\n---\n# Plan - X\n\n## Risks\n\nNone.\n',
      'repo/docs/via-link.md': '---\ntemplate: link.md\n---\n# Secret Plan - X\n',
    })
    symlinkSync(join(folder, 'outside', 'secret.md'), join(folder, 'repo', 'docs', 'link.md'))
    mkdirSync(join(folder, 'repo', '.git'))
  })

  it('may not leave the project: an error on the doc, and nothing of the other file in the report', async () => {
    const result = await featureDocs(join(folder, 'repo'), ['--format', 'json', '--no-config', 'docs/escape.md', 'docs/inside.md', 'docs/via-link.md'])
    expect(result.code).toBe(1)
    const files = JSON.parse(result.stdout) as { path: string; messages: { reason: string; line: number; column: number }[] }[]
    const root = join(folder, 'repo')
    expect(files.map((file) => [file.path, file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`)])).toEqual([
      [
        'docs/escape.md',
        [
          `1:1 Template \`../../outside/secret.md\` in front matter \`template:\` is outside this doc's project (${root}): not read. Name it in the configuration's \`templates\`, or set \`allowTemplatesOutsideProject\``,
        ],
      ],
      ['docs/inside.md', []],
      [
        'docs/via-link.md',
        [
          `1:1 Template \`link.md\` in front matter \`template:\` is outside this doc's project (${root}): not read. Name it in the configuration's \`templates\`, or set \`allowTemplatesOutsideProject\``,
        ],
      ],
    ])
    expect(result.stdout).not.toContain('Credentials')
  })

  it('may, when the configuration allows it', async () => {
    const root = join(folder, 'repo')
    writeFileSync(join(root, '.remarkrc.json'), JSON.stringify({ plugins: [['remark-preset-lint-feature-docs', { allowTemplatesOutsideProject: true }]] }))
    symlinkSync(join(import.meta.dirname, '..', '..', '..', 'test', 'node_modules'), join(root, 'node_modules'), 'dir')
    const result = await featureDocs(root, ['--format', 'json', 'docs/escape.md'])
    const [file] = JSON.parse(result.stdout) as { messages: { reason: string }[] }[]
    expect(file!.messages.map((message) => message.reason)).toEqual([
      'Missing section `## Credentials`: the template expects it as the first section',
      'Missing section `## Hosts`: the template expects it after `## Credentials`',
    ])
    expect(statSync(join(folder, 'outside', 'secret.md')).isFile()).toBe(true)
  })
})

describe('Markdown that would make the parser take minutes', () => {
  it('is refused before parsing with one line each, on both paths, and the other docs are checked', async () => {
    const folder = project({
      'brackets.md': `# Implementation Notes - X\n\n${']'.repeat(1_000_000)}\n`,
      'quotes.md': `${'>'.repeat(20_000)} deep\n`,
      'ok.md': valid,
    })
    const expected = {
      code: 2,
      stdout: '',
      stderr: [
        'feature-docs: brackets.md: has more than 10,000 square brackets in one paragraph, which the Markdown parser takes minutes to read (its time grows with their square): not checked; split the paragraph, or put the text in a code block',
        'feature-docs: quotes.md: nests 20000 block quotes or lists on one line, more than the 100 the Markdown parser can take: not checked',
        'ok.md: no issues found',
        checkedOne,
        '',
      ].join('\n'),
    }
    expect(await featureDocs(folder, ['brackets.md', 'quotes.md', 'ok.md'])).toEqual(expected)
    expect(await featureDocs(folder, ['.'])).toEqual(expected)
  })
})

describe('control characters in file names', () => {
  it('are escaped in every report format', async () => {
    const folder = project({
      'bad\nname.md': fixture('implementation-notes/misspelled.md'),
      'plain\tx.md': '# Hello\n',
      'esc\u001b[31m.md': valid,
    })
    const stylish = await featureDocs(folder, ['--quiet', '--no-color', '.'])
    expect(stylish.code).toBe(1)
    const lines = stylish.stderr.split('\n')
    expect(lines[0]).toBe('bad\\nname.md')
    expect(lines.at(-2)).toBe(
      'feature-docs: checked 2 docs (2 against implementation-notes); 1 file not checked, no template applies to it: plain\\tx.md',
    )
    expect(stylish.stderr).not.toContain('\u001b')
    // Every line of the report is a line of the report: none starts inside a file name.
    expect(lines.filter((line) => line.startsWith('name.md'))).toEqual([])

    const json = JSON.parse((await featureDocs(folder, ['--format', 'json', '.'])).stdout) as { path: string }[]
    expect(json.map((file) => file.path)).toEqual(['bad\nname.md', 'esc\u001b[31m.md', 'plain\tx.md'])

    const github = (await featureDocs(folder, ['--format', 'github', '.'])).stdout.split('\n').filter(Boolean)
    expect(github.every((line) => line.startsWith('::error file=bad%0Aname.md,'))).toBe(true)

    const sarif = JSON.parse((await featureDocs(folder, ['--format', 'sarif', '.'])).stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[]
    }
    expect(new Set(sarif.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set(['bad%0Aname.md']))
  })

  it('and in the lines about files that cannot be checked', async () => {
    const folder = project({ 'bin\n.md': new Uint8Array([0x23, 0x00]) })
    expect(await featureDocs(folder, ['.'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: bin\\n.md: holds binary data (a NUL byte at line 1, column 2), not Markdown text\n',
    })
  })
})

describe('files untouched, always', () => {
  it('no plain run, in any format or way of naming files, changes a byte or a modification time of any hostile input', async () => {
    const folder = project({
      'docs/binary.md': new Uint8Array([0x23, 0x20, 0x41, 0x0a, 0x00, 0x01, 0xff]),
      'docs/latin1.md': new Uint8Array([...Buffer.from('# Caf'), 0xe9, 0x0a]),
      'docs/utf16.md': new Uint8Array([0xff, 0xfe, ...Buffer.from('# Hi\n', 'utf16le')]),
      'docs/bom-crlf.md': '\uFEFF# Implementation Notes - X\r\n\r\n## Overview\r\n\r\n[Brief description]\r\n',
      'docs/brackets.md': `# Implementation Notes - X\n\n${']'.repeat(200_000)}\n`,
      'docs/nested.md': `${'> '.repeat(5_000)}x\n`,
      'docs/unclosed.md': '# Offline Sync - Technical Implementation\n\n## Bugs Fixed\n\n[see www.example.com\n',
      'docs/empty.md': '',
      'docs/big.md': `# Implementation Notes - X\n\n${'word '.repeat(1_200_000)}\n`,
      'docs/name\nwith newline.md': valid,
      'docs/fm-escape.md': '---\ntemplate: ../../outside.md\n---\n# X\n',
      'docs/ok.md': valid,
      'outside.md': '# Secret - [X]\n',
    })
    await mkfifo(join(folder, 'docs', 'pipe.md'))
    symlinkSync('/dev/zero', join(folder, 'docs', 'zero.md'))
    symlinkSync('..', join(folder, 'docs', 'up'))
    const before = snapshot(folder)
    expect(before.size).toBe(13)
    const runs = [
      ['docs'],
      ['--format', 'json', 'docs'],
      ['--format', 'sarif', 'docs'],
      ['--format', 'github', 'docs'],
      ['--template', 'implementation-notes', 'docs'],
      ['docs/binary.md', 'docs/brackets.md', 'docs/bom-crlf.md', 'docs/pipe.md', 'docs/zero.md', 'docs/big.md'],
    ]
    for (const args of runs) {
      const result = await featureDocs(folder, args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr, args.join(' ')).not.toMatch(/\n\s+at /u)
    }
    expect(snapshot(folder)).toEqual(before)
  })
})
