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
import { checkDirectly, fastPathFiles, mayBeGlob } from './fast-path.js'
import { showPath } from '../report/show-path.js'
import type { Recheck } from '../fix/fix-files.js'
import { problemOf } from './problems.js'
import { exactPattern, screenInputs } from './screen.js'

export async function runLint(options: LintOptions, cwd: string): Promise<number> {
  checkGivenFile('--rc-path', options.rcPath, cwd)
  checkGivenFile('--ignore-path', options.ignorePath, cwd)
  if (options.stdin !== undefined) return lintStdin(options, cwd)
  let paths = options.paths.length > 0 ? options.paths : ['.']
  const extensions = options.extensions?.map((extension) => `.${extension.toLowerCase()}`)
  if (options.changedSince !== undefined) {
    const { changedSince } = await import('./changed-since.js')
    const { changed, unchanged } = await changedSince(options.changedSince, paths, cwd, extensions)
    const skipped = `${unchanged} unchanged Markdown ${unchanged === 1 ? 'file' : 'files'} not checked`
    if (!options.silent) {
      process.stderr.write(`feature-docs: ${changed.length} Markdown ${changed.length === 1 ? 'file' : 'files'} added or changed since ${options.changedSince}; ${skipped}\n`)
    }
    if (changed.length === 0) return exitCodes.clean
    paths = changed
  }
  // Before anything is read: FIFOs, devices, huge files, symlinks out of the folder or in a loop.
  const screenOptions = {
    cwd,
    maxFileSize: options.maxFileSize,
    detectIgnore: options.detectIgnore,
    ignorePath: options.ignorePath,
    ignorePathResolveFrom: options.ignorePathResolveFrom,
    ignorePatterns: options.ignorePatterns,
    extensions,
  }
  const screened = await screenInputs(paths, screenOptions)
  for (const note of screened.notes) process.stderr.write(`feature-docs: ${note}\n`)
  const named = paths.filter((path) => !screened.skipped.has(resolve(cwd, path)))
  // Nothing left to check of what was named: only what was skipped to say.
  if (named.length === 0) return reportSkipped(screened.problems)
  const direct = fastPathFiles({ ...options, paths: named }, cwd)
  // Started together, so their loading overlaps: module loading is most of a one-file run.
  const presetImport = import('remark-preset-lint-feature-docs')
  const checkImport = direct ? import('./base-processor.js') : import('./engine-run.js')
  const settings = await checkSettings(options, cwd, presetImport, screened.ignore.map(exactPattern), extensions)

  await checkImport
  const directRun = direct ? await checkDirectly(settings, direct) : undefined
  if (directRun) return finish(await fixed(directRun.files, directRun.recheck, options, cwd), options, cwd, screened.problems)

  const { runEngine } = await import('./engine-run.js')
  const first = await checkFiles(settings, named, options, cwd)
  const recheck = async (files: VFile[]) => (await runEngine(settings, files)).files
  const code = await finish(await fixed(first.files, recheck, options, cwd), options, cwd, screened.problems)
  if (!options.watch) return code

  const { watchFiles } = await import('./watch.js')
  await watchFiles(first.origins, cwd, async (path) => {
    const again = await screenInputs([path], screenOptions)
    if (again.skipped.size > 0) {
      process.exitCode = reportSkipped(again.problems)
      return
    }
    const run = await runEngine(settings, [path])
    process.exitCode = await finish({ files: run.files, unwritten: [] }, options, cwd)
  })
  process.stderr.write('Watching... (press Ctrl+C to exit)\n')
  return code
}

/** What a check needs, from the options: the forced template, the preset, the engine's options. */
async function checkSettings(
  options: LintOptions,
  cwd: string,
  presetImport: Promise<typeof import('remark-preset-lint-feature-docs')>,
  unsafe: string[],
  extensions: string[] | undefined,
): Promise<CheckSettings> {
  const template = options.template === undefined ? undefined : await forcedTemplate(options.template, options, cwd)
  const engineOnly = options.settings.length > 0 || options.use.length > 0 ? await import('./engine-options.js') : undefined
  return {
    cwd,
    template,
    detectConfig: options.detectConfig,
    detectIgnore: options.detectIgnore,
    rcPath: options.rcPath,
    ignorePath: options.ignorePath,
    ignorePathResolveFrom: options.ignorePathResolveFrom,
    preset: (await presetImport).default as Plugin<any[], any>,
    presetVersion: (await presetImport).version,
    ignorePatterns: [...options.ignorePatterns, ...unsafe],
    extensions,
    settings: engineOnly?.settingsOption(options.settings),
    plugins: engineOnly?.pluginsOption(options.use, cwd),
  }
}

/**
 * `--stdin`, `--stdin-filename <path>`: one doc read from stdin, checked
 * as the file at that path would be (its configuration, ignore file,
 * template, the name in the report), never written.
 */
async function lintStdin(options: LintOptions, cwd: string): Promise<number> {
  const { readStdin } = await import('./stdin.js')
  const file = await readStdin(options.stdin?.path, options.maxFileSize, cwd)
  if (typeof file === 'string') return reportSkipped([file])
  const direct = fastPathFiles(options, cwd)
  const presetImport = import('remark-preset-lint-feature-docs')
  const settings = await checkSettings(options, cwd, presetImport, [], undefined)
  const directRun = direct ? await checkDirectly(settings, direct, [file]) : undefined
  if (directRun) return finish(await fixed(directRun.files, directRun.recheck, options, cwd), options, cwd)
  const { runEngine } = await import('./engine-run.js')
  const recheck = async (files: VFile[]) => (await runEngine(settings, files)).files
  return finish(await fixed((await runEngine(settings, [file])).files, recheck, options, cwd), options, cwd)
}

/**
 * The engine's run over `paths`: in the main thread, or, with more than one
 * core and enough files, in a pool of worker threads (`pool.ts`); with
 * `--shard`, over that part of the files. `--fix` and `--watch` check in
 * the main thread: they check files again as they change. Otherwise the
 * files come one at a time as they are checked, from the pool or from
 * batches in this thread, so the report is written as the run goes.
 */
async function checkFiles(settings: CheckSettings, paths: string[], options: LintOptions, cwd: string): Promise<{ files: Files; origins: string[] }> {
  const { runEngine } = await import('./engine-run.js')
  const { poolSize } = await import('./pool.js')
  const size = options.watch || options.fix !== undefined ? 1 : poolSize(options.concurrency)
  const { batchSize, checkInPool, listFiles, poolThreshold } = await import('./pool.js')
  // Named files, fewer than would fill a pool: the engine as always, no listing first.
  const fewNamed = paths.length < poolThreshold && paths.every((path) => !mayBeGlob(path) && !isFolder(resolve(cwd, path)))
  // `--fix` and `--watch` keep the engine's whole run: they check its files again, and watch every file it read.
  const whole = options.watch || options.fix !== undefined
  if ((whole || fewNamed) && options.shard === undefined && options.cache === undefined) return runEngine(settings, paths)
  let files = await listFiles(settings, paths)
  if (options.shard !== undefined) {
    const shard = options.shard
    const { inShard } = await import('./shard.js')
    const all = files.length
    files = files.filter((path) => inShard(path, shard, cwd))
    if (!options.silent) process.stderr.write(`feature-docs: shard ${shard.index}/${shard.count}: ${files.length} of ${all} ${all === 1 ? 'file' : 'files'}\n`)
    if (files.length === 0) return { files: [], origins: [] }
  }
  // In this thread, a batch at a time as the pool's workers do, so that one thread too holds a batch of docs, not the run's.
  const inEngine = async function* (paths: string[]): AsyncGenerator<VFile> {
    const step = whole ? paths.length : batchSize
    for (let start = 0; start < paths.length; start += step) yield* (await runEngine(settings, paths.slice(start, start + step))).files
  }
  const check = (paths: string[]): AsyncIterable<VFile> => {
    if (size === 1 || paths.length < poolThreshold) return inEngine(paths)
    const keepLines = options.format === 'sarif' || options.format === 'gitlab'
    // Workers that could not start or load their modules (out of file descriptors under a low `ulimit -n`, say): the main thread checks what is left.
    return checkInPool(settings, paths, size, keepLines, async (rest, error) => {
      if (options.verbose) process.stderr.write(`feature-docs: the worker threads failed (${error instanceof Error ? error.message : String(error)}); checking in the main thread\n`)
      return (await runEngine(settings, rest)).files
    })
  }
  if (options.cache === undefined) return { files: check(files), origins: files }
  const { cachedCheck } = await import('./cached-check.js')
  return { files: cachedCheck(files, check, settings, options, options.cache), origins: files }
}

/** A check's files: a list, or one at a time as they are checked. */
type Files = VFile[] | AsyncIterable<VFile>

function isFolder(path: string): boolean {
  try {
    // `bigint`: see nodejs/node#51142 (a plain statSync of a FIFO breaks later imports).
    return statSync(path, { bigint: true }).isDirectory()
  } catch {
    return false
  }
}

/** A configuration or ignore file named on the command line must exist: the engine would blame the docs. */
function checkGivenFile(option: string, path: string | undefined, cwd: string): void {
  if (path === undefined) return
  let isFile = false
  try {
    // `bigint`: see nodejs/node#51142 (a plain statSync of a FIFO breaks later imports).
    isFile = statSync(resolve(cwd, path), { bigint: true }).isFile()
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
  const { markdownExtensions } = await import('@feature-docs/doc-template')
  const lower = reference.toLowerCase()
  const looksLikePath = /[\\/]/u.test(reference) || markdownExtensions.some((extension) => lower.endsWith(extension))
  // A configuration in code or YAML may name more templates; the rules will judge the name.
  if (!looksLikePath && known.unread !== undefined) return reference
  const template = await loadKnownTemplate(reference, known, cwd, '`--template`')
  return template.path ?? reference
}

/** Only files that could not be checked: one line each, exit 2 (or 0 when there were none). */
function reportSkipped(problems: readonly string[]): number {
  for (const problem of problems) process.stderr.write(`feature-docs: ${problem}\n`)
  return problems.length > 0 ? exitCodes.usage : exitCodes.clean
}

/** The files as checked, or with `--fix`/`--fix-dry-run` as fixed and checked again. */
interface Checked {
  files: Files
  /** Files `--fix` could not write. */
  unwritten: string[]
}

async function fixed(files: Files, recheck: Recheck, options: LintOptions, cwd: string): Promise<Checked> {
  if (options.fix === undefined) return { files, unwritten: [] }
  const { fixFiles } = await import('../fix/fix-files.js')
  const { collect } = await import('../report/write-report.js')
  const outcome = await fixFiles(await collect(files), recheck, { mode: options.fix, types: options.fixTypes, cwd })
  for (const note of outcome.notes) process.stderr.write(`feature-docs: ${note}\n`)
  return { files: outcome.files, unwritten: outcome.problems }
}

/**
 * Report the files as they come and answer with the exit code. A file that
 * could not be checked is one line on stderr (each line once), not part of
 * the report; the lines come before a report written at the end (stylish),
 * and as they are found beside one written as it goes.
 */
async function finish(run: Checked, options: LintOptions, cwd: string, skipped: readonly string[] = []): Promise<number> {
  const context = { cwd, rcPath: options.rcPath, detectConfig: options.detectConfig, use: options.use }
  let problems = 0
  const say = (problem: string) => {
    problems++
    process.stderr.write(`feature-docs: ${problem}\n`)
  }
  for (const problem of skipped) say(problem)
  const described = new Set<string>()
  const crashes: { path: string; rule: string; error: unknown }[] = []
  let failed = false
  // Each file is looked at here and handed to the report, which keeps what its format needs and no more.
  const checked = async function* (): AsyncGenerator<VFile> {
    for await (const file of run.files) {
      const problem = problemOf(file, context)
      if (problem !== undefined) {
        if (!described.has(problem)) say(problem)
        described.add(problem)
        continue
      }
      for (const crash of file.data.featureDocsCrashes ?? []) crashes.push({ path: file.path, ...crash })
      if (file.messages.some((message) => message.fatal === true || message.fatal === false)) failed = true
      yield file
    }
    for (const problem of run.unwritten) say(problem)
  }
  const color = options.color ?? defaultColor()
  if (options.report !== undefined) {
    const { customReport } = await import('../report/custom-reporter.js')
    const { collect } = await import('../report/write-report.js')
    await customReport(options.report, await collect(checked()), { quiet: options.quiet, silent: options.silent, color, verbose: options.verbose, cwd })
  } else {
    const { writeReport } = await import('../report/write-report.js')
    await writeReport(checked(), {
      format: options.format,
      output: options.output,
      quiet: options.quiet,
      silent: options.silent,
      color,
      verbose: options.verbose,
      shard: options.shard,
      cwd,
    })
  }
  // A rule that crashed (one error on its file, in the report above) is ours to fix: exit 2, and its stack with --verbose.
  if (options.verbose) {
    for (const { path, rule, error } of crashes) {
      const stack = error instanceof Error && error.stack ? error.stack : String(error)
      process.stderr.write(`feature-docs: ${showPath(path)}: rule \`${rule}\` crashed:\n${stack}\n`)
    }
  }
  if (problems > 0 || crashes.length > 0) return exitCodes.usage
  return failed ? exitCodes.lintFailed : exitCodes.clean
}

/** Color when stderr is a terminal, unless NO_COLOR or FORCE_COLOR say otherwise. */
function defaultColor(): boolean {
  const force = process.env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (process.env.NO_COLOR) return false
  return Boolean(process.stderr.isTTY) && process.env.TERM !== 'dumb'
}
