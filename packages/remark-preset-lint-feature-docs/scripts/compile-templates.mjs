#!/usr/bin/env node
/**
 * Parses the built-in templates (templates/*.md) into their model and
 * writes it as data to src/template-models.ts, which the preset hands to
 * doc-template: a run then takes the models from there instead of parsing
 * the templates at every start (see doc-template's `model-data.ts`). The
 * Markdown files stay as they are; each model names the bytes it was made
 * from, and a file that differs is parsed as before. Needs doc-template
 * built; build the preset again afterwards (`pnpm compile-templates` at the
 * root does both). A test fails when the data is not what parsing the
 * templates gives now.
 *
 *   node packages/remark-preset-lint-feature-docs/scripts/compile-templates.mjs [--check]
 *
 * `--check` writes nothing and exits 1 when the file is out of date.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { compileTemplate, loadTemplate, reviveTemplate } from '@feature-docs/doc-template'

// Parse, whatever data this process may know of.
process.env.FEATURE_DOCS_PARSE_BUILTINS = '1'

const packageRoot = join(import.meta.dirname, '..')
const templates = join(packageRoot, 'templates')
const output = join(packageRoot, 'src', 'template-models.ts')
const check = process.argv.includes('--check')

const entries = []
for (const file of readdirSync(templates).sort()) {
  if (!file.endsWith('.md')) continue
  const path = join(templates, file)
  const name = basename(file, '.md')
  const template = loadTemplate(path, { name })
  const record = compileTemplate(readFileSync(path), template)
  // What a run would get back must be what was parsed, or nothing is written.
  if (!isDeepStrictEqual(reviveTemplate(record, { name, path }), template)) {
    throw new Error(`The model of ${relative(process.cwd(), path)} does not come back equal from its data`)
  }
  entries.push(
    `  ${JSON.stringify(name)}: {\n` +
      `    format: ${record.format},\n` +
      `    size: ${record.size},\n` +
      `    sha256: ${JSON.stringify(record.sha256)},\n` +
      `    model: ${JSON.stringify(record.model)},\n` +
      '  },\n',
  )
}

const text = `/**
 * The built-in templates' parsed models, as data, by template name: written
 * by scripts/compile-templates.mjs from templates/*.md. Do not edit: run
 * \`pnpm compile-templates\` at the repository root after changing a template
 * or how doc-template parses one (a test checks these against a fresh parse).
 */
import type { CompiledTemplate } from '@feature-docs/doc-template'

export const templateModels: Record<string, CompiledTemplate> = {
${entries.join('')}}
`

let current
try {
  current = readFileSync(output, 'utf8')
} catch {
  current = undefined
}
const shown = relative(process.cwd(), output) || output
if (current === text) {
  console.log(`${shown} is up to date`)
} else if (check) {
  console.error(`${shown} is out of date: run \`pnpm compile-templates\``)
  process.exitCode = 1
} else {
  writeFileSync(output, text)
  console.log(`wrote ${shown}`)
}
