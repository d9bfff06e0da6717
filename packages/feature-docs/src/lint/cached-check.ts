/**
 * A check with `--cache`: files whose key (`cache.ts`) is unchanged take
 * their results from the cache; the rest are checked, and their results
 * stored when they were fully checked. The files come back in the order
 * given, as without the cache, each as soon as it is known.
 */
import type { VFile } from 'vfile'
import type { LintOptions } from '../arguments.js'
import { version } from '../version.js'
import { ResultCache } from './cache.js'
import { fromPlainFile, toPlainFile, type PlainCheckedFile } from './checked-file.js'
import type { CheckSettings } from './engine-run.js'

export async function* cachedCheck(
  paths: string[],
  check: (paths: string[]) => AsyncIterable<VFile>,
  settings: CheckSettings,
  options: LintOptions,
  location: string,
): AsyncGenerator<VFile> {
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
  const hits = new Map<string, PlainCheckedFile>()
  const misses: string[] = []
  for (const path of paths) {
    const key = cache.keyFor(path)
    keys.set(path, key)
    const hit = key === undefined ? undefined : cache.get(path, key)
    if (hit) hits.set(path, hit)
    else misses.push(path)
  }
  // The checked files come in the order of `misses`; each is given on in its place among the cached ones.
  const arrived = new Map<string, VFile>()
  const source = misses.length > 0 ? check(misses)[Symbol.asyncIterator]() : undefined
  try {
    for (const path of paths) {
      const hit = hits.get(path)
      if (hit) {
        hits.delete(path)
        yield fromPlainFile(hit)
        continue
      }
      while (source && !arrived.has(path)) {
        const next = await source.next()
        if (next.done) break
        const file = next.value
        const fileKey = keys.get(file.path)
        const incomplete = file.messages.some((message) => message.fatal === true && message.ruleId === undefined) || (file.data.featureDocsCrashes ?? []).length > 0
        if (fileKey !== undefined && !incomplete) cache.set(file.path, fileKey, toPlainFile(file, true))
        arrived.set(file.path, file)
      }
      const file = arrived.get(path)
      if (file) {
        arrived.delete(path)
        yield file
      }
    }
  } finally {
    // The check is done with (or this run stopped): a pool stops its workers only once its generator ends.
    await source?.return?.()
  }
  await cache.save()
}
