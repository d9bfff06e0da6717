/**
 * Real editors over the real language server: the Neovim and Emacs (eglot)
 * setups in `docs/editors.md`, taken from the doc itself (the fenced block
 * after its `<!-- editors-test: … -->` marker), run headless as a user's
 * configuration over a doc with two misspelled headings in a project of its
 * own. Each editor shows the two warnings, offers the quick fix for one,
 * applies it, saves, and then shows only the other warning.
 *
 * The server is the built bin (`tsc -b` first), on the editor's PATH as
 * `feature-docs-language-server`, as an install puts it. The editors are
 * Debian's (`neovim`, `emacs-nox`, `elpa-eglot`, `elpa-markdown-mode`),
 * which `.ci/run` installs: without them these tests fail, they do not skip.
 *
 * The scripts that drive the editors are in `support/editors/`; each writes
 * what its editor held, as JSON, and exits. A test waits for that exit and
 * sets no clock of its own: the scripts' waits are guards against a hang
 * only.
 */
import { chmod, copyFile, mkdir, readFile, realpath, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runProcess, type Exited } from './support/process.js'
import { removeScratch, scratch } from './support/scratch.js'

const root = join(import.meta.dirname, '..')
const editorsDoc = join(root, 'docs', 'editors.md')
const drivers = join(import.meta.dirname, 'support', 'editors')
const serverBin = join(root, 'packages', 'feature-docs', 'bin', 'feature-docs-language-server.js')
const fixtures = join(root, 'fixtures', 'technical-implementation')

afterAll(removeScratch)

describe('docs/editors.md: the blocks the editor tests run', () => {
  it('has a marked Lua block for Neovim and a marked Emacs Lisp block for eglot', async () => {
    const markdown = await readFile(editorsDoc, 'utf8')
    expect(snippet(markdown, 'neovim', 'lua')).toContain("cmd = { 'feature-docs-language-server', '--stdio' }")
    expect(snippet(markdown, 'emacs', 'elisp')).toContain('("feature-docs-language-server" "--stdio")')
  })
})

describe('Neovim with the setup from docs/editors.md', () => {
  it('shows both warnings, applies the quick fix for `## Bug Fixes`, and shows only the other one after saving', async () => {
    await requireCommand('nvim', 'Neovim (nvim)', 'neovim')
    const project = await userProject('nvim')
    const init = join(project.home, 'init.lua')
    await writeFile(init, snippet(await readFile(editorsDoc, 'utf8'), 'neovim', 'lua'))
    const resultFile = join(project.home, 'result.json')
    const title = 'Replace `## Bug Fixes` with `## Bugs Fixed`'

    const exited = await runProcess(
      'nvim',
      // The driver first (`--cmd`), so it hears the first diagnostics; no swap file, no shada.
      ['--headless', '-n', '-i', 'NONE', '--cmd', `luafile ${join(drivers, 'neovim.lua')}`, '-u', init, project.doc],
      {
        cwd: project.folder,
        env: { ...project.env, FEATURE_DOCS_EDITOR_RESULT: resultFile, FEATURE_DOCS_EDITOR_LINE: '2', FEATURE_DOCS_EDITOR_ACTION: title },
      },
    )
    // Where Neovim logs the server's stderr: the cache folder before 0.10, the state folder since.
    const logs = [join(project.home, '.cache', 'nvim', 'lsp.log'), join(project.home, '.local', 'state', 'nvim', 'lsp.log')]
    const result = await editorResult<NeovimResult>(resultFile, exited, 'nvim', logs)

    expect(result.filetype).toBe('markdown')
    // The doc's root search found the project (its `.git`), and the server came from PATH.
    expect(result.clients).toEqual([{ name: 'feature-docs', root_dir: project.folder }])
    // As `vim.diagnostic.get()` holds them: 0-based lines, byte columns (ASCII here), severity 2 = WARN.
    const expected = (await fixtureMessages()).map((message) => ({
      lnum: message.line,
      col: message.column,
      end_lnum: message.endLine,
      end_col: message.endColumn,
      code: message.rule,
      source: 'remark-lint',
      message: message.reason,
      severity: 2,
    }))
    expect(expected.map((diagnostic) => diagnostic.lnum)).toEqual([2, 122])
    expect(byPosition(result.before)).toEqual(expected)
    expect(result.before[0]).toMatchObject({ lnum: 2, col: 0, end_lnum: 2, end_col: 12 })
    expect(result.actions).toEqual([{ title, kind: 'quickfix', isPreferred: true }])
    expect(await readFile(project.doc, 'utf8')).toBe(withLine(project.original, 2, '## Bugs Fixed'))
    expect(byPosition(result.after)).toEqual([expected[1]])
    expect(exited.code).toBe(0)
  }, 240_000)
})

describe('Emacs and eglot with the setup from docs/editors.md', () => {
  it('shows both warnings in Flymake, applies the quick fix for `### Rollback Procedures`, and shows only the other one after saving', async () => {
    await requireCommand('emacs', 'Emacs', 'emacs-nox elpa-eglot elpa-markdown-mode')
    const project = await userProject('emacs')
    const init = join(project.home, 'init.el')
    await writeFile(init, snippet(await readFile(editorsDoc, 'utf8'), 'emacs', 'elisp'))
    const resultFile = join(project.home, 'result.json')

    const exited = await runProcess('emacs', ['--batch', '-Q', '-l', join(drivers, 'emacs.el')], {
      cwd: project.folder,
      env: {
        ...project.env,
        FEATURE_DOCS_EDITOR_INIT: init,
        FEATURE_DOCS_EDITOR_DOC: project.doc,
        FEATURE_DOCS_EDITOR_RESULT: resultFile,
        FEATURE_DOCS_EDITOR_LINE: '122',
      },
    })
    const result = await editorResult<EmacsResult>(resultFile, exited, 'emacs')

    expect(result.mode).toBe('markdown-mode')
    // eglot took the doc's entry (not its own marksman) and the project (its `.git`) as the root.
    expect(result.server).toEqual(['feature-docs-language-server', '--stdio'])
    expect(result.root).toBe(`${project.folder}/`)
    // As Flymake holds them: positions from the buffer (0-based lines, character columns), eglot's text.
    const expected = (await fixtureMessages()).map((message) => ({
      line: message.line,
      column: message.column,
      end_line: message.endLine,
      end_column: message.endColumn,
      type: 'eglot-warning',
      text: `remark-lint [${message.rule}]: ${message.reason}`,
      code: message.rule,
      source: 'remark-lint',
    }))
    expect(result.before).toEqual(expected)
    expect(result.before[1]).toMatchObject({ line: 122, column: 0, end_line: 122, end_column: 23 })
    expect(result.actions).toEqual([{ title: 'Replace `### Rollback Procedures` with `### Rollback Procedure`', kind: 'quickfix', isPreferred: true }])
    expect(await readFile(project.doc, 'utf8')).toBe(withLine(project.original, 122, '### Rollback Procedure'))
    expect(result.after).toEqual([expected[0]])
    expect(exited.code).toBe(0)
  }, 240_000)
})

/**
 * The fenced block of `language` that follows the `<!-- editors-test: name … -->`
 * marker in docs/editors.md (blank lines between them allowed, nothing else).
 */
function snippet(markdown: string, name: string, language: string): string {
  const marker = new RegExp(`^<!-- editors-test: ${name}\\b[^\\n]*-->\\n(?:[ \\t]*\\n)*\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'mu')
  const match = marker.exec(markdown)
  if (!match) throw new Error(`docs/editors.md has no \`\`\`${language} block right after a <!-- editors-test: ${name} --> marker`)
  return match[1]!
}

/** Fail, naming the Debian packages, when the editor is not installed. */
async function requireCommand(command: string, editor: string, packages: string): Promise<void> {
  const probe = await runProcess(command, ['--version'], { cwd: root })
  if (probe.error || probe.code !== 0) {
    throw new Error(
      `${editor} is needed for this test and \`${command} --version\` failed (${probe.error?.message ?? `exit code ${probe.code}`}): ` +
        `run .ci/run, which installs it, or apt-get install ${packages}`,
    )
  }
}

interface UserProject {
  /** The project folder: a git repository. */
  folder: string
  /** Its `docs/misspelled.md`, a copy of the fixture. */
  doc: string
  original: string
  /** The editor's home, with the config files and the result. */
  home: string
  /** The editor's environment: the server command on PATH, HOME and XDG folders in `home`. */
  env: NodeJS.ProcessEnv
}

/** A user's project with a broken doc, and a home for the editor with the server command on its PATH. */
async function userProject(name: string): Promise<UserProject> {
  const base = await realpath(scratch(`editor-${name}`))
  const folder = join(base, 'project')
  const home = join(base, 'home')
  const bin = join(base, 'bin')
  await mkdir(join(folder, 'docs'), { recursive: true })
  await mkdir(home)
  await mkdir(bin)
  const init = await runProcess('git', ['init', '--quiet', folder], { cwd: base })
  if (init.code !== 0) throw new Error(`git init failed: ${init.error?.message ?? init.stderr}`)
  const doc = join(folder, 'docs', 'misspelled.md')
  await copyFile(join(fixtures, 'misspelled.md'), doc)

  // The command an install puts on PATH, run by the node running the tests.
  const command = join(bin, 'feature-docs-language-server')
  await writeFile(command, `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(serverBin)} "$@"\n`)
  await chmod(command, 0o755)

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    XDG_CACHE_HOME: join(home, '.cache'),
  }
  return { folder, doc, original: await readFile(doc, 'utf8'), home, env }
}

interface CodeActionSeen {
  title: string
  kind: string | null
  isPreferred: boolean
}

/** What `support/editors/neovim.lua` writes: diagnostics as `vim.diagnostic.get()` holds them. */
interface NeovimResult {
  nvim: string
  filetype: string
  clients: Array<{ name: string; root_dir: string | null }>
  before: NeovimDiagnostic[]
  actions: CodeActionSeen[]
  after: NeovimDiagnostic[]
}

interface NeovimDiagnostic {
  lnum: number
  col: number
  end_lnum: number
  end_col: number
  code: string | null
  source: string | null
  message: string
  severity: number
}

/** What `support/editors/emacs.el` writes: diagnostics as Flymake holds them. */
interface EmacsResult {
  emacs: string
  eglot: string
  mode: string
  server: string[]
  root: string
  before: EmacsDiagnostic[]
  actions: CodeActionSeen[]
  after: EmacsDiagnostic[]
}

interface EmacsDiagnostic {
  line: number
  column: number
  end_line: number
  end_column: number
  type: string
  text: string
  code: string | null
  source: string | null
}

/** The driver's JSON, or a failure that shows why there is none or why it reports an error. */
async function editorResult<Result>(file: string, exited: Exited, editor: string, logs: string[] = []): Promise<Result> {
  const output = () => `${editor} exited with code ${exited.code} (signal ${exited.signal})${exited.error ? `, ${exited.error.message}` : ''}\n--- stdout\n${exited.stdout}\n--- stderr\n${exited.stderr}`
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new Error(`${editor} wrote no result.\n${output()}`)
  }
  const result = JSON.parse(text) as Result & { error?: string; server_stderr?: string }
  if (result.error !== undefined) {
    let logText = ''
    for (const log of logs) logText += await readFile(log, 'utf8').then((text) => `--- ${log}\n${text}\n`, () => '')
    throw new Error(`${editor}: ${result.error}\n${result.server_stderr ? `--- server stderr\n${result.server_stderr}\n` : ''}${logText}${output()}`)
  }
  return result
}

interface FixtureMessage {
  line: number
  column: number
  endLine: number
  endColumn: number
  rule: string
  reason: string
}

/** misspelled.messages.txt (`line:column-line:column rule: reason`, 1-based) with 0-based positions. */
async function fixtureMessages(): Promise<FixtureMessage[]> {
  const text = await readFile(join(fixtures, 'misspelled.messages.txt'), 'utf8')
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match = /^(\d+):(\d+)-(\d+):(\d+) ([a-z-]+): (.*)$/u.exec(line)
      if (!match) throw new Error(`Unexpected expected message: ${line}`)
      const [, startLine, startColumn, endLine, endColumn, rule = '', reason = ''] = match
      return { line: Number(startLine) - 1, column: Number(startColumn) - 1, endLine: Number(endLine) - 1, endColumn: Number(endColumn) - 1, rule, reason }
    })
}

/** Neovim keeps diagnostics in the order the server sent them; compare them in document order. */
function byPosition<T extends { lnum: number; col: number }>(diagnostics: T[]): T[] {
  return [...diagnostics].sort((a, b) => a.lnum - b.lnum || a.col - b.col)
}

/** `text` with its 0-based line `index` replaced, every other line as it was. */
function withLine(text: string, index: number, line: string): string {
  const lines = text.split('\n')
  expect(lines[index]).not.toBe(line)
  return [...lines.slice(0, index), line, ...lines.slice(index + 1)].join('\n')
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`
}
