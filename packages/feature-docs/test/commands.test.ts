/**
 * The other commands: `new` (a doc from a template, then checked: only the
 * author's own placeholders are left), `templates`, `--help`, `--version`,
 * argument errors, `lsp` without `--stdio`, and `--watch`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runProcess, startChild, waitForOutput } from '../../../test/support/process.js'
import { bin, builtinTemplatesFolder, featureDocs, fixture, packageRoot, project, removeScratch, repositoryRoot } from './support/cli.js'

afterAll(removeScratch)

/** Today, local time, as `new` writes it. */
function today(): string {
  const now = new Date()
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

describe('feature-docs new', () => {
  it.each([
    ['implementation-notes', 'Offline Sync', 'offline-sync.md', '# Implementation Notes - Offline Sync\n'],
    ['technical-implementation', 'Offline Sync', 'offline-sync.md', '# Offline Sync - Technical Implementation\n'],
  ])('%s: fills the name and date, prints the path; the doc then has only placeholder and empty-section messages', async (template, name, path, title) => {
    const folder = project()
    expect(await featureDocs(folder, ['new', template, name])).toEqual({ code: 0, stdout: `${path}\n`, stderr: '' })
    const text = readFileSync(join(folder, path), 'utf8')
    const source = readFileSync(join(builtinTemplatesFolder, `${template}.md`), 'utf8')
    expect(text.startsWith(title)).toBe(true)
    expect(text).not.toContain('[Feature Name]')
    expect(text).not.toContain('[Date]')
    if (source.includes('**Feature**: [Feature Name]')) expect(text).toContain(`**Feature**: ${name}\n`)
    if (source.includes('[Date]')) expect(text).toContain(`**Implementation Date**: ${today()}\n`)
    // Everything else is the template, untouched: same number of lines, other placeholders kept.
    expect(text.split('\n')).toHaveLength(source.split('\n').length)
    expect(text).toContain(template === 'implementation-notes' ? '[Technology/Framework Choice]' : '[Brief description]')

    const lint = await featureDocs(folder, ['--format', 'json', path])
    expect(lint.code).toBe(1)
    const [report] = JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[]
    expect(report!.messages.length).toBeGreaterThan(5)
    // Every section holds the template's placeholders and nothing else; the
    // fields the command filled (name, date) are right.
    expect(new Set(report!.messages.map((message) => message.ruleId))).toEqual(new Set(['no-placeholders', 'no-empty-template-sections']))
  })

  it('--output sets the path (folders made); an existing file is never overwritten (exit 2, one line)', async () => {
    const folder = project({ 'docs/taken.md': 'mine\n' })
    expect(await featureDocs(folder, ['new', 'implementation-notes', 'Search: v2', '--output', 'docs/new/search.md'])).toEqual({
      code: 0,
      stdout: 'docs/new/search.md\n',
      stderr: '',
    })
    expect(readFileSync(join(folder, 'docs/new/search.md'), 'utf8')).toMatch(/^# Implementation Notes - Search: v2\n/u)
    expect(await featureDocs(folder, ['new', 'implementation-notes', 'Taken', '--output', 'docs/taken.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: docs/taken.md already exists: not overwriting it (give another path with --output)\n',
    })
    expect(readFileSync(join(folder, 'docs/taken.md'), 'utf8')).toBe('mine\n')
    expect(await featureDocs(folder, ['new', 'implementation-notes', 'Taken', '--output', 'docs'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: docs is a folder: give a file path with --output\n',
    })
  })

  it('takes a template path; escapes Markdown in the name', async () => {
    const folder = project({ 'templates/plan.md': '# Plan: [Feature Name]\n\n## Goals\n\n[Goals]\n\nUpdated: [Last updated date]\n' })
    const result = await featureDocs(folder, ['new', 'templates/plan.md', 'C++ [beta] *fast*'])
    expect(result).toEqual({ code: 0, stdout: 'c-beta-fast.md\n', stderr: '' })
    expect(readFileSync(join(folder, 'c-beta-fast.md'), 'utf8')).toBe(
      `# Plan: C++ \\[beta\\] \\*fast\\*\n\n## Goals\n\n[Goals]\n\nUpdated: ${today()}\n`,
    )
  })

  it('an unknown template, or a missing name: exit 2, one line, nothing written', async () => {
    const folder = project()
    expect(await featureDocs(folder, ['new', 'rfc', 'Offline Sync'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'feature-docs: Unknown template `rfc` in `feature-docs new`: expected one of `implementation-notes`, `technical-implementation`, or a path to a Markdown file\n',
    })
    expect(existsSync(join(folder, 'offline-sync.md'))).toBe(false)
    const missing = await featureDocs(folder, ['new', 'implementation-notes'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^feature-docs: `feature-docs new` needs a template and a feature name[^\n]*\n$/u)
  })
})

describe('feature-docs templates', () => {
  it('lists the built-ins and the templates a project configuration adds, with where they come from', async () => {
    const folder = project(
      {
        '.remarkrc.json': JSON.stringify({ plugins: [['remark-preset-lint-feature-docs', { templates: { rfc: 'docs/rfc-template.md' } }]] }),
        'docs/rfc-template.md': '# RFC: [Title]\n\n## Summary\n',
      },
      { nodeModules: true },
    )
    const builtin = (name: string) => join(builtinTemplatesFolder, `${name}.md`)
    expect(await featureDocs(folder, ['templates'])).toEqual({
      code: 0,
      stdout: [
        `implementation-notes      built-in        ${builtin('implementation-notes')}`,
        'rfc                       .remarkrc.json  docs/rfc-template.md',
        `technical-implementation  built-in        ${builtin('technical-implementation')}`,
        '',
      ].join('\n'),
      stderr: '',
    })
  })

  it('says when the configuration is code it does not run', async () => {
    const folder = project({ '.remarkrc.mjs': 'export default {plugins: []}\n' })
    const result = await featureDocs(folder, ['templates'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^implementation-notes {6}built-in/u)
    expect(result.stderr).toBe('feature-docs: templates that .remarkrc.mjs adds are not listed: only JSON configuration is read without running it\n')
  })
})

describe('help, version and argument errors', () => {
  const folder = project()

  it('--help prints usage on stdout, exit 0', async () => {
    const result = await featureDocs(folder, ['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: feature-docs \[options\] \[paths or globs\.\.\.\]\n/u)
    for (const option of ['--template', '--format', '--output', '--quiet', '--silent', '--watch', '--color', 'new <template>', 'templates', 'lsp --stdio']) {
      expect(result.stdout).toContain(option)
    }
  })

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }
    expect(await featureDocs(folder, ['--version'])).toEqual({ code: 0, stdout: `feature-docs ${version}\n`, stderr: '' })
  })

  it.each([
    [['--format'], 'feature-docs: option `--format` needs a value: one of stylish, json, github, sarif, markdown, gitlab, junit\n'],
    [['--quiet=yes'], 'feature-docs: option `--quiet` takes no value, got `--quiet=yes`\n'],
    [['-x'], 'feature-docs: unknown option `-x` (see `feature-docs --help`)\n'],
    [['templates', '--quiet'], 'feature-docs: option `--quiet` does not apply to `feature-docs templates` (see `feature-docs --help`)\n'],
    [['lsp'], 'feature-docs: `feature-docs lsp` needs `--stdio`: the language server talks over stdin and stdout\n'],
    [['--stdio', 'doc.md'], 'feature-docs: option `--stdio` does not apply to checking docs (see `feature-docs --help`)\n'],
  ])('%j: exit 2, one line', async (args, stderr) => {
    expect(await featureDocs(folder, args)).toEqual({ code: 2, stdout: '', stderr })
  })

  it('runs from the repository root as `pnpm exec feature-docs`', async () => {
    // pnpm sets npm_execpath when it runs the test script; else the pnpm on PATH.
    const execPath = process.env.npm_execpath
    const [command, args] = execPath?.includes('pnpm') ? [process.execPath, [execPath]] : ['pnpm', []]
    const result = await runProcess(command, [...args, 'exec', 'feature-docs', '--format', 'json', 'fixtures/technical-implementation/valid.md'], {
      cwd: repositoryRoot,
    })
    expect(result.error).toBeUndefined()
    expect(result.code, result.stderr).toBe(0)
    const { stdout } = result
    expect(JSON.parse(stdout)).toEqual([{ path: 'fixtures/technical-implementation/valid.md', template: 'technical-implementation', messages: [] }])
  })

  it('`--` ends the options: `-- new` checks a path named `new`', async () => {
    expect(await featureDocs(folder, ['--', 'new'])).toEqual({ code: 2, stdout: '', stderr: 'feature-docs: new: no such file or folder\n' })
  })
})

describe('feature-docs lsp --stdio', () => {
  it('starts the language server, which answers `initialize` over stdio', async () => {
    const child = startChild(process.execPath, [bin, 'lsp', '--stdio'], { cwd: project() })
    const send = (message: object) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message })
      child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
    }
    let stdout = ''
    child.stdout!.setEncoding('utf8')
    child.stdout!.on('data', (chunk: string) => {
      stdout += chunk
    })
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    const answered = waitForOutput(child, child.stdout!, () => stdout, /"capabilities"/u)
    send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } })
    await answered
    expect(stdout).toMatch(/^Content-Length: \d+\r\n\r\n\{"jsonrpc":"2.0","id":1,"result":\{"capabilities"/u)
    send({ id: 2, method: 'shutdown' })
    send({ method: 'exit' })
    expect(await exited).toBe(0)
  })
})

describe('--watch', () => {
  it('checks again when a file changes, until Ctrl+C; the exit code is the last run’s', async () => {
    const folder = project({ 'doc.md': fixture('technical-implementation/misspelled.md') })
    const child = startChild(process.execPath, [bin, '--watch', 'doc.md'], { cwd: folder, env: { ...process.env, NO_COLOR: '1' } })
    let stderr = ''
    child.stderr!.setEncoding('utf8')
    child.stderr!.on('data', (chunk: string) => {
      stderr += chunk
    })
    const waitFor = (pattern: RegExp) => waitForOutput(child, child.stderr!, () => stderr, pattern)
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))

    await waitFor(/Watching\.\.\. \(press Ctrl\+C to exit\)\n/u)
    expect(stderr).toMatch(/^doc\.md\n3:1-3:13 +warning Heading `## Bug Fixes`/u)
    writeFileSync(join(folder, 'doc.md'), fixture('technical-implementation/valid.md'))
    await waitFor(/doc\.md: no issues found\n/u)
    child.kill('SIGINT')
    expect(await exited).toBe(0)
  })
})
