/**
 * Reading the command line into a command. No dependencies: this runs on
 * every start, before anything else is loaded, so a typo costs nothing and
 * `--help` answers at once.
 */
import { UsageError } from './usage-error.js'

export const formats = ['stylish', 'json', 'github', 'sarif', 'markdown', 'gitlab', 'junit'] as const
export type Format = (typeof formats)[number]

/** What `--fix-type` chooses among: doc-template's `fixKinds` (a test keeps the two the same). */
export const fixTypes = ['rename', 'insert', 'guess', 'move'] as const
export type FixType = (typeof fixTypes)[number]
/** Without `--fix-type`: the fixes that are sure; not `guess` (what the author meant) or `move` (the author's text moved). */
export const defaultFixTypes: readonly FixType[] = ['rename', 'insert']

/** What `feature-docs [paths…]` is asked to do. */
export interface LintOptions {
  /** Paths, folders or globs; empty means the current folder. */
  paths: string[]
  /** `--template`: a template name or path forced on every file. */
  template: string | undefined
  format: Format
  /** `--output`: write the report to this file instead of stdout. */
  output: string | undefined
  watch: boolean
  quiet: boolean
  silent: boolean
  /** `--color` / `--no-color`; undefined: color when stderr is a terminal. */
  color: boolean | undefined
  /** `--no-config` turns configuration file discovery off. */
  detectConfig: boolean
  /** `--no-ignore` turns ignore file discovery off. */
  detectIgnore: boolean
  rcPath: string | undefined
  ignorePath: string | undefined
  /** `--max-file-size`: larger files are skipped, not read (bytes). */
  maxFileSize: number
  /** `--verbose`: a rule's crash is shown with its stack trace. */
  verbose: boolean
  /** `--fix` writes the fixes, `--fix-dry-run` prints them as a diff; undefined: nothing is ever written. */
  fix: 'write' | 'dry-run' | undefined
  /** `--fix-type`: the kinds of fix applied. */
  fixTypes: readonly FixType[]
  /** `--changed-since <ref>`: only Markdown files added or changed since this git ref. */
  changedSince: string | undefined
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'lint'; options: LintOptions }
  | { kind: 'new'; template: string; name: string; output: string | undefined }
  | { kind: 'templates' }
  | { kind: 'lsp' }

const subcommands = ['new', 'templates', 'lsp'] as const
type Subcommand = (typeof subcommands)[number]

/** Flags that take a value, by long name; `-x` short names map to them. */
const valueFlags = ['template', 'format', 'output', 'rc-path', 'ignore-path', 'max-file-size', 'fix-type', 'changed-since'] as const
const booleanFlags = ['help', 'version', 'watch', 'quiet', 'silent', 'color', 'no-color', 'no-config', 'no-ignore', 'stdio', 'verbose', 'fix', 'fix-dry-run'] as const
type ValueFlag = (typeof valueFlags)[number]
type BooleanFlag = (typeof booleanFlags)[number]

/** The short names remark-cli (unified-args) uses for the same options. */
const shortNames: Record<string, ValueFlag | BooleanFlag> = {
  h: 'help',
  v: 'version',
  o: 'output',
  w: 'watch',
  q: 'quiet',
  S: 'silent',
  r: 'rc-path',
  i: 'ignore-path',
}

/** Which flags each command accepts (help and version: all of them). */
const accepted: Record<'lint' | Subcommand, readonly (ValueFlag | BooleanFlag)[]> = {
  lint: [
    'template', 'format', 'output', 'watch', 'quiet', 'silent', 'color', 'no-color', 'no-config', 'no-ignore', 'rc-path', 'ignore-path', 'max-file-size', 'verbose',
    'fix', 'fix-dry-run', 'fix-type', 'changed-since',
  ],
  new: ['output'],
  templates: [],
  lsp: ['stdio'],
}

interface Parsed {
  positionals: string[]
  values: Partial<Record<ValueFlag, string>>
  flags: Set<BooleanFlag>
  /** The flags as written, to name them in errors. */
  written: Map<ValueFlag | BooleanFlag, string>
  /** `--` came before any path: the first path is a path, not a command. */
  subcommandBlocked: boolean
}

/** Parse `argv` (without `node` and the script). Throws `UsageError`. */
export function parseArguments(argv: readonly string[]): Command {
  const parsed = scan(argv)
  if (parsed.flags.has('help')) return { kind: 'help' }
  if (parsed.flags.has('version')) return { kind: 'version' }

  const first = parsed.positionals[0]
  const subcommand = !parsed.subcommandBlocked && subcommands.find((name) => name === first)
  const command = subcommand || 'lint'
  for (const [flag, written] of parsed.written) {
    if (!accepted[command].includes(flag)) {
      throw new UsageError(
        command === 'lint'
          ? `option \`${written}\` does not apply to checking docs (see \`feature-docs --help\`)`
          : `option \`${written}\` does not apply to \`feature-docs ${command}\` (see \`feature-docs --help\`)`,
      )
    }
  }

  if (subcommand === 'new') return newCommand(parsed.positionals.slice(1), parsed.values.output)
  if (subcommand === 'templates') {
    if (parsed.positionals.length > 1) throw new UsageError(`\`feature-docs templates\` takes no arguments, got \`${parsed.positionals[1]}\``)
    return { kind: 'templates' }
  }
  if (subcommand === 'lsp') {
    if (!parsed.flags.has('stdio')) throw new UsageError('`feature-docs lsp` needs `--stdio`: the language server talks over stdin and stdout')
    if (parsed.positionals.length > 1) throw new UsageError(`\`feature-docs lsp\` takes no paths, got \`${parsed.positionals[1]}\``)
    return { kind: 'lsp' }
  }
  return { kind: 'lint', options: lintOptions(parsed) }
}

function lintOptions(parsed: Parsed): LintOptions {
  const format = parsed.values.format ?? 'stylish'
  if (!isFormat(format)) {
    throw new UsageError(`unknown format \`${format}\` for \`--format\`: expected one of ${formats.join(', ')}`)
  }
  if (parsed.values.output !== undefined && format === 'stylish') {
    const written = formats.filter((each) => each !== 'stylish')
    throw new UsageError(`\`--output\` writes a ${written.slice(0, -1).join(', ')} or ${written.at(-1)} report: add \`--format\` with one of them`)
  }
  if (parsed.flags.has('color') && parsed.flags.has('no-color')) {
    throw new UsageError('`--color` and `--no-color` cannot both be given')
  }
  if (parsed.values['rc-path'] !== undefined && parsed.flags.has('no-config')) {
    throw new UsageError('`--rc-path` and `--no-config` cannot both be given')
  }
  const fix = fixMode(parsed, format)
  return {
    paths: parsed.positionals,
    template: parsed.values.template,
    format,
    output: parsed.values.output,
    watch: parsed.flags.has('watch'),
    quiet: parsed.flags.has('quiet'),
    silent: parsed.flags.has('silent'),
    color: parsed.flags.has('color') ? true : parsed.flags.has('no-color') ? false : undefined,
    detectConfig: !parsed.flags.has('no-config'),
    detectIgnore: !parsed.flags.has('no-ignore'),
    rcPath: parsed.values['rc-path'],
    ignorePath: parsed.values['ignore-path'],
    maxFileSize: parsed.values['max-file-size'] === undefined ? defaultMaxFileSize : fileSize(parsed.values['max-file-size']),
    verbose: parsed.flags.has('verbose'),
    fix,
    fixTypes: parsed.values['fix-type'] === undefined ? defaultFixTypes : fixTypeList(parsed.values['fix-type']),
    changedSince: parsed.values['changed-since'],
  }
}

function fixMode(parsed: Parsed, format: Format): LintOptions['fix'] {
  const write = parsed.flags.has('fix')
  const dryRun = parsed.flags.has('fix-dry-run')
  if (write && dryRun) throw new UsageError('`--fix` and `--fix-dry-run` cannot both be given')
  if (parsed.values['fix-type'] !== undefined && !write && !dryRun) {
    throw new UsageError('`--fix-type` chooses which fixes `--fix` or `--fix-dry-run` apply: add one of them')
  }
  if ((write || dryRun) && parsed.flags.has('watch')) {
    throw new UsageError(`\`${write ? '--fix' : '--fix-dry-run'}\` and \`--watch\` cannot both be given`)
  }
  // The diff goes to stdout: a machine report there would be mixed into it.
  if (dryRun && format !== 'stylish' && parsed.values.output === undefined) {
    throw new UsageError(`\`--fix-dry-run\` prints its diff on stdout: write the ${format} report to a file with \`--output\``)
  }
  return write ? 'write' : dryRun ? 'dry-run' : undefined
}

/** `--fix-type rename,insert`: kinds of fix, comma-separated. */
function fixTypeList(value: string): FixType[] {
  const kinds = value.split(',').map((kind) => kind.trim())
  for (const kind of kinds) {
    if (!(fixTypes as readonly string[]).includes(kind)) {
      throw new UsageError(`unknown fix type \`${kind}\` for \`--fix-type\`: expected one or more of ${fixTypes.join(', ')}, separated by commas`)
    }
  }
  return [...new Set(kinds as FixType[])]
}

/** The default `--max-file-size`: far above any real doc, far below what makes parsing slow. */
export const defaultMaxFileSize = 5 * 1024 * 1024

const sizeUnits: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 }

/** `--max-file-size 2MB`, `500kb`, `1048576`: a size in bytes. */
function fileSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/iu.exec(value.trim())
  const unit = match ? sizeUnits[match[2]!.toLowerCase()] : undefined
  const bytes = match && unit !== undefined ? Math.floor(Number(match[1]) * unit) : Number.NaN
  if (!(bytes > 0)) {
    throw new UsageError(`\`--max-file-size\` takes a size such as 5MB, 500KB or 1048576 (bytes), not \`${value}\``)
  }
  return bytes
}

function newCommand(positionals: string[], output: string | undefined): Command {
  const [template, name, extra] = positionals
  if (template === undefined || name === undefined) {
    throw new UsageError('`feature-docs new` needs a template and a feature name: feature-docs new <template> "<Feature Name>" [--output <path>]')
  }
  if (extra !== undefined) {
    throw new UsageError(`\`feature-docs new\` takes a template and one feature name, got also \`${extra}\` (quote a name with spaces)`)
  }
  return { kind: 'new', template, name, output }
}

function isFormat(value: string): value is Format {
  return (formats as readonly string[]).includes(value)
}

function scan(argv: readonly string[]): Parsed {
  const parsed: Parsed = {
    positionals: [],
    values: {},
    flags: new Set(),
    written: new Map(),
    subcommandBlocked: false,
  }
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!
    if (argument === '--') {
      // Everything after `--` is a path, even `new` or `-x`.
      if (parsed.positionals.length === 0) parsed.subcommandBlocked = true
      parsed.positionals.push(...argv.slice(index + 1))
      break
    }
    if (!argument.startsWith('-') || argument === '-') {
      parsed.positionals.push(argument)
      continue
    }
    const equals = argument.indexOf('=')
    const written = equals === -1 ? argument : argument.slice(0, equals)
    const flag = flagName(written)
    if (flag === undefined) throw new UsageError(`unknown option \`${written}\` (see \`feature-docs --help\`)`)
    parsed.written.set(flag, written)
    if (isValueFlag(flag)) {
      let value: string | undefined
      if (equals !== -1) value = argument.slice(equals + 1)
      else {
        value = argv[index + 1]
        index++
      }
      if (value === undefined || value === '' || (equals === -1 && value.startsWith('-') && value !== '-')) {
        throw new UsageError(`option \`${written}\` needs a value${valueHint(flag)}`)
      }
      parsed.values[flag] = value
    } else {
      if (equals !== -1) throw new UsageError(`option \`${written}\` takes no value, got \`${argument}\``)
      parsed.flags.add(flag)
    }
  }
  return parsed
}

function flagName(written: string): ValueFlag | BooleanFlag | undefined {
  if (/^-[^-]$/u.test(written)) return shortNames[written.slice(1)]
  if (!written.startsWith('--')) return undefined
  const name = written.slice(2)
  return [...valueFlags, ...booleanFlags].find((flag) => flag === name)
}

function isValueFlag(flag: ValueFlag | BooleanFlag): flag is ValueFlag {
  return (valueFlags as readonly string[]).includes(flag)
}

function valueHint(flag: ValueFlag): string {
  if (flag === 'format') return `: one of ${formats.join(', ')}`
  if (flag === 'template') return ': a template name or a path to a Markdown template'
  if (flag === 'max-file-size') return ': a size such as 5MB, 500KB or 1048576 (bytes)'
  if (flag === 'changed-since') return ': a git ref, such as main or HEAD~3'
  if (flag === 'fix-type') return `: one or more of ${fixTypes.join(', ')}, separated by commas`
  return ': a path'
}
