/**
 * `feature-docs templates`: the templates known by name, where each comes
 * from and its file: the preset's built-ins, and those the project's JSON
 * configuration adds (or overrides) through the preset's `templates` option.
 */
import { existsSync } from 'node:fs'
import { isAbsolute, relative } from 'node:path'
import { knownTemplates } from './known-templates.js'
import { exitCodes } from './usage-error.js'

export async function listTemplates(cwd: string): Promise<number> {
  const known = await knownTemplates({ cwd })
  const rows = [...known.byName.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((template) => [
      template.name,
      template.from === 'built-in' ? 'built-in' : shortPath(template.from, cwd),
      shortPath(template.path, cwd) + (existsSync(template.path) ? '' : ' (missing)'),
    ])
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)))
  let text = ''
  for (const row of rows) text += `${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]}\n`
  process.stdout.write(text)
  if (known.unread !== undefined) {
    process.stderr.write(
      `feature-docs: templates that ${shortPath(known.unread, cwd)} adds are not listed: only JSON configuration is read without running it\n`,
    )
  }
  return exitCodes.clean
}

/** Relative to the working folder when inside it, else absolute. */
function shortPath(path: string, cwd: string): string {
  const shown = relative(cwd, path)
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown
}
