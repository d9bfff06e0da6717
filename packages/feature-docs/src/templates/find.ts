/**
 * Finding the template `templates show` and `templates check` are asked
 * about, as the rules would: a built-in name, a name the project's JSON
 * configuration adds (or overrides), else a path from the working folder.
 */
import { isAbsolute, relative, resolve } from 'node:path'
import type { DocTemplate } from '@feature-docs/doc-template'
import { knownTemplates, loadKnownTemplate, type KnownTemplates } from '../known-templates.js'
import type { TemplatesOptions } from '../templates-command.js'
import { UsageError } from '../usage-error.js'

export interface Reference {
  /** As the user wrote it. */
  reference: string
  known: KnownTemplates
  /** `built-in` or the configuration file (short) for a known name; null for a path. */
  from: string | null
  /** The file the reference names: a known name's file, or a path; undefined for an unknown name. */
  file: string | undefined
}

export async function readReference(reference: string, options: TemplatesOptions, cwd: string): Promise<Reference> {
  const known = await knownTemplates({ cwd, detectConfig: options.detectConfig, rcPath: options.rcPath })
  const named = known.byName.get(reference)
  const { markdownExtensions } = await import('@feature-docs/doc-template')
  // As doc-template's `resolveTemplate` tells a path from a name.
  const isPath = /[\\/]/u.test(reference) || markdownExtensions.some((extension) => reference.toLowerCase().endsWith(extension))
  return {
    reference,
    known,
    from: named ? (named.from === 'built-in' ? 'built-in' : shortPath(named.from, cwd)) : null,
    file: named ? named.path : isPath ? resolve(cwd, reference) : undefined,
  }
}

/**
 * The parsed template. Throws `UsageError` with doc-template's message;
 * for an unknown name while the configuration is code, says that its
 * templates were not read.
 */
export async function loadReference(found: Reference, cwd: string, where: string): Promise<DocTemplate> {
  try {
    return await loadKnownTemplate(found.reference, found.known, cwd, where)
  } catch (error) {
    if (error instanceof UsageError && found.file === undefined && found.known.unread !== undefined) {
      throw new UsageError(`${error.message} (templates that ${shortPath(found.known.unread, cwd)} adds are not known here: only JSON configuration is read without running it)`)
    }
    throw error
  }
}

/** Relative to the working folder when inside it, else absolute. */
export function shortPath(path: string, cwd: string): string {
  const shown = relative(cwd, path)
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown
}
