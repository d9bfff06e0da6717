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
import type { ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startChild } from '../../../test/support/process.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const bin = join(root, 'packages', 'feature-docs', 'bin', 'feature-docs-language-server.js')
const fixtures = join(root, 'fixtures', 'technical-implementation')

interface Message {
  id?: number | string | null
  method?: string
  params?: any
  result?: any
  error?: { code: number; message: string }
}

interface Counters {
  parses: number
  lints: number
}

/** The bin over stdio, spoken to in raw frames, so a burst of edits can go out in one write. */
class Server {
  readonly received: Message[] = []
  private readonly waiters: Array<() => void> = []
  private buffer = Buffer.alloc(0)
  private nextId = 1
  private stderr = ''

  private constructor(private readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => this.read(chunk))
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderr += chunk
    })
    child.once('exit', () => this.wake())
  }

  static async start(folder: string): Promise<Server> {
    const server = new Server(startChild(process.execPath, [bin, '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] }))
    const uri = pathToFileURL(folder).href
    await server.request('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'docs' }], capabilities: {} })
    server.send(notification('initialized', {}))
    return server
  }

  send(...frames: Buffer[]): void {
    this.child.stdin!.write(Buffer.concat(frames))
  }

  async request(method: string, params?: unknown): Promise<Message> {
    const id = this.nextId++
    this.send(frame({ jsonrpc: '2.0', id, method, params }))
    return this.waitFor((message) => message.id === id && message.method === undefined)
  }

  counters(): Promise<Counters> {
    return this.request('featureDocs/counters').then((reply) => reply.result as Counters)
  }

  /** The diagnostics published for `version` of `uri`. */
  diagnostics(uri: string, version: number): Promise<Array<{ message: string }>> {
    return this.waitFor((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri && message.params.version === version).then(
      (message) => message.params.diagnostics,
    )
  }

  /** Versions of `uri` whose diagnostics were published. */
  publishedVersions(uri: string): number[] {
    return this.received.filter((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri).map((message) => message.params.version)
  }

  async dispose(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return
    const ended = new Promise((resolve) => this.child.once('exit', resolve))
    this.child.kill()
    await ended
  }

  private async waitFor(test: (message: Message) => boolean): Promise<Message> {
    for (;;) {
      const found = this.received.find(test)
      if (found) return found
      if (this.child.exitCode !== null || this.child.signalCode !== null) throw new Error(`the language server exited; its stderr:\n${this.stderr}`)
      await new Promise<void>((resolve) => this.waiters.push(resolve))
    }
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk])
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n')
      if (end === -1) break
      const length = Number(/Content-Length: (\d+)/iu.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1])
      if (this.buffer.length < end + 4 + length) break
      this.received.push(JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message)
      this.buffer = this.buffer.subarray(end + 4 + length)
    }
    this.wake()
  }

  private wake(): void {
    for (const wake of this.waiters.splice(0)) wake()
  }
}

function frame(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8')
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body])
}

function notification(method: string, params: unknown): Buffer {
  return frame({ jsonrpc: '2.0', method, params })
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
