import { join } from 'node:path'
import type { Position } from 'unist'
import type { DocTemplate, TemplateSection } from '../src/index.js'

export const repository = join(import.meta.dirname, '..', '..', '..')
/** The built-in templates, as the preset ships them (copies of shared/templates). */
export const builtinTemplates = join(repository, 'packages', 'remark-preset-lint-feature-docs', 'templates')
export const fixtureTemplates = join(repository, 'fixtures', 'templates')

/** `## bugs fixed`: depth and key, the way sections are listed in tests. */
export function outline(section: TemplateSection): string {
  return `${'#'.repeat(section.depth)} ${section.key}${section.optional ? ' (optional)' : ''}${section.wildcard ? ' (wildcard)' : ''}`
}

/** `line:column-line:column`. */
export function range(position: Position | undefined): string {
  if (!position) return 'none'
  return `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`
}

export function section(template: DocTemplate, key: string): TemplateSection {
  const found = template.allSections.find((candidate) => candidate.key === key)
  if (!found) throw new Error(`no section ${key}`)
  return found
}
