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

export async function writeReport(files: VFile[], options: ReportOptions): Promise<void> {
  const select = { quiet: options.quiet, silent: options.silent }
  switch (options.format) {
    case 'stylish': {
      const { fitToWidth, stylishReport } = await import('./stylish-report.js')
      // Fitted to a terminal's width; piped, vfile-reporter's text unchanged. `--verbose` is vfile-reporter's own layout.
      const width = process.stderr.isTTY && !options.verbose ? process.stderr.columns : undefined
      const text = options.verbose
        ? (await import('vfile-reporter')).reporter(files.map(forDisplay), { ...select, color: options.color, verbose: true })
        : stylishReport(files.map(forDisplay), { ...select, color: options.color, width })
      if (text) process.stderr.write(text.endsWith('\n') ? text : `${text}\n`)
      // What was checked, last: a file no template applies to also reads "no issues found" above.
      const summary = options.silent ? undefined : checkedSummary(files)
      if (summary) process.stderr.write(`${fitToWidth(summary, width)}\n`)
      return
    }
    case 'json': {
      const { jsonReportChunks } = await import('./json-report.js')
      return emitChunks(jsonReportChunks(files, select), options)
    }
    case 'github': {
      const { githubReportChunks } = await import('./github-report.js')
      return emitChunks(githubReportChunks(files, select), options)
    }
    case 'sarif': {
      const { sarifReport } = await import('./sarif-report.js')
      return emit(sarifReport(files, options.cwd, { ...select, shard: options.shard }), options)
    }
    case 'markdown': {
      const { markdownReport } = await import('./markdown-report.js')
      return emit(markdownReport(files, select), options)
    }
    case 'gitlab': {
      const { gitlabReport } = await import('./gitlab-report.js')
      return emit(gitlabReport(files, options.cwd, select), options)
    }
    case 'junit': {
      const { junitReport } = await import('./junit-report.js')
      return emit(junitReport(files, select), options)
    }
  }
}

/** The file as vfile-reporter reads it (name, messages, whether written), its name shown safely. */
function forDisplay(file: VFile): VFile {
  const name = file.history[0]
  if (name === undefined || showPath(name) === name) return file
  return { history: [showPath(name)], path: showPath(file.path), messages: file.messages, stored: file.stored } as unknown as VFile
}

/**
 * A report made piece by piece, written as it is made, in writes of about
 * 64 KB: over a large run, no whole-report string is ever held.
 */
async function emitChunks(chunks: Iterable<string>, options: ReportOptions): Promise<void> {
  const path = options.output === undefined ? undefined : resolve(options.cwd, options.output)
  let handle: Awaited<ReturnType<typeof open>> | undefined
  try {
    if (path !== undefined) {
      await mkdir(dirname(path), { recursive: true })
      handle = await open(path, 'w')
    }
    let pending = ''
    const flush = async () => {
      if (pending === '') return
      if (handle) await handle.writeFile(pending)
      else process.stdout.write(pending)
      pending = ''
    }
    for (const chunk of chunks) {
      pending += chunk
      if (pending.length >= 65536) await flush()
    }
    await flush()
    await handle?.close()
    handle = undefined
  } catch (error) {
    await handle?.close().catch(() => undefined)
    if (path === undefined) throw error
    throw new UsageError(`cannot write the report to ${options.output}: ${writeErrorText(error)}`)
  }
}

/** A report made whole (the formats that need every file before they can write anything). */
function emit(text: string, options: ReportOptions): Promise<void> {
  return emitChunks([text], options)
}
