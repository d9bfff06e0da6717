/**
 * The built-in templates' models ship as data (src/template-models.ts,
 * written by scripts/compile-templates.mjs), so a run does not parse them.
 * The data must be what parsing the Markdown gives now: revived, it equals a
 * fresh parse, value for value, and it names the bytes it was made from.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import {
  clearTemplateCache,
  compiledTemplateFor,
  loadTemplate,
  parseTemplate,
  reviveTemplate,
  templateDataFormat,
} from '@feature-docs/doc-template'
import { describe, expect, it } from 'vitest'
import { runProcess } from '../../../test/support/process.js'
import { templatesFolder } from '../src/index.js'
import { templateModels } from '../src/template-models.js'

const packageRoot = join(import.meta.dirname, '..')
const names = readdirSync(templatesFolder)
  .filter((file) => file.endsWith('.md'))
  .map((file) => basename(file, '.md'))
  .sort()

/** A fresh parse, as `loadTemplate` makes one from the file's bytes. */
function parsed(name: string) {
  const path = join(templatesFolder, `${name}.md`)
  const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path))
  return parseTemplate(text, { name, path })
}

describe('the built-in templates’ models, shipped as data', () => {
  it('has one for each built-in template', () => {
    expect(Object.keys(templateModels).sort()).toEqual(names)
  })

  it.each(names)('%s: made from the template as it is now (run `pnpm compile-templates` if not)', (name) => {
    const record = templateModels[name]!
    const bytes = readFileSync(join(templatesFolder, `${name}.md`))
    expect(record.format).toBe(templateDataFormat)
    expect(record.size).toBe(bytes.byteLength)
    // Registered by the preset (an equal copy when another test loaded the built preset first).
    expect(compiledTemplateFor(bytes)).toEqual(record)
  })

  it.each(names)('%s: revived, equals a fresh parse of the Markdown (run `pnpm compile-templates` if not)', (name) => {
    const path = join(templatesFolder, `${name}.md`)
    const revived = reviveTemplate(templateModels[name]!, { name, path })
    const fresh = parsed(name)
    expect(revived).toEqual(fresh)
    // Keys set to undefined, and where the graph shares objects, too.
    expect(revived).toStrictEqual(fresh)
    expect(revived.allSections.every((section) => !section.parent || revived.allSections[section.parent.index] === section.parent)).toBe(true)
    expect(revived.sections.every((section) => revived.allSections[section.index] === section)).toBe(true)
  })

  it.each(names)('%s: loaded from its data, with no option that changes the model', (name) => {
    const path = join(templatesFolder, `${name}.md`)
    clearTemplateCache()
    const loaded = loadTemplate(path, { name })
    expect(loaded).toStrictEqual(parsed(name))
    // Another syntax named in the options: parsed, and read with it.
    clearTemplateCache()
    expect(loadTemplate(path, { name, syntaxes: ['curly'] }).syntaxes).toEqual(['curly'])
    clearTemplateCache()
  })

  it('is parsed again when FEATURE_DOCS_PARSE_BUILTINS=1', () => {
    const bytes = readFileSync(join(templatesFolder, 'implementation-notes.md'))
    const before = process.env.FEATURE_DOCS_PARSE_BUILTINS
    process.env.FEATURE_DOCS_PARSE_BUILTINS = '1'
    try {
      expect(compiledTemplateFor(bytes)).toBeUndefined()
    } finally {
      if (before === undefined) delete process.env.FEATURE_DOCS_PARSE_BUILTINS
      else process.env.FEATURE_DOCS_PARSE_BUILTINS = before
    }
    expect(compiledTemplateFor(bytes)).toEqual(templateModels['implementation-notes'])
  })

  it('is what the script writes', async () => {
    const result = await runProcess(process.execPath, [join(packageRoot, 'scripts', 'compile-templates.mjs'), '--check'], { cwd: packageRoot })
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' })
    expect(result.stdout).toMatch(/template-models\.ts is up to date/u)
  })
})
