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
  end(): string
}

/** The report in pieces: one per file that had something to write, then the end when it is not empty. */
export function* reportPieces(writer: ReportWriter, files: Iterable<VFile>): Generator<string> {
  for (const file of files) {
    const piece = writer.add(file)
    if (piece !== '') yield piece
  }
  const last = writer.end()
  if (last !== '') yield last
}

/** The same over files that arrive as they are checked. */
export async function* reportPiecesAsync(writer: ReportWriter, files: AsyncIterable<VFile> | Iterable<VFile>): AsyncGenerator<string> {
  for await (const file of files) {
    const piece = writer.add(file)
    if (piece !== '') yield piece
  }
  const last = writer.end()
  if (last !== '') yield last
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
      // An element as it stands inside the array: indented one level. JSON strings hold no raw newline.
      const entry = `  ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')}`
      const piece = first ? `[\n${entry}` : `,\n${entry}`
      first = false
      return piece
    },
    end: () => (first ? '[]\n' : '\n]\n'),
  }
}
