/**
 * `feature-docs [paths…]`: check docs, report, and answer with an exit code.
 *
 * Order of work: read the arguments (done), check `--template` before any
 * file is read, load what this run needs and nothing else (the engine only
 * when the fast path does not apply, chokidar only for `--watch`), check,
 * then report. Files that could not be checked get one line each on stderr
 * and make the exit code 2; otherwise any message from a rule makes it 1.
 */
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { LintOptions } from '../arguments.js'
import { knownTemplates, loadKnownTemplate } from '../known-templates.js'
import { exitCodes, UsageError } from '../usage-error.js'
import type { CheckSettings } from './engine-run.js'
import { checkDirectly, fastPathFiles } from './fast-path.js'
import { sortOutProblems } from './problems.js'

export async function runLint(options: LintOptions, cwd: string): Promise<number> {
  checkGivenFile('--rc-path', options.rcPath, cwd)
  checkGivenFile('--ignore-path', options.ignorePath, cwd)
  const direct = fastPathFiles(options, cwd)
  // Started together, so their loading overlaps: module loading is most of a one-file run.
  const presetImport = import('remark-preset-lint-feature-docs')
  const checkImport = direct ? import('./base-processor.js') : import('./engine-run.js')
  const template = options.template === undefined ? undefined : await forcedTemplate(options.template, options, cwd)
  const settings: CheckSettings = {
    cwd,
    template,
    detectConfig: options.detectConfig,
    detectIgnore: options.detectIgnore,
    rcPath: options.rcPath,
    ignorePath: options.ignorePath,
    preset: (await presetImport).default as Plugin<any[], any>,
    presetVersion: (await presetImport).version,
  }
  const paths = options.paths.length > 0 ? options.paths : ['.']

  await checkImport
  const directFiles = direct ? await checkDirectly(settings, direct) : undefined
  if (directFiles) return finish(directFiles, options, cwd)

  const { runEngine } = await import('./engine-run.js')
  const first = await runEngine(settings, paths)
  const code = await finish(first.files, options, cwd)
  if (!options.watch) return code

  const { watchFiles } = await import('./watch.js')
  await watchFiles(first.origins, cwd, async (path) => {
    const run = await runEngine(settings, [path])
    process.exitCode = await finish(run.files, options, cwd)
  })
  process.stderr.write('Watching... (press Ctrl+C to exit)\n')
  return code
}

/** A configuration or ignore file named on the command line must exist: the engine would blame the docs. */
function checkGivenFile(option: string, path: string | undefined, cwd: string): void {
  if (path === undefined) return
  let isFile = false
  try {
    isFile = statSync(resolve(cwd, path)).isFile()
  } catch {
    throw new UsageError(`${path} (given to \`${option}\`): no such file`)
  }
  if (!isFile) throw new UsageError(`${path} (given to \`${option}\`): not a file`)
}

/**
 * `--template`, checked before anything is read: an unknown name or a
 * template that cannot be used is a usage error. Names stay names (the
 * rules look them up among the same templates); paths become absolute.
 */
async function forcedTemplate(reference: string, options: LintOptions, cwd: string): Promise<string> {
  const known = await knownTemplates({ cwd, detectConfig: options.detectConfig, rcPath: options.rcPath })
  if (known.byName.has(reference)) {
    await loadKnownTemplate(reference, known, cwd, '`--template`')
    return reference
  }
  const { markdownExtensions } = await import('doc-template')
  const lower = reference.toLowerCase()
  const looksLikePath = /[\\/]/u.test(reference) || markdownExtensions.some((extension) => lower.endsWith(extension))
  // A configuration in code or YAML may name more templates; the rules will judge the name.
  if (!looksLikePath && known.unread !== undefined) return reference
  const template = await loadKnownTemplate(reference, known, cwd, '`--template`')
  return template.path ?? reference
}

async function finish(files: VFile[], options: LintOptions, cwd: string): Promise<number> {
  const { problems, checked } = sortOutProblems(files, { cwd, rcPath: options.rcPath, detectConfig: options.detectConfig })
  for (const problem of problems) process.stderr.write(`feature-docs: ${problem}\n`)
  const { writeReport } = await import('../report/write-report.js')
  await writeReport(checked, {
    format: options.format,
    output: options.output,
    quiet: options.quiet,
    silent: options.silent,
    color: options.color ?? defaultColor(),
    cwd,
  })
  if (problems.length > 0) return exitCodes.usage
  const failed = checked.some((file) => file.messages.some((message) => message.fatal === true || message.fatal === false))
  return failed ? exitCodes.lintFailed : exitCodes.clean
}

/** Color when stderr is a terminal, unless NO_COLOR or FORCE_COLOR say otherwise. */
function defaultColor(): boolean {
  const force = process.env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (process.env.NO_COLOR) return false
  return Boolean(process.stderr.isTTY) && process.env.TERM !== 'dumb'
}
