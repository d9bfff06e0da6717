/**
 * Files that could not be checked, told apart from files that were: a path
 * that does not exist, a file that cannot be read or is not Markdown text,
 * configuration that does not load. unified-engine reports each as a fatal
 * message on the file, often with a stack trace in its cause; the command
 * line turns each into one line, `feature-docs: <where>: <what>`, and exits
 * with 2. Messages from rules (they carry a rule id) are the report.
 */
import { dirname, relative, resolve } from 'node:path'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { configFileFor } from './config-files.js'
import { showPath } from '../report/show-path.js'
import { inputRuleIds, inputSource } from './input-checks.js'
import { engineCause, engineFailure } from './engine-failures.js'
import { isTemplateOrOptionError } from '../expected-errors.js'

export interface ProblemContext {
  cwd: string
  /** `--rc-path`, which then is where configuration comes from. */
  rcPath: string | undefined
  detectConfig: boolean
  /** Plugins named by `--use`, which a missing module may be. */
  use?: readonly string[] | undefined
}

/** Why `file` could not be checked (its line, without the prefix), or undefined when it was checked. */
export function problemOf(file: VFile, context: ProblemContext): string | undefined {
  const problem = file.messages.find(isProblem)
  return problem ? describe(file, problem, context) : undefined
}

function isProblem(message: VFileMessage): boolean {
  if (!message.fatal) return false
  if (message.source === inputSource) return (inputRuleIds as readonly (string | undefined)[]).includes(message.ruleId)
  // unified-engine's own messages carry neither a rule id nor a source.
  return message.ruleId === undefined && message.source === undefined
}

function describe(file: VFile, message: VFileMessage, context: ProblemContext): string {
  const path = showPath(file.path || '<stdin>')
  const reason = message.reason
  if (message.source === inputSource) return `${path}: ${reason}`
  const failure = engineFailure(message)
  if (failure.kind === 'missing') return `${path}: no such file or folder`
  if (failure.kind === 'ignored') return `${path}: it is ignored (by an ignore file or pattern)`
  if (failure.kind === 'unreadable-folder') return `${path}: cannot read this folder`
  if (failure.kind === 'other') return `${path}: ${firstLine(reason)}`

  const cause = failure.cause
  // Ours first: their messages are finished and name the template or option.
  if (isTemplateOrOptionError(cause)) return `${configuration(file, context)}: ${firstLine(cause.message)}`
  // A system call that failed reading the file (Node's own error: a `code` and a `syscall`).
  const { code, syscall } = cause as NodeJS.ErrnoException
  if (typeof code === 'string' && typeof syscall === 'string' && code !== 'ENOENT') {
    return `${path}: cannot read it: ${errnoText(code)}`
  }
  // `a.md/b.md`: looking for configuration beside it fails first, and would blame `.remarkrc`.
  if ((innermost(cause) as NodeJS.ErrnoException).code === 'ENOTDIR') return `${path}: cannot read it: ${errnoText('ENOTDIR')}`
  const engine = engineCause(cause)
  if (engine.kind === 'missing-module') {
    const given = (context.use ?? []).map((value) => value.split('=')[0])
    const name = engine.name
    if (name !== undefined && given.some((plugin) => plugin === name || `remark-${plugin}` === name)) return `\`--use\`: ${firstLine(cause.message)}: is it installed?`
    return `${configuration(file, context)}: ${firstLine(cause.message)}: is it installed?`
  }
  if (engine.kind === 'config-file') {
    // These name the configuration file; the innermost cause says what is wrong with it.
    return `${firstLine(cause.message)}: ${firstLine(innermost(cause).message)}`
  }
  return `${path}: cannot check it: ${firstLine(cause.message)}`
}

/** The configuration file that applied to `file`, relative to the working folder. */
function configuration(file: VFile, context: ProblemContext): string {
  const found =
    context.rcPath !== undefined
      ? resolve(context.cwd, context.rcPath)
      : context.detectConfig && file.path
        ? configFileFor(dirname(resolve(context.cwd, file.path)))
        : undefined
  return found === undefined ? 'the default configuration' : relative(context.cwd, found) || found
}

function innermost(error: Error): Error {
  let current = error
  while (current.cause instanceof Error) current = current.cause
  return current
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim()
}

function errnoText(code: string): string {
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ELOOP: 'too many symbolic links',
    ENOTDIR: 'a part of the path is not a folder',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many open files',
  }
  return known[code] ?? code
}
