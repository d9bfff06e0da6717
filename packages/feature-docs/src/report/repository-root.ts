/**
 * The repository root, which CI reports name files from (code scanning's
 * `%SRCROOT%`, GitLab's Code Quality paths): the nearest folder, from `cwd`
 * up, that has a `.git` (a folder, or a file in a worktree or submodule);
 * `cwd` when none has.
 */
import { existsSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'

export function repositoryRoot(cwd: string): string {
  const start = resolve(cwd)
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return folder
    if (dirname(folder) === folder) return start
  }
}

/** A file's path from `root`, with forward slashes; undefined when it is not below `root`. */
export function pathFromRoot(root: string, cwd: string, path: string): string | undefined {
  const fromRoot = relative(root, resolve(cwd, path))
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) return undefined
  return fromRoot.split(sep).join('/')
}
