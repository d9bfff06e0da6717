/**
 * Template paths in a configuration file mean paths from that file's
 * folder: unified-engine hands every configuration file it loads to
 * `anchorConfig` (its `configTransform`), which gives the preset and each
 * feature-docs rule named there the option `base`, that folder (a `base`
 * the file sets itself is taken from there too). Other plugins' options
 * are left alone.
 */
import { dirname, resolve } from 'node:path'
import { isOurPluginName } from './our-plugins.js'

/** Whether a plugin is ours: by name, or, for a plugin given as code, by the name the function carries. */
function isOurs(plugin: unknown): boolean {
  if (typeof plugin === 'string') return isOurPluginName(plugin)
  return typeof plugin === 'function' && (plugin.name === 'remarkPresetLintFeatureDocs' || plugin.name.startsWith('remark-lint:'))
}

/** unified-engine's `configTransform`: the configuration loaded from `filePath`, with `base` on our plugins. */
export function anchorConfig(config: unknown, filePath: string): unknown {
  return anchorPlugins(config, dirname(filePath))
}

/** A configuration (`{plugins, settings}`), our plugins' options given `base: folder`. */
export function anchorPlugins(config: unknown, folder: string): unknown {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return config
  const { plugins } = config as { plugins?: unknown }
  if (Array.isArray(plugins)) {
    const anchored = plugins.map((entry: unknown) => {
      if (isOurs(entry)) return [entry, { base: folder }]
      if (!Array.isArray(entry) || !isOurs(entry[0])) return entry
      return [entry[0], withBase(entry[1], folder), ...entry.slice(2)]
    })
    return { ...config, plugins: anchored }
  }
  if (typeof plugins === 'object' && plugins !== null) {
    const anchored = Object.fromEntries(Object.entries(plugins).map(([name, options]) => [name, isOurs(name) ? withBase(options, folder) : options]))
    return { ...config, plugins: anchored }
  }
  return config
}

/** The options or setting (`options`, a severity, `[severity, options]`) with `base`; off stays off, wrong types stay for the rule to refuse. */
export function withBase(setting: unknown, folder: string): unknown {
  if (setting === undefined || setting === null) return { base: folder }
  if (Array.isArray(setting)) return setting.length <= 2 && isOff(setting[0]) === false ? [setting[0], withBase(setting[1], folder)] : setting
  if (typeof setting === 'object') {
    const options = setting as Record<string, unknown>
    return { ...options, base: typeof options.base === 'string' ? resolve(folder, options.base) : (options.base ?? folder) }
  }
  // A severity alone: on, with options that say where paths start.
  return isOff(setting) === false ? [setting, { base: folder }] : setting
}

/** Whether a severity turns a rule off; undefined when it is no severity at all. */
function isOff(value: unknown): boolean | undefined {
  if (value === false || value === 0 || value === 'off') return true
  if (value === true || value === 1 || value === 2 || value === 'on' || value === 'warn' || value === 'error') return false
  return undefined
}
