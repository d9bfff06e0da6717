/**
 * `--changed-since <ref>`: only the Markdown files added or changed since
 * a git ref (committed since, changed in the working tree, or new and not
 * ignored), within the paths given. What teams run when their template
 * changes under older docs, and what keeps a run on a large repository
 * short. Git is asked, never guessed at: no repository or an unknown ref
 * is a usage error (exit 2) with git's own words.
 */
import { spawn } from 'node:child_process'
import { relative, resolve, sep } from 'node:path'
import { isWithin, markdownExtensions } from '@feature-docs/doc-template'
import { minimatch } from 'minimatch'
import { UsageError } from '../usage-error.js'

export interface ChangedFiles {
  /** Changed Markdown files within the paths, relative to `cwd`, sorted. */
  changed: string[]
  /** Markdown files git tracks within the paths that did not change. */
  unchanged: number
}

export async function changedSince(ref: string, paths: readonly string[], cwd: string, extensions: readonly string[] = markdownExtensions): Promise<ChangedFiles> {
  const root = (await git(['rev-parse', '--show-toplevel'], cwd, ref)).trim()
  // Make sure it is a commit, so a typo is an error and not "nothing changed".
  await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd, ref)
  const list = (output: string) => output.split('\0').filter(Boolean).map((path) => resolve(root, path))
  const changed = new Set([
    ...list(await git(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', ref, '--'], root, ref)),
    ...list(await git(['ls-files', '-z', '--others', '--exclude-standard', '--full-name'], root, ref)),
  ])
  const tracked = list(await git(['ls-files', '-z', '--full-name'], root, ref))
  const wanted = (absolute: string) => hasExtension(absolute, extensions) && within(absolute, paths, cwd)
  const inside = [...changed].filter(wanted)
  const unchanged = tracked.filter((absolute) => wanted(absolute) && !changed.has(absolute)).length
  return { changed: inside.map((absolute) => relative(cwd, absolute) || '.').sort(), unchanged }
}

function hasExtension(path: string, extensions: readonly string[]): boolean {
  const lower = path.toLowerCase()
  return extensions.some((extension) => lower.endsWith(extension))
}

/** Whether a file is one of the paths, under one of them, or matched by one as a glob. */
function within(absolute: string, paths: readonly string[], cwd: string): boolean {
  const fromCwd = relative(cwd, absolute).split(sep).join('/')
  return paths.some((path) => {
    if (isWithin(absolute, resolve(cwd, path))) return true
    return minimatch(fromCwd, path.split(sep).join('/'), { dot: true })
  })
}

function git(args: string[], cwd: string, ref: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', (error) => reject(new UsageError(`\`--changed-since ${ref}\` needs git, which could not be run: ${error.message}`)))
    child.on('close', (code) => {
      if (code === 0) resolvePromise(stdout)
      else {
        const why = stderr.split('\n').find((line) => line.trim() !== '')?.replace(/^fatal: /u, '') ?? ''
        reject(new UsageError(args[0] === 'rev-parse' && args[1] === '--verify' ? `\`--changed-since ${ref}\`: no such commit in this repository` : `\`--changed-since ${ref}\`: ${why || `git ${args[0]} failed`}`))
      }
    })
  })
}
