/**
 * Writing the report in the format asked for, where it belongs: `stylish`
 * (vfile-reporter, as remark-cli prints it) on stderr, the machine formats
 * on stdout or in the `--output` file. Each format is loaded only when used.
 */
import { mkdir, open } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { VFile } from 'vfile'
import type { Format } from '../arguments.js'
import { UsageError } from '../usage-error.js'
import { checkedSummary } from './checked-summary.js'
import { showPath } from './show-path.js'
import { writeErrorText } from '../write-error.js'
import { reportPiecesAsync, type ReportWriter } from './report-writer.js'

export interface ReportOptions {
  format: Format
  output: string | undefined
  quiet: boolean
  silent: boolean
  color: boolean
  /** `--shard i/n`: SARIF gets a category of its own. */
  shard?: { index: number; count: number } | undefined
  /** `--verbose`: vfile-reporter's notes and links under each message, as remark-cli's `--verbose`. */
  verbose?: boolean | undefined
  cwd: string
}

/**
 * Write the report over `files`, which may arrive as they are checked: the
 * formats that can (json, github, gitlab) write each file's part at once,
 * the others keep what they need of it (see `report-writer.ts`); only
 * stylish, which sizes its columns over every message, keeps the files.
 */
export async function writeReport(files: AsyncIterable<VFile> | Iterable<VFile>, options: ReportOptions): Promise<void> {
  if (options.format !== 'stylish') return emitChunks(reportPiecesAsync(await machineWriter(options.format, options), files), options)
  const select = { quiet: options.quiet, silent: options.silent }
  const all = await collect(files)
  const { fitToWidth, stylishReport } = await import('./stylish-report.js')
  // Fitted to a terminal's width; piped, vfile-reporter's text unchanged. `--verbose` is vfile-reporter's own layout.
  const width = process.stderr.isTTY && !options.verbose ? process.stderr.columns : undefined
  const text = options.verbose
    ? (await import('vfile-reporter')).reporter(all.map(forDisplay), { ...select, color: options.color, verbose: true })
    : stylishReport(all.map(forDisplay), { ...select, color: options.color, width })
  if (text) process.stderr.write(text.endsWith('\n') ? text : `${text}\n`)
  // What was checked, last: a file no template applies to also reads "no issues found" above.
  const summary = options.silent ? undefined : checkedSummary(all)
  if (summary) process.stderr.write(`${fitToWidth(summary, width)}\n`)
}

/** The writer of a format other than stylish, each loaded only when used. */
async function machineWriter(format: Exclude<Format, 'stylish'>, options: ReportOptions): Promise<ReportWriter> {
  const select = { quiet: options.quiet, silent: options.silent }
  switch (format) {
    case 'json':
      return (await import('./json-report.js')).jsonReportWriter(select)
    case 'github':
      return (await import('./github-report.js')).githubReportWriter(select)
    case 'sarif':
      return (await import('./sarif-report.js')).sarifReportWriter(options.cwd, { ...select, shard: options.shard })
    case 'markdown':
      return (await import('./markdown-report.js')).markdownReportWriter(select)
    case 'gitlab':
      return (await import('./gitlab-report.js')).gitlabReportWriter(options.cwd, select)
    case 'junit':
      return (await import('./junit-report.js')).junitReportWriter(select)
  }
}

/** Every file, for the reports that need them all at once (stylish, `--report`). */
export async function collect(files: AsyncIterable<VFile> | Iterable<VFile>): Promise<VFile[]> {
  if (Array.isArray(files)) return files
  const all: VFile[] = []
  for await (const file of files) all.push(file)
  return all
}

/** The file as vfile-reporter reads it (name, messages, whether written), its name shown safely. */
function forDisplay(file: VFile): VFile {
  const name = file.history[0]
  if (name === undefined || showPath(name) === name) return file
  return { history: [showPath(name)], path: showPath(file.path), messages: file.messages, stored: file.stored } as unknown as VFile
}

/**
 * A report made piece by piece, written as it is made, in writes of about
 * 64 KB: over a large run, no whole-report string is ever held. The
 * `--output` file is opened at the first write; if the run fails after
 * that, it is left empty rather than holding half a report.
 */
export async function emitChunks(chunks: AsyncIterable<string>, options: ReportOptions): Promise<void> {
  const path = options.output === undefined ? undefined : resolve(options.cwd, options.output)
  let handle: Awaited<ReturnType<typeof open>> | undefined
  const writeOut = async (text: string, last: boolean) => {
    if (path === undefined) {
      if (text !== '') process.stdout.write(text)
      return
    }
    try {
      if (!handle) {
        await mkdir(dirname(path), { recursive: true })
        handle = await open(path, 'w')
      }
      await handle.writeFile(text)
      if (last) {
        const done = handle
        handle = undefined
        await done.close()
      }
    } catch (error) {
      throw new UsageError(`cannot write the report to ${options.output}: ${writeErrorText(error)}`)
    }
  }
  try {
    let pending = ''
    for await (const chunk of chunks) {
      pending += chunk
      if (pending.length >= 65536) {
        await writeOut(pending, false)
        pending = ''
      }
    }
    await writeOut(pending, true)
  } catch (error) {
    if (handle) {
      const partial = handle
      handle = undefined
      await partial.truncate(0).catch(() => undefined)
      await partial.close().catch(() => undefined)
    }
    throw error
  }
}
