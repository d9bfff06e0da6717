#!/usr/bin/env node
/**
 * The command line over real documents: each corpus in ../shared/corpora
 * (real public templates with the documents written from them, unchanged),
 * checked against its own template as it is, with no configuration.
 *
 *   npx -y pnpm@10.34.9 build && node bench/real-corpora.mjs [--corpus NAME] [--top N] [--sample N --seed S]
 *
 * For each corpus: docs checked, messages in all and per doc, per rule, and
 * the most frequent messages (file-specific text in backticks folded), so a
 * class of false messages shows up as one line. For openshift-enhancements
 * it also runs the project's own check (hack/template-lint.sh: every `##`
 * heading of the template not marked `[optional]` must start a line of the
 * doc) and gives our recall against it: of the headings that check finds
 * missing, how many we report (as missing, misplaced, at the wrong level or
 * misspelled). `--sample N` prints N messages per corpus drawn at random
 * (`--seed` makes the draw repeatable), each with its doc's lines around
 * it, for judging by hand.
 *
 * Not a test: the corpora are not part of the project, and this exits 0
 * with a note when they are absent.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = join(import.meta.dirname, '..')
const corpora = join(root, '..', 'shared', 'corpora')
const bin = join(root, 'packages', 'feature-docs', 'bin', 'feature-docs.js')

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const only = option('--corpus', undefined)
const top = Number(option('--top', '15'))
const sampleSize = Number(option('--sample', '0'))
let seed = Number(option('--seed', '1'))

if (!existsSync(corpora)) {
  console.log(`no corpora at ${corpora}: nothing to measure`)
  process.exit(0)
}

for (const name of readdirSync(corpora).sort()) {
  const folder = join(corpora, name)
  const template = join(folder, 'template.md')
  if ((only && name !== only) || !existsSync(template)) continue
  const docs = markdownFiles(join(folder, 'docs'))
  const run = spawnSync(process.execPath, [bin, '--no-config', '--template', template, '--format', 'json', ...docs.map((doc) => relative(folder, doc))], {
    cwd: folder,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  })
  if (run.status !== 0 && run.status !== 1) {
    console.log(`${name}: the command line exited ${run.status}\n${run.stderr}`)
    continue
  }
  const files = JSON.parse(run.stdout)
  const messages = files.flatMap((file) => file.messages.map((message) => ({ ...message, path: file.path })))
  console.log(`\n== ${name}: ${files.length} docs, ${messages.length} messages, ${(messages.length / files.length).toFixed(2)} per doc`)
  console.log(`per rule: ${formatCounts(count(messages, (message) => message.ruleId))}`)
  console.log(`most frequent:`)
  for (const [reason, times] of [...count(messages, (message) => `${message.ruleId}: ${fold(message.reason)}`)].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${String(times).padStart(5)}  ${reason}`)
  }
  if (name === 'openshift-enhancements') peerRecall(template, folder, files)
  if (sampleSize > 0) printSample(folder, messages)
}

function markdownFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

function count(items, key) {
  const counts = new Map()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}

function formatCounts(counts) {
  return [...counts].sort((a, b) => b[1] - a[1]).map(([key, value]) => `${key} ${value}`).join(', ') || 'none'
}

/** A message's reason with doc-specific quoted text folded, templates' headings kept. */
function fold(reason) {
  return reason.replace(/^(Title|Heading|Template text|Column|Section|Unexpected placeholder|Field) `[^`]*`/u, '$1 `…`').slice(0, 150)
}

/**
 * OpenShift's own check, as its hack/template-lint.sh does it: the
 * template's `## ` lines not marked `[optional]`, each looked for at the
 * start of a line of the doc. Recall: how many of the (doc, heading) pairs
 * it finds missing we report with a required-sections message naming that
 * heading.
 */
function peerRecall(template, folder, files) {
  const required = readFileSync(template, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('## ') && !line.includes('[optional]'))
    .map((line) => line.trimEnd())
  let missing = 0
  let reported = 0
  const unreported = []
  for (const file of files) {
    const lines = readFileSync(join(folder, file.path), 'utf8').split('\n')
    for (const heading of required) {
      if (lines.some((line) => line.startsWith(heading))) continue
      missing++
      const named = file.messages.some((message) => message.ruleId === 'required-sections' && message.reason.includes(`\`${heading}\``))
      if (named) reported++
      else unreported.push(`${file.path}: ${heading}`)
    }
  }
  const recall = missing === 0 ? 100 : (100 * reported) / missing
  console.log(`peer check (hack/template-lint.sh): ${missing} missing headings in ${files.length} docs; we report ${reported} (recall ${recall.toFixed(1)} %)`)
  for (const line of unreported.slice(0, 10)) console.log(`  not reported: ${line}`)
}

/** `sampleSize` messages drawn at random, each with the doc's lines around it. */
function printSample(folder, messages) {
  const pool = [...messages]
  const drawn = []
  while (drawn.length < sampleSize && pool.length > 0) drawn.push(pool.splice(Math.floor(random() * pool.length), 1)[0])
  console.log(`\nsample of ${drawn.length} (seed ${option('--seed', '1')}):`)
  drawn.forEach((message, index) => {
    const lines = readFileSync(join(folder, message.path), 'utf8').split('\n')
    console.log(`\n[${index + 1}] ${message.path}:${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)
    for (let line = Math.max(1, message.line - 2); line <= Math.min(lines.length, message.line + 2); line++) {
      console.log(`    ${String(line).padStart(4)}| ${lines[line - 1].slice(0, 160)}`)
    }
  })
}

/** A small seeded generator (mulberry32), so a sample can be drawn again. */
function random() {
  seed = (seed + 0x6d2b79f5) | 0
  let value = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
  return ((value ^ (value >>> 14)) >>> 0) / 4294967296
}
