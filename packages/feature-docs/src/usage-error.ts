/**
 * Exit codes and the one error the command line raises on purpose.
 *
 * A doc check runs in pre-commit hooks and CI, where the exit code is the
 * whole answer, so the codes are few and fixed (readme.md documents them):
 * 0 clean, 1 some doc breaks a rule (warnings included: a doc check must
 * fail the commit), 2 the command could not do its job as asked.
 */
export const exitCodes = {
  /** Every doc checked passes. */
  clean: 0,
  /** A doc breaks a rule: any warning or error. */
  lintFailed: 1,
  /** Usage, configuration or input error: nothing, or not everything, was checked. */
  usage: 2,
} as const

/**
 * Something the user asked for cannot be done as asked: an unknown option,
 * an unknown template, a file that already exists. Its message is shown as
 * one line, `feature-docs: <message>`, and the command exits with 2.
 */
export class UsageError extends Error {
  override name = 'UsageError'
}
