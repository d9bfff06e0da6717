/**
 * What is looked at before anything is read. unified-engine reads every
 * Markdown-named path it finds, follows every symlink and descends every
 * symlinked folder; so a FIFO named `x.md` would hang the run, a symlink to
 * `/dev/zero` fill memory, `docs/up -> ..` loop or leave the folder, and a
 * 50 MB file take minutes. This walk, with `lstat` and never through a
 * symlink, finds such paths first; the engine is told to ignore them (extra
 * ignore patterns) and each gets one line of its own:
 * - not a regular file (a FIFO, socket or device, or a symlink to one), or
 *   larger than `--max-file-size`: the file cannot be checked (exit 2);
 * - a symlink, in a folder being searched, to a folder or file outside it,
 *   or to a folder that holds the link (a loop): not followed, said on
 *   stderr, and the exit code is the rest of the run's.
 * Paths an ignore file covers are passed over in silence, as the engine
 * would.
 */
import type { Dirent, Stats } from 'node:fs'
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { isWithin, markdownExtensions } from '@feature-docs/doc-template'
import ignoreModule from 'ignore'
import { showPath } from '../report/show-path.js'
import { ignoreFileFor } from './config-files.js'
import { mayBeGlob } from './fast-path.js'

export interface Screened {
  /** Paths, relative to the working folder, for the engine to ignore. */
  ignore: string[]
  /** The same as absolute paths, to take named ones out of the list. */
  skipped: Set<string>
  /** One line each, without the `feature-docs: ` prefix: files that cannot be checked. */
  problems: string[]
  /** One line each: what was not followed. */
  notes: string[]
}

export interface ScreenOptions {
  cwd: string
  maxFileSize: number
  detectIgnore: boolean
  ignorePath: string | undefined
  /** `--ignore-path-resolve-from`: `cwd` makes `--ignore-path`'s patterns relative to the working folder. */
  ignorePathResolveFrom?: 'cwd' | 'dir' | undefined
  /** `--ignore-pattern`: more patterns, relative to the working folder. */
  ignorePatterns?: readonly string[] | undefined
  /** The extensions searched for (with dots); default the Markdown ones. */
  extensions?: readonly string[] | undefined
}

export async function screenInputs(paths: readonly string[], options: ScreenOptions): Promise<Screened> {
  const screened: Screened = { ignore: [], skipped: new Set(), problems: [], notes: [] }
  const ignores = new IgnoreFiles(options)
  const skip = async (path: string, line: string, kind: 'problems' | 'notes') => {
    if (await ignores.ignored(path)) return
    const shown = relative(options.cwd, path) || '.'
    screened.ignore.push(shown)
    screened.skipped.add(path)
    screened[kind].push(`${showPath(shown)}: ${line}`)
  }
  for (const given of paths) {
    if (mayBeGlob(given)) {
      // Its CommonJS build, which unified-engine's dependencies load too: the bundle then holds one copy, not two.
      const { glob } = createRequire(import.meta.url)('glob') as typeof import('glob')
      // As the engine expands a glob (it does not follow symlinked folders for `**`); each match is screened as if named.
      for (const match of await glob(given, { cwd: options.cwd, absolute: true })) await screenNamed(match, options, skip, true)
      continue
    }
    await screenNamed(resolve(options.cwd, given), options, skip, false)
  }
  return screened
}

type Skip = (path: string, line: string, kind: 'problems' | 'notes') => Promise<void>

async function screenNamed(path: string, options: ScreenOptions, skip: Skip, fromGlob: boolean): Promise<void> {
  const own = await lstatOrUndefined(path)
  // A path that does not exist is the engine's to report.
  if (!own) return
  const target = own.isSymbolicLink() ? await statOrUndefined(path) : own
  if (!target) return
  if (target.isDirectory()) {
    if (fromGlob) return
    await walk(path, await realpath(path), options, skip)
    return
  }
  // A glob match without a Markdown extension is never read by the engine.
  if (fromGlob && !isSearched(path, options)) return
  await checkFile(path, target, own.isSymbolicLink(), options, skip)
}

/** Every entry under `folder` (real path `root`), never through a symlink. */
async function walk(folder: string, root: string, options: ScreenOptions, skip: Skip): Promise<void> {
  // Iterative, so a deep tree cannot overflow the stack.
  const pending = [folder]
  while (pending.length > 0) {
    const current = pending.pop()!
    let entries: Dirent[]
    try {
      entries = await readdir(current, { withFileTypes: true })
    } catch {
      // The engine reports a folder it cannot read.
      continue
    }
    for (const entry of entries) {
      // The engine never descends a node_modules inside a folder it searches.
      if (entry.name === 'node_modules') continue
      const path = join(current, entry.name)
      if (entry.isDirectory()) {
        pending.push(path)
      } else if (entry.isSymbolicLink()) {
        await checkLink(path, root, folder, options, skip)
      } else if (isSearched(entry.name, options)) {
        if (entry.isFile()) {
          const stats = await statOrUndefined(path)
          if (stats) await checkFile(path, stats, false, options, skip)
        } else {
          await skip(path, `${kindOf(entry)}, not a regular file: skipped`, 'problems')
        }
      }
    }
  }
}

/** A symlink met in a folder search: followed only when it stays inside the folder and does not loop. */
async function checkLink(path: string, root: string, given: string, options: ScreenOptions, skip: Skip): Promise<void> {
  const target = await statOrUndefined(path)
  // A dangling link (or a loop the system refuses to resolve) is the engine's to report, if it has a Markdown name.
  if (!target) {
    if (!isSearched(path, options)) return
    const code = await errorCode(path)
    if (code === 'ELOOP') await skip(path, 'a symlink loop: not followed', 'notes')
    return
  }
  const real = await realpath(path)
  const shownGiven = relative(options.cwd, given) || '.'
  // A FIFO or a device is never read, wherever it is.
  if (!target.isDirectory() && !target.isFile()) {
    if (isSearched(path, options)) await checkFile(path, target, true, options, skip)
    return
  }
  if (target.isDirectory()) {
    if (!isWithin(real, root)) await skip(path, `a symlink to a folder outside ${shownGiven}: not followed`, 'notes')
    else if (isWithin(await realpath(dirname(path)), real)) await skip(path, 'a symlink to a folder that holds it (a loop): not followed', 'notes')
    return
  }
  if (!isSearched(path, options)) return
  if (!isWithin(real, root)) {
    await skip(path, `a symlink to a file outside ${shownGiven}: not followed`, 'notes')
    return
  }
  await checkFile(path, target, true, options, skip)
}

async function checkFile(path: string, stats: Stats, viaLink: boolean, options: ScreenOptions, skip: Skip): Promise<void> {
  if (!stats.isFile()) {
    await skip(path, `${viaLink ? 'a symlink to ' : ''}${kindOf(stats)}, not a regular file: skipped`, 'problems')
  } else if (stats.size > options.maxFileSize) {
    await skip(path, `${megabytes(stats.size)}, over the ${megabytes(options.maxFileSize)} limit (\`--max-file-size\`): skipped`, 'problems')
  }
}

function kindOf(entry: Dirent | Stats): string {
  if (entry.isFIFO()) return 'a FIFO'
  if (entry.isSocket()) return 'a socket'
  if (entry.isCharacterDevice()) return 'a character device'
  if (entry.isBlockDevice()) return 'a block device'
  return 'not a file'
}

function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024)
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} MB`
}

function isSearched(path: string, options: ScreenOptions): boolean {
  const lower = path.toLowerCase()
  return (options.extensions ?? markdownExtensions).some((extension) => lower.endsWith(extension))
}

async function lstatOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path)
  } catch {
    return undefined
  }
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path)
  } catch {
    return undefined
  }
}

async function errorCode(path: string): Promise<string | undefined> {
  try {
    await stat(path)
    return undefined
  } catch (error) {
    return (error as NodeJS.ErrnoException).code
  }
}

/**
 * Ignore files as the engine reads them: `--ignore-path` alone when given
 * (patterns relative to its folder), else the nearest `.remarkignore` up
 * from a path's folder; none with `--no-ignore`.
 */
class IgnoreFiles {
  private readonly loaded = new Map<string, Promise<((relativePath: string) => boolean) | undefined>>()

  private readonly patterns: ReturnType<typeof ignoreModule.default> | undefined

  constructor(private readonly options: ScreenOptions) {
    this.patterns = options.ignorePatterns?.length ? ignoreModule.default().add([...options.ignorePatterns]) : undefined
  }

  async ignored(path: string): Promise<boolean> {
    if (this.patterns) {
      const fromCwd = relative(this.options.cwd, path)
      if (fromCwd !== '' && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) && this.patterns.ignores(fromCwd.split(sep).join('/'))) return true
    }
    const file = this.options.ignorePath !== undefined ? resolve(this.options.cwd, this.options.ignorePath) : this.options.detectIgnore ? ignoreFileFor(dirname(path)) : undefined
    if (file === undefined) return false
    let matcher = this.loaded.get(file)
    if (!matcher) {
      matcher = load(file)
      this.loaded.set(file, matcher)
    }
    const test = await matcher
    const from = relative(this.options.ignorePath !== undefined && this.options.ignorePathResolveFrom === 'cwd' ? this.options.cwd : dirname(file), path)
    if (!test || from === '' || from.startsWith('..') || isAbsolute(from)) return false
    return test(from.split(sep).join('/'))
  }
}

async function load(file: string): Promise<((relativePath: string) => boolean) | undefined> {
  try {
    // A CommonJS module whose types declare a default export: the factory is at `.default` either way.
    const matcher = ignoreModule.default().add(await readFile(file, 'utf8'))
    return (path) => matcher.ignores(path)
  } catch {
    // The engine reports an ignore file it cannot read.
    return undefined
  }
}

/**
 * A path as an ignore pattern that matches it alone: anchored to the
 * working folder, with the characters patterns give a meaning escaped.
 */
export function exactPattern(path: string): string {
  return `/${path.split(sep).join('/').replace(/[\\*?[\]!#]/gu, '\\$&').replace(/ $/u, '\\ ')}`
}
