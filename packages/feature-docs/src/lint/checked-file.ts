/**
 * A checked file as plain data, to pass between threads, and back: what
 * the reports, the exit code and the summary read of a checked file (its
 * name, its messages with their causes, the template it was checked
 * against, a rule's crash), without its text or syntax tree. A file read
 * by a worker thread comes back to the main thread this way, so the main
 * thread holds a run's messages, not its docs.
 */
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'

/** An error as data: what `problems.ts` and `--verbose` read of it. */
export interface PlainError {
  name: string
  message: string
  stack: string | undefined
  code: string | undefined
  /** Node's system errors name the call that failed; `problems.ts` reads it. */
  syscall: string | undefined
  cause: PlainError | undefined
}

export interface PlainCheckedFile {
  path: string
  cwd: string
  history: string[]
  messages: Record<string, unknown>[]
  data: {
    featureDocsCheckedAgainst?: string | null | undefined
    featureDocsChosen?: string | undefined
    featureDocsCrashes?: { rule: string; error: PlainError }[] | undefined
  }
  /** The lines messages cover and the last line (by 1-based line), and how many there are: for the formats that fingerprint them. */
  lines: KeptLines | undefined
}

export interface KeptLines {
  count: number
  text: Record<number, string>
}

/** Message fields kept as they are (plain data). */
const messageFields = ['reason', 'line', 'column', 'place', 'ruleId', 'source', 'url', 'fatal', 'fix', 'expected', 'actual', 'note', 'file', 'stack', 'name', 'message'] as const

export function toPlainFile(file: VFile, keepLines: boolean): PlainCheckedFile {
  const text = keepLines && typeof file.value === 'string' ? file.value.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u) : undefined
  const lines: KeptLines | undefined = text ? { count: text.length, text: { [text.length]: text.at(-1)! } } : undefined
  const messages = file.messages.map((message) => {
    const plain: Record<string, unknown> = {}
    for (const field of messageFields) {
      const value = (message as unknown as Record<string, unknown>)[field]
      if (value !== undefined) plain[field] = value
    }
    if (message.cause !== undefined) plain.cause = toPlainError(message.cause)
    if (text && lines && typeof message.line === 'number') {
      for (let line = message.line; line <= Math.max(message.line, message.place && 'end' in message.place ? message.place.end.line : message.line); line++) {
        if (line <= text.length) lines.text[line] = text[line - 1]!
      }
    }
    return plain
  })
  const data: PlainCheckedFile['data'] = {}
  if (file.data.featureDocsCheckedAgainst !== undefined) data.featureDocsCheckedAgainst = file.data.featureDocsCheckedAgainst
  if (file.data.featureDocsChosen !== undefined) data.featureDocsChosen = file.data.featureDocsChosen
  if (file.data.featureDocsCrashes) data.featureDocsCrashes = file.data.featureDocsCrashes.map((crash) => ({ rule: crash.rule, error: toPlainError(crash.error)! }))
  return { path: file.path, cwd: file.cwd, history: [...file.history], messages, data, lines }
}

export function fromPlainFile(plain: PlainCheckedFile): VFile {
  const file = new VFile({ cwd: plain.cwd, path: plain.path })
  file.history = [...plain.history]
  for (const fields of plain.messages) {
    const message = new VFileMessage(String(fields.reason))
    for (const [key, value] of Object.entries(fields)) {
      if (key === 'cause') message.cause = fromPlainError(value as PlainError)
      else (message as unknown as Record<string, unknown>)[key] = value
    }
    file.messages.push(message)
  }
  if (plain.data.featureDocsCheckedAgainst !== undefined) file.data.featureDocsCheckedAgainst = plain.data.featureDocsCheckedAgainst
  if (plain.data.featureDocsChosen !== undefined) file.data.featureDocsChosen = plain.data.featureDocsChosen
  if (plain.data.featureDocsCrashes) file.data.featureDocsCrashes = plain.data.featureDocsCrashes.map((crash) => ({ rule: crash.rule, error: fromPlainError(crash.error) }))
  if (plain.lines) file.data.featureDocsLines = plain.lines
  return file
}

function toPlainError(error: unknown): PlainError | undefined {
  if (error === undefined || error === null) return undefined
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), stack: undefined, code: undefined, syscall: undefined, cause: undefined }
  const { code, syscall } = error as NodeJS.ErrnoException
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    code: typeof code === 'string' ? code : undefined,
    syscall: typeof syscall === 'string' ? syscall : undefined,
    cause: toPlainError(error.cause),
  }
}

function fromPlainError(plain: PlainError): Error {
  const error = new Error(plain.message, plain.cause ? { cause: fromPlainError(plain.cause) } : undefined)
  // The class is gone; `code` (FEATURE_DOCS_OPTION, ENOENT, ...) is what is read, the name what is shown.
  Object.defineProperty(error, 'name', { value: plain.name, configurable: true, writable: true })
  if (plain.stack !== undefined) error.stack = plain.stack
  if (plain.code !== undefined) (error as NodeJS.ErrnoException).code = plain.code
  if (plain.syscall !== undefined) (error as NodeJS.ErrnoException).syscall = plain.syscall
  return error
}

declare module 'vfile' {
  interface DataMap {
    /** A checked file's lines that messages point at, when its text was not kept (see `checked-file.ts`). */
    featureDocsLines: KeptLines
  }
}
