/**
 * Reading a template from disk, once per process: parsed models are cached
 * by absolute path and re-read only when the file's modification time or
 * size changes (an editor session keeps running while the template is
 * edited).
 */
import { readFileSync, statSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import type { PlaceholderSyntax } from './brackets.js'
import { TemplateError } from './errors.js'
import type { DocTemplate } from './model.js'
import { parseTemplate } from './parse.js'

/** Extensions a template file may have. */
export const markdownExtensions = ['.md', '.markdown', '.mdown', '.mkdn', '.mkd', '.mdwn']

interface CacheEntry {
  mtimeMs: bigint
  size: bigint
  name: string | undefined
  syntaxes: string | undefined
  template: DocTemplate
}

const cache = new Map<string, CacheEntry>()

/** Templates are a page or two; one this large is not a template, and would be slow to read. */
const maxTemplateSize = 5 * 1024 * 1024

/**
 * Load and parse the template at `path`. Throws `TemplateError`, naming the
 * path, when it cannot be read, is not a Markdown file, or has no headings.
 */
export function loadTemplate(
  path: string,
  options: { name?: string | undefined; syntaxes?: readonly PlaceholderSyntax[] | undefined } = {},
): DocTemplate {
  const absolute = resolve(path)
  const stats = statOrThrow(absolute, path)
  const syntaxes = options.syntaxes?.join(',')
  const cached = cache.get(absolute)
  if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size && cached.name === options.name && cached.syntaxes === syntaxes) {
    return cached.template
  }
  if (!markdownExtensions.includes(extname(absolute).toLowerCase())) {
    throw new TemplateError(
      `Template \`${path}\` is not a Markdown file: expected a name ending in ${markdownExtensions.slice(0, 2).join(' or ')}`,
      path,
    )
  }
  const source = decode(readOrThrow(absolute, path), path)
  const template = parseTemplate(source, { name: options.name, path: absolute, syntaxes: options.syntaxes })
  cache.set(absolute, { mtimeMs: stats.mtimeMs, size: stats.size, name: options.name, syntaxes, template })
  return template
}

/** Forget every cached template (tests, and a language server on request). */
export function clearTemplateCache(): void {
  cache.clear()
}

function statOrThrow(absolute: string, path: string) {
  try {
    // `bigint`: a plain statSync of a FIFO corrupts the stat buffer Node's
    // module resolution reads, and the next import of a symlinked package
    // fails (nodejs/node#51142).
    const stats = statSync(absolute, { bigint: true })
    if (stats.isDirectory()) throw new TemplateError(`Template \`${path}\` is a directory, not a Markdown file`, path)
    // A FIFO or a device would never end (or never start) being read.
    if (!stats.isFile()) throw new TemplateError(`Template \`${path}\` is not a regular file (a FIFO, socket or device): not read`, path)
    if (stats.size > BigInt(maxTemplateSize)) {
      throw new TemplateError(`Template \`${path}\` is ${Math.round(Number(stats.size) / 1024 / 1024)} MB, over the ${maxTemplateSize / 1024 / 1024} MB a template may be: not read`, path)
    }
    return stats
  } catch (error) {
    if (error instanceof TemplateError) throw error
    throw new TemplateError(`Cannot read template \`${path}\`: ${reason(error)}`, path)
  }
}

function readOrThrow(absolute: string, path: string): Buffer {
  try {
    return readFileSync(absolute)
  } catch (error) {
    throw new TemplateError(`Cannot read template \`${path}\`: ${reason(error)}`, path)
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Text of a template file; binary or non-UTF-8 content is refused. */
function decode(buffer: Buffer, path: string): string {
  if (buffer.includes(0)) {
    throw new TemplateError(`Template \`${path}\` is not a Markdown file: it holds binary data`, path)
  }
  try {
    return utf8.decode(buffer)
  } catch {
    throw new TemplateError(`Template \`${path}\` is not a Markdown file: it is not valid UTF-8`, path)
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ENOTDIR') return 'a part of the path is not a folder'
  return error instanceof Error ? error.message : String(error)
}
