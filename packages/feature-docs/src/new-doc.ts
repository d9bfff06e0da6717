/**
 * `feature-docs new <template> "<Feature Name>" [--output <path>]`: start a
 * doc from a template. The feature name goes wherever the template says
 * `[Feature Name]` (the title, the footer field), today's date (local,
 * YYYY-MM-DD) wherever it asks for a date (`[Date]`, `[Release Date]`,
 * `[YYYY-MM-DD]`); every other placeholder stays for the author, and the
 * no-placeholders rule keeps pointing at them until they are written.
 * An existing file is never overwritten.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import { knownTemplates, loadKnownTemplate } from './known-templates.js'
import { writeErrorText } from './write-error.js'
import { exitCodes, UsageError } from './usage-error.js'

export interface NewDocRequest {
  template: string
  name: string
  output: string | undefined
}

export async function newDoc(request: NewDocRequest, cwd: string): Promise<number> {
  const name = request.name.trim()
  if (name === '' || /[\r\n]/u.test(name)) {
    throw new UsageError(`the feature name must be one non-empty line, got ${JSON.stringify(request.name)}`)
  }
  const known = await knownTemplates({ cwd })
  const template = await loadKnownTemplate(request.template, known, cwd, '`feature-docs new`')
  // The raw text, not the parsed model: the new doc keeps the template's exact formatting.
  const source = await readFile(template.path!, 'utf8')

  const output = request.output ?? defaultOutput(name)
  const path = resolve(cwd, output)
  const shown = relative(cwd, path) || output
  try {
    await mkdir(dirname(path), { recursive: true })
  } catch (error) {
    throw new UsageError(`cannot write ${shown}: ${writeErrorText(error)}`)
  }
  try {
    // `wx`: fail if it exists, in the same call that creates it (no check-then-write race).
    await writeFile(path, fillTemplate(source, name, today()), { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError(`cannot write ${shown}: ${writeErrorText(error)}`)
    if ((await stat(path)).isDirectory()) throw new UsageError(`${shown} is a folder: give a file path with --output`)
    throw new UsageError(`${shown} already exists: not overwriting it (give another path with --output)`)
  }
  process.stdout.write(`${shown}\n`)
  return exitCodes.clean
}

/** A placeholder, not a link, reference, image or escaped bracket. */
const placeholder = /(?<![\\!\]])\[([^[\]\n]+)\](?![([:])/gu
/** `[Date]`, `[Release Date]`, `[Last updated date]`, `[YYYY-MM-DD]`, `[Today]`: up to three words before `date`. */
const datePlaceholder = /^(?:today|yyyy-mm-dd|(?:[\p{L}'-]+ ){0,3}date)$/iu

/** Fill `[Feature Name]` and date placeholders in a template's text. */
export function fillTemplate(source: string, name: string, date: string): string {
  const escaped = escapeMarkdown(name)
  return source.replace(placeholder, (whole, inner: string) => {
    const text = inner.trim()
    if (/^feature name$/iu.test(text)) return escaped
    if (datePlaceholder.test(text)) return date
    return whole
  })
}

/** Inline Markdown in a name stays literal: `C++ [beta]` must not become a placeholder. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/gu, (character) => `\\${character}`)
}

/** Today in local time, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** `Offline Sync` → `offline-sync.md`, in the current folder. */
function defaultOutput(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
  if (slug === '') throw new UsageError(`cannot make a file name from ${JSON.stringify(name)}: give one with --output`)
  return `${slug}.md`
}
