/**
 * `--report <name>`: any vfile reporter, loaded as remark-cli loads it
 * (`json` is `vfile-reporter-json`, from the working folder's
 * node_modules), given the same options (`quiet`, `silent`, `color`,
 * `verbose`, plus `--report name=<JSON5>`), its text written on stderr.
 */
import { pathToFileURL } from 'node:url'
import { loadPlugin } from 'load-plugin'
import type { VFile } from 'vfile'
import { UsageError } from '../usage-error.js'
import { parseJson5Options, splitOptions } from '../lint/json5-options.js'

export interface CustomReportOptions {
  quiet: boolean
  silent: boolean
  color: boolean
  verbose: boolean
  cwd: string
}

type Reporter = (files: VFile[], options: Record<string, unknown>) => string | Promise<string>

export async function customReport(report: string, files: VFile[], options: CustomReportOptions): Promise<void> {
  const [name, settings] = splitOptions(report)
  const reporterOptions = settings === undefined ? {} : parseJson5Options(settings, '--report')
  let reporter: unknown
  try {
    reporter = await loadPlugin(name, { from: `${pathToFileURL(options.cwd).href}/`, prefix: 'vfile-reporter' })
  } catch {
    throw new UsageError(`cannot find the reporter \`${name}\` given to \`--report\` (looked for \`vfile-reporter-${name}\` and \`${name}\` from ${options.cwd}): is it installed?`)
  }
  if (typeof reporter !== 'function') throw new UsageError(`\`${name}\` (given to \`--report\`) is not a vfile reporter: its default export is not a function`)
  let text = await (reporter as Reporter)(files, { ...reporterOptions, color: options.color, quiet: options.quiet, silent: options.silent, verbose: options.verbose })
  if (typeof text !== 'string' || text === '') return
  if (!text.endsWith('\n')) text += '\n'
  process.stderr.write(text)
}
