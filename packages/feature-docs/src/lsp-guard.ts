/**
 * Between the editor and unified-language-server, on stdio. The library
 * trusts its input and checks every version of a document in turn: a
 * header `Content-Length: 999999999999` left its reader waiting forever
 * (shutdown unanswered), and 500 quick edits to a long doc were each
 * linted, so the last version's diagnostics came minutes later or never.
 * This layer reads the frames first and:
 * - drops a frame whose header is malformed or whose length is absurd
 *   (over `maxFrameBytes`), finding the next header, and answers a body
 *   that is not JSON with JSON-RPC's parse error, so the connection lives;
 * - keeps each open document's text (applying the same edits the library
 *   applies), so a check that reaches the parser with text that is no
 *   longer the document's is superseded: it is not parsed, and its
 *   diagnostics are not sent;
 * - keeps the last results by document and text, so the checks of one
 *   burst that all read the final text lint it once (but a check for
 *   `textDocument/formatting` is always parsed: the library writes its
 *   tree back as the document's new text);
 * - lets out no diagnostics for a version older than the latest the editor
 *   sent, nor for a closed document, so none go stale;
 * - answers `{}` for the editor where it answers `null` to the library's
 *   `workspace/configuration` request (an editor with no `remark`
 *   settings may: eglot and Neovim 0.10+ do, and the library then reads a
 *   property of null and exits), and passes an editor's error answer to
 *   `client/registerCapability` on as an empty success (the library does
 *   not catch it, and the process would exit);
 * - adds to the library's quick fixes the rules' fixes it does not offer
 *   (it offers only `expected`, a replacement of the message's own range):
 *   inserting a missing section, table, column or field, moving a section.
 */
import { PassThrough, type Readable, type Writable } from 'node:stream'
import type { Fix } from '@feature-docs/rule-kit'
import type { Root } from 'mdast'
import type { Plugin, Processor, Transformer } from 'unified'
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { TextDocument, type Position, type Range, type TextEdit } from 'vscode-languageserver-textdocument'

/** Far above any doc (files over 5 MB are not checked at all), far below what would exhaust memory. */
export const maxFrameBytes = 64 * 1024 * 1024
/** A header longer than this is not a header. */
const maxHeaderBytes = 8 * 1024

interface Results {
  text: string
  messages: VFileMessage[]
}

/** A diagnostic as the editor sends it back in `textDocument/codeAction`. */
interface SentDiagnostic {
  range: Range
  message: string
  code?: unknown
  source?: unknown
  data?: unknown
}

interface CodeActionParams {
  textDocument: { uri: string }
  context: { diagnostics: SentDiagnostic[]; only?: string[] }
}

interface CodeAction {
  title: string
  kind: 'quickfix'
  diagnostics: SentDiagnostic[]
  edit: { changes: Record<string, TextEdit[]> }
  isPreferred?: true
}

export class LspGuard {
  /** What the language server reads instead of stdin. */
  readonly input = new PassThrough()
  /** What the language server writes instead of stdout. */
  readonly output = new PassThrough()
  private readonly documents = new Map<string, TextDocument>()
  private readonly results = new Map<string, Results>()
  /** `textDocument/codeAction` requests the library has yet to answer, by id: the answer gets our fixes. */
  private readonly codeActionRequests = new Map<unknown, unknown>()
  /**
   * `textDocument/formatting` requests the library has yet to answer, by id,
   * to their document: its check must parse, whatever is superseded or cached.
   */
  private readonly formattingRequests = new Map<unknown, string>()
  /** The library's own requests to the editor whose answers are looked at (`settled`), by id, to their method. */
  private readonly libraryRequests = new Map<number | string, string>()
  private buffered: Buffer = Buffer.alloc(0)
  private outgoing: Buffer = Buffer.alloc(0)
  /** Markdown texts turned into trees (`parseCounterPlugin`), for `featureDocs/counters`. */
  parses = 0
  /** Trees the rules ran over (a superseded or already-checked text's check runs none), for `featureDocs/counters`. */
  lints = 0

  constructor(
    private readonly from: Readable,
    private readonly to: Writable,
    private readonly log: (line: string) => void = () => {},
  ) {
    from.on('data', (chunk: Buffer) => this.receive(chunk))
    from.on('end', () => this.input.end())
    this.output.on('data', (chunk: Buffer) => this.send(chunk))
  }

  /**
   * Whether a check of `uri` may skip the parse (see `lspResultsPlugin`):
   * not while the library formats it, since it writes the tree it gets
   * back as the document's text, and an empty tree would empty the doc.
   */
  mayStandIn(uri: string): boolean {
    if (this.formattingRequests.size === 0) return true
    for (const formatted of this.formattingRequests.values()) if (formatted === uri) return false
    return true
  }

  /** Whether a check with this text of `uri` is no longer the document's. */
  superseded(uri: string, text: string): boolean {
    const document = this.documents.get(uri)
    return document === undefined || document.getText() !== text
  }

  /** The messages an earlier check of this very text produced, if any. */
  cached(uri: string, text: string): VFileMessage[] | undefined {
    const found = this.results.get(uri)
    return found && found.text === text ? found.messages : undefined
  }

  remember(uri: string, text: string, messages: VFileMessage[]): void {
    if (!this.documents.has(uri)) return
    this.results.set(uri, { text, messages })
  }

  /** Incoming bytes: whole frames are looked at and passed on; the rest waits. */
  private receive(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk])
    for (;;) {
      const frame = nextFrame(this.buffered)
      if (frame.kind === 'incomplete') return
      this.buffered = this.buffered.subarray(frame.consumed)
      if (frame.kind === 'invalid') {
        this.log(`dropped a message: ${frame.why}`)
        continue
      }
      let message: unknown
      try {
        message = JSON.parse(frame.body.toString('utf8'))
      } catch {
        this.log('dropped a message that is not JSON')
        this.reply({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error: the message is not JSON' } })
        continue
      }
      if (this.answerOwn(message)) continue
      this.observe(message)
      const body = this.settled(message) ?? frame.body
      this.input.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]))
    }
  }

  /**
   * Our own requests, answered here at once (not after what the library
   * has yet to handle), for tests, benchmarks and anyone watching a long
   * editor session:
   * - `featureDocs/memoryUsage`: the process's memory (after a garbage
   *   collection when Node runs with `--expose-gc`);
   * - `featureDocs/counters`: how many times a text was parsed and how
   *   many trees were linted since the server started, so a test can tell,
   *   with no clock, that no doc is parsed twice and that a burst of edits
   *   is checked once or twice, not once per edit.
   */
  private answerOwn(message: unknown): boolean {
    const { method, id } = (message ?? {}) as { method?: unknown; id?: unknown }
    if (method === 'featureDocs/counters') {
      this.reply({ jsonrpc: '2.0', id, result: { parses: this.parses, lints: this.lints } })
      return true
    }
    if (method !== 'featureDocs/memoryUsage') return false
    ;(globalThis as { gc?: () => void }).gc?.()
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage()
    this.reply({ jsonrpc: '2.0', id, result: { rss, heapUsed, heapTotal, external, documents: this.documents.size, results: this.results.size } })
    return true
  }

  /**
   * The editor's answer to a request of the library, made safe for it: each
   * `null` of a `workspace/configuration` answer as `{}` (no settings the
   * library can read), an error answer to `client/registerCapability` as an
   * empty result (the editor does without that registration). Undefined
   * when the message is no such answer, or needs nothing.
   */
  private settled(message: unknown): Buffer | undefined {
    if (this.libraryRequests.size === 0 || typeof message !== 'object' || message === null) return undefined
    const answer = message as { id?: unknown; method?: unknown; result?: unknown; error?: { message?: unknown } }
    if (answer.method !== undefined || (typeof answer.id !== 'number' && typeof answer.id !== 'string')) return undefined
    const method = this.libraryRequests.get(answer.id)
    if (method === undefined) return undefined
    this.libraryRequests.delete(answer.id)
    if (method === 'workspace/configuration' && Array.isArray(answer.result) && answer.result.includes(null)) {
      return Buffer.from(JSON.stringify({ ...answer, result: answer.result.map((item: unknown) => item ?? {}) }), 'utf8')
    }
    if (method === 'client/registerCapability' && answer.error !== undefined) {
      this.log(`the editor refused a registration (${String(answer.error?.message)}): going on without it`)
      return Buffer.from(JSON.stringify({ jsonrpc: '2.0', id: answer.id, result: null }), 'utf8')
    }
    return undefined
  }

  /** Keep documents in step with the editor, as the library does. */
  private observe(message: unknown): void {
    if (typeof message !== 'object' || message === null) return
    const { method, params, id } = message as { method?: unknown; params?: any; id?: unknown }
    try {
      if (method === 'textDocument/didOpen') {
        const item = params.textDocument
        this.documents.set(item.uri, TextDocument.create(item.uri, item.languageId, item.version, item.text))
      } else if (method === 'textDocument/didChange') {
        const document = this.documents.get(params.textDocument.uri)
        if (document) TextDocument.update(document, params.contentChanges, params.textDocument.version)
      } else if (method === 'textDocument/didClose') {
        this.documents.delete(params.textDocument.uri)
        this.results.delete(params.textDocument.uri)
        for (const [request, uri] of this.formattingRequests) if (uri === params.textDocument.uri) this.formattingRequests.delete(request)
      } else if (method === 'workspace/didChangeWatchedFiles' || method === 'workspace/didChangeConfiguration') {
        // A configuration or template changed: earlier results may no longer hold.
        this.results.clear()
      } else if (method === 'textDocument/codeAction' && (typeof id === 'number' || typeof id === 'string')) {
        this.codeActionRequests.set(id, params)
      } else if (method === 'textDocument/formatting' && (typeof id === 'number' || typeof id === 'string') && typeof params.textDocument.uri === 'string') {
        this.formattingRequests.set(id, params.textDocument.uri)
      }
    } catch {
      // Malformed params: the library answers them; nothing to keep.
    }
  }

  /** Outgoing bytes: diagnostics for a superseded version or a closed document stay in; quick fixes get ours. */
  private send(chunk: Buffer): void {
    this.outgoing = this.outgoing.length === 0 ? chunk : Buffer.concat([this.outgoing, chunk])
    for (;;) {
      const frame = nextFrame(this.outgoing, Number.POSITIVE_INFINITY)
      if (frame.kind === 'incomplete') return
      this.outgoing = this.outgoing.subarray(frame.consumed)
      if (frame.kind === 'invalid') continue
      if (this.stale(frame.body)) continue
      this.noteLibraryRequest(frame.body)
      this.noteFormattingAnswer(frame.body)
      const body = this.withFixes(frame.body)
      this.to.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]))
    }
  }

  /** A request of the library whose answer must be looked at (`settled`). */
  private noteLibraryRequest(body: Buffer): void {
    if (!body.includes('"workspace/configuration"') && !body.includes('"client/registerCapability"')) return
    const { id, method } = JSON.parse(body.toString('utf8')) as { id?: unknown; method?: unknown }
    if ((method === 'workspace/configuration' || method === 'client/registerCapability') && (typeof id === 'number' || typeof id === 'string')) {
      this.libraryRequests.set(id, method)
    }
  }

  /** The library's answer to a `textDocument/formatting` request: its document's checks may stand in again. */
  private noteFormattingAnswer(body: Buffer): void {
    if (this.formattingRequests.size === 0 || (!body.includes('"result"') && !body.includes('"error"'))) return
    const { id, method } = JSON.parse(body.toString('utf8')) as { id?: unknown; method?: unknown }
    if (method === undefined) this.formattingRequests.delete(id)
  }

  private stale(body: Buffer): boolean {
    // Only diagnostics are ever held back; look no further into other messages.
    if (!body.includes('"textDocument/publishDiagnostics"')) return false
    const { params } = JSON.parse(body.toString('utf8')) as { params: { uri: string; version?: number; diagnostics: unknown[] } }
    const document = this.documents.get(params.uri)
    if (!document) return params.diagnostics.length > 0
    return params.version !== undefined && params.version < document.version
  }

  /**
   * The library's answer to a `textDocument/codeAction` request, with our
   * fixes after its own. It answers null for a document it does not know;
   * that stays null unless the guard knows the document and has fixes.
   */
  private withFixes(body: Buffer): Buffer {
    // Only answers carry a result (cheap to tell): diagnostics and requests are not parsed here.
    if (this.codeActionRequests.size === 0 || !body.includes('"result"')) return body
    const response = JSON.parse(body.toString('utf8')) as { id?: unknown; method?: unknown; result?: unknown }
    // A request from the library has an id too, of its own numbering.
    if (response.method !== undefined) return body
    if (!this.codeActionRequests.has(response.id)) return body
    const params = this.codeActionRequests.get(response.id)
    this.codeActionRequests.delete(response.id)
    // An error (a malformed or cancelled request) stays as it is.
    if (!('result' in response) || (response.result !== null && !Array.isArray(response.result))) return body
    let actions: CodeAction[]
    try {
      actions = this.fixActions(params as CodeActionParams)
    } catch {
      // Malformed params the library let through (it ignores `only`, say): no fixes of ours.
      return body
    }
    if (actions.length === 0) return body
    return Buffer.from(JSON.stringify({ ...response, result: [...((response.result as unknown[] | null) ?? []), ...actions] }), 'utf8')
  }

  /**
   * A quick fix for each diagnostic asked about whose message, in the
   * results for the document's current text, has a fix the library does
   * not offer. Results for an older text say nothing of where the fix goes
   * now: then there are none.
   */
  private fixActions({ textDocument, context }: CodeActionParams): CodeAction[] {
    // `''` is the kind every kind is under.
    if (context.only && !context.only.some((kind) => kind === '' || kind === 'quickfix')) return []
    const text = this.documents.get(textDocument.uri)?.getText()
    const messages = text === undefined ? undefined : this.cached(textDocument.uri, text)
    if (text === undefined || !messages) return []
    const bom = text.startsWith('\uFEFF')
    const actions: CodeAction[] = []
    for (const diagnostic of context.diagnostics) {
      const message = messages.find((candidate) => candidate.fix && describes(diagnostic, candidate))
      const fix = message?.fix
      if (!fix || offeredByLibrary(fix, message, diagnostic)) continue
      const range = { start: editorPosition(fix.start, bom), end: editorPosition(fix.end, bom) }
      actions.push({
        title: fix.title,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { changes: { [textDocument.uri]: [{ range, newText: fix.text }] } },
        // The library offers one fix per `expected`; with none, ours is the only one.
        ...(libraryExpected(diagnostic).length === 0 ? { isPreferred: true as const } : {}),
      })
    }
    return actions
  }

  private reply(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8')
    this.to.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]))
  }
}

/**
 * Whether the library made `diagnostic` of `message`: same range (its
 * conversion, 0-based), code and source, and a text that starts with the
 * reason (the library appends a note or stack after a line break).
 */
function describes(diagnostic: SentDiagnostic, message: VFileMessage): boolean {
  const range = libraryRange(message.place)
  return (
    sameRange(diagnostic.range, range) &&
    typeof diagnostic.message === 'string' &&
    (diagnostic.message === message.reason || diagnostic.message.startsWith(`${message.reason}\n`)) &&
    (diagnostic.code ?? undefined) === (message.ruleId || undefined) &&
    (diagnostic.source ?? undefined) === (message.source || undefined)
  )
}

/** The range the library gives a message's diagnostic (unist-util-lsp's `fromPosition` / `fromPoint`). */
function libraryRange(place: VFileMessage['place']): Range {
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place && place.end?.line != null && place.end.column != null ? place.end : start
  const position = (point: Point | undefined): Position => ({ line: point?.line ? point.line - 1 : 0, character: point?.column ? point.column - 1 : 0 })
  return { start: position(start), end: position(end) }
}

function sameRange(a: Range | undefined, b: Range): boolean {
  return a?.start?.line === b.start.line && a.start.character === b.start.character && a.end?.line === b.end.line && a.end.character === b.end.character
}

/** What the library reads to offer its quick fixes: `expected`, in the diagnostic's data. */
function libraryExpected(diagnostic: SentDiagnostic): string[] {
  const expected = (diagnostic.data as { expected?: unknown } | null | undefined)?.expected
  return Array.isArray(expected) ? expected.filter((value): value is string => typeof value === 'string') : []
}

/** Whether the library offers `fix` already: a replacement of the message's own range by an `expected` text. */
function offeredByLibrary(fix: Fix, message: VFileMessage, diagnostic: SentDiagnostic): boolean {
  const place = message.place
  const own = place !== undefined && 'start' in place && samePoint(fix.start, place.start) && samePoint(fix.end, place.end)
  return own && libraryExpected(diagnostic).includes(fix.text)
}

function samePoint(a: Point, b: Point): boolean {
  return a.line === b.line && a.column === b.column
}

/**
 * A fix's point as the editor counts: 0-based, and on line 1 after a byte
 * order mark, which the rules' points leave out and the editor counts.
 */
function editorPosition(point: Point, bom: boolean): Position {
  return { line: point.line - 1, character: point.column - 1 + (bom && point.line === 1 ? 1 : 0) }
}

type Frame = { kind: 'incomplete' } | { kind: 'invalid'; consumed: number; why: string } | { kind: 'frame'; consumed: number; body: Buffer }

const headerEnd = Buffer.from('\r\n\r\n')
const lengthField = /^content-length:[ \t]*(\d{1,16})[ \t]*$/imu

/** The next frame in `buffer`: `Content-Length: N` (and other header lines), a blank line, N bytes. */
function nextFrame(buffer: Buffer, limit = maxFrameBytes): Frame {
  const end = buffer.indexOf(headerEnd)
  if (end === -1) {
    if (buffer.length <= maxHeaderBytes) return { kind: 'incomplete' }
    return { kind: 'invalid', consumed: resync(buffer, 1), why: 'a header too long to be one' }
  }
  const header = buffer.subarray(0, end).toString('ascii')
  const length = lengthField.exec(header)
  if (!length) return { kind: 'invalid', consumed: resync(buffer, end + headerEnd.length), why: 'a header without Content-Length' }
  const bytes = Number(length[1])
  if (bytes > limit) return { kind: 'invalid', consumed: resync(buffer, end + headerEnd.length), why: `a Content-Length of ${bytes}, over the ${limit} a message may be` }
  const start = end + headerEnd.length
  if (buffer.length < start + bytes) return { kind: 'incomplete' }
  return { kind: 'frame', consumed: start + bytes, body: buffer.subarray(start, start + bytes) }
}

/** Where the next header may start, at or after `from`: bytes before it are dropped. */
function resync(buffer: Buffer, from: number): number {
  const next = buffer.indexOf('Content-Length:', from, 'ascii')
  const lower = buffer.indexOf('content-length:', from, 'ascii')
  const found = [next, lower].filter((index) => index !== -1)
  return found.length > 0 ? Math.min(...found) : buffer.length
}

/**
 * Counts each call of the parser it wraps into `guard.parses`. It goes in
 * every processor the server parses with, as near the parser as our
 * plugins get: first of the engine's `plugins` (a configuration's own
 * plugins come before them), and right after remark in the fallback's. So
 * what it counts is the parser itself, not the wrappers put around it
 * later, which may stand in for it without parsing (`lspResultsPlugin`'s,
 * for a superseded text) or parse with another processor (the fallback's,
 * whose parser is counted in its own processor).
 */
export function parseCounterPlugin(guard: LspGuard): Plugin<[]> {
  return function (this: Processor<any, any, any, any, any>): undefined {
    const parse = this.parser as ((document: string, file: VFile) => Root) | undefined
    if (!parse) return
    this.parser = (document: string, file: VFile): Root => {
      guard.parses++
      return parse(document, file)
    }
  }
}

/**
 * For the language server's `plugins`: a check whose text is superseded
 * is not parsed (an empty tree stands in, and its diagnostics are never
 * sent), and one whose text was checked already takes those results;
 * except while the library formats the document (`mayStandIn`).
 */
export function lspResultsPlugin(guard: LspGuard): Plugin<[]> {
  return function (this: Processor<any, any, any, any, any>): Transformer {
    const parse = this.parser as ((document: string, file: VFile) => Root) | undefined
    if (parse) {
      this.parser = (document: string, file: VFile): Root => {
        const uri = file.data.lspDocumentUri
        if (typeof uri === 'string' && guard.mayStandIn(uri)) {
          const reuse = guard.cached(uri, document)
          if (reuse || guard.superseded(uri, document)) {
            file.data.featureDocsReuse = reuse ?? []
            return { type: 'root', children: [] }
          }
        }
        return parse(document, file)
      }
    }
    // Runs last, after every rule: the results stand for this text.
    return (_, file) => {
      const uri = file.data.lspDocumentUri
      if (typeof uri !== 'string') return
      const reuse = file.data.featureDocsReuse
      if (reuse) file.messages.splice(0, file.messages.length, ...reuse)
      else {
        guard.lints++
        // A formatting check of an older text must not displace the current text's results.
        const text = String(file.value)
        if (!guard.superseded(uri, text)) guard.remember(uri, text, [...file.messages])
      }
    }
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Set by unified-language-server on the files it checks. */
    lspDocumentUri: string
    /** Results of an earlier check of the same text (or none, for a superseded one). */
    featureDocsReuse: VFileMessage[]
  }
}
