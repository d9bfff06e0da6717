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
 *   parent), so the engine would use the default configuration; or one
 *   JSON configuration (`.remarkrc`, `.remarkrc.json`, `remarkConfig` in
 *   `package.json`) applies to all of them and names only the preset, with
 *   or without options, which the engine would load to the same effect;
 *   and no `--rc-path`;
 * - no ignore file applies to any of them, and no `--ignore-path`;
 * - not `--watch`, which needs the engine's file set;
 * - fewer files than `poolThreshold`: more are checked in batches, in
 *   worker threads when there are cores for them (`pool.ts`), rather than
 *   in this thread and all held to the end.
 * `FEATURE_DOCS_NO_FAST_PATH=1` turns it off.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import { VFile } from 'vfile'
import type { LintOptions } from '../arguments.js'
import { withBase } from './anchor-config.js'
import { configFileFor, ignoreFileFor, packageField } from './config-files.js'
import type { CheckSettings } from './engine-run.js'
import { poolThreshold } from './pool-threshold.js'

/** Characters that may make a path a glob (as `glob`'s `hasMagic` sees it, and then some). */
const globCharacters = /[*?[\]{}()!+@]/u

/** Whether a given path may be a glob: the one test for the fast path, screening, and the engine's run of a few named files. */
export function mayBeGlob(path: string): boolean {
  return globCharacters.test(path)
}

/**
 * The paths, relative to `cwd` as the engine names files, when the fast
 * path applies; undefined when the engine must run.
 */
export interface FastPath {
  paths: string[]
  /** The preset as the configuration that applies names it, if one does. */
  configured: ConfiguredPreset | undefined
}

interface ConfiguredPreset {
  /** The project's own copy, resolved from the configuration's folder as the engine would. */
  url: string
  /** Its version: when it is ours, our copy (already loaded, maybe bundled) is the same code. */
  version: string | undefined
  options: Record<string, unknown>
}

export function fastPathFiles(options: LintOptions, cwd: string): FastPath | undefined {
  if (process.env.FEATURE_DOCS_NO_FAST_PATH) return undefined
  if (options.watch || options.rcPath !== undefined || options.ignorePath !== undefined || options.shard !== undefined || options.cache !== undefined) return undefined
  // What only the engine does: more ignore patterns, settings, plugins.
  if (options.ignorePatterns.length > 0 || options.settings.length > 0 || options.use.length > 0) return undefined
  if (options.stdin !== undefined) {
    // One doc from stdin: its configuration is the one of the path it is checked as, else of the working folder.
    const folder = options.stdin.path === undefined ? resolve(cwd) : dirname(resolve(cwd, options.stdin.path))
    if (options.stdin.path !== undefined && options.detectIgnore && ignoreFileFor(folder) !== undefined) return undefined
    return withConfig(new Set([options.detectConfig ? configFileFor(folder) : undefined]), [])
  }
  if (options.paths.length === 0 || options.paths.length >= poolThreshold) return undefined
  const seen = new Set<string>()
  const configs = new Set<string | undefined>()
  for (const path of options.paths) {
    if (mayBeGlob(path)) return undefined
    const absolute = resolve(cwd, path)
    if (seen.has(absolute)) return undefined
    seen.add(absolute)
    try {
      // `bigint`: see nodejs/node#51142 (a plain statSync of a FIFO breaks later imports).
      if (!statSync(absolute, { bigint: true }).isFile()) return undefined
    } catch {
      return undefined
    }
    const folder = dirname(absolute)
    configs.add(options.detectConfig ? configFileFor(folder) : undefined)
    if (options.detectIgnore && ignoreFileFor(folder) !== undefined) return undefined
  }
  // As unified-engine's finder names and orders them.
  const paths = [...seen].map((absolute) => relative(cwd, absolute) || '.').sort((left, right) => (left < right ? -1 : 1))
  return withConfig(configs, paths)
}

/** The fast path when one configuration, the preset's alone, or none applies to every file. */
function withConfig(configs: Set<string | undefined>, paths: string[]): FastPath | undefined {
  if (configs.size !== 1) return undefined
  const [config] = configs
  const configured = config === undefined ? undefined : presetOnly(config)
  if (config !== undefined && configured === undefined) return undefined
  return { paths, configured }
}

const presetNames = new Set(['remark-preset-lint-feature-docs', 'preset-lint-feature-docs'])

/**
 * The preset and its options when `path` is a JSON configuration naming
 * only the preset (`{"plugins": ["remark-preset-lint-feature-docs"]}`, or
 * with `[name, options]`) and the preset resolves from there; undefined
 * for anything else, which the engine loads (and reports, if it must).
 */
function presetOnly(path: string): ConfiguredPreset | undefined {
  const options = presetOnlyOptions(path)
  if (options === undefined) return undefined
  // Found as ESM resolution (the engine's) finds it: in a node_modules of
  // the configuration's folder or a parent, never through NODE_PATH.
  for (let directory = dirname(path); ; directory = dirname(directory)) {
    const manifest = join(directory, 'node_modules', 'remark-preset-lint-feature-docs', 'package.json')
    if (existsSync(manifest)) {
      try {
        const url = pathToFileURL(createRequire(manifest).resolve('remark-preset-lint-feature-docs')).href
        const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }
        // Its template paths from the configuration's folder, as the engine's `configTransform` anchors them.
        return { url, version: typeof version === 'string' ? version : undefined, options: withBase(options, dirname(path)) as Record<string, unknown> }
      } catch {
        return undefined
      }
    }
    if (dirname(directory) === directory) return undefined
  }
}

function presetOnlyOptions(path: string): Record<string, unknown> | undefined {
  const name = basename(path)
  if (name !== '.remarkrc' && name !== '.remarkrc.json' && name !== 'package.json') return undefined
  let config: unknown
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
    config = name === 'package.json' ? (parsed as Record<string, unknown> | null)?.[packageField] : parsed
  } catch {
    return undefined
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return undefined
  const { plugins, ...rest } = config as Record<string, unknown>
  if (Object.keys(rest).length > 0 || !Array.isArray(plugins) || plugins.length !== 1) return undefined
  const [entry] = plugins as unknown[]
  if (typeof entry === 'string') return presetNames.has(entry) ? {} : undefined
  if (!Array.isArray(entry) || entry.length === 0 || entry.length > 2 || !presetNames.has(entry[0])) return undefined
  const own: unknown = entry[1] ?? {}
  return typeof own === 'object' && own !== null && !Array.isArray(own) ? (own as Record<string, unknown>) : undefined
}

/**
 * Check `paths` as unified-engine would with the default configuration;
 * `recheck` checks files given with their text the same way (for `--fix`).
 */
export async function checkDirectly(
  settings: CheckSettings,
  direct: FastPath,
  given: VFile[] = [],
): Promise<{ files: VFile[]; recheck: (files: VFile[]) => Promise<VFile[]> } | undefined> {
  // Imported here, not above: deciding whether the fast path applies must stay cheap.
  const { baseProcessor } = await import('./base-processor.js')
  const ours = settings.preset as Plugin<[Record<string, unknown>?], Root>
  const configured = direct.configured
  const preset =
    configured && configured.version !== settings.presetVersion
      ? ((await import(configured.url)) as { default: Plugin<[Record<string, unknown>?], Root> }).default
      : ours
  let processor
  try {
    processor = baseProcessor({ template: settings.template })()
      .use(preset, configured?.options ?? {})
      .freeze()
  } catch {
    // Options the preset refuses: the engine reports that, in its words.
    return undefined
  }
  const check = async (file: VFile, read: boolean) => {
    try {
      if (read) file.value = await readFile(resolve(settings.cwd, file.path), 'utf8')
      await processor.run(processor.parse(file), file)
    } catch (error) {
      // As unified-engine marks a failure: the thrown message fatal, or a new fatal one.
      const index = file.messages.indexOf(error as never)
      if (index === -1) file.message('Cannot process file', { cause: error as Error }).fatal = true
      else file.messages[index]!.fatal = true
    }
    return file
  }
  const files: VFile[] = []
  // Files with their text (stdin), checked as they are.
  for (const file of given) files.push(await check(file, false))
  for (const path of direct.paths) {
    const file = new VFile({ path })
    file.cwd = settings.cwd
    files.push(await check(file, true))
  }
  const recheck = async (given: VFile[]) => {
    for (const file of given) await check(file, false)
    return given
  }
  return { files, recheck }
}
