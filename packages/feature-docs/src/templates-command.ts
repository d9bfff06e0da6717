/**
 * `feature-docs templates [list | show <name or path> | check <path>]`.
 *
 * `list` (the default) names the known templates; `show` prints what the
 * rules read from one (its sections, tables, fields, placeholders and
 * instruction text), so a user can see why a message appears; `check`
 * reports what in a template makes matching a doc against it a guess.
 * The words after `templates` are read here, not by arguments.ts: the
 * commands have options of their own (`--format stylish|json`).
 */
import { listTemplates } from './list-templates.js'
import { exitCodes, UsageError } from './usage-error.js'

export const templateFormats = ['stylish', 'json'] as const
export type TemplateFormat = (typeof templateFormats)[number]

/** What `show` and `check` are asked to do. */
export interface TemplatesOptions {
  format: TemplateFormat
  /** `--no-config`: the built-ins only, as `feature-docs --no-config` checks with. */
  detectConfig: boolean
  /** `-r, --rc-path`: templates from this configuration file, as `feature-docs --rc-path` checks with. */
  rcPath: string | undefined
}

export const templatesHelpText = `Usage: feature-docs templates [list]
       feature-docs templates show <name|path> [--format stylish|json]
       feature-docs templates check <name|path> [--format stylish|json]

  list                 the known templates: the built-ins and those the
                       project's configuration adds, with their files
  show <name|path>     what the rules read from a template: its sections
                       (optional ones marked), tables and their columns,
                       fields and the values they allow, placeholder
                       syntaxes and instruction text
  check <name|path>    what makes a template ambiguous to match a doc
                       against (two sections with one heading, a
                       placeholder heading beside fixed ones, a table with
                       no header row, …), each at path:line:column;
                       exit 1 when there is any, 0 when none

Options:
  --format <format>    stylish (default) or json
  -r, --rc-path <file> take template names from this configuration file
  --no-config          know the built-in templates only
  -h, --help           show this help

Exit codes: 0 done (check: nothing found), 1 check found something,
2 usage error or a template that cannot be read (one line on stderr).
`

type Subcommand = 'list' | 'show' | 'check'
const subcommands: readonly Subcommand[] = ['list', 'show', 'check']

export async function templatesCommand(args: readonly string[], cwd: string): Promise<number> {
  const request = readArguments(args)
  if (request === 'help') {
    process.stdout.write(templatesHelpText)
    return exitCodes.clean
  }
  if (request.command === 'list') return listTemplates(cwd)
  if (request.command === 'show') {
    const { showTemplate } = await import('./templates/show.js')
    return showTemplate(request.reference, request.options, cwd)
  }
  const { checkTemplateFile } = await import('./templates/check.js')
  return checkTemplateFile(request.reference, request.options, cwd)
}

type Request = 'help' | { command: 'list' } | { command: 'show' | 'check'; reference: string; options: TemplatesOptions }

/** Read the words after `templates`. Throws `UsageError`. */
function readArguments(args: readonly string[]): Request {
  const words: string[] = []
  const written = new Map<string, string>()
  let format: string | undefined
  let rcPath: string | undefined
  let optionsEnded = false
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!
    if (optionsEnded || argument === '-' || !argument.startsWith('-')) {
      words.push(argument)
      continue
    }
    if (argument === '--') {
      optionsEnded = true
      continue
    }
    const equals = argument.indexOf('=')
    const flag = equals === -1 ? argument : argument.slice(0, equals)
    const inline = equals === -1 ? undefined : argument.slice(equals + 1)
    if (flag === '-h' || flag === '--help') return 'help'
    if (flag === '--no-config') {
      if (inline !== undefined) throw new UsageError(`option \`${flag}\` takes no value, got \`${argument}\``)
      written.set('no-config', flag)
      continue
    }
    if (flag === '--format' || flag === '-r' || flag === '--rc-path') {
      const value = inline ?? args[++index]
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('-'))) {
        throw new UsageError(`option \`${flag}\` needs a value: ${flag === '--format' ? templateFormats.join(' or ') : 'a path'}`)
      }
      if (flag === '--format') format = value
      else rcPath = value
      written.set(flag === '--format' ? 'format' : 'rc-path', flag)
      continue
    }
    const command = subcommands.find((name) => name === words[0])
    throw new UsageError(`option \`${flag}\` does not apply to \`feature-docs templates${command ? ` ${command}` : ''}\` (see \`feature-docs --help\`)`)
  }

  const [first, ...rest] = words
  if (first === undefined || first === 'list') {
    const option = [...written.values()][0]
    if (option !== undefined) throw new UsageError(`option \`${option}\` does not apply to \`feature-docs templates list\` (see \`feature-docs --help\`)`)
    if (rest.length > 0) throw new UsageError(`\`feature-docs templates list\` takes no arguments, got \`${rest[0]}\``)
    return { command: 'list' }
  }
  if (first !== 'show' && first !== 'check') {
    throw new UsageError(`\`feature-docs templates\` has no command \`${first}\`: expected list, show <name or path> or check <name or path>`)
  }
  const [reference, extra] = rest
  if (reference === undefined) {
    throw new UsageError(`\`feature-docs templates ${first}\` needs a template: a name \`feature-docs templates\` lists, or a path to a Markdown file`)
  }
  if (extra !== undefined) throw new UsageError(`\`feature-docs templates ${first}\` takes one template, got \`${extra}\` too`)
  if (format !== undefined && !isTemplateFormat(format)) {
    throw new UsageError(`unknown format \`${format}\` for \`--format\`: expected ${templateFormats.join(' or ')}`)
  }
  if (rcPath !== undefined && written.has('no-config')) throw new UsageError('`--rc-path` and `--no-config` cannot both be given')
  return { command: first, reference, options: { format: format ?? 'stylish', detectConfig: !written.has('no-config'), rcPath } }
}

function isTemplateFormat(value: string): value is TemplateFormat {
  return (templateFormats as readonly string[]).includes(value)
}
