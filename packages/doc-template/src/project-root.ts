/**
 * The project a doc belongs to, for what a doc may name: a template path
 * in a doc's front matter must stay inside it. In CI on a pull request the
 * doc is a stranger's, and a template's headings are quoted in messages,
 * so a path such as `../../outside/secret.md` would read a file outside the
 * repository into the report. The project root is the folder of the nearest
 * remark configuration file (as unified-engine finds them), else the
 * nearest folder holding `.git`, else the working folder.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'

const configNames = ['.remarkrc', '.remarkrc.json', '.remarkrc.cjs', '.remarkrc.mjs', '.remarkrc.js', '.remarkrc.yaml', '.remarkrc.yml']

const rootCache = new Map<string, string | undefined>()

/** The project root for a doc in `folder` (absolute), given the working folder `cwd`. */
export function projectRoot(folder: string, cwd: string): string {
  return findUp(folder, hasConfig) ?? findUp(folder, (directory) => existsSync(join(directory, '.git'))) ?? resolve(cwd)
}

/**
 * The folder of the remark configuration that applies to docs in `folder`
 * (absolute), found as unified-engine finds it, or undefined.
 */
export function configFolder(folder: string): string | undefined {
  return findUp(folder, hasConfig)
}

function hasConfig(directory: string): boolean {
  if (configNames.some((name) => existsSync(join(directory, name)))) return true
  const manifest = join(directory, 'package.json')
  if (!existsSync(manifest)) return false
  try {
    const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown> | null
    return typeof parsed === 'object' && parsed !== null && 'remarkConfig' in parsed
  } catch {
    return false
  }
}

function findUp(folder: string, test: (directory: string) => boolean): string | undefined {
  const key = `${test === hasConfig ? 'config' : 'git'}\0${folder}`
  if (rootCache.has(key)) return rootCache.get(key)
  let found: string | undefined
  for (let directory = resolve(folder); ; directory = dirname(directory)) {
    if (test(directory)) {
      found = directory
      break
    }
    if (dirname(directory) === directory) break
  }
  rootCache.set(key, found)
  return found
}

/** Forget what was found (tests; a long-running server, where files come and go). */
export function clearProjectRootCache(): void {
  rootCache.clear()
}

/**
 * Whether `path` is inside `root`, symlinks resolved on both sides (a link
 * inside the project to a file outside it is outside). A path that does
 * not exist is judged as written: reading it will say it is missing.
 */
export function isInside(path: string, root: string): boolean {
  return isWithin(real(path), real(root))
}

/** Whether `path` is `folder` or inside it, as written (no symlinks resolved). */
export function isWithin(path: string, folder: string): boolean {
  const from = relative(folder, path)
  return from === '' || (from !== '..' && !from.startsWith(`..${sep}`) && !isAbsolute(from))
}

function real(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return resolve(path)
  }
}
