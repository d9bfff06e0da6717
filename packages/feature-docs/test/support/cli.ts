/**
 * Running the real, built command line (`bin/feature-docs.js`, which imports
 * `dist/`: run `pnpm exec tsc -b` first) as a child process in a scratch
 * project folder, and reading the fixtures' expected messages.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { completed, runProcess, type Completed } from '../../../../test/support/process.js'
import { scratch } from '../../../../test/support/scratch.js'

export { removeScratch, scratch } from '../../../../test/support/scratch.js'

export const repositoryRoot = join(import.meta.dirname, '..', '..', '..', '..')
export const packageRoot = join(repositoryRoot, 'packages', 'feature-docs')
export const bin = join(packageRoot, 'bin', 'feature-docs.js')
export const fixtures = join(repositoryRoot, 'fixtures')
/** remark-cli, for side-by-side comparisons. */
export const remarkCli = join(repositoryRoot, 'test', 'node_modules', 'remark-cli', 'cli.js')
export const builtinTemplatesFolder = join(repositoryRoot, 'packages', 'remark-preset-lint-feature-docs', 'templates')

if (!existsSync(join(packageRoot, 'dist', 'cli.js'))) {
  throw new Error('packages/feature-docs/dist/cli.js is missing: run `pnpm exec tsc -b` first')
}

export type Result = Completed

export interface RunOptions {
  env?: NodeJS.ProcessEnv
  /** Extra `node` flags, before the script. */
  nodeArgs?: string[]
  /** Written to stdin (empty without it). */
  input?: string
}

/** Run `node <script> ...args` in `cwd` and wait for it to exit; never throws on a non-zero exit. */
export async function runNode(script: string, cwd: string, args: string[], options: RunOptions = {}): Promise<Result> {
  const result = await runProcess(process.execPath, [...(options.nodeArgs ?? []), script, ...args], {
    cwd,
    // No color unless a test asks; no fast-path override from the caller's shell.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, FEATURE_DOCS_NO_FAST_PATH: undefined, ...options.env },
    ...(options.input === undefined ? {} : { input: options.input }),
  })
  return completed(result, `node ${script} ${args.join(' ')}`)
}

/** The feature-docs command line. */
export function featureDocs(cwd: string, args: string[], options: RunOptions = {}): Promise<Result> {
  return runNode(bin, cwd, args, options)
}

/**
 * A scratch project: files by relative path (text or bytes). With
 * `nodeModules`, its node_modules links to test/node_modules, where the
 * preset and remark-cli are installed, so a `.remarkrc.json` can name them.
 */
export function project(files: Record<string, string | Uint8Array> = {}, options: { nodeModules?: boolean } = {}): string {
  const folder = scratch('cli')
  if (options.nodeModules) symlinkSync(join(repositoryRoot, 'test', 'node_modules'), join(folder, 'node_modules'), 'dir')
  for (const [path, content] of Object.entries(files)) write(folder, path, content)
  return folder
}

export function write(folder: string, path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(folder, path)), { recursive: true })
  writeFileSync(join(folder, path), content)
}

/** A fixture doc's text, e.g. `fixture('technical-implementation/valid.md')`. */
export function fixture(path: string): string {
  return readFileSync(join(fixtures, path), 'utf8')
}

export interface ExpectedMessage {
  line: number
  column: number
  endLine: number
  endColumn: number
  ruleId: string
  reason: string
}

/** The `<name>.messages.txt` beside a broken fixture: `l:c-l:c rule-id: reason` a line. */
export function expectedMessages(path: string): ExpectedMessage[] {
  const text = readFileSync(join(fixtures, path.replace(/\.md$/u, '.messages.txt')), 'utf8')
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^(\d+):(\d+)-(\d+):(\d+) ([\w-]+): (.*)$/u.exec(line)
      if (!match) throw new Error(`Unexpected line in ${path}: ${line}`)
      return {
        line: Number(match[1]),
        column: Number(match[2]),
        endLine: Number(match[3]),
        endColumn: Number(match[4]),
        ruleId: match[5]!,
        reason: match[6]!,
      }
    })
}

/** The readme link each rule puts on its messages. */
export function ruleUrl(ruleId: string): string {
  return `https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-${ruleId}#readme`
}
