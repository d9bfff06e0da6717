/**
 * One doc from stdin (`--stdin`, `--stdin-filename`, `--file-path`), as a
 * file with its text: named by the path it is checked as (relative to the
 * working folder, as named files are), or unnamed (reported as `<stdin>`).
 */
import { relative, resolve } from 'node:path'
import { VFile } from 'vfile'

/** The file, or one line saying why stdin cannot be checked. */
export async function readStdin(path: string | undefined, maxFileSize: number, cwd: string): Promise<VFile | string> {
  const chunks: Buffer[] = []
  let size = 0
  const name = path === undefined ? 'stdin' : `${path} (stdin)`
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length
    // Stop reading at the limit: a pipe from /dev/zero must not fill memory.
    if (size > maxFileSize) {
      process.stdin.destroy()
      return `${name}: larger than --max-file-size (${maxFileSize} bytes): not checked`
    }
    chunks.push(chunk)
  }
  const bytes = Buffer.concat(chunks)
  const file = new VFile({ cwd, value: bytes.toString('utf8') })
  if (path !== undefined) file.path = relative(cwd, resolve(cwd, path)) || path
  file.data.featureDocsBytes = bytes
  return file
}
