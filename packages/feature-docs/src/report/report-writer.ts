/**
 * A report made as the checked files come, one at a time, so the command
 * line can drop each file once it is added: `add` takes a file and gives
 * what can be written now ('' when the format must wait for the end),
 * `end` gives what is left. Each format keeps only what it needs: json,
 * github and gitlab nothing (a file's part is written at once); sarif its
 * results (its rules table, which a project's own rules extend, comes
 * first); markdown and junit their text and counts (their totals come
 * first).
 */
import type { VFile } from 'vfile'

export interface ReportWriter {
  add(file: VFile): string
  /** What is left: one string, or pieces (a long report need not be one string). */
  end(): string | Iterable<string>
}

/** The report in pieces: one per file that had something to write, then the end when it is not empty. */
export function* reportPieces(writer: ReportWriter, files: Iterable<VFile>): Generator<string> {
  for (const file of files) {
    const piece = writer.add(file)
    if (piece !== '') yield piece
  }
  yield* endPieces(writer)
}

/** The same over files that arrive as they are checked. */
export async function* reportPiecesAsync(writer: ReportWriter, files: AsyncIterable<VFile> | Iterable<VFile>): AsyncGenerator<string> {
  for await (const file of files) {
    const piece = writer.add(file)
    if (piece !== '') yield piece
  }
  yield* endPieces(writer)
}

function* endPieces(writer: ReportWriter): Generator<string> {
  const last = writer.end()
  for (const piece of typeof last === 'string' ? [last] : last) if (piece !== '') yield piece
}

/** The whole report as one string. */
export function wholeReport(writer: ReportWriter, files: Iterable<VFile>): string {
  return [...reportPieces(writer, files)].join('')
}

/**
 * A JSON array written an element at a time: the pieces joined are byte
 * for byte `JSON.stringify(elements, null, 2)` and a newline.
 */
export function jsonArray(): { element(value: unknown): string; end(): string } {
  let first = true
  return {
    element(value) {
      const piece = `${first ? '[' : ','}\n${jsonElement(value, 1)}`
      first = false
      return piece
    },
    end: () => (first ? '[]\n' : '\n]\n'),
  }
}

/** `value` as `JSON.stringify(…, null, 2)` writes it as an array element `depth` levels deep. JSON strings hold no raw newline. */
export function jsonElement(value: unknown, depth: number): string {
  const indent = '  '.repeat(depth)
  return `${indent}${JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`)}`
}
