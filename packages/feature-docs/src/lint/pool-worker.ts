/**
 * A worker thread of the pool (`pool.ts`): loads the preset and the engine
 * once, then checks each batch of files the main thread sends, as one
 * unified-engine run (configuration found per file, as always), and sends
 * the results back as plain data (`checked-file.ts`): the docs' text and
 * trees stay here and are dropped with the batch.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { Plugin } from 'unified'
import { toPlainFile } from './checked-file.js'
import type { CheckSettings } from './engine-run.js'

export type WorkerSettings = Omit<CheckSettings, 'preset' | 'presetVersion'>

export interface WorkerInit {
  settings: WorkerSettings
  /** Keep the lines messages point at (SARIF and GitLab fingerprint them). */
  keepLines: boolean
}

export interface Batch {
  id: number
  paths: string[]
}

const init = workerData as WorkerInit
const presetModule = await import('remark-preset-lint-feature-docs')
const { runEngine } = await import('./engine-run.js')
const settings: CheckSettings = {
  ...init.settings,
  preset: presetModule.default as Plugin<any[], any>,
  presetVersion: presetModule.version,
}

parentPort!.on('message', (batch: Batch) => {
  runEngine(settings, batch.paths).then(
    (run) => parentPort!.postMessage({ id: batch.id, files: run.files.map((file) => toPlainFile(file, init.keepLines)) }),
    (error: unknown) => parentPort!.postMessage({ id: batch.id, error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) } }),
  )
})
