/**
 * Reading a template from disk, once per process: parsed models are cached
 * by absolute path and re-read only when the file's modification time or
 * size changes (an editor session keeps running while the template is
 * edited). A file with the bytes of a built-in template is not parsed: its
 * model comes from the data the preset ships (`model-data.ts`). Choosing a
 * template by title reads only titles (`loadTemplateTitle`).
 */
import { readFileSync, statSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import type { PlaceholderSyntax } from './brackets.js'
import { TemplateError } from './errors.js'
import type { DocTemplate, TemplateTitle } from './model.js'
import { compiledTemplateFor, parseAsBefore, reviveTemplate } from './model-data.js'
import { parseTemplate } from './parse.js'
import { scanTitle } from './title-scan.js'

/** Extensions a template file may have. */
export const markdownExtensions = ['.md', '.markdown', '.mdown', '.mkdn', '.mkd', '.mdwn']

/** A reference to a template that is a path, not a name: it has a slash or a Markdown extension. */
export function looksLikePath(reference: string): boolean {
  return /[\\/]/u.test(reference) || markdownExtensions.some((extension) => reference.toLowerCase().endsWith(extension))
}

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
  expectMarkdownName(absolute, path)
  const bytes = readOrThrow(absolute, path)
  // The syntaxes an option names change the model: the shipped one is read with none.
  const compiled = options.syntaxes === undefined ? compiledTemplateFor(bytes) : undefined
  const template = compiled
    ? reviveTemplate(compiled, { name: options.name, path: absolute })
    : parseTemplate(decode(bytes, path), { name: options.name, path: absolute, syntaxes: options.syntaxes })
  cache.set(absolute, { mtimeMs: stats.mtimeMs, size: stats.size, name: options.name, syntaxes, template })
  return template
}

interface TitleEntry {
  mtimeMs: bigint
  size: bigint
  syntaxes: string | undefined
  title: TemplateTitle | undefined
}

const titles = new Map<string, TitleEntry>()

/**
 * The title of the template at `path`, as `loadTemplate(path, options).title`
 * would be, and failing as it would; read with a scan of the file's lines
 * (`scanTitle`) when that can be sure of it, else by loading the template
 * (a built-in's model is loaded from its data, for less than a scan).
 * `FEATURE_DOCS_PARSE_BUILTINS=1` loads the template, as before.
 */
export function loadTemplateTitle(
  path: string,
  options: { name?: string | undefined; syntaxes?: readonly PlaceholderSyntax[] | undefined } = {},
): TemplateTitle | undefined {
  if (parseAsBefore()) return loadTemplate(path, options).title
  const absolute = resolve(path)
  const stats = statOrThrow(absolute, path)
  const syntaxes = options.syntaxes?.join(',')
  const loaded = cache.get(absolute)
  if (loaded && loaded.mtimeMs === stats.mtimeMs && loaded.size === stats.size && loaded.syntaxes === syntaxes) return loaded.template.title
  const cached = titles.get(absolute)
  if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size && cached.syntaxes === syntaxes) return cached.title
  expectMarkdownName(absolute, path)
  const bytes = readOrThrow(absolute, path)
  // A built-in's model costs less to load than a scan.
  const scanned = options.syntaxes === undefined && compiledTemplateFor(bytes) ? undefined : scanTitle(decode(bytes, path), options.syntaxes)
  const title = scanned ? scanned.title : loadTemplate(path, options).title
  titles.set(absolute, { mtimeMs: stats.mtimeMs, size: stats.size, syntaxes, title })
  return title
}

/** Forget every cached template (tests, and a language server on request). */
export function clearTemplateCache(): void {
  cache.clear()
  titles.clear()
}

function expectMarkdownName(absolute: string, path: string): void {
  if (!markdownExtensions.includes(extname(absolute).toLowerCase())) {
    throw new TemplateError(
      `Template \`${path}\` is not a Markdown file: expected a name ending in ${markdownExtensions.slice(0, 2).join(' or ')}`,
      path,
    )
  }
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
