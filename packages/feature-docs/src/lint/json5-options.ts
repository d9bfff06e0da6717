/**
 * Options given on the command line as remark-cli takes them: JSON5
 * without the outer braces (`--setting 'bullet:"*"'`,
 * `--use 'toc=heading:"contents"'`, `--report 'json=pretty:true'`).
 */
import json5 from 'json5'
import { UsageError } from '../usage-error.js'

export function parseJson5Options(value: string, option: string): Record<string, unknown> {
  let parsed: unknown
  try {
    parsed = json5.parse(`{${value}}`)
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^JSON5: /u, '') : String(error)
    throw new UsageError(`cannot read \`${value}\` given to \`${option}\` as JSON5 (${reason}): write it as remark-cli takes it, such as 'key:"value"'`)
  }
  return parsed as Record<string, unknown>
}

/** `name=options` (as remark-cli splits `--report` and `--use`): the name, and the options if any. */
export function splitOptions(value: string): [string, string | undefined] {
  const at = value.indexOf('=')
  return at === -1 ? [value, undefined] : [value.slice(0, at), value.slice(at + 1)]
}
