/**
 * One run of unified-engine, set up as remark-cli sets it up: the same
 * configuration and ignore file names, plugin prefix, globs and folder
 * search, so a project's `.remarkrc*`, `package.json#remarkConfig` and
 * `.remarkignore` mean what they mean to remark-cli. The differences are
 * ours on purpose: the preset is the configuration when the project has
 * none, the engine never writes files (`--fix` writes its own edits, byte
 * for byte: see `fix/`), explicitly named files that an ignore file
 * covers are skipped quietly (pre-commit and lint-staged name every staged
 * file), and the report is made by the caller from the files, not by the
 * engine.
 */
import { markdownExtensions } from '@feature-docs/doc-template'
import type { Plugin } from 'unified'
import { Readable } from 'node:stream'
import { engine } from 'unified-engine'
import type { VFile } from 'vfile'
import { anchorConfig } from './anchor-config.js'
import { baseProcessor } from './base-processor.js'
import { ignoreName, packageField, pluginPrefix, rcName } from './config-files.js'

export interface CheckSettings {
  cwd: string
  /** A template name or absolute path forced on every file. */
  template: string | undefined
  detectConfig: boolean
  detectIgnore: boolean
  rcPath: string | undefined
  ignorePath: string | undefined
  /** The preset, already imported: the default configuration. */
  preset: Plugin<any[], any>
  /** Its version (the fast path reuses it for a project's copy of the same version). */
  presetVersion: string
  /** Ignore patterns: `--ignore-pattern`'s, and ours for paths found unsafe to read (see `screen.ts`). */
  ignorePatterns: string[]
  /** `--ignore-path-resolve-from`. */
  ignorePathResolveFrom?: 'cwd' | 'dir' | undefined
  /** `--ext`: extensions searched for in folders (default: the Markdown ones). */
  extensions?: readonly string[] | undefined
  /** `--setting`: processor settings. */
  settings?: Record<string, unknown> | undefined
  /** `--use`: more plugins by name, with their options. */
  plugins?: Record<string, unknown> | undefined
}

export interface EngineRun {
  /** The files named or found, in the engine's order, minus ignored ones (given a file with its text, the engine checks that text). */
  files: VFile[]
  /** Every file the run read, for `--watch` to watch. */
  origins: string[]
}

/** Files retried together after running out of file descriptors: well under macOS's default limit of 256. */
const retryBatch = 100

/**
 * Run the engine over `files` (paths, folders, globs). unified-engine
 * starts reading every file at once, so a folder of a few thousand docs
 * runs out of file descriptors under a common `ulimit -n` of 1024 (or
 * macOS's 256), and those files fail with EMFILE. They are checked again,
 * named one batch at a time, and their results take the failed ones' place.
 */
export async function runEngine(settings: CheckSettings, files: Array<string | VFile>): Promise<EngineRun> {
  const run = await runOnce(settings, files)
  for (;;) {
    const starved = run.files.filter(outOfDescriptors)
    if (starved.length === 0) return run
    const place = new Map(run.files.map((file, index) => [file.path, index]))
    let progress = false
    for (let start = 0; start < starved.length; start += retryBatch) {
      const batch = starved.slice(start, start + retryBatch)
      const again = await runOnce(settings, batch.map((file) => file.path))
      for (const file of again.files) {
        const index = place.get(file.path)
        if (index === undefined) continue
        if (!outOfDescriptors(file)) progress = true
        run.files[index] = file
      }
    }
    // No batch got through: report EMFILE rather than loop.
    if (!progress) return run
  }
}

function outOfDescriptors(file: VFile): boolean {
  return file.messages.some((message) => {
    const code = (message.cause as NodeJS.ErrnoException | undefined)?.code
    return message.fatal === true && (code === 'EMFILE' || code === 'ENFILE')
  })
}

/**
 * How the engine finds files, and that it stays quiet (the caller reports,
 * in the format asked for): the same for the run that checks files and for
 * the pool's run that only lists them, so both see the same files.
 */
export function findingOptions(settings: Omit<CheckSettings, 'preset' | 'presetVersion'>) {
  return {
    cwd: settings.cwd,
    extensions: settings.extensions ? [...settings.extensions] : markdownExtensions,
    ignoreName,
    detectIgnore: settings.detectIgnore,
    ignorePath: settings.ignorePath,
    ignorePathResolveFrom: settings.ignorePathResolveFrom,
    ignorePatterns: settings.ignorePatterns,
    silentlyIgnore: true,
    output: false,
    out: false,
    reporter: () => '',
  }
}

function runOnce(settings: CheckSettings, files: Array<string | VFile>): Promise<EngineRun> {
  // A doc from stdin with no name: the engine takes it as its own stdin (a file in `files` must have a path).
  const [only] = files
  const unnamed = files.length === 1 && typeof only === 'object' && !only.path ? only : undefined
  return new Promise((resolve, reject) => {
    engine(
      {
        ...(unnamed ? { streamIn: Readable.from([String(unnamed.value)]) } : {}),
        processor: baseProcessor({ template: settings.template }),
        ...findingOptions(settings),
        files: unnamed ? [] : files,
        rcName,
        packageField,
        pluginPrefix,
        detectConfig: settings.detectConfig,
        rcPath: settings.rcPath,
        // Template paths in a configuration file are relative to its folder.
        configTransform: anchorConfig as never,
        ...(settings.settings ? { settings: settings.settings } : {}),
        ...(settings.plugins ? { plugins: settings.plugins } : {}),
        // A function, not a name: the project need not have the preset installed.
        defaultConfig: { plugins: [settings.preset] },
      },
      (error, _code, context) => {
        if (error || !context) {
          reject(error ?? new Error('unified-engine gave no result'))
          return
        }
        if (unnamed) for (const file of context.files) file.data = { ...unnamed.data, ...file.data }
        resolve({
          files: context.files.filter((file) => file.data.unifiedEngineGiven && !file.data.unifiedEngineIgnored),
          origins: [...context.fileSet.origins],
        })
      },
    )
  })
}

declare module 'vfile' {
  interface DataMap {
    /** Set by unified-engine on files named or found (not on files plugins add). */
    unifiedEngineGiven: boolean
    /** Set by unified-engine on files an ignore file covers. */
    unifiedEngineIgnored: boolean
  }
}
