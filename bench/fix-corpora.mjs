/**
 * `--fix` over the real corpora (../shared/corpora: public templates and
 * the docs written from them), on copies in a temporary folder: for each
 * corpus, the messages and the fixes offered before, the files `--fix`
 * changed, the messages after, any message of required-sections,
 * required-table-columns or required-fields that still offers a fix of
 * the kinds applied (there should be none), and whether a second `--fix`
 * changes anything (it should not).
 *
 *   node bench/fix-corpora.mjs [--corpus name] [--fix-type rename,insert,move] [--keep]
 *
 * `--keep` leaves the fixed copies and prints where, to read them by hand.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpora = join(root, '..', 'shared', 'corpora')
const bin = join(root, 'packages', 'feature-docs', 'bin', 'feature-docs.js')
const argument = (name) => {
  const at = process.argv.indexOf(name)
  return at === -1 ? undefined : process.argv[at + 1]
}
const only = argument('--corpus')
const types = argument('--fix-type') ?? 'rename,insert'
const keep = process.argv.includes('--keep')
const structural = new Set(['required-sections', 'required-table-columns', 'required-fields'])

if (!existsSync(corpora)) {
  console.log(`No corpora at ${corpora}: nothing to measure.`)
  process.exit(0)
}

for (const name of readdirSync(corpora).sort()) {
  const source = join(corpora, name)
  if ((only && name !== only) || !existsSync(join(source, 'template.md'))) continue
  const folder = mkdtempSync(join(tmpdir(), `fix-${name}-`))
  cpSync(source, folder, { recursive: true })
  const docs = markdownFiles(join(folder, 'docs')).map((doc) => relative(folder, doc))
  const lint = (...extra) =>
    spawnSync(process.execPath, [bin, '--no-config', '--template', 'template.md', ...extra, ...docs], { cwd: folder, encoding: 'utf8', maxBuffer: 1 << 30 })
  const report = (run) => JSON.parse(run.stdout).flatMap((file) => file.messages.map((message) => ({ ...message, path: file.path })))

  const before = report(lint('--format', 'json'))
  const snapshot = new Map(docs.map((doc) => [doc, readFileSync(join(folder, doc))]))
  const fix = lint('--fix', '--fix-type', types)
  const changed = docs.filter((doc) => !snapshot.get(doc).equals(readFileSync(join(folder, doc))))
  const after = report(lint('--format', 'json'))
  const chosen = new Set(types.split(','))
  const left = after.filter((message) => structural.has(message.ruleId) && message.fix && chosen.has(message.fix.kind))
  const fixed = new Map(docs.map((doc) => [doc, readFileSync(join(folder, doc))]))
  const again = lint('--fix', '--fix-type', types)
  const changedAgain = docs.filter((doc) => !fixed.get(doc).equals(readFileSync(join(folder, doc))))

  const byKind = count(before.filter((message) => message.fix).map((message) => `${message.ruleId} ${message.fix.kind}`))
  const byRule = (messages) => count(messages.map((message) => message.ruleId))
  console.log(`\n== ${name}: ${docs.length} docs, --fix-type ${types}`)
  console.log(`before: ${before.length} messages; with a fix: ${[...byKind].map(([key, value]) => `${key} ${value}`).join(', ') || 'none'}`)
  console.log(`--fix: exit ${fix.status}, ${changed.length} files changed${fix.stderr.includes('feature-docs: ') ? `; said: ${fix.stderr.split('\n').filter((line) => line.startsWith('feature-docs: ') && !line.includes('checked ')).slice(0, 5).join(' | ')}` : ''}`)
  console.log(`after: ${after.length} messages (${[...byRule(after)].map(([key, value]) => `${key} ${value}`).join(', ')})`)
  console.log(`before by rule: ${[...byRule(before)].map(([key, value]) => `${key} ${value}`).join(', ')}`)
  console.log(`structural messages still offering a chosen fix: ${left.length}`)
  for (const message of left.slice(0, 10)) console.log(`  ${message.path}:${message.line}:${message.column} ${message.ruleId} ${message.reason.slice(0, 140)} [${message.fix.kind}]`)
  console.log(`second --fix: exit ${again.status}, ${changedAgain.length} files changed${changedAgain.length ? `: ${changedAgain.slice(0, 5).join(', ')}` : ''}`)
  if (keep) console.log(`kept: ${folder}`)
  else rmSync(folder, { recursive: true, force: true })
}

function count(values) {
  const counts = new Map()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return new Map([...counts].sort((a, b) => b[1] - a[1]))
}

function markdownFiles(folder) {
  const found = []
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry)
    if (statSync(path).isDirectory()) found.push(...markdownFiles(path))
    else if (/\.(md|markdown)$/u.test(entry)) found.push(path)
  }
  return found.sort()
}
