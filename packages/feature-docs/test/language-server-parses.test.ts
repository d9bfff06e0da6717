/**
 * The language server parses each doc once per check (issue 15), with a
 * project configuration and without one (where the preset is the
 * fallback, and used to parse the doc a second time after the engine), and
 * a burst of edits is checked once or twice (its first and last text), not
 * once per edit.
 *
 * No clock: the server counts its parses and lints and answers
 * `featureDocs/counters` with them; each step waits for the diagnostics it
 * caused, then reads the counters.
 */
import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { notification, RawServer, type Message } from './support/raw-server.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const fixtures = join(root, 'fixtures', 'technical-implementation')

interface Counters {
  parses: number
  lints: number
}

/** The bin over stdio in raw frames (so a burst of edits can go out in one write), with what these tests read of it. */
class Server {
  private constructor(private readonly raw: RawServer) {}

  static async start(folder: string): Promise<Server> {
    return new Server(await RawServer.start(folder, { name: 'docs' }))
  }

  send(...frames: Buffer[]): void {
    this.raw.writeRaw(...frames)
  }

  request(method: string, params?: unknown): Promise<Message> {
    return this.raw.request(method, params)
  }

  counters(): Promise<Counters> {
    return this.raw.request('featureDocs/counters').then((reply) => reply.result as Counters)
  }

  /** The diagnostics published for `version` of `uri`. */
  diagnostics(uri: string, version: number): Promise<Array<{ message: string }>> {
    return this.raw.waitFor((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri && message.params.version === version).then(
      (message) => message.params.diagnostics,
    )
  }

  /** Versions of `uri` whose diagnostics were published. */
  publishedVersions(uri: string): number[] {
    return this.raw.diagnosticsFor(uri).map((params) => params.version!)
  }

  dispose(): Promise<void> {
    return this.raw.dispose()
  }
}

const didOpen = (uri: string, text: string) => notification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } })
const didChange = (uri: string, version: number, text: string) => notification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] })

/** How `after` differs from `before`. */
const since = (before: Counters, after: Counters): Counters => ({ parses: after.parses - before.parses, lints: after.lints - before.lints })

// The fixture's two messages need GFM tables: a parse without the preset's extensions finds no table and reports nothing.
const columnMessages = [
  'Missing column `Solution` in table: the template\'s header is `| Issue | Description | Root Cause | Solution | Files Changed |`',
  'Column `Descripton` does not match the template: did you mean `Description`?',
]

const workspaces = {
  'without remark configuration (the preset is the fallback)': async (folder: string) => {
    await writeFile(join(folder, 'package.json'), JSON.stringify({ name: 'docs-project', private: true }))
  },
  'with a .remarkrc.json that names the preset': async (folder: string) => {
    // The workspace's own node_modules, so the preset (and remark) resolve from it as in a project.
    await symlink(join(root, 'test', 'node_modules'), join(folder, 'node_modules'), 'dir')
    await writeFile(join(folder, '.remarkrc.json'), JSON.stringify({ plugins: ['remark-preset-lint-feature-docs'] }))
  },
}

describe.each(Object.entries(workspaces))('language server, workspace %s', (_, setUp) => {
  let folder: string
  let server: Server
  let text: string

  beforeAll(async () => {
    folder = await realpath(await mkdtemp(join(tmpdir(), 'feature-docs-lsp-parses-')))
    await mkdir(join(folder, 'docs'))
    await setUp(folder)
    text = await readFile(join(fixtures, 'table-columns.md'), 'utf8')
    server = await Server.start(folder)
  })

  afterAll(async () => {
    await server?.dispose()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('parses a doc once when it is opened and once per change, and finds what only a GFM parse finds', async () => {
    const uri = pathToFileURL(join(folder, 'docs', 'once.md')).href
    const before = await server.counters()
    server.send(didOpen(uri, text))
    expect((await server.diagnostics(uri, 1)).map((diagnostic) => diagnostic.message)).toEqual(columnMessages)
    const opened = await server.counters()
    expect(since(before, opened)).toEqual({ parses: 1, lints: 1 })

    server.send(didChange(uri, 2, text.replace('| Descripton |', '| Description |')))
    expect((await server.diagnostics(uri, 2)).map((diagnostic) => diagnostic.message)).toEqual([columnMessages[0]])
    expect(since(opened, await server.counters())).toEqual({ parses: 1, lints: 1 })
  })

  it('checks a burst of 20 changes at most twice (its first and last text), each once, and publishes the last text’s diagnostics', async () => {
    const uri = pathToFileURL(join(folder, 'docs', 'burst.md')).href
    server.send(didOpen(uri, text))
    await server.diagnostics(uri, 1)
    const before = await server.counters()
    // 20 edits in one write, as an editor sends them while the server is busy; the last fixes the misspelled column.
    const edits = Array.from({ length: 20 }, (_, index) => didChange(uri, index + 2, index === 19 ? text.replace('| Descripton |', '| Description |') : `${text}\nEdit ${index}.\n`))
    server.send(...edits)
    expect((await server.diagnostics(uri, 21)).map((diagnostic) => diagnostic.message)).toEqual([columnMessages[0]])
    const burst = since(before, await server.counters())
    expect(burst.lints).toBeGreaterThanOrEqual(1)
    expect(burst.lints).toBeLessThanOrEqual(2)
    expect(burst.parses).toBe(burst.lints)
    // Nothing older than the last version went out after the burst began, beyond its first edit's.
    const published = server.publishedVersions(uri).filter((version) => version > 1)
    expect(published.at(-1)).toBe(21)
    expect(published.length).toBeLessThanOrEqual(2)
  })
})

describe('language server, formatting a doc no configuration applies to', () => {
  let folder: string
  let server: Server

  beforeAll(async () => {
    folder = await realpath(await mkdtemp(join(tmpdir(), 'feature-docs-lsp-parses-')))
    await mkdir(join(folder, 'docs'))
    server = await Server.start(folder)
  })

  afterAll(async () => {
    await server?.dispose()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('writes the tree the fallback parsed with the same extensions, so front matter and tables survive, in one parse', async () => {
    const uri = pathToFileURL(join(folder, 'docs', 'format.md')).href
    const text = '---\ntemplate: technical-implementation\n---\n\n# Offline Sync - Technical Implementation\n\n| Issue | Fix |\n|-|-|\n| #1 | Retry |\n\n- One\n'
    server.send(didOpen(uri, text))
    await server.diagnostics(uri, 1)
    const before = await server.counters()
    const reply = await server.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })
    expect(reply.error).toBeUndefined()
    const edits = reply.result as Array<{ newText: string }>
    expect(edits).toHaveLength(1)
    expect(edits[0]!.newText).toBe(
      '---\ntemplate: technical-implementation\n---\n\n# Offline Sync - Technical Implementation\n\n| Issue | Fix   |\n| ----- | ----- |\n| #1    | Retry |\n\n* One\n',
    )
    expect(since(before, await server.counters()).parses).toBe(1)
  })
})
