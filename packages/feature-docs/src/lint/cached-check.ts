/**
 * A check with `--cache`: files whose key (`cache.ts`) is unchanged take
 * their results from the cache; the rest are checked, and their results
 * stored when they were fully checked. The files come back in the order
 * given, as without the cache.
 */
import type { VFile } from 'vfile'
import type { LintOptions } from '../arguments.js'
import { version } from '../version.js'
import { ResultCache } from './cache.js'
import { fromPlainFile, toPlainFile } from './checked-file.js'
import type { CheckSettings } from './engine-run.js'

export async function cachedCheck(
  paths: string[],
  check: (paths: string[]) => Promise<VFile[]>,
  settings: CheckSettings,
  options: LintOptions,
  location: string,
): Promise<VFile[]> {
  const { builtinTemplates } = await import('@feature-docs/rule-kit')
  const cache = await ResultCache.open({
    cwd: settings.cwd,
    location,
    version,
    optionsKey: JSON.stringify([settings.template ?? null, options.settings, options.use, options.extensions ?? null]),
    detectConfig: settings.detectConfig,
    rcPath: settings.rcPath,
    builtins: builtinTemplates(),
    forcedTemplate: settings.template,
  })
  const keys = new Map<string, string | undefined>()
  const results = new Map<string, VFile>()
  const misses: string[] = []
  for (const path of paths) {
    const key = cache.keyFor(path)
    keys.set(path, key)
    const hit = key === undefined ? undefined : cache.get(path, key)
    if (hit) results.set(path, fromPlainFile(hit))
    else misses.push(path)
  }
  for (const file of misses.length > 0 ? await check(misses) : []) {
    results.set(file.path, file)
    const key = keys.get(file.path)
    const incomplete = file.messages.some((message) => message.fatal === true && message.ruleId === undefined) || (file.data.featureDocsCrashes ?? []).length > 0
    if (key !== undefined && !incomplete) cache.set(file.path, key, toPlainFile(file, true))
  }
  await cache.save()
  return paths.flatMap((path) => {
    const file = results.get(path)
    return file ? [file] : []
  })
}
