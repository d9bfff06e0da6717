/**
 * The GitHub Action's step (action.yml): check the docs with the command
 * line's bundle, annotate the pull request (`--format github`: workflow
 * commands on stdout), add a summary table to `$GITHUB_STEP_SUMMARY`
 * (`--format markdown`), write SARIF when asked, set the `errors` and
 * `warnings` outputs, and fail as `fail-on` says. Inputs come as the
 * step's `INPUT_*` environment (a composite action passes them itself);
 * values are passed to the command as arguments, never through a shell.
 */
import { spawn } from 'node:child_process'
import { appendFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const bundle = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'feature-docs', 'bundle', 'feature-docs.mjs')
const input = (name) => (process.env[`INPUT_${name.replace(/-/gu, '_').toUpperCase()}`] ?? '').trim()

const failOn = input('fail-on') || 'warning'
if (failOn !== 'warning' && failOn !== 'error') {
  process.stdout.write(`::error title=feature-docs::Input fail-on must be \`warning\` or \`error\`, not \`${failOn}\`\n`)
  process.exit(2)
}
const paths = input('paths').split(/\s+/u).filter(Boolean)
const common = [...(input('template') ? ['--template', input('template')] : []), ...(input('config') ? ['--rc-path', input('config')] : [])]
const args = (...format) => [...common, ...format, '--', ...(paths.length > 0 ? paths : ['.'])]

/** Run the command line; its stdout is collected unless `through`, stderr always passes through. */
function featureDocs(argv, through = false) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle, '--no-color', ...argv], { stdio: ['ignore', through ? 'inherit' : 'pipe', 'inherit'] })
    let stdout = ''
    child.stdout?.on('data', (chunk) => (stdout += chunk))
    child.on('close', (code) => resolve({ code: code ?? 2, stdout }))
  })
}

// The counts, from the JSON report: warnings and errors are told apart there.
const json = await featureDocs(args('--format', 'json'))
let errors = 0
let warnings = 0
try {
  for (const file of JSON.parse(json.stdout)) {
    for (const message of file.messages) {
      if (message.fatal === true) errors++
      else if (message.fatal === false) warnings++
    }
  }
} catch {
  // No report (a usage error, said on stderr): the exit code says it.
}
// Annotations on the pull request.
await featureDocs(args('--format', 'github'), true)
// The summary of the run.
if (process.env.GITHUB_STEP_SUMMARY) {
  const summary = await featureDocs(args('--format', 'markdown'))
  await appendFile(process.env.GITHUB_STEP_SUMMARY, summary.stdout)
}
if (input('sarif')) await featureDocs(args('--format', 'sarif', '--output', input('sarif')))
if (process.env.GITHUB_OUTPUT) await appendFile(process.env.GITHUB_OUTPUT, `errors=${errors}\nwarnings=${warnings}\n`)

if (json.code === 2) process.exitCode = 2
else if (errors > 0 || (failOn === 'warning' && warnings > 0)) process.exitCode = 1
