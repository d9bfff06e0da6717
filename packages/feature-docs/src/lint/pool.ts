/**
 * Both cores: the files of a run are checked in a pool of worker threads
 * (`pool-worker.ts`), each loading the configuration and templates once.
 *
 * The main thread first lists the files as unified-engine finds them
 * (globs, folders, extensions, ignore files and patterns) without reading
 * them, in the engine's order; workers then take batches of them off a
 * queue and check each batch as one engine run, so a worker never holds
 * more than a batch of docs. Results come back as plain data and are
 * given on in the listed order as soon as every file before them is in,
 * so the report can be written, and the results dropped, as the run goes:
 * the report, its order and the exit code are the same as with one
 * process (a test compares them).
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { unified } from 'unified'
import { engine } from 'unified-engine'
import type { VFile } from 'vfile'
import { fromPlainFile, type PlainCheckedFile } from './checked-file.js'
import { findingOptions, type CheckSettings } from './engine-run.js'
import type { Batch, WorkerInit } from './pool-worker.js'

/** Files per batch: small enough to balance two workers and bound memory, large enough that a batch's engine start is noise. */
export const batchSize = 24

export { poolThreshold } from './pool-threshold.js'

/**
 * Set by the command line's bundle (an esbuild `define`): the worker's
 * file, relative to the bundled code. Undefined here.
 */
declare const FEATURE_DOCS_BUNDLED_WORKER: string | undefined

const workerUrl = new URL(typeof FEATURE_DOCS_BUNDLED_WORKER === 'string' ? FEATURE_DOCS_BUNDLED_WORKER : './pool-worker.js', import.meta.url)

/** `--concurrency`: its value, else one worker per core. */
export function poolSize(concurrency: number | undefined): number {
  return concurrency ?? Math.max(1, availableParallelism())
}

/**
 * A configuration file name no project has. The lister looks for it, finds
 * none, and so, with `ignoreUnconfigured`, the engine leaves every file it
 * finds unread: it would otherwise read every one of them at once, which
 * grows the listing's memory with the number of files (339 MB over 16
 * copies of OpenShift's 606 KEPs).
 */
const listingOnly = '.feature-docs-listing-reads-no-file'

/** The files a run over `paths` checks, relative to `cwd` as the engine names them, in its order; none read or parsed. */
export function listFiles(settings: CheckSettings, paths: string[]): Promise<string[]> {
  // Should a folder have a file of that name after all, the files under it are read and parsed as nothing.
  const lister = unified()
    .use(function () {
      this.parser = () => ({ type: 'root', children: [] })
    })
    .use(() => (_, file) => {
      file.value = ''
    })
  return new Promise((resolve, reject) => {
    engine(
      {
        ...findingOptions(settings),
        processor: lister as never,
        files: paths,
        detectConfig: true,
        rcName: listingOnly,
        ignoreUnconfigured: true,
      },
      (error, _code, context) => {
        if (error || !context) {
          reject(error ?? new Error('unified-engine gave no result'))
          return
        }
        // Every file here is one the run checks: the finder leaves out ignored files (`silentlyIgnore`), and
        // `unifiedEngineIgnored` marks only the unread ones. A path the engine cannot read as given (`a.md/b.md`)
        // comes back more than once: each file once.
        resolve([...new Set(context.files.filter((file) => file.data.unifiedEngineGiven).map((file) => file.path))])
      },
    )
  })
}

/**
 * Each worker's young generation, in MB. The parser allocates a great many
 * short-lived objects (a fifth to a quarter of a run is garbage
 * collection); with V8's default nursery they are copied out of it often,
 * and two workers' collectors compete for the same two cores. A larger
 * one cut the pool's CPU time by about a tenth over the OpenShift corpus
 * (`bench/corpus-run.mjs`), for about 200 MB more peak RSS; 64 gained
 * less, 192 no more.
 */
export const youngGenerationMb = 128

/**
 * Check `paths` (files the lister found) in `size` workers. The files come
 * back in the order given, each as soon as it and every file before it are
 * checked, and are not held here after: a report written as it is made
 * holds a batch or two, not the run. Stopping early (`return`) stops the
 * workers. When the workers fail (one cannot start, or stops), the files
 * not yet given back are checked with `fallback` in this thread.
 */
export async function* checkInPool(
  settings: CheckSettings,
  paths: string[],
  size: number,
  keepLines: boolean,
  fallback?: (paths: string[], error: unknown) => Promise<VFile[]>,
): AsyncGenerator<VFile> {
  const { preset: _preset, presetVersion: _version, ...rest } = settings
  const init: WorkerInit = { settings: rest, keepLines }
  const batches: Batch[] = []
  for (let start = 0; start < paths.length; start += batchSize) batches.push({ id: batches.length, paths: paths.slice(start, start + batchSize) })
  const results = new Map<number, PlainCheckedFile[]>()
  let failure: { error: unknown } | undefined
  let wake: (() => void) | undefined
  const notify = () => {
    wake?.()
    wake = undefined
  }
  let next = 0
  const workers = Array.from(
    { length: Math.min(size, batches.length) },
    () => new Worker(workerUrl, { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } }),
  )
  const fail = (error: unknown) => {
    failure ??= { error }
    notify()
  }
  for (const worker of workers) {
    let busy = false
    const give = () => {
      const batch = failure ? undefined : batches[next++]
      busy = batch !== undefined
      if (batch !== undefined) worker.postMessage(batch)
    }
    worker.on('message', (answer: { id: number; files?: PlainCheckedFile[]; error?: { message: string; stack?: string } }) => {
      if (answer.error) {
        const error = new Error(answer.error.message)
        if (answer.error.stack) error.stack = answer.error.stack
        fail(error)
        return
      }
      results.set(answer.id, answer.files!)
      notify()
      give()
    })
    worker.once('error', fail)
    worker.once('exit', (code) => {
      if (busy) fail(new Error(`a worker thread stopped (exit code ${code})`))
    })
    give()
  }
  try {
    for (let id = 0; id < batches.length; id++) {
      while (!results.has(id) && !failure) await new Promise<void>((resolve) => (wake = resolve))
      const answer = results.get(id)
      if (answer === undefined) {
        // The workers failed: the rest in this thread, or the failure itself.
        if (!fallback) throw failure!.error
        const rest = batches.slice(id).flatMap((batch) => batch.paths)
        await Promise.all(workers.map((worker) => worker.terminate()))
        yield* await fallback(rest, failure!.error)
        return
      }
      results.delete(id)
      for (const plain of answer) yield fromPlainFile(plain)
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
