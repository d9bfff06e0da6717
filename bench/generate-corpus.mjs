#!/usr/bin/env node
/**
 * Writes a corpus of feature docs made from the built-in templates into
 * bench/corpus/ (or the folder given): placeholders filled with words from a
 * seeded generator, sizes from one to about twelve times the template's
 * prose, and one doc in eight broken (a section dropped, a heading
 * misspelled, a column dropped, or a placeholder left).
 *
 *   node bench/generate-corpus.mjs [folder] [count]
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const folder = process.argv[2] ?? join(here, 'corpus')
const count = Number(process.argv[3] ?? 600)
const templates = ['implementation-notes', 'technical-implementation'].map((name) => ({
  name,
  source: readFileSync(join(here, '..', 'packages', 'remark-preset-lint-feature-docs', 'templates', `${name}.md`), 'utf8'),
}))

// A small linear congruential generator: the same corpus on every machine.
let seed = 20261122
function random() {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
const words = 'sync queue conflict merge cache index store retry backoff token schema migration replica batch stream worker shard lease cursor snapshot'.split(' ')
function sentence(length) {
  return Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ')
}

/** Fill placeholders; grow each list by repeating its items `factor` times. */
function fill(source, factor) {
  const filled = source
    .replace(/\[Feature Name\]/g, 'Offline Sync')
    .replace(/\[Low\/Medium\/High\]/g, 'Medium')
    .replace(/\[Date\]/g, '2026-10-14')
    .replace(/\[[^\]\n]*\]/g, () => sentence(2 + Math.floor(random() * 6)))
  return filled
    .split('\n')
    .flatMap((line) => (/^(- |\d+\. )/.test(line) ? Array.from({ length: factor }, () => line) : [line]))
    .join('\n')
}

const breakers = [
  (doc) => doc.replace(/\n## Lessons Learned[\s\S]*?(?=\n## )|\n## Security Implications[\s\S]*?(?=\n## )/, '\n'),
  (doc) => doc.replace('## Bugs Fixed', '## Bug Fixes').replace('### What Worked Well', '### What Workd Well'),
  (doc) => doc.replace('| Root Cause ', '').replace('|------------', ''),
  (doc) => doc.replace(/^(- .*)$/m, '$1 [left from the template]'),
]

rmSync(folder, { recursive: true, force: true })
mkdirSync(folder, { recursive: true })
let bytes = 0
for (let index = 0; index < count; index++) {
  const template = templates[index % templates.length]
  const factor = 1 + Math.floor(random() ** 2 * 12)
  let doc = fill(template.source, factor)
  if (index % 8 === 0) doc = breakers[(index / 8) % breakers.length](doc)
  bytes += Buffer.byteLength(doc)
  writeFileSync(join(folder, `${String(index).padStart(4, '0')}-${template.name}.md`), doc)
}
console.log(`wrote ${count} docs, ${(bytes / 1024 / 1024).toFixed(1)} MiB, to ${folder}`)
