/**
 * The stylish report's last line: what was checked against which template,
 * and how many files were no feature doc, so a file no template applied to
 * is never mistaken for a clean one ("no issues found" is all remark's
 * report says of both).
 */
import type { VFile } from 'vfile'
import { reportPath } from './plain-messages.js'
import { showPath } from './show-path.js'

/** At most this many unchecked files are named; the rest are counted. */
const namedLimit = 3

export function checkedSummary(files: readonly VFile[]): string | undefined {
  const against = new Map<string, number>()
  const unchecked: string[] = []
  for (const file of files) {
    const label = file.data.featureDocsCheckedAgainst
    if (typeof label === 'string') against.set(label, (against.get(label) ?? 0) + 1)
    else if (label === null) unchecked.push(showPath(reportPath(file)))
  }
  if (against.size === 0 && unchecked.length === 0) return undefined
  const docs = [...against.values()].reduce((sum, count) => sum + count, 0)
  const templates = [...against].map(([label, count]) => `${count} against ${label}`).join(', ')
  let line = `checked ${plural(docs, 'doc')}${docs > 0 ? ` (${templates})` : ''}`
  if (unchecked.length > 0) {
    const named = unchecked.slice(0, namedLimit).join(', ')
    const more = unchecked.length > namedLimit ? ` and ${unchecked.length - namedLimit} more` : ''
    line += `; ${plural(unchecked.length, 'file')} not checked, no template applies to ${unchecked.length === 1 ? 'it' : 'them'}: ${named}${more}`
  }
  return `feature-docs: ${line}`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
