/**
 * `--setting` and `--use`, read as remark-cli reads them, for the engine.
 * `--use` plugins get their template paths anchored to the working folder
 * (a path on the command line means a path from where it is typed).
 */
import { parseJson5Options, splitOptions } from './json5-options.js'
import { anchorPlugins } from './anchor-config.js'
import { UsageError } from '../usage-error.js'

/** Every `--setting`, merged (a later one wins a key), as the engine's `settings`. */
export function settingsOption(values: readonly string[]): Record<string, unknown> | undefined {
  if (values.length === 0) return undefined
  return Object.assign({}, ...values.map((value) => parseJson5Options(value, '--setting'))) as Record<string, unknown>
}

/** Every `--use`, as the engine's `plugins` (name to options). */
export function pluginsOption(values: readonly string[], cwd: string): Record<string, unknown> | undefined {
  if (values.length === 0) return undefined
  const plugins: Record<string, unknown> = {}
  for (const value of values) {
    const [name, options] = splitOptions(value)
    if (name === '') throw new UsageError(`\`--use\` needs a plugin name, got \`${value}\``)
    plugins[name] = options === undefined ? undefined : parseJson5Options(options, '--use')
  }
  return (anchorPlugins({ plugins }, cwd) as { plugins: Record<string, unknown> }).plugins
}
