/**
 * The fast path: check explicitly named files without unified-engine, when
 * the engine would do nothing for them but read, parse and run the default
 * configuration. In a pre-commit hook the command runs once per commit on
 * a few named files, and loading the engine (globbing, config and ignore
 * discovery, plugin loading, YAML and JSON parsers) is about a third of the
 * time such a run takes.
 *
 * It applies only when every one of these holds, so what is checked, how it
 * is reported and the exit code are the engine's to the byte (a test runs
 * both paths over the same inputs and compares):
 * - every path is a plain path (no glob) to an existing regular file, and
 *   no path is given twice;
 * - no configuration file applies to any of them (none in its folder or a
 *   parent), so the engine would use the default configuration, and no
 *   `--rc-path`;
 * - no ignore file applies to any of them, and no `--ignore-path`;
 * - not `--watch`, which needs the engine's file set.
 * `FEATURE_DOCS_NO_FAST_PATH=1` turns it off.
 */
import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import { VFile } from 'vfile'
import type { LintOptions } from '../arguments.js'
import { configFileFor, ignoreFileFor } from './config-files.js'
import type { CheckSettings } from './engine-run.js'

/** Characters that may make a path a glob (as `glob`'s `hasMagic` sees it, and then some). */
const globCharacters = /[*?[\]{}()!+@]/u

/**
 * The paths, relative to `cwd` as the engine names files, when the fast
 * path applies; undefined when the engine must run.
 */
export function fastPathFiles(options: LintOptions, cwd: string): string[] | undefined {
  if (process.env.FEATURE_DOCS_NO_FAST_PATH) return undefined
  if (options.watch || options.rcPath !== undefined || options.ignorePath !== undefined) return undefined
  if (options.paths.length === 0) return undefined
  const seen = new Set<string>()
  for (const path of options.paths) {
    if (globCharacters.test(path)) return undefined
    const absolute = resolve(cwd, path)
    if (seen.has(absolute)) return undefined
    seen.add(absolute)
    try {
      if (!statSync(absolute).isFile()) return undefined
    } catch {
      return undefined
    }
    const folder = dirname(absolute)
    if (options.detectConfig && configFileFor(folder) !== undefined) return undefined
    if (options.detectIgnore && ignoreFileFor(folder) !== undefined) return undefined
  }
  // As unified-engine's finder names and orders them.
  return [...seen].map((absolute) => relative(cwd, absolute) || '.').sort((left, right) => (left < right ? -1 : 1))
}

/** Check `paths` as unified-engine would with the default configuration. */
export async function checkDirectly(settings: CheckSettings, paths: string[]): Promise<VFile[]> {
  // Imported here, not above: deciding whether the fast path applies must stay cheap.
  const { baseProcessor } = await import('./base-processor.js')
  const processor = baseProcessor({ template: settings.template })().use(settings.preset as Plugin<[], Root>).freeze()
  const files: VFile[] = []
  for (const path of paths) {
    const file = new VFile({ path })
    file.cwd = settings.cwd
    files.push(file)
    try {
      file.value = await readFile(resolve(settings.cwd, path), 'utf8')
      await processor.run(processor.parse(file), file)
    } catch (error) {
      // As unified-engine marks a failure: the thrown message fatal, or a new fatal one.
      const index = file.messages.indexOf(error as never)
      if (index === -1) file.message('Cannot process file', { cause: error as Error }).fatal = true
      else file.messages[index]!.fatal = true
    }
  }
  return files
}
