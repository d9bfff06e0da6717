/**
 * Which modules a run of the command line loads: a module loader hook
 * (registered with `--import`) appends each URL it loads to a log file.
 * This is how tests see that a lint run leaves chokidar, the SARIF writer
 * and the language server unloaded, and whether the fast path skipped
 * unified-engine.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { featureDocs, scratch, type Result, type RunOptions } from './cli.js'

let register: string | undefined

function hooks(): string {
  if (register && existsSync(new URL(register))) return register
  const folder = scratch('hooks')
  writeFileSync(
    join(folder, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  if (process.env.FEATURE_DOCS_LOADED_LOG) appendFileSync(process.env.FEATURE_DOCS_LOADED_LOG, url + '\\n')
  return next(url, context)
}
`,
  )
  writeFileSync(join(folder, 'register.mjs'), `import { register } from 'node:module'\nregister('./hooks.mjs', import.meta.url)\n`)
  register = pathToFileURL(join(folder, 'register.mjs')).href
  return register
}

export interface TracedResult extends Result {
  /** URLs of the ES modules loaded, in load order. */
  loaded: string[]
}

export async function tracedFeatureDocs(cwd: string, args: string[], options: RunOptions = {}): Promise<TracedResult> {
  const log = join(scratch('loaded'), 'loaded.txt')
  writeFileSync(log, '')
  const result = await featureDocs(cwd, args, {
    ...options,
    nodeArgs: ['--import', hooks(), ...(options.nodeArgs ?? [])],
    env: { ...options.env, FEATURE_DOCS_LOADED_LOG: log },
  })
  return { ...result, loaded: readFileSync(log, 'utf8').split('\n').filter((line) => line !== '') }
}

/** Whether a module whose URL contains `fragment` was loaded. */
export function loadedAny(loaded: string[], fragment: string): boolean {
  return loaded.some((url) => url.includes(fragment))
}
