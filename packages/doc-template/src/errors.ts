/**
 * The one error doc-template throws on purpose: a template that cannot be
 * used, or a template name that means nothing. Its message names the file or
 * option and says what is wrong, ready to show a user as it is.
 */
export class TemplateError extends Error {
  override name = 'TemplateError'
  /**
   * What the command line sorts this error by. Not the class: the bundle and
   * `dist` each hold a copy of it, and an error passed back from a worker
   * thread is a plain `Error`, which keeps `code` (`checked-file.ts`).
   */
  readonly code = 'FEATURE_DOCS_TEMPLATE'
  /** The template file concerned, when there is one. */
  readonly path: string | undefined

  constructor(message: string, path?: string | undefined) {
    super(message)
    this.path = path
  }
}
