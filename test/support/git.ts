/**
 * Real git repositories for the hook tests: a copy of this repository as a
 * hook source (at a tag, as users pin it), and a user's repository that
 * commits docs through the hook.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { scratch } from './scratch.js'

export { removeScratch, scratch } from './scratch.js'

export const repositoryRoot = join(import.meta.dirname, '..', '..')

export interface Run {
  status: number | null
  output: string
}

/** Run a command; never throws; stdout and stderr together. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const options: SpawnSyncOptions = {
    cwd,
    env: { ...process.env, ...gitIdentity, ...env },
    encoding: 'utf8',
    timeout: 280_000,
  }
  const result = spawnSync(command, args, options)
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`
  // Hooks run their tools with colour forced on; assertions read plain text.
  return { status: result.status, output: output.replace(/\u001B\[[0-9;]*m/gu, '') }
}

const gitIdentity = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
}

/** Run and throw with the output when the command fails. */
export function must(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const result = run(command, args, cwd, env)
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.output}`)
  return result.output
}

/**
 * A clone of this repository at a new tag, with the working tree's hook
 * files (manifest, hook definition, bundle, templates) laid over the last
 * commit, so the test checks what is on disk now.
 */
export function hookRepository(tag: string): string {
  const folder = join(scratch('hook-source'), 'repo')
  must('git', ['clone', '--quiet', '--no-local', repositoryRoot, folder], repositoryRoot)
  for (const path of ['package.json', '.pre-commit-hooks.yaml', 'packages/feature-docs/bundle', 'packages/remark-preset-lint-feature-docs/templates']) {
    rmSync(join(folder, path), { recursive: true, force: true })
    cpSync(join(repositoryRoot, path), join(folder, path), { recursive: true })
  }
  must('git', ['add', '-A'], folder)
  must('git', ['commit', '--quiet', '--allow-empty', '-m', 'hook under test'], folder)
  must('git', ['tag', tag], folder)
  return folder
}

/** A new, empty git repository. */
export function userRepository(name: string): string {
  const folder = scratch(name)
  must('git', ['init', '--quiet', '--initial-branch=main'], folder)
  return folder
}
