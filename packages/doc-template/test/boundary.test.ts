/**
 * The model knows nothing of lint rules, the preset or the command line:
 * those build on it (model ← rule kit ← rules ← preset ← command line), so
 * nothing here may import them, or name the preset to find it. A model
 * that reached for them again would tie every user of the model to
 * remark-lint and to one preset.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const packageRoot = join(import.meta.dirname, '..')
const sources = readdirSync(join(packageRoot, 'src'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'))
const forbidden = ['unified-lint-rule', 'remark-lint', 'remark-preset-lint-feature-docs', '@feature-docs/rule-kit', 'feature-docs']

/** The modules a source file imports or re-exports, statically or dynamically. */
function importsOf(source: string): string[] {
  const specifiers = [...source.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/gu)].map((match) => match[1]!)
  return specifiers.filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:'))
}

/** A package name a specifier names: `@scope/name` or `name`, without a subpath. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

describe('the template model stands alone', () => {
  it('has sources to check', () => {
    expect(sources).toContain('index.ts')
  })

  it.each(sources)('src/%s imports no lint rule kit, rule, preset or command line', (name) => {
    const text = readFileSync(join(packageRoot, 'src', name), 'utf8')
    const imported = importsOf(text).map(packageOf)
    expect(imported.filter((specifier) => forbidden.includes(specifier) || specifier.startsWith('remark-lint-'))).toEqual([])
    // Nor finds the preset by name, as a require.resolve of it would.
    expect(text).not.toContain('remark-preset-lint-feature-docs')
  })

  it('holds no forced-template channel of the command line', () => {
    for (const name of sources) expect(readFileSync(join(packageRoot, 'src', name), 'utf8'), name).not.toMatch(/forceTemplate|featureDocsTemplate/u)
  })

  it('depends on none of them in its package.json', () => {
    const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>
    const names = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies'].flatMap((field) => Object.keys(manifest[field] ?? {}))
    expect(names.filter((name) => forbidden.includes(name) || name.startsWith('remark-lint'))).toEqual([])
  })
})
