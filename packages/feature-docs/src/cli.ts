/**
 * The feature-docs command line. A pre-commit hook starts it once per
 * commit, so it loads almost nothing up front: the arguments are read by a
 * dependency-free module, and each command is imported only when asked for
 * (a lint run never loads the `new` scaffolder, the SARIF writer, chokidar
 * or the language server).
 *
 * Every failure the user can fix ends as one line on stderr,
 * `feature-docs: <what and where>`, and exit code 2, never a stack trace;
 * set FEATURE_DOCS_DEBUG=1 to see the stack of an unexpected error.
 */
import { isTemplateOrOptionError } from './expected-errors.js'
import { parseArguments } from './arguments.js'
import { exitCodes, UsageError } from './usage-error.js'

process.on('uncaughtException', fail)
process.on('unhandledRejection', fail)

try {
  const command = parseArguments(process.argv.slice(2))
  const cwd = process.cwd()
  switch (command.kind) {
    case 'help': {
      const { helpText } = await import('./help.js')
      process.stdout.write(helpText)
      break
    }
    case 'version': {
      const { version } = await import('./version.js')
      process.stdout.write(`feature-docs ${version}\n`)
      break
    }
    case 'lint': {
      const { runLint } = await import('./lint/run-lint.js')
      process.exitCode = await runLint(command.options, cwd)
      break
    }
    case 'new': {
      const { newDoc } = await import('./new-doc.js')
      process.exitCode = await newDoc(command, cwd)
      break
    }
    case 'templates': {
      const { templatesCommand } = await import('./templates-command.js')
      process.exitCode = await templatesCommand(command.args, cwd)
      break
    }
    case 'lsp': {
      const { startLanguageServer } = await import('./language-server.js')
      startLanguageServer()
      break
    }
  }
} catch (error) {
  fail(error)
}

function fail(error: unknown): void {
  process.exitCode = exitCodes.usage
  // Errors meant for the user carry a finished message; doc-template's and rule-kit's name the template or option.
  const expected = error instanceof UsageError || isTemplateOrOptionError(error)
  const message = error instanceof Error ? error.message : String(error)
  const line = message.split('\n')[0]!.trim()
  process.stderr.write(expected ? `feature-docs: ${line}\n` : `feature-docs: unexpected error: ${line}\n`)
  if (!expected && process.env.FEATURE_DOCS_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`)
}
