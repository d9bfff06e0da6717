/**
 * The language server under what an editor, or something pretending to be
 * one, may send (issue 11): malformed JSON-RPC, a burst of edits to a long
 * doc, and hundreds of documents opened and closed. It must keep answering,
 * check only the latest text of a burst, and leave no stale diagnostics.
 *
 * Spoken to over raw stdio frames, so a test can also send what no client
 * library would. Nothing here races a clock: each step waits for a message
 * from the server, and a server that never sends it fails the test at the
 * suite's timeout.
 */
import { copyFile, mkdir, mkdtemp, readFile, realpath, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { frame, RawServer } from './support/raw-server.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const fixtures = join(root, 'fixtures', 'technical-implementation')

/**
 * The server's memory once it has handled everything sent so far: a request
 * the remark language server answers (with "method not found") comes back
 * only after the notifications before it, then ours measures.
 */
async function memory(server: RawServer): Promise<{ heapUsed: number; documents: number; results: number }> {
  await server.request('featureDocs/barrier')
  return (await server.request('featureDocs/memoryUsage')).result as { heapUsed: number; documents: number; results: number }
}

let folder: string | undefined
let server: RawServer | undefined

afterEach(async () => {
  await server?.dispose()
  server = undefined
  if (folder) await rm(folder, { recursive: true, force: true })
  folder = undefined
})

async function workspace(): Promise<string> {
  folder = await realpath(await mkdtemp(join(tmpdir(), 'feature-docs-lsp-hostile-')))
  await mkdir(join(folder, 'docs'))
  return folder
}

describe('language server under hostile input', () => {
  it('survives an absurd Content-Length, a header without one, and a body that is not JSON, and keeps answering', async () => {
    server = await RawServer.start(await workspace(), { nodeArgs: ['--expose-gc'] })
    server.writeRaw('Content-Length: 999999999999\r\n\r\n{"jsonrpc":"2.0","id":77,"method":"shutdown"}')
    server.writeRaw('X-Nonsense: 1\r\n\r\n')
    const body = '{"jsonrpc": "2.0", "id": 5, "method": '
    server.writeRaw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
    const parseError = await server.waitFor((message) => message.error?.code === -32700)
    expect(parseError).toEqual({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error: the message is not JSON' } })
    // Still answering: a shutdown, then exit 0.
    const reply = await server.request('shutdown')
    expect(reply.error).toBeUndefined()
    expect(server.received.some((message) => message.id === 77)).toBe(false)
    expect(server.stderr).toContain('dropped a message: a Content-Length of 999999999999')
  })

  it('checks the last text of a burst of 500 edits to a 3,000-line doc, drops the superseded versions, and answers after', async () => {
    const base = await readFile(join(fixtures, 'valid.md'), 'utf8')
    const padding = Array.from({ length: 3000 - base.split('\n').length }, (_, index) => `Line ${index} of notes.`).join('\n')
    const text = (edit: number) => `${base}\n${padding}\nEdit ${edit}.\n`
    const uri = pathToFileURL(join(await workspace(), 'docs', 'long.md')).href
    server = await RawServer.start(folder!, { nodeArgs: ['--expose-gc'] })
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: text(0) } })
    await server.waitFor((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri)
    // 500 edits at once; the last one misspells a heading.
    const last = text(500).replace('## Bugs Fixed', '## Bug Fixes')
    for (let version = 2; version <= 501; version++) {
      server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: version === 501 ? last : text(version - 1) }] })
    }
    const final = await server.waitFor((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri && message.params.version === 501)
    expect(final.params.diagnostics.map((diagnostic: { message: string }) => diagnostic.message)).toEqual([
      'Heading `## Bug Fixes` does not match the template: did you mean `## Bugs Fixed`?',
    ])
    expect((await server.request('shutdown')).error).toBeUndefined()
    const published = server.diagnosticsFor(uri)
    // Versions only go forward, and most of the burst was never published.
    const versions = published.map((params) => params.version ?? 0)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(published.length).toBeLessThan(50)
    expect(published.at(-1)!.version).toBe(501)
  })

  it('opens and closes 200 docs, answers all along, and leaves no stale diagnostics', async () => {
    await workspace()
    const misspelled = join(fixtures, 'misspelled.md')
    const uris: string[] = []
    for (let index = 0; index < 200; index++) {
      const path = join(folder!, 'docs', `doc-${index}.md`)
      await copyFile(misspelled, path)
      uris.push(pathToFileURL(path).href)
    }
    server = await RawServer.start(folder!, { nodeArgs: ['--expose-gc'] })
    const text = await readFile(misspelled, 'utf8')
    // Warm up (modules, templates, configuration caches) with one doc opened and closed.
    const warm = pathToFileURL(join(folder!, 'docs', 'warm.md')).href
    server.notify('textDocument/didOpen', { textDocument: { uri: warm, languageId: 'markdown', version: 1, text } })
    await server.waitFor((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === warm)
    server.notify('textDocument/didClose', { textDocument: { uri: warm } })
    const before = await memory(server)
    for (const uri of uris) server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } })
    for (const uri of uris) {
      const published = await server.waitFor((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri)
      expect(published.params.diagnostics).toHaveLength(2)
    }
    // Closed while edits are still in flight: whatever was being checked must not come back.
    for (const uri of uris) {
      server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${text}\nMore.\n` }] })
      server.notify('textDocument/didClose', { textDocument: { uri } })
    }
    const after = await memory(server)
    expect(after.documents).toBe(0)
    expect(after.results).toBe(0)
    // 200 docs of 6 KB, and a tree and messages for each, held would be megabytes more; what grows is compiled code.
    console.info(`language server heap: ${before.heapUsed} bytes before the 200 docs, ${after.heapUsed} after they closed`)
    expect(after.heapUsed - before.heapUsed).toBeLessThan(5 * 1024 * 1024)
    expect((await server.request('shutdown')).error).toBeUndefined()
    for (const uri of uris) expect(server.diagnosticsFor(uri).at(-1)!.diagnostics, uri).toEqual([])
  })
})

