/**
 * Which remark configuration and ignore files apply to a folder, found the
 * way unified-engine finds them: in the folder, then each parent up to the
 * file system root, the first match winning. In each folder the names are
 * tried in unified-engine's order: `.remarkrc`, `.remarkrc.json`, `.cjs`,
 * `.mjs`, `.js`, `.yaml`, `.yml`, then `package.json` when it has a
 * `remarkConfig` field (a `package.json` without one is passed over).
 *
 * The engine does the real loading. This is for what happens around it:
 * deciding that no configuration applies (the fast path), naming the file a
 * configuration error comes from, and reading a preset's `templates` option
 * for `--template`, `new` and `templates`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { isOurPluginName } from './our-plugins.js'

export const rcName = '.remarkrc'
export const packageField = 'remarkConfig'
export const ignoreName = '.remarkignore'
export const pluginPrefix = 'remark'

const rcNames = [rcName, ...['.json', '.cjs', '.mjs', '.js', '.yaml', '.yml'].map((extension) => rcName + extension)]

/** Memoised per folder: a run over 2,000 files in one folder walks up once. */
const configCache = new Map<string, string | undefined>()
const ignoreCache = new Map<string, string | undefined>()

/**
 * The configuration file that applies to files in `folder`, or undefined.
 * A `package.json` that cannot be parsed counts as applying: the engine
 * reports it, so the caller must take the engine's path.
 */
export function configFileFor(folder: string): string | undefined {
  return walkUp(resolve(folder), configCache, configFileIn)
}

/**
 * The same, looked up afresh every time: for a long-running process (the
 * language server), where configuration files come and go.
 */
export function findConfigFile(folder: string): string | undefined {
  return walkUp(resolve(folder), new Map(), configFileIn)
}

function configFileIn(directory: string): string | undefined {
  for (const name of rcNames) {
    const path = join(directory, name)
    if (existsSync(path)) return path
  }
  const manifest = join(directory, 'package.json')
  if (existsSync(manifest) && hasPackageField(manifest)) return manifest
  return undefined
}

/** The `.remarkignore` that applies to files in `folder`, or undefined. */
export function ignoreFileFor(folder: string): string | undefined {
  return walkUp(resolve(folder), ignoreCache, (directory) => {
    const path = join(directory, ignoreName)
    return existsSync(path) ? path : undefined
  })
}

function walkUp(
  start: string,
  cache: Map<string, string | undefined>,
  find: (directory: string) => string | undefined,
): string | undefined {
  const visited: string[] = []
  let found: string | undefined
  let directory = start
  for (;;) {
    if (cache.has(directory)) {
      found = cache.get(directory)
      break
    }
    visited.push(directory)
    found = find(directory)
    if (found !== undefined) break
    const parent = dirname(directory)
    if (parent === directory) break
    directory = parent
  }
  for (const folder of visited) cache.set(folder, found)
  return found
}

function hasPackageField(manifest: string): boolean {
  try {
    const value: unknown = JSON.parse(readFileSync(manifest, 'utf8'))
    return typeof value === 'object' && value !== null && packageField in value
  } catch {
    return true
  }
}

/** Templates a project's configuration adds, as far as it can be read without running it. */
export interface ProjectTemplates {
  /** Template name to absolute path. */
  templates: Record<string, string>
  /** The configuration file they come from. */
  from: string | undefined
  /** Set when a configuration applies but is code or YAML, which is not read here. */
  unread: string | undefined
}

/**
 * The preset's `templates` option from the JSON configuration that applies
 * to `cwd` (`.remarkrc`, `.remarkrc.json`, `package.json#remarkConfig`).
 * Paths are resolved against the configuration's folder, as the rules resolve them. Anything that
 * cannot be read is skipped: the engine reports bad configuration itself.
 */
export function readProjectTemplates(cwd: string, rcPath?: string): ProjectTemplates {
  const from = rcPath === undefined ? configFileFor(cwd) : resolve(cwd, rcPath)
  const none: ProjectTemplates = { templates: {}, from, unread: undefined }
  if (from === undefined) return none
  const isManifest = from.endsWith('package.json')
  if (!isManifest && !from.endsWith(rcName) && !from.endsWith('.json')) return { ...none, unread: from }
  let config: unknown
  try {
    config = JSON.parse(readFileSync(from, 'utf8'))
  } catch {
    return none
  }
  if (isManifest) config = (config as Record<string, unknown>)[packageField]
  const templates: Record<string, string> = {}
  for (const options of presetOptions(config)) {
    const value = options.templates
    if (typeof value !== 'object' || value === null) continue
    for (const [name, path] of Object.entries(value)) {
      if (typeof path === 'string' && path.trim() !== '') templates[name] = resolve(dirname(from), path)
    }
  }
  return { templates, from, unread: undefined }
}

/**
 * Every template path the preset's or our rules' options in the JSON
 * configuration at `path` name (`template`, `templates`, the targets of
 * `files`; relative to `base` or the configuration's folder), absolute;
 * undefined when the configuration is code or YAML, or cannot be read.
 */
export function configTemplatePaths(path: string): string[] | undefined {
  const isManifest = path.endsWith('package.json')
  if (!isManifest && !path.endsWith(rcName) && !path.endsWith('.json')) return undefined
  let config: unknown
  try {
    config = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
  if (isManifest) config = (config as Record<string, unknown> | null)?.[packageField]
  const paths: string[] = []
  const looksLikePath = (reference: string) => /[\\/]|\.(?:md|markdown|mdown|mkdn|mkd|mdwn)$/iu.test(reference)
  for (const options of [...presetOptions(config, true)]) {
    const base = typeof options.base === 'string' ? resolve(dirname(path), options.base) : dirname(path)
    const add = (reference: unknown, always: boolean) => {
      if (typeof reference === 'string' && reference.trim() !== '' && (always || looksLikePath(reference))) paths.push(resolve(base, reference))
    }
    add(options.template, false)
    if (isObject(options.templates)) for (const target of Object.values(options.templates)) add(target, true)
    if (isObject(options.files)) for (const targets of Object.values(options.files)) for (const target of [targets].flat()) add(target, false)
  }
  return paths
}

/** Options objects given to the preset in a configuration's `plugins`. */
function presetOptions(config: unknown, rulesToo = false): Record<string, unknown>[] {
  if (typeof config !== 'object' || config === null) return []
  const plugins = (config as Record<string, unknown>).plugins
  const entries: [unknown, unknown][] = Array.isArray(plugins)
    ? plugins.map((entry): [unknown, unknown] => (Array.isArray(entry) ? [entry[0], entry[1]] : [entry, undefined]))
    : typeof plugins === 'object' && plugins !== null
      ? Object.entries(plugins)
      : []
  return entries.flatMap(([name, options]) => {
    if (typeof name !== 'string' || !isOurPluginName(name, rulesToo)) return []
    // A rule's setting may be `[severity, options]`; the preset's rule settings too.
    const own = Array.isArray(options) ? options[1] : options
    if (!isObject(own)) return []
    const nested = rulesToo ? Object.values(own).flatMap((value) => (Array.isArray(value) ? [value[1]] : [value])).filter(isObject) : []
    return [own, ...nested.map((each) => ({ base: own.base, ...each }))]
  })
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
