/**
 * The repository root, which CI reports name files from (code scanning's
 * `%SRCROOT%`, GitLab's Code Quality paths): the nearest folder, from `cwd`
 * up, that has a `.git` (a folder, or a file in a worktree or submodule);
 * `cwd` when none has.
 */
import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { isWithin } from '@feature-docs/doc-template'

export function repositoryRoot(cwd: string): string {
  const start = resolve(cwd)
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return folder
    if (dirname(folder) === folder) return start
  }
}

/** A file's path from `root`, with forward slashes; undefined when it is not below `root`. */
export function pathFromRoot(root: string, cwd: string, path: string): string | undefined {
  const absolute = resolve(cwd, path)
  if (absolute === root || !isWithin(absolute, root)) return undefined
  return relative(root, absolute).split(sep).join('/')
}
