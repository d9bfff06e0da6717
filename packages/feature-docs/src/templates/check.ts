/**
 * `feature-docs templates check <path>`: what in a template makes matching
 * a doc against it a guess, each at `path:line:column` with a reason and an
 * id for its kind (doc-template's `checkTemplate`). Exit 1 when anything is
 * found, 0 when nothing is, 2 when the template cannot be read.
 */
import { readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import type { TemplateFinding } from '@feature-docs/doc-template'
import type { TemplatesOptions } from '../templates-command.js'
import { exitCodes, UsageError } from '../usage-error.js'
import { loadReference, readReference, shortPath } from './find.js'

/** One finding as `--format json` writes it. */
export interface CheckedFinding {
  id: string
  line: number
  column: number
  endLine: number
  endColumn: number
  reason: string
}

export async function checkTemplateFile(reference: string, options: TemplatesOptions, cwd: string): Promise<number> {
  const { checkTemplate } = await import('@feature-docs/doc-template')
  const found = await readReference(reference, options, cwd)
  let findings: TemplateFinding[]
  try {
    findings = checkTemplate(await loadReference(found, cwd, '`feature-docs templates check`'))
  } catch (error) {
    // A template with no headings is refused by the model; here it is a finding.
    const headingless = error instanceof UsageError && found.file !== undefined ? await headinglessFindings(found.file) : undefined
    if (!headingless) throw error
    findings = headingless
  }
  const path = shortPath(found.file!, cwd)
  const shown: CheckedFinding[] = findings.map((finding) => ({
    id: finding.id,
    line: finding.position.start.line,
    column: finding.position.start.column,
    endLine: finding.position.end.line,
    endColumn: finding.position.end.column,
    reason: finding.reason,
  }))
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify({ path, findings: shown }, null, 2)}\n`)
  } else {
    let text = ''
    for (const finding of shown) text += `${path}:${finding.line}:${finding.column}: ${finding.reason} (${finding.id})\n`
    text += shown.length === 0 ? `${path}: no problems found\n` : `${path}: ${shown.length} problem${shown.length === 1 ? '' : 's'}\n`
    process.stdout.write(text)
  }
  return shown.length === 0 ? exitCodes.clean : exitCodes.lintFailed
}

/**
 * The findings for a file the model refused because it has no headings:
 * undefined when it was refused for anything else (not Markdown, not
 * text, too large, too slow to parse), whose message is then the answer.
 */
async function headinglessFindings(file: string): Promise<TemplateFinding[] | undefined> {
  const { checkTemplateSource, markdownExtensions, TemplateError } = await import('@feature-docs/doc-template')
  const source = markdownText(file, markdownExtensions)
  if (source === undefined) return undefined
  try {
    const findings = checkTemplateSource(source, { path: file })
    return findings.some((finding) => finding.id === 'no-headings') ? findings : undefined
  } catch (error) {
    if (error instanceof TemplateError) return undefined
    throw error
  }
}

/** A template's text, as `loadTemplate` would accept it before parsing; else undefined. */
function markdownText(file: string, extensions: readonly string[]): string | undefined {
  try {
    if (!extensions.includes(extname(file).toLowerCase())) return undefined
    const stats = statSync(file)
    // The size loadTemplate reads at most.
    if (!stats.isFile() || stats.size > 5 * 1024 * 1024) return undefined
    const buffer = readFileSync(file)
    if (buffer.includes(0)) return undefined
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer)
  } catch {
    return undefined
  }
}
