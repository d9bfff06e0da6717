/**
 * Files that are not Markdown text, caught before any rule sees them: binary
 * data and text that is not UTF-8. unified-engine reads files as UTF-8
 * strings, which turns a bad byte into U+FFFD and keeps NUL bytes, so a
 * rule would report nonsense about a PNG named `diagram.md`. The raw bytes
 * are read again only when the text shows one of those two marks.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { VFile } from 'vfile'

/** Rule ids of the messages below; the command line exits 2 on them. */
export const inputRuleIds = ['binary', 'encoding', 'parse-guard'] as const
export const inputSource = 'feature-docs'

/**
 * Fail the file (a fatal message, thrown) when it is binary or not UTF-8.
 * The thrown message stops the file's processing: no rule runs on it.
 */
export function checkInput(file: VFile): void {
  const text = typeof file.value === 'string' ? file.value : ''
  const nul = text.indexOf('\0')
  if (nul !== -1) {
    const bytes = rawBytes(file)
    const utf16 = bytes && bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    file.fail(
      utf16
        ? 'is UTF-16 text, not UTF-8: save it as UTF-8 to check it'
        : `holds binary data (a NUL byte at ${where(text, nul)}), not Markdown text`,
      { ruleId: 'binary', source: inputSource },
    )
  }
  if (text.includes('\uFFFD')) {
    const bytes = rawBytes(file)
    const bad = bytes ? firstReplacedCharacter(text, bytes) : -1
    if (bad !== -1) {
      file.fail(`is not valid UTF-8 (a bad byte at ${where(text, bad)}): save it as UTF-8 to check it`, {
        ruleId: 'encoding',
        source: inputSource,
      })
    }
  }
}

/** True when the file has nothing but white space: no doc at all. */
export function isBlank(file: VFile): boolean {
  return typeof file.value === 'string' ? file.value.replace(/^\uFEFF/u, '').trim() === '' : false
}

function rawBytes(file: VFile): Buffer | undefined {
  // Read from stdin: the bytes as read, not a file of that name.
  if (file.data.featureDocsBytes) return file.data.featureDocsBytes
  if (!file.path) return undefined
  try {
    return readFileSync(resolve(file.cwd, file.path))
  } catch {
    return undefined
  }
}

/**
 * The index in `text` of the first U+FFFD that the decoder put in place of
 * bad bytes, or -1 when each one is a real U+FFFD in the file (EF BF BD).
 */
function firstReplacedCharacter(text: string, bytes: Buffer): number {
  let byte = 0
  let from = 0
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) {
    byte += Buffer.byteLength(text.slice(from, index))
    from = index
    if (!(bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd)) return index
  }
  return -1
}

/** `line 3, column 7` for an index into `text`. */
function where(text: string, index: number): string {
  let line = 1
  let lineStart = 0
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line++
    lineStart = at + 1
  }
  return `line ${line}, column ${index - lineStart + 1}`
}

declare module 'vfile' {
  interface DataMap {
    /** The bytes of a doc read from stdin, for the checks above. */
    featureDocsBytes: Buffer
  }
}
