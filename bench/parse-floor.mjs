#!/usr/bin/env node
/**
 * The floor of a cold run on this machine: every Markdown file under the
 * working folder read and parsed with remark-parse and remark-gfm, and
 * nothing else (no engine, no configuration search, no rules, no report),
 * in a pool of worker threads set up as the command line's pool is (one
 * per core, batches of 24 taken off a queue, the same young generation).
 * No linter built on remark's parser can check the files faster than this
 * parses them; `corpus-run.mjs` measures it against remark-cli as F.
 *
 *   node bench/parse-floor.mjs [--threads N] [--young-mb N]
 *
 * Prints the number of files and of mdast nodes (so a broken parse shows).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { extname, join } from 'node:path'
import { Worker, isMainThread, parentPort } from 'node:worker_threads'

const batchSize = 24
const markdown = new Set(['.md', '.markdown', '.mdown', '.mkdn', '.mkd', '.mdwn', '.mkdown', '.ron'])

if (isMainThread) {
  const args = process.argv.slice(2)
  const option = (name, fallback) => {
    const at = args.indexOf(name)
    return at === -1 ? fallback : Number(args[at + 1])
  }
  const threads = option('--threads', availableParallelism())
  const youngMb = option('--young-mb', 128)
  const cwd = process.cwd()
  const files = readdirSync(cwd, { recursive: true })
    .map(String)
    .filter((name) => markdown.has(extname(name)) && !name.split('/').includes('node_modules'))
    .sort()
  const batches = []
  for (let start = 0; start < files.length; start += batchSize) batches.push(files.slice(start, start + batchSize).map((name) => join(cwd, name)))
  let next = 0
  let nodes = 0
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(threads, batches.length)) }, () => {
      const worker = new Worker(new URL(import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: youngMb } })
      return new Promise((resolve, reject) => {
        const give = () => {
          const batch = batches[next++]
          if (batch) worker.postMessage(batch)
          else worker.terminate().then(resolve)
        }
        worker.on('message', (count) => {
          nodes += count
          give()
        })
        worker.once('error', reject)
        give()
      })
    }),
  )
  console.log(`${files.length} files, ${nodes} nodes`)
} else {
  const { unified } = await import('unified')
  const { default: remarkParse } = await import('remark-parse')
  const { default: remarkGfm } = await import('remark-gfm')
  const processor = unified().use(remarkParse).use(remarkGfm).freeze()
  const count = (node) => 1 + (node.children ? node.children.reduce((sum, child) => sum + count(child), 0) : 0)
  parentPort.on('message', (paths) => {
    let nodes = 0
    for (const path of paths) nodes += count(processor.parse(readFileSync(path, 'utf8')))
    parentPort.postMessage(nodes)
  })
}
