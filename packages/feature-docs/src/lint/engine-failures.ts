/**
 * unified-engine's own failures, told apart. Where it gives something stable
 * the command line sorts by that (`problems.ts`: our errors' `code`, Node's
 * error codes); but for these the engine gives no code, class or rule id, and
 * its English words are the only signal. They are kept here, and only here,
 * as named constants, and `test/engine-failures.test.ts` makes the installed
 * unified-engine produce each one and checks that these still match it: an
 * upgrade that rewords one fails that test instead of silently sorting a
 * file under the wrong problem.
 */
import type { VFileMessage } from 'vfile-message'

export const engineText = {
  /** `finder.js`: a path given that does not exist (the first when `stat` failed). */
  missing: ['No such file or folder', 'Cannot find file'],
  /** `finder.js`, a prefix: a path given explicitly that an ignore file or pattern covers. */
  ignored: 'Cannot process specified file',
  /** `finder.js`: a folder that can be `stat`ed but not listed. */
  unreadableFolder: 'Cannot read folder',
  /** `file-pipeline/index.js`: wraps, as `cause`, what a step (configure, read, parse, transform) failed with. */
  processFailed: 'Cannot process file',
  /** `configuration.js`, a prefix: a plugin or preset named in configuration that does not resolve. */
  missingModule: 'Cannot find module',
  /** The same, its name in group 1. */
  missingModuleName: /^Cannot find module `([^`]*)`/u,
  /** `find-up.js`: a configuration file (found, or given by `rcPath`) that cannot be read or parsed; it names the file. */
  configFile: /^Cannot (?:parse|read)(?: given)? file/u,
} as const

/** Which failure of the engine a fatal message of its own is. */
export type EngineFailure =
  | { kind: 'missing' }
  | { kind: 'ignored' }
  | { kind: 'unreadable-folder' }
  /** A step of the file pipeline failed with `cause`. */
  | { kind: 'process'; cause: Error }
  | { kind: 'other' }

export function engineFailure(message: VFileMessage): EngineFailure {
  const reason = message.reason
  if ((engineText.missing as readonly string[]).includes(reason)) return { kind: 'missing' }
  if (reason.startsWith(engineText.ignored)) return { kind: 'ignored' }
  if (reason === engineText.unreadableFolder) return { kind: 'unreadable-folder' }
  if (reason === engineText.processFailed && message.cause instanceof Error) return { kind: 'process', cause: message.cause }
  return { kind: 'other' }
}

/** What the engine's own error in a failed step says went wrong. */
export type EngineCause =
  /** `name` is the module as configuration names it. */
  | { kind: 'missing-module'; name: string | undefined }
  /** The error's message names the configuration file; its innermost cause says what is wrong with it. */
  | { kind: 'config-file' }
  | { kind: 'other' }

export function engineCause(error: Error): EngineCause {
  if (error.message.startsWith(engineText.missingModule)) return { kind: 'missing-module', name: engineText.missingModuleName.exec(error.message)?.[1] }
  if (engineText.configFile.test(error.message)) return { kind: 'config-file' }
  return { kind: 'other' }
}
