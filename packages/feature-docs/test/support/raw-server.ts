/**
 * The language-server bin over stdio, spoken to in raw JSON-RPC frames: a
 * test can send a burst of edits in one write, or bytes no client library
 * would send. Nothing races a clock: `waitFor` waits for a message from
 * the server, and fails at once (with its stderr) if the server exits.
 */
import type { ChildProcess } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { startChild } from '../../../../test/support/process.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..')
const bin = join(root, 'packages', 'feature-docs', 'bin', 'feature-docs-language-server.js')

export interface Message {
  id?: number | string | null
  method?: string
  params?: any
  result?: any
  error?: { code: number; message: string }
}

/** A message in its frame: `Content-Length`, then the JSON. */
export function frame(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8')
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body])
}

export function notification(method: string, params: unknown): Buffer {
  return frame({ jsonrpc: '2.0', method, params })
}

export class RawServer {
  readonly received: Message[] = []
  stderr = ''
  private readonly waiters: Array<() => void> = []
  private buffer = Buffer.alloc(0)
  private nextId = 1

  private constructor(private readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => this.read(chunk))
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderr += chunk
    })
    child.once('exit', () => this.wake())
  }

  /** Started in `folder` (its one workspace folder, named `name`) and initialized; `nodeArgs` go before the bin. */
  static async start(folder: string, options: { name?: string; nodeArgs?: string[] } = {}): Promise<RawServer> {
    const server = new RawServer(startChild(process.execPath, [...(options.nodeArgs ?? []), bin, '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] }))
    const uri = pathToFileURL(folder).href
    await server.request('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: options.name ?? 'w' }], capabilities: {} })
    server.notify('initialized', {})
    return server
  }

  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null
  }

  /** Bytes as they are, frames or not, in one write. */
  writeRaw(...chunks: Array<string | Buffer>): void {
    this.child.stdin!.write(Buffer.concat(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk))))
  }

  notify(method: string, params: unknown): void {
    this.writeRaw(notification(method, params))
  }

  async request(method: string, params?: unknown): Promise<Message> {
    const id = this.nextId++
    this.writeRaw(frame({ jsonrpc: '2.0', id, method, params }))
    return this.waitFor((message) => message.id === id && message.method === undefined)
  }

  /** The first message received (so far or later) that `test` accepts. */
  async waitFor(test: (message: Message) => boolean): Promise<Message> {
    for (;;) {
      const found = this.received.find(test)
      if (found) return found
      if (this.exited) throw new Error(`the language server exited; its stderr:\n${this.stderr}`)
      await new Promise<void>((resolve) => this.waiters.push(resolve))
    }
  }

  /** Every diagnostics notification for `uri` so far, in order. */
  diagnosticsFor(uri: string): Array<{ version?: number; diagnostics: Array<{ message: string }> }> {
    return this.received.filter((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri).map((message) => message.params)
  }

  async dispose(): Promise<void> {
    if (this.exited) return
    const ended = new Promise((resolve) => this.child.once('exit', resolve))
    this.child.kill()
    await ended
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
