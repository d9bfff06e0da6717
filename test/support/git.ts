/**
 * Real git repositories for the hook tests: a copy of this repository as a
 * hook source (at a tag, as users pin it), and a user's repository that
 * commits docs through the hook.
 */
import { cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { runProcess } from './process.js'
import { scratch } from './scratch.js'

export { removeScratch, scratch } from './scratch.js'

export const repositoryRoot = join(import.meta.dirname, '..', '..')

export interface Run {
  status: number | null
  output: string
}

/** Run a command to its end; never throws; stdout and stderr together. */
export async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const result = await runProcess(command, args, { cwd, env: { ...process.env, ...gitIdentity, ...env } })
  const output = `${result.stdout}${result.stderr}${result.error ? String(result.error) : ''}`
  // Hooks run their tools with colour forced on; assertions read plain text.
  return { status: result.code, output: output.replace(/\u001B\[[0-9;]*m/gu, '') }
}

const gitIdentity = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
}

/** Run and throw with the output when the command fails. */
export async function must(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const result = await run(command, args, cwd, env)
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.output}`)
  return result.output
}

/**
 * A clone of this repository at a new tag, with the working tree's hook
 * files (manifest, hook definition, bundle, templates) laid over the last
 * commit, so the test checks what is on disk now.
 */
export async function hookRepository(tag: string): Promise<string> {
  const folder = join(scratch('hook-source'), 'repo')
  await must('git', ['clone', '--quiet', '--no-local', repositoryRoot, folder], repositoryRoot)
  for (const path of ['package.json', '.pre-commit-hooks.yaml', 'packages/feature-docs/bundle', 'packages/remark-preset-lint-feature-docs/templates']) {
    rmSync(join(folder, path), { recursive: true, force: true })
    cpSync(join(repositoryRoot, path), join(folder, path), { recursive: true })
  }
  await must('git', ['add', '-A'], folder)
  await must('git', ['commit', '--quiet', '--allow-empty', '-m', 'hook under test'], folder)
  await must('git', ['tag', tag], folder)
  return folder
}

/** A new, empty git repository. */
export async function userRepository(name: string): Promise<string> {
  const folder = scratch(name)
  await must('git', ['init', '--quiet', '--initial-branch=main'], folder)
  return folder
}
