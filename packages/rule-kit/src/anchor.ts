/**
 * Paths in options, relative to the configuration that names them. A
 * `.remarkrc.json` in `docs/` that says `templates: {rfc: 'templates/rfc.md'}`
 * means `docs/templates/rfc.md`, and its `files` globs match paths from
 * `docs/`, from wherever the run starts (as ESLint's and markdownlint-cli2's
 * configurations mean their paths).
 *
 * The `base` option says which folder that is. Whoever loads a configuration
 * file sets it to that file's folder (the command line does, through
 * unified-engine's `configTransform`). Options without it (remark-cli, the
 * language server, code) mean the folder of the remark configuration that
 * applies to the doc, found as unified-engine finds it, else the working
 * folder: `optionsFolder`.
 */
import { dirname, isAbsolute, resolve } from 'node:path'
import { configFolder, looksLikePath } from '@feature-docs/doc-template'

/** What relative paths in options start from, for a doc at `docPath` (relative to `cwd`). */
export function optionsFolder(base: string | undefined, docPath: string | undefined, cwd: string): string {
  if (base !== undefined) return resolve(cwd, base)
  if (!docPath) return resolve(cwd)
  return configFolder(dirname(resolve(cwd, docPath))) ?? resolve(cwd)
}

/** A reference that is a relative path. */
export function isRelativePath(reference: string): boolean {
  return looksLikePath(reference) && !isAbsolute(reference)
}
