/**
 * Reading the command line into a command. No dependencies: this runs on
 * every start, before anything else is loaded, so a typo costs nothing and
 * `--help` answers at once.
 */
import { UsageError } from './usage-error.js'

export const formats = ['stylish', 'json', 'github', 'sarif', 'markdown', 'gitlab', 'junit'] as const
export type Format = (typeof formats)[number]

/** What `--fix-type` chooses among: rule-kit's `fixKinds` (a test keeps the two the same). */
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
  /** `-e, --ext`: the extensions searched for in folders, instead of the Markdown ones (without dots). */
  extensions: string[] | undefined
  /** `--ignore-pattern`: more globs to ignore, as in an ignore file. */
  ignorePatterns: string[]
  /** `--ignore-path-resolve-from`: patterns in `--ignore-path` are relative to its folder (default) or the working folder. */
  ignorePathResolveFrom: 'cwd' | 'dir' | undefined
  /** `-s, --setting`: processor settings, each as remark-cli takes them (JSON5 without the braces), read when the run starts. */
  settings: string[]
  /** `-u, --use`: more plugins, each `name` or `name=<JSON5 options>`. */
  use: string[]
  /** `--report`: a vfile reporter by name (`json` is `vfile-reporter-json`), maybe `=<JSON5 options>`, instead of the stylish report. */
  report: string | undefined
  /** `--stdin`, `--stdin-filename`, `--file-path`: check the text on stdin, as this path if one is given. */
  stdin: { path: string | undefined } | undefined
  /** `--concurrency <n>`: worker threads; undefined: one per core. */
  concurrency: number | undefined
  /** `--shard i/n`: check only the i-th of n stable parts of the files. */
  shard: { index: number; count: number } | undefined
  /** `--cache` (or `--cache-location <file>`): results of unchanged files from this cache file. */
  cache: string | undefined
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'lint'; options: LintOptions }
  | { kind: 'new'; template: string; name: string; output: string | undefined }
  /** `templates [list | show <name or path> | check <path>] …`: the words after `templates`, read by `templates-command.ts`. */
  | { kind: 'templates'; args: string[] }
  | { kind: 'lsp' }

const subcommands = ['new', 'templates', 'lsp'] as const
type Subcommand = (typeof subcommands)[number]

/** Flags that take a value, by long name; `-x` short names map to them. */
const valueFlags = [
  'template', 'format', 'output', 'rc-path', 'ignore-path', 'max-file-size', 'fix-type', 'changed-since',
  'ext', 'ignore-pattern', 'ignore-path-resolve-from', 'setting', 'report', 'use', 'stdin-filename', 'file-path',
  'concurrency', 'shard', 'cache-location',
] as const
const booleanFlags = [
  'help', 'version', 'watch', 'quiet', 'silent', 'color', 'no-color', 'config', 'no-config', 'ignore', 'no-ignore', 'stdio', 'verbose', 'fix', 'fix-dry-run',
  'frail', 'silently-ignore', 'stdin', 'cache',
] as const
type ValueFlag = (typeof valueFlags)[number]
type BooleanFlag = (typeof booleanFlags)[number]

/** Value flags that may be given more than once (and take comma-separated lists), as remark-cli's. */
const repeatable: readonly ValueFlag[] = ['ext', 'ignore-pattern', 'setting', 'use']

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
  e: 'ext',
  f: 'frail',
  s: 'setting',
  u: 'use',
}

/**
 * remark-cli's options (unified-args' table; a test compares) that a
 * checker has no use for, and why: `--help` says so, and they are refused
 * with that reason rather than as unknown.
 */
export const notForChecking: Record<string, string> = {
  inspect: 'prints the syntax tree instead of checking',
  stdout: 'writes the processed docs to stdout; a checker never prints docs (`--fix-dry-run` prints fixes as a diff)',
  tree: 'reads and writes syntax trees as JSON; the rules need the Markdown source (positions, fixes)',
  'tree-in': 'reads a syntax tree as JSON; the rules need the Markdown source (positions, fixes)',
  'tree-out': 'writes the syntax tree as JSON instead of a report',
}
const notForCheckingShort: Record<string, string> = { t: 'tree' }

/** Every option, as remark-cli's table describes one: a test compares the two. */
export function optionTable(): { long: string; short: string | undefined; type: 'boolean' | 'string' }[] {
  const shortOf = (long: string) => Object.keys(shortNames).find((short) => shortNames[short] === long)
  return [...valueFlags.map((long) => ({ long, type: 'string' as const })), ...booleanFlags.map((long) => ({ long, type: 'boolean' as const }))].map((option) => ({
    ...option,
    short: shortOf(option.long),
  }))
}

/** Which flags each command accepts (help and version: all of them). */
const accepted: Record<'lint' | Subcommand, readonly (ValueFlag | BooleanFlag)[]> = {
  lint: [
    'template', 'format', 'output', 'watch', 'quiet', 'silent', 'color', 'no-color', 'config', 'no-config', 'ignore', 'no-ignore', 'rc-path', 'ignore-path',
    'max-file-size', 'verbose', 'fix', 'fix-dry-run', 'fix-type', 'changed-since',
    'ext', 'ignore-pattern', 'ignore-path-resolve-from', 'setting', 'report', 'use', 'stdin-filename', 'file-path', 'frail', 'silently-ignore', 'stdin',
    'concurrency', 'shard', 'cache', 'cache-location',
  ],
  new: ['output'],
  templates: [],
  lsp: ['stdio'],
}

interface Parsed {
  positionals: string[]
  values: Partial<Record<ValueFlag, string>>
  /** Every value of a repeatable flag, in order. */
  lists: Partial<Record<ValueFlag, string[]>>
  flags: Set<BooleanFlag>
  /** The flags as written, to name them in errors. */
  written: Map<ValueFlag | BooleanFlag, string>
  /** `--` came before any path: the first path is a path, not a command. */
  subcommandBlocked: boolean
}

/** Parse `argv` (without `node` and the script). Throws `UsageError`. */
export function parseArguments(argv: readonly string[]): Command {
  // `templates` has its own words and options (`show`, `check`, `--format json`).
  if (argv[0] === 'templates') return { kind: 'templates', args: argv.slice(1) }
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
    const at = argv.indexOf('templates')
    return { kind: 'templates', args: [...argv.slice(0, at), ...argv.slice(at + 1)] }
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
  for (const [yes, no] of [['config', 'no-config'], ['ignore', 'no-ignore']] as const) {
    if (parsed.flags.has(yes) && parsed.flags.has(no)) throw new UsageError(`\`--${yes}\` and \`--${no}\` cannot both be given`)
  }
  const resolveFrom = parsed.values['ignore-path-resolve-from']
  if (resolveFrom !== undefined && resolveFrom !== 'cwd' && resolveFrom !== 'dir') {
    throw new UsageError(`\`--ignore-path-resolve-from\` takes \`cwd\` or \`dir\`, not \`${resolveFrom}\``)
  }
  if (parsed.values.report !== undefined && format !== 'stylish') {
    throw new UsageError(`\`--report\` chooses a reporter in place of the stylish report: it cannot be given with \`--format ${format}\``)
  }
  const stdin = stdinOptions(parsed)
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
    extensions: parsed.lists.ext === undefined ? undefined : commaList(parsed.lists.ext).map((extension) => extension.replace(/^\./u, '')),
    ignorePatterns: commaList(parsed.lists['ignore-pattern'] ?? []),
    ignorePathResolveFrom: resolveFrom,
    settings: parsed.lists.setting ?? [],
    use: parsed.lists.use ?? [],
    report: parsed.values.report,
    stdin,
    concurrency: parsed.values.concurrency === undefined ? undefined : concurrency(parsed.values.concurrency),
    shard: parsed.values.shard === undefined ? undefined : shard(parsed.values.shard),
    cache: cacheLocation(parsed),
  }
}

/** `--cache`, `--cache-location <file>` (which implies `--cache`): where results are kept. */
function cacheLocation(parsed: Parsed): string | undefined {
  const location = parsed.values['cache-location']
  if (location === undefined && !parsed.flags.has('cache')) return undefined
  for (const flag of ['fix', 'fix-dry-run', 'watch', 'stdin', 'stdin-filename', 'file-path'] as const) {
    if (parsed.written.has(flag)) throw new UsageError(`\`--cache\` and \`${parsed.written.get(flag)}\` cannot both be given: the cache keeps the results of plain checks of files`)
  }
  return location ?? '.feature-docs-cache'
}

/** `--concurrency 2`: worker threads, 1 for none (everything in the main thread). */
function concurrency(value: string): number {
  const count = /^\d+$/u.test(value.trim()) ? Number(value) : Number.NaN
  if (!(count >= 1 && count <= 256)) throw new UsageError(`\`--concurrency\` takes a number of threads from 1 to 256, not \`${value}\``)
  return count
}

/** `--shard 2/4`: the second of four parts. */
function shard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/u.exec(value.trim())
  const index = match ? Number(match[1]) : Number.NaN
  const count = match ? Number(match[2]) : Number.NaN
  if (!(count >= 1 && index >= 1 && index <= count)) {
    throw new UsageError(`\`--shard\` takes i/n, the i-th of n parts, with 1 ≤ i ≤ n (such as 1/4), not \`${value}\``)
  }
  return { index, count }
}

/** `--ext md,markdown -e mdx`: every value, split at commas, empty ones dropped. */
function commaList(values: readonly string[]): string[] {
  return values.flatMap((value) => value.split(',')).map((each) => each.trim()).filter((each) => each !== '')
}

/** `--stdin`, `--stdin-filename <path>` (ESLint's name), `--file-path <path>` (remark-cli's): one doc from stdin. */
function stdinOptions(parsed: Parsed): LintOptions['stdin'] {
  const named = parsed.values['stdin-filename'] ?? parsed.values['file-path']
  if (parsed.values['stdin-filename'] !== undefined && parsed.values['file-path'] !== undefined) {
    throw new UsageError('`--stdin-filename` and `--file-path` are two names for one option: give one')
  }
  if (named === undefined && !parsed.flags.has('stdin')) return undefined
  const given = named !== undefined ? (parsed.values['stdin-filename'] !== undefined ? '--stdin-filename' : '--file-path') : '--stdin'
  if (parsed.positionals.length > 0) {
    throw new UsageError(`\`${given}\` checks the text on stdin: give no paths (got \`${parsed.positionals[0]}\`)`)
  }
  for (const flag of ['watch', 'fix', 'changed-since'] as const) {
    if (parsed.written.has(flag)) {
      const hint = flag === 'fix' ? ' (`--fix-dry-run` prints the fixes as a diff)' : ''
      throw new UsageError(`\`${given}\` and \`--${flag}\` cannot both be given: stdin is read once and never written${hint}`)
    }
  }
  return { path: named }
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
    lists: {},
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
    if (flag === undefined) {
      const remark = /^-[^-]$/u.test(written) ? notForCheckingShort[written.slice(1)] : written.replace(/^--(?:no-)?/u, '')
      if (remark !== undefined && Object.hasOwn(notForChecking, remark)) {
        throw new UsageError(`option \`${written}\` of remark-cli does not apply to checking docs: it ${notForChecking[remark]}`)
      }
      throw new UsageError(`unknown option \`${written}\` (see \`feature-docs --help\`)`)
    }
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
      if (repeatable.includes(flag)) (parsed.lists[flag] ??= []).push(value)
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
  if (flag === 'ext') return ': extensions, comma-separated, such as md,markdown'
  if (flag === 'ignore-pattern') return ': globs, comma-separated'
  if (flag === 'ignore-path-resolve-from') return ': cwd or dir'
  if (flag === 'setting') return ': settings as JSON5 without the braces, such as \'fences:true\''
  if (flag === 'use') return ': a plugin name, with `=<options>` as JSON5 if it takes any'
  if (flag === 'report') return ': a vfile reporter name, such as json or pretty'
  if (flag === 'concurrency') return ': a number of worker threads'
  if (flag === 'shard') return ': i/n, such as 1/4'
  if (flag === 'cache-location') return ': a path to the cache file'
  return ': a path'
}
