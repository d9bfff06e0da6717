/**
 * The language server as an editor sees it: the built bin
 * (`bin/feature-docs-language-server.js`, which imports `dist/`, so run
 * `tsc -b` first) started as a child process and spoken to over stdio by a
 * real JSON-RPC client, in a real workspace folder on disk.
 *
 * Two workspaces: one with no remark configuration, where the preset is the
 * fallback; and one whose `.remarkrc.json` turns `required-sections` off,
 * which must win over the fallback.
 */
import type { ChildProcess } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type CodeAction,
  type Command,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-protocol/node.js'
import { runProcess, startChild } from '../../../test/support/process.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const bin = join(root, 'packages', 'feature-docs', 'bin', 'feature-docs-language-server.js')
const fixtures = join(root, 'fixtures', 'technical-implementation')
const warning = 2 // DiagnosticSeverity.Warning

describe('language server, workspace without remark configuration: the preset is the fallback', () => {
  let folder: string
  let server: Server
  let misspelled: { uri: string; text: string; diagnostics: Diagnostic[] }

  beforeAll(async () => {
    folder = await workspace()
    // A project's package.json without a `remarkConfig` field is no configuration.
    await writeFile(join(folder, 'package.json'), JSON.stringify({ name: 'docs-project', private: true }))
    await copyFile(join(fixtures, 'misspelled.md'), join(folder, 'docs', 'misspelled.md'))
    await writeFile(join(folder, 'docs', 'notes.md'), '# Team notes\n\nNot a feature doc: [no template] applies here.\n')
    await writeFile(join(folder, '.remarkignore'), 'drafts/\n')
    await mkdir(join(folder, 'drafts'))
    await copyFile(join(fixtures, 'misspelled.md'), join(folder, 'drafts', 'misspelled.md'))
    server = await Server.start(folder)
  })

  afterAll(async () => {
    await server?.dispose()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('reports each misspelled heading at its exact range, as a warning with rule id, source and readme link', async () => {
    const path = join(folder, 'docs', 'misspelled.md')
    const uri = pathToFileURL(path).href
    const text = await readFile(path, 'utf8')
    server.open(uri, text)
    const published = await server.nextDiagnostics(uri)
    expect(published.version).toBe(1)

    const expected = await expectedDiagnostics(join(fixtures, 'misspelled.messages.txt'))
    expect(expected).toHaveLength(2)
    expect(published.diagnostics.map(summary)).toEqual(expected)
    // LSP positions are 0-based: `3:1-3:13` in the messages file.
    expect(published.diagnostics[0]?.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 12 } })
    expect(published.diagnostics[1]?.range).toEqual({ start: { line: 122, character: 0 }, end: { line: 122, character: 23 } })
    misspelled = { uri, text, diagnostics: published.diagnostics }
  })

  it('offers a quick fix that replaces exactly the misspelled heading with the template heading', async () => {
    const diagnostic = misspelled.diagnostics[0]!
    const actions = await server.codeActions(misspelled.uri, diagnostic.range, [diagnostic])
    expect(actions).toEqual([
      {
        title: 'Replace `## Bug Fixes` with `## Bugs Fixed`',
        kind: 'quickfix',
        isPreferred: true,
        edit: {
          changes: {
            [misspelled.uri]: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 12 } }, newText: '## Bugs Fixed' }],
          },
        },
      },
    ])
  })

  it('publishes no diagnostics once both quick fixes are applied', async () => {
    const edits: TextEdit[] = []
    for (const diagnostic of misspelled.diagnostics) {
      const [action, ...others] = await server.codeActions(misspelled.uri, diagnostic.range, [diagnostic])
      expect(others).toEqual([])
      const changes = isCodeAction(action) ? action.edit?.changes?.[misspelled.uri] : undefined
      expect(changes, `a quick fix for ${JSON.stringify(diagnostic.message)}`).toHaveLength(1)
      edits.push(...changes!)
    }
    expect(edits.map((edit) => edit.newText)).toEqual(['## Bugs Fixed', '### Rollback Procedure'])

    const fixed = applyEdits(misspelled.text, edits)
    expect(fixed.split('\n')[2]).toBe('## Bugs Fixed')
    expect(fixed.split('\n')[122]).toBe('### Rollback Procedure')
    server.change(misspelled.uri, 2, fixed)
    const published = await server.nextDiagnostics(misspelled.uri)
    expect(published.version).toBe(2)
    expect(published.diagnostics).toEqual([])
  })

  it('leaves a doc that is not a feature doc alone', async () => {
    const path = join(folder, 'docs', 'notes.md')
    const uri = pathToFileURL(path).href
    server.open(uri, await readFile(path, 'utf8'))
    const published = await server.nextDiagnostics(uri)
    expect(published.version).toBe(1)
    expect(published.diagnostics).toEqual([])
  })

  it('leaves a doc that .remarkignore ignores alone', async () => {
    const path = join(folder, 'drafts', 'misspelled.md')
    const uri = pathToFileURL(path).href
    server.open(uri, await readFile(path, 'utf8'))
    const published = await server.nextDiagnostics(uri)
    expect(published.diagnostics).toEqual([])
  })

  it('shuts down cleanly', async () => {
    expect(await server.shutdown()).toEqual({ code: 0, signal: null })
  })
})

describe('language server, workspace with its own .remarkrc.json: the configuration wins over the fallback', () => {
  let folder: string
  let server: Server

  beforeAll(async () => {
    folder = await workspace()
    // The workspace's own node_modules, so `remark-preset-lint-feature-docs`
    // (and `remark`) resolve from the folder as they would in a project.
    await symlink(join(root, 'test', 'node_modules'), join(folder, 'node_modules'), 'dir')
    await writeFile(
      join(folder, '.remarkrc.json'),
      JSON.stringify({ plugins: [['remark-preset-lint-feature-docs', { 'required-sections': false }]] }, null, 2),
    )
    await copyFile(join(fixtures, 'misspelled.md'), join(folder, 'docs', 'misspelled.md'))
    await copyFile(join(fixtures, 'table-columns.md'), join(folder, 'docs', 'table-columns.md'))
    // A closer configuration that uses no plugin at all also wins.
    await mkdir(join(folder, 'docs', 'unchecked'))
    await writeFile(join(folder, 'docs', 'unchecked', '.remarkrc.json'), JSON.stringify({ plugins: [] }))
    await copyFile(join(fixtures, 'misspelled.md'), join(folder, 'docs', 'unchecked', 'misspelled.md'))
    server = await Server.start(folder)
  })

  afterAll(async () => {
    await server?.dispose()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('does not report what the configuration turned off', async () => {
    const uri = pathToFileURL(join(folder, 'docs', 'misspelled.md')).href
    server.open(uri, await readFile(join(folder, 'docs', 'misspelled.md'), 'utf8'))
    const published = await server.nextDiagnostics(uri)
    expect(published.version).toBe(1)
    expect(published.diagnostics).toEqual([])
  })

  it('still runs the preset the configuration names, once, with its quick fixes', async () => {
    const uri = pathToFileURL(join(folder, 'docs', 'table-columns.md')).href
    server.open(uri, await readFile(join(folder, 'docs', 'table-columns.md'), 'utf8'))
    const published = await server.nextDiagnostics(uri)
    const expected = await expectedDiagnostics(join(fixtures, 'table-columns.messages.txt'))
    expect(expected).toHaveLength(2)
    expect(published.diagnostics.map(summary)).toEqual(expected)

    // The misspelled column has its quick fix too.
    const column = published.diagnostics[1]!
    const actions = await server.codeActions(uri, column.range, [column])
    expect(actions).toEqual([
      {
        title: 'Replace `Descripton` with `Description`',
        kind: 'quickfix',
        isPreferred: true,
        edit: { changes: { [uri]: [{ range: column.range, newText: 'Description' }] } },
      },
    ])
  })

  it('does not fall back to the preset under a configuration without plugins', async () => {
    const path = join(folder, 'docs', 'unchecked', 'misspelled.md')
    const uri = pathToFileURL(path).href
    server.open(uri, await readFile(path, 'utf8'))
    const published = await server.nextDiagnostics(uri)
    expect(published.version).toBe(1)
    expect(published.diagnostics).toEqual([])
  })

  it('shuts down cleanly', async () => {
    expect(await server.shutdown()).toEqual({ code: 0, signal: null })
  })
})

describe('language server quick fixes: one of each kind, each applied on its own, after which its message is gone', () => {
  let folder: string
  let server: Server
  let uri: string
  let text: string
  let version = 1

  beforeAll(async () => {
    folder = await workspace()
    await copyFile(join(fixtures, 'quick-fixes.md'), join(folder, 'docs', 'quick-fixes.md'))
    server = await Server.start(folder)
    uri = pathToFileURL(join(folder, 'docs', 'quick-fixes.md')).href
    text = await readFile(join(folder, 'docs', 'quick-fixes.md'), 'utf8')
  })

  afterAll(async () => {
    await server?.dispose()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  /** The one quick fix offered for `diagnostic`, as its single edit. */
  async function onlyFix(diagnostic: Diagnostic): Promise<{ title: string; edit: TextEdit }> {
    const actions = await server.codeActions(uri, diagnostic.range, [diagnostic])
    expect(actions, `quick fixes for ${JSON.stringify(diagnostic.message)}`).toHaveLength(1)
    const [action] = actions
    expect(isCodeAction(action) && action.kind).toBe('quickfix')
    const edits = isCodeAction(action) ? action.edit?.changes?.[uri] : undefined
    expect(edits).toHaveLength(1)
    expect(edits![0]!.range).toEqual(diagnostic.range)
    return { title: (action as CodeAction).title, edit: edits![0]! }
  }

  it('fixes a heading level, a column name, a heading spelling and a field value, one at a time', async () => {
    server.open(uri, text)
    let published = await server.nextDiagnostics(uri)
    const expected = await expectedDiagnostics(join(fixtures, 'quick-fixes.messages.txt'))
    expect(expected.map((diagnostic) => diagnostic.code)).toEqual(['required-sections', 'required-sections', 'required-table-columns', 'required-fields'])
    expect(published.diagnostics.map(summary)).toEqual(expected)

    const fixes = [
      // The message, what the edit writes, and the line (0-based) it leaves.
      { message: 'Heading `#### Key Commits` is at level 4', newText: '### Key Commits', line: 34, after: '### Key Commits' },
      { message: 'Column `Descripton`', newText: 'Description', line: 5, after: '| Issue | Description | Root Cause | Solution | Files Changed |' },
      { message: 'Heading `### Rollback Procedures`', newText: '### Rollback Procedure', line: 122, after: '### Rollback Procedure' },
      { message: 'Field `Risk Level` has `Lw`', newText: 'Low', line: 130, after: '**Risk Level**: Low  ' },
    ]
    let remaining = published.diagnostics
    for (const fix of fixes) {
      const diagnostic = remaining.find((candidate) => candidate.message.startsWith(fix.message))
      expect(diagnostic, fix.message).toBeDefined()
      const { title, edit } = await onlyFix(diagnostic!)
      expect(edit.newText).toBe(fix.newText)
      expect(title).toContain(`\`${fix.newText}\``)

      text = applyEdits(text, [edit])
      expect(text.split('\n')[fix.line]).toBe(fix.after)
      server.change(uri, ++version, text)
      published = await server.nextDiagnostics(uri)
      expect(published.version).toBe(version)
      // Only the fixed message is gone; the others are still there, unmoved
      // (every edit stays on its own line).
      expect(published.diagnostics.map((candidate) => candidate.message)).toEqual(
        remaining.filter((candidate) => candidate !== diagnostic).map((candidate) => candidate.message),
      )
      remaining = published.diagnostics
    }
    expect(remaining).toEqual([])
  })

  it('shuts down cleanly', async () => {
    expect(await server.shutdown()).toEqual({ code: 0, signal: null })
  })
})

describe('language server quick fixes the library does not offer: inserting a missing section', () => {
  let folder: string
  let server: Server

  beforeAll(async () => {
    folder = await workspace()
    await copyFile(join(fixtures, 'misspelled.md'), join(folder, 'docs', 'misspelled.md'))
    server = await Server.start(folder)
  })

  afterAll(async () => {
    await server?.dispose()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('inserts a missing section where the template has it; its placeholders and empty sections are then reported there', async () => {
    // valid.md without `## Monitoring & Observability` (lines 97-110), which stood after `## Testing Strategy`.
    const lines = (await readFile(join(fixtures, 'valid.md'), 'utf8')).split('\n')
    expect(lines[96]).toBe('## Monitoring & Observability')
    expect(lines[110]).toBe('## Deployment Notes')
    const text = [...lines.slice(0, 96), ...lines.slice(110)].join('\n')
    const uri = pathToFileURL(join(folder, 'docs', 'offline-sync.md')).href
    server.open(uri, text)
    let published = await server.nextDiagnostics(uri)
    expect(published.version).toBe(1)
    expect(published.diagnostics.map(summary)).toEqual(
      diagnosticsOf(
        '1:1-1:42 required-sections: Missing section `## Monitoring & Observability` and its 3 subsections: the template expects it after `## Testing Strategy`',
      ),
    )
    const [missing] = published.diagnostics

    // Where the section goes: the start of the line of `## Deployment Notes`, the next section.
    const at = { line: 96, character: 0 }
    const section = [
      '## Monitoring & Observability',
      '',
      '### Logs Added',
      '',
      '- [New logging for debugging and monitoring]',
      '- [Error tracking improvements]',
      '',
      '### Metrics Available',
      '',
      '- [Performance metrics that can be monitored]',
      '- [Business metrics that can be tracked]',
      '',
      '### Debugging Tools',
      '',
      '- [Debug endpoints or tools added]',
      '- [Development utilities created]',
      '',
      '',
    ].join('\n')
    const actions = await server.codeActions(uri, missing!.range, [missing!])
    expect(actions).toEqual([
      {
        title: 'Insert missing section `## Monitoring & Observability`',
        kind: 'quickfix',
        isPreferred: true,
        diagnostics: [missing],
        edit: { changes: { [uri]: [{ range: { start: at, end: at }, newText: section }] } },
      },
    ])
    // Asked for other kinds only, it offers none.
    expect(await server.codeActions(uri, missing!.range, [missing!], ['refactor'])).toEqual([])
    expect(await server.codeActions(uri, missing!.range, [missing!], ['quickfix'])).toEqual(actions)

    const fixed = applyEdits(text, [(actions[0] as CodeAction).edit!.changes![uri]![0]!])
    expect(fixed.split('\n').slice(95, 114)).toEqual(['', ...section.split('\n').slice(0, -1), '## Deployment Notes'])
    server.change(uri, 2, fixed)
    published = await server.nextDiagnostics(uri)
    expect(published.version).toBe(2)
    // The missing section is gone; what the template leaves to write in it is reported in it.
    expect(published.diagnostics.map(summary)).toEqual(
      diagnosticsOf(`
101:3-101:45 no-placeholders: Unexpected placeholder \`[New logging for debugging and monitoring]\`: replace it with the doc's own text
102:3-102:32 no-placeholders: Unexpected placeholder \`[Error tracking improvements]\`: replace it with the doc's own text
106:3-106:46 no-placeholders: Unexpected placeholder \`[Performance metrics that can be monitored]\`: replace it with the doc's own text
107:3-107:41 no-placeholders: Unexpected placeholder \`[Business metrics that can be tracked]\`: replace it with the doc's own text
111:3-111:35 no-placeholders: Unexpected placeholder \`[Debug endpoints or tools added]\`: replace it with the doc's own text
112:3-112:34 no-placeholders: Unexpected placeholder \`[Development utilities created]\`: replace it with the doc's own text
97:1-97:30 no-empty-template-sections: Section \`## Monitoring & Observability\` is empty, and so are its 3 subsections: the template expects content here
`),
    )
    expect(published.diagnostics.map((diagnostic) => textAt(fixed, diagnostic.range))).toEqual([
      '[New logging for debugging and monitoring]',
      '[Error tracking improvements]',
      '[Performance metrics that can be monitored]',
      '[Business metrics that can be tracked]',
      '[Debug endpoints or tools added]',
      '[Development utilities created]',
      '## Monitoring & Observability',
    ])
  })

  it('counts the byte order mark the rules leave out: an insertion at the end of line 1 goes after its last character', async () => {
    const title = '# Offline Sync - Technical Implementation'
    const text = `\uFEFF${title}`
    const uri = pathToFileURL(join(folder, 'docs', 'with-bom.md')).href
    server.open(uri, text)
    let published = await server.nextDiagnostics(uri)
    const missing = published.diagnostics.find((diagnostic) => diagnostic.message.startsWith('Missing section `## Bugs Fixed`'))
    // The library's own range for the title leaves the mark out.
    expect(missing && summary(missing)).toEqual(
      diagnosticsOf('1:1-1:42 required-sections: Missing section `## Bugs Fixed` and its 3 subsections: the template expects it as the first section')[0],
    )
    const [action, ...others] = await server.codeActions(uri, missing!.range, [missing!])
    expect(others).toEqual([])
    expect(isCodeAction(action) && action.title).toBe('Insert missing section `## Bugs Fixed`')
    const [edit, ...more] = (action as CodeAction).edit!.changes![uri]!
    expect(more).toEqual([])
    // The mark and the title's 41 characters come before it.
    expect(edit!.range).toEqual({ start: { line: 0, character: 42 }, end: { line: 0, character: 42 } })
    expect(edit!.newText.startsWith('\n\n## Bugs Fixed\n\n### Critical Issues Resolved\n')).toBe(true)

    const fixed = applyEdits(text, [edit!])
    expect(fixed.split('\n').slice(0, 3)).toEqual([`\uFEFF${title}`, '', '## Bugs Fixed'])
    server.change(uri, 2, fixed)
    published = await server.nextDiagnostics(uri)
    expect(published.version).toBe(2)
    expect(published.diagnostics.filter((diagnostic) => diagnostic.message.startsWith('Missing section `## Bugs Fixed`'))).toEqual([])
  })

  it('adds nothing to the fix the library offers itself: a misspelled heading gets exactly one', async () => {
    const uri = pathToFileURL(join(folder, 'docs', 'misspelled.md')).href
    server.open(uri, await readFile(join(folder, 'docs', 'misspelled.md'), 'utf8'))
    const published = await server.nextDiagnostics(uri)
    expect(published.diagnostics.map((diagnostic) => diagnostic.range)).toEqual([
      { start: { line: 2, character: 0 }, end: { line: 2, character: 12 } },
      { start: { line: 122, character: 0 }, end: { line: 122, character: 23 } },
    ])
    const titles = []
    for (const diagnostic of published.diagnostics) {
      const actions = await server.codeActions(uri, diagnostic.range, [diagnostic])
      expect(actions).toHaveLength(1)
      // The library's: it names no diagnostics.
      expect(actions[0]).not.toHaveProperty('diagnostics')
      titles.push(actions[0]!.title)
    }
    expect(titles).toEqual(['Replace `## Bug Fixes` with `## Bugs Fixed`', 'Replace `### Rollback Procedures` with `### Rollback Procedure`'])
  })

  it('shuts down cleanly', async () => {
    expect(await server.shutdown()).toEqual({ code: 0, signal: null })
  })
})

describe('language server module', () => {
  it('starts nothing when imported (the command line imports it lazily for `feature-docs lsp`)', async () => {
    const module = pathToFileURL(join(root, 'packages', 'feature-docs', 'dist', 'language-server.js')).href
    // Empty stdin: a server started by mistake would read it, see the end, and exit, not hang.
    const result = await runProcess(
      process.execPath,
      ['--input-type=module', '-e', `const m = await import(${JSON.stringify(module)}); console.log(typeof m.startLanguageServer)`],
      { cwd: root },
    )
    expect(result.error, 'importing dist/language-server.js returns on its own').toBeUndefined()
    expect({ status: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: 'function\n', stderr: '' })
  })
})

/** A fresh workspace folder on disk with an empty `docs/` folder. */
describe('language server, template paths relative to each workspace folder\'s configuration', () => {
  const folders: string[] = []
  let elsewhere: string
  let server: Server

  beforeAll(async () => {
    // Two workspace folders, each with a template of its own at the same relative path; the server runs from a third folder.
    for (const [name, section] of [['alpha', 'Risks'], ['beta', 'Costs']] as const) {
      const folder = await workspace()
      await mkdir(join(folder, 'templates'))
      await writeFile(join(folder, 'templates', 'plan.md'), `# Plan: [Feature Name]\n\n## Goals\n\n[Goals]\n\n## ${section}\n\n[${section}]\n`)
      await writeFile(
        join(folder, '.remarkrc.json'),
        JSON.stringify({ plugins: [['remark-preset-lint-feature-docs', { templates: { plan: 'templates/plan.md' }, files: { 'docs/*.md': 'plan' } }]] }),
      )
      await symlink(join(root, 'test', 'node_modules'), join(folder, 'node_modules'), 'dir')
      await writeFile(join(folder, 'docs', `${name}.md`), '# Plan: Search\n\n## Goals\n\nFind things.\n')
      folders.push(folder)
    }
    elsewhere = await realpath(await mkdtemp(join(tmpdir(), 'feature-docs-lsp-cwd-')))
    server = await Server.start(folders[0]!, { cwd: elsewhere, more: [folders[1]!] })
  })

  afterAll(async () => {
    await server?.dispose()
    for (const folder of [...folders, elsewhere]) if (folder) await rm(folder, { recursive: true, force: true })
  })

  it.each([
    [0, 'alpha', 'Risks'],
    [1, 'beta', 'Costs'],
  ])('workspace %i: the doc is checked against its own workspace\'s templates/plan.md', async (index, name, section) => {
    const path = join(folders[index]!, 'docs', `${name}.md`)
    const uri = pathToFileURL(path).href
    server.open(uri, await readFile(path, 'utf8'))
    const published = await server.nextDiagnostics(uri)
    expect(published.diagnostics.map((diagnostic) => ({ range: diagnostic.range, message: diagnostic.message, code: diagnostic.code }))).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 14 } },
        message: `Missing section \`## ${section}\`: the template expects it after \`## Goals\``,
        code: 'required-sections',
      },
    ])
  })
})

describe('language server, an editor with no `remark` settings that answers the settings request with null (eglot, Neovim 0.10+)', () => {
  let folder: string
  let server: Server

  beforeAll(async () => {
    folder = await workspace()
    await copyFile(join(fixtures, 'misspelled.md'), join(folder, 'docs', 'misspelled.md'))
    server = await Server.start(folder, { settings: null })
  })

  afterAll(async () => {
    await server?.dispose()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('still checks the doc (the library alone would read a property of null and exit)', async () => {
    const path = join(folder, 'docs', 'misspelled.md')
    const uri = pathToFileURL(path).href
    server.open(uri, await readFile(path, 'utf8'))
    const published = await server.nextDiagnostics(uri)
    expect(published.diagnostics.map((diagnostic) => diagnostic.range.start.line)).toEqual([2, 122])
  })
})

async function workspace(): Promise<string> {
  const folder = await realpath(await mkdtemp(join(tmpdir(), 'feature-docs-lsp-')))
  await mkdir(join(folder, 'docs'))
  return folder
}

interface Exit {
  code: number | null
  signal: NodeJS.Signals | null
}

/** The server process and a client connection to it. */
class Server {
  private readonly published: PublishDiagnosticsParams[] = []
  private readonly waiters: Array<() => void> = []
  private readonly seen = new Map<string, number>()
  private stderr = ''

  private constructor(
    private readonly child: ChildProcess,
    private readonly connection: ProtocolConnection,
    private readonly exited: Promise<Exit>,
  ) {
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderr += chunk
    })
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params)
      for (const wake of this.waiters.splice(0)) wake()
    })
    connection.listen()
  }

  /**
   * Start the bin in `folder` (or in `options.cwd`) and go through
   * `initialize` / `initialized` with `folder` (and `options.more`) as the
   * workspace folders.
   */
  static async start(folder: string, options: { cwd?: string; more?: string[]; settings?: unknown } = {}): Promise<Server> {
    const child = startChild(process.execPath, [bin, '--stdio'], { cwd: options.cwd ?? folder, stdio: ['pipe', 'pipe', 'pipe'] })
    const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
    // An editor that answers `workspace/configuration` (with `settings` for each item asked).
    if (Object.hasOwn(options, 'settings')) connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings))
    const server = new Server(child, connection, exited)
    const uri = pathToFileURL(folder).href
    await server.within(
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: uri,
        workspaceFolders: [folder, ...(options.more ?? [])].map((each, index) => ({ uri: pathToFileURL(each).href, name: `workspace ${index + 1}` })),
        capabilities: {
          ...(Object.hasOwn(options, 'settings') ? { workspace: { configuration: true } } : {}),
          textDocument: {
            synchronization: { dynamicRegistration: false },
            publishDiagnostics: { codeDescriptionSupport: true, dataSupport: true },
            codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true },
          },
        },
      }),
      'the reply to `initialize`',
    )
    await connection.sendNotification(InitializedNotification.type, {})
    return server
  }

  open(uri: string, text: string): void {
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    })
  }

  change(uri: string, version: number, text: string): void {
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    })
  }

  /** The next `textDocument/publishDiagnostics` for `uri` not returned before. */
  async nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    const find = () => this.published.findIndex((params, index) => params.uri === uri && index >= (this.seen.get(uri) ?? 0))
    await this.within(
      new Promise<void>((resolve) => {
        const check = () => (find() === -1 ? this.waiters.push(check) : resolve())
        check()
      }),
      `\`textDocument/publishDiagnostics\` for ${uri}`,
    )
    const index = find()
    this.seen.set(uri, index + 1)
    return this.published[index]!
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<Array<Command | CodeAction>> {
    const actions = await this.within(
      this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: only ? { diagnostics, only } : { diagnostics } }),
      `the reply to \`textDocument/codeAction\` for ${uri}`,
    )
    return actions ?? []
  }

  /** `shutdown`, then `exit`; resolves with how the process ended. */
  async shutdown(): Promise<Exit> {
    await this.within(this.connection.sendRequest(ShutdownRequest.type), 'the reply to `shutdown`')
    await this.connection.sendNotification(ExitNotification.type)
    return this.within(this.exited, 'the server to exit after `exit`', false)
  }

  /** Close the connection; kill the process if it is still running, and wait for it to end. */
  async dispose(): Promise<void> {
    this.connection.dispose()
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill()
      await this.exited
    }
  }

  /**
   * `promise`, or a clear failure when the server exits first (with what it
   * wrote to stderr). No timer of its own: a server that never answers fails
   * the test at the suite's test timeout.
   */
  private within<T>(promise: Promise<T>, what: string, failOnExit = true): Promise<T> {
    if (!failOnExit) return promise
    const early = this.exited.then((exit): never => {
      throw new Error(`The language server exited (${JSON.stringify(exit)}) before ${what}${this.stderrNote()}`)
    })
    return Promise.race([promise, early])
  }

  private stderrNote(): string {
    return this.stderr ? `; its stderr:\n${this.stderr}` : ''
  }
}

/** What a test compares of a diagnostic: everything an editor shows. */
function summary(diagnostic: Diagnostic) {
  return {
    range: diagnostic.range,
    severity: diagnostic.severity,
    code: diagnostic.code,
    source: diagnostic.source,
    href: diagnostic.codeDescription?.href,
    message: diagnostic.message,
  }
}

/**
 * A fixture's expected messages (`line:column-line:column rule: reason`,
 * 1-based, as remark reports them) as the diagnostics the server must
 * publish (0-based).
 */
async function expectedDiagnostics(file: string): Promise<Array<ReturnType<typeof summary>>> {
  return diagnosticsOf(await readFile(file, 'utf8'))
}

/** Expected messages, one a line as in a fixture's messages file, as diagnostics. */
function diagnosticsOf(messages: string): Array<ReturnType<typeof summary>> {
  const lines = messages.split('\n').filter((line) => line.trim() !== '')
  return lines.map((line) => {
    const match = /^(\d+):(\d+)-(\d+):(\d+) ([a-z-]+): (.*)$/.exec(line)
    if (!match) throw new Error(`Unexpected expected message: ${line}`)
    const [, startLine, startColumn, endLine, endColumn, rule = '', reason = ''] = match
    return {
      range: {
        start: { line: Number(startLine) - 1, character: Number(startColumn) - 1 },
        end: { line: Number(endLine) - 1, character: Number(endColumn) - 1 },
      },
      severity: warning,
      code: rule,
      source: 'remark-lint',
      href: `https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-${rule}#readme`,
      message: reason,
    }
  })
}

function isCodeAction(value: Command | CodeAction | undefined): value is CodeAction {
  return value !== undefined && typeof value.command !== 'string'
}

/** The offset of an LSP position in `text`. */
function offsetIn(text: string): (position: { line: number; character: number }) => number {
  const lineStarts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1)
  return (position) => lineStarts[position.line]! + position.character
}

/** The text a range covers. */
function textAt(text: string, range: Range): string {
  const offset = offsetIn(text)
  return text.slice(offset(range.start), offset(range.end))
}

/** Apply non-overlapping edits to `text`, as an editor would. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const offset = offsetIn(text)
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
  let result = text
  for (const edit of sorted) {
    result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end))
  }
  return result
}
