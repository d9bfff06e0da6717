/**
 * Where the built-in templates are. They ship in the preset package
 * (`remark-preset-lint-feature-docs/templates/`), which depends on the
 * rules and on this kit, so neither can import it. The preset registers
 * them when it is loaded; a rule used on its own finds the preset
 * installed in the project (resolved from the working folder) or beside
 * this package.
 *
 * The preset also hands over each built-in's parsed model, made when the
 * preset was built: a built-in is then not parsed at every start (see
 * doc-template's `model-data.ts`; a rule on its own, which finds the
 * folder, parses).
 */
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { registerCompiledTemplates, type CompiledTemplate } from '@feature-docs/doc-template'

const presetName = 'remark-preset-lint-feature-docs'
let registered: Record<string, string> | undefined
let found: Record<string, string> | undefined

/** Called by the preset with its own `templates/` folder and the models made from it, by template name. */
export function registerBuiltinTemplates(folder: string, models: Record<string, CompiledTemplate> = {}): void {
  registered = readFolder(folder)
  registerCompiledTemplates(Object.values(models))
}

/** Built-in template names and their paths; empty when the preset is nowhere. */
export function builtinTemplates(): Record<string, string> {
  if (registered) return registered
  found ??= findPresetTemplates() ?? {}
  return found
}

function findPresetTemplates(): Record<string, string> | undefined {
  const bases = [pathToFileURL(join(process.cwd(), 'package.json')).href, import.meta.url]
  for (const base of bases) {
    try {
      const manifest = createRequire(base).resolve(`${presetName}/package.json`)
      return readFolder(join(dirname(manifest), 'templates'))
    } catch {
      // Not resolvable from there; try the next place.
    }
  }
  return undefined
}

function readFolder(folder: string): Record<string, string> {
  const templates: Record<string, string> = {}
  for (const name of readdirSync(folder).sort()) {
    if (name.endsWith('.md')) templates[basename(name, '.md')] = join(folder, name)
  }
  return templates
}
