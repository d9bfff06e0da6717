/**
 * Errors whose message is finished, ready to show a user as it is:
 * doc-template's `TemplateError` (it names the template) and `OptionError`
 * (it names the option). Told apart by their `code`, not their class or name:
 * the bundle and `dist` each hold a copy of the classes, and an error passed
 * back from a worker thread is a plain `Error` that keeps `code` and `name`
 * but not its class (`lint/checked-file.ts`). `test/expected-errors.test.ts`
 * checks these codes against the classes.
 */
export const templateErrorCode = 'FEATURE_DOCS_TEMPLATE'
export const optionErrorCode = 'FEATURE_DOCS_OPTION'

/** A `TemplateError` or an `OptionError`, from any copy of doc-template. */
export function isTemplateOrOptionError(error: unknown): error is Error & { code: string } {
  if (!(error instanceof Error)) return false
  const code = (error as NodeJS.ErrnoException).code
  return code === templateErrorCode || code === optionErrorCode
}
