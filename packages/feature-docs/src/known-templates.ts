/**
 * The templates the command line knows by name: the preset's built-ins,
 * plus (overriding them by name) those a project's JSON configuration adds
 * through the preset's `templates` option. Used by `--template`, `new` and
 * `templates`, so all three agree with what the rules will use.
 */
import type { DocTemplate } from '@feature-docs/doc-template'
import { readProjectTemplates } from './lint/config-files.js'
import { UsageError } from './usage-error.js'

export interface KnownTemplate {
  name: string
  path: string
  /** `built-in`, or the configuration file that adds it. */
  from: string
}

export interface KnownTemplates {
  byName: Map<string, KnownTemplate>
  /** A configuration that applies but is code or YAML, so its templates are unknown here. */
  unread: string | undefined
}

export interface KnownTemplatesOptions {
  cwd: string
  detectConfig?: boolean | undefined
  rcPath?: string | undefined
}

export async function knownTemplates(options: KnownTemplatesOptions): Promise<KnownTemplates> {
  // Importing the preset registers its templates folder as the built-ins.
  await import('remark-preset-lint-feature-docs')
  const { builtinTemplates } = await import('@feature-docs/rule-kit')
  const byName = new Map<string, KnownTemplate>()
  for (const [name, path] of Object.entries(builtinTemplates())) byName.set(name, { name, path, from: 'built-in' })
  let unread: string | undefined
  if (options.detectConfig !== false) {
    const project = readProjectTemplates(options.cwd, options.rcPath)
    unread = project.unread
    for (const [name, path] of Object.entries(project.templates)) byName.set(name, { name, path, from: project.from ?? '' })
  }
  return { byName, unread }
}

/**
 * Load the template `reference` names (a known name, or a path relative to
 * `cwd`), parsed, so a bad one fails here. Throws `UsageError` with
 * doc-template's message, which names the template and what was expected.
 */
export async function loadKnownTemplate(
  reference: string,
  known: KnownTemplates,
  cwd: string,
  where: string,
): Promise<DocTemplate> {
  const { resolveTemplate, TemplateError } = await import('@feature-docs/doc-template')
  const paths = Object.fromEntries([...known.byName].map(([name, template]) => [name, template.path]))
  try {
    return resolveTemplate(reference, paths, cwd, where)
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(error.message)
    throw error
  }
}
