/**
 * `--cache`, `--cache-location`: a file whose result cannot have changed
 * is not parsed again; its messages come from the cache file (as ESLint's
 * `--cache`). A result is reused only when all of these are what they were:
 * - the doc's bytes;
 * - feature-docs' version and the options that change what is reported
 *   (`--template`, `--setting`, `--use`, `--no-config`, `--rc-path`);
 * - the remark configuration that applies to the doc (its path and bytes);
 * - every template that could have been chosen for it: the built-in ones,
 *   those the configuration names (`templates`, `template`, the targets of
 *   `files`, for the preset and each of our rules), `--template`, and a
 *   path in the doc's front matter `template:`.
 * A configuration that is code or YAML cannot be read without running it,
 * so the templates it names are unknown: docs under one are never taken
 * from the cache. Files that could not be checked, or on which a rule
 * crashed, are not stored.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { basename, dirname, isAbsolute, resolve } from 'node:path'
import { markdownExtensions } from '@feature-docs/doc-template'
import type { PlainCheckedFile } from './checked-file.js'
import { configFileFor, configTemplatePaths } from './config-files.js'

/** The default cache file, in the working folder (as ESLint's `.eslintcache`). */
export const defaultCacheLocation = '.feature-docs-cache'

export interface CacheSettings {
  cwd: string
  location: string
  version: string
  /** What of the command line changes results, as text. */
  optionsKey: string
  detectConfig: boolean
  rcPath: string | undefined
  /** The built-in templates, name to path. */
  builtins: Record<string, string>
  /** `--template`, as a path when it is one. */
  forcedTemplate: string | undefined
}

interface Entry {
  key: string
  result: PlainCheckedFile
}

interface CacheFile {
  format: 'feature-docs-cache/1'
  entries: Record<string, Entry>
}

export class ResultCache {
  private readonly hashes = new Map<string, string>()
  private changed = false

  private constructor(
    private readonly settings: CacheSettings,
    private readonly entries: Record<string, Entry>,
  ) {}

  /** The cache at `settings.location`; empty when there is none or it cannot be read (it is then rewritten). */
  static async open(settings: CacheSettings): Promise<ResultCache> {
    let entries: Record<string, Entry> = {}
    try {
      const read = JSON.parse(await readFile(resolve(settings.cwd, settings.location), 'utf8')) as Partial<CacheFile>
      if (read.format === 'feature-docs-cache/1' && typeof read.entries === 'object' && read.entries !== null) entries = read.entries
    } catch {
      // No cache yet, or not ours: start afresh.
    }
    return new ResultCache(settings, entries)
  }

  /** The key of the file at `path` (relative to the working folder) as it is now; undefined when it must not be cached. */
  keyFor(path: string): string | undefined {
    const absolute = resolve(this.settings.cwd, path)
    let text: Buffer
    try {
      text = readFileSync(absolute)
    } catch {
      return undefined
    }
    const config = this.settings.detectConfig ? (this.settings.rcPath !== undefined ? resolve(this.settings.cwd, this.settings.rcPath) : configFileFor(dirname(absolute))) : undefined
    const templates = new Set([...Object.values(this.settings.builtins)])
    if (this.settings.forcedTemplate !== undefined) templates.add(this.settings.forcedTemplate)
    if (config !== undefined) {
      const named = configTemplatePaths(config)
      // Code or YAML: what it names is unknown here.
      if (named === undefined) return undefined
      for (const template of named) templates.add(template)
    }
    const fromFrontMatter = frontMatterTemplate(text.toString('utf8'))
    if (fromFrontMatter !== undefined && (/[\\/]/u.test(fromFrontMatter) || markdownExtensions.some((extension) => fromFrontMatter.toLowerCase().endsWith(extension)))) {
      templates.add(isAbsolute(fromFrontMatter) ? fromFrontMatter : resolve(dirname(absolute), fromFrontMatter))
    }
    const hash = createHash('sha256')
    hash.update(`${this.settings.version}\0${this.settings.optionsKey}\0`)
    hash.update(text)
    hash.update(`\0config ${config ?? '-'} ${config === undefined ? '' : this.hashOf(config)}`)
    for (const template of [...templates].sort()) hash.update(`\0template ${template} ${this.hashOf(template)}`)
    return hash.digest('hex')
  }

  /** The stored result for `path`, when its key is `key`. */
  get(path: string, key: string): PlainCheckedFile | undefined {
    const entry = this.entries[path]
    return entry !== undefined && entry.key === key ? entry.result : undefined
  }

  set(path: string, key: string, result: PlainCheckedFile): void {
    this.entries[path] = { key, result }
    this.changed = true
  }

  /** Write the cache file (atomically: a temporary file renamed over it), if anything changed. */
  async save(): Promise<void> {
    if (!this.changed) return
    const path = resolve(this.settings.cwd, this.settings.location)
    await mkdir(dirname(path), { recursive: true })
    const temporary = `${dirname(path)}/.${basename(path)}.${process.pid}.tmp`
    const file: CacheFile = { format: 'feature-docs-cache/1', entries: this.entries }
    await writeFile(temporary, JSON.stringify(file))
    await rename(temporary, path)
  }

  private hashOf(path: string): string {
    let hash = this.hashes.get(path)
    if (hash === undefined) {
      try {
        hash = createHash('sha256').update(readFileSync(path)).digest('hex')
      } catch {
        hash = 'missing'
      }
      this.hashes.set(path, hash)
    }
    return hash
  }
}

/** `template:` in the doc's leading YAML front matter, as the rules read it. */
function frontMatterTemplate(text: string): string | undefined {
  const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/u.exec(text)?.[1]
  const match = front === undefined ? undefined : /^template:[ \t]*(.*?)[ \t]*$/mu.exec(front)
  const value = match?.[1]?.replace(/^(['"])(.*)\1$/u, '$2').trim()
  return value === undefined || value === '' ? undefined : value
}
