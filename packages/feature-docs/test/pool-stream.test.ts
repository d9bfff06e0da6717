/**
 * The pool gives each file on as soon as it and every file before it are
 * checked, so the report is written, and the results dropped, as the run
 * goes (`checkInPool` in `dist/`: its workers are the built ones). A
 * plugin in the workers holds the last doc until the test has had the
 * first one, and then leaves a mark: a pool that waited for every batch
 * would hand over nothing until that hold ran out (20 s), and the test
 * would find the mark already there. The listing that comes first reads
 * no file.
 */
import fs, { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import remarkPresetLintFeatureDocs, { version } from 'remark-preset-lint-feature-docs'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { afterAll, describe, expect, it } from 'vitest'
import { batchSize, checkInPool, listFiles } from '../dist/lint/pool.js'
import type { CheckSettings } from '../dist/lint/engine-run.js'
import { featureDocs, project, removeScratch } from './support/cli.js'
import { loadedAny, tracedFeatureDocs } from './support/loaded-modules.js'

afterAll(removeScratch)

const docCount = batchSize * 2 + 5

// Holds `last.md` until the file `go` exists (or 20 s pass), in a worker thread only, then writes `released`.
const holdPlugin = `import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { isMainThread } from 'node:worker_threads'
export default function hold() {
  return (_tree, file) => {
    if (isMainThread || file.basename !== 'last.md') return
    const pause = new Int32Array(new SharedArrayBuffer(4))
    for (let waited = 0; waited < 20000 && !existsSync(join(file.cwd, 'go')); waited += 10) Atomics.wait(pause, 0, 0, 10)
    writeFileSync(join(file.cwd, 'released'), '')
  }
}
`

function docs(): Record<string, string> {
  const files: Record<string, string> = { 'hold.mjs': holdPlugin }
  for (let index = 0; index < docCount - 1; index++) files[`docs/doc-${String(index).padStart(2, '0')}.md`] = `# Implementation Notes - Feature ${index}\n\n## Overview\n\nText.\n`
  files['docs/zz/last.md'] = '# Implementation Notes - Last\n\n## Overview\n\nText.\n'
  return files
}

function settings(folder: string): CheckSettings {
  return {
    cwd: folder,
    template: undefined,
    detectConfig: true,
    detectIgnore: true,
    rcPath: undefined,
    ignorePath: undefined,
    preset: remarkPresetLintFeatureDocs as Plugin<any[], any>,
    presetVersion: version,
    ignorePatterns: [],
    plugins: { [join(folder, 'hold.mjs')]: undefined },
  }
}

describe('the pool hands files over as they are checked', () => {
  it('the first files come while the last batch is still being checked; all come, in order', async () => {
    const folder = project(docs())
    const paths = Object.keys(docs()).filter((name) => name.endsWith('.md')).sort()
    const seen: string[] = []
    let releasedAtFirst: boolean | undefined
    for await (const file of checkInPool(settings(folder), paths, 2, false)) {
      if (seen.length === 0) {
        releasedAtFirst = existsSync(join(folder, 'released'))
        writeFileSync(join(folder, 'go'), '')
      }
      seen.push(file.path)
    }
    expect(releasedAtFirst).toBe(false)
    expect(existsSync(join(folder, 'released'))).toBe(true)
    expect(seen).toEqual(paths)
  })

  it('a consumer that stops early stops the workers: the loop ends', async () => {
    const folder = project(docs())
    writeFileSync(join(folder, 'go'), '')
    const paths = Object.keys(docs()).filter((name) => name.endsWith('.md')).sort()
    const taken: VFile[] = []
    for await (const file of checkInPool(settings(folder), paths, 2, false)) {
      taken.push(file)
      if (taken.length === 3) break
    }
    expect(taken.map((file) => file.path)).toEqual(paths.slice(0, 3))
  })
})

describe('--cache with the pool', () => {
  it('a first run over enough files for the pool ends (its workers stopped) and stores every result; the second reads them all', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < docCount; index++) files[`docs/doc-${String(index).padStart(2, '0')}.md`] = `# Implementation Notes - Feature ${index}\n\n[Brief description]\n`
    const folder = project(files)
    const first = await featureDocs(folder, ['--cache', '--format', 'json', '--verbose', 'docs'])
    expect(first.code).toBe(1)
    expect(JSON.parse(first.stdout)).toHaveLength(docCount)
    // Every doc changed on disk but not in the cache's eyes would be checked again; unchanged, none is: the pool is not started.
    const traced = await tracedFeatureDocs(folder, ['--cache', '--format', 'json', 'docs'])
    expect(traced.stdout).toBe(first.stdout)
    expect(loadedAny(traced.loaded, 'pool-worker')).toBe(false)
  })
})

describe('workers that fail mid-run', () => {
  // Ends the worker thread it runs in at `stop.md`, in the second batch; harmless in the main thread.
  const stopPlugin = `import { isMainThread } from 'node:worker_threads'
export default function stop() {
  return (_tree, file) => {
    if (!isMainThread && file.basename === 'stop.md') process.exit(3)
  }
}
`

  it('the files not yet handed over are checked in the main thread: the same report as one thread, and --verbose says so', async () => {
    const files: Record<string, string> = { 'stop.mjs': stopPlugin }
    for (let index = 0; index < docCount; index++) files[`docs/doc-${String(index).padStart(2, '0')}.md`] = `# Implementation Notes - Feature ${index}\n\n[Brief description]\n`
    files[`docs/doc-${batchSize + 3}.md`] = ''
    files['docs/doc-30-stop/stop.md'] = '# Implementation Notes - Stop\n'
    const folder = project(files)
    const args = ['--use', './stop.mjs', '--format', 'json', 'docs']
    const one = await featureDocs(folder, ['--concurrency', '1', ...args])
    const two = await featureDocs(folder, ['--concurrency', '2', '--verbose', ...args])
    expect(one.code).toBe(1)
    expect(two.code).toBe(1)
    expect(two.stdout).toBe(one.stdout)
    expect(JSON.parse(two.stdout)).toHaveLength(docCount + 1)
    expect(two.stderr).toContain('feature-docs: the worker threads failed (a worker thread stopped (exit code 3)); checking in the main thread')
  })
})

describe('one thread', () => {
  // Counts the files of each engine run (unified-engine gives a plugin its run's file set), written when the process ends.
  const countPlugin = `import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
const runs = new Map()
process.on('exit', () => writeFileSync(join(process.cwd(), 'runs.json'), JSON.stringify([...runs.values()])))
export default function count(_options, fileSet) {
  runs.set(fileSet, (runs.get(fileSet) ?? 0) + 1)
}
`

  it('checks a folder a batch at a time, as a worker does, so it too never holds the run; the report is the pool\'s', async () => {
    const files: Record<string, string> = { 'count.mjs': countPlugin }
    for (let index = 0; index < docCount; index++) files[`docs/doc-${String(index).padStart(2, '0')}.md`] = `# Implementation Notes - Feature ${index}\n\n[Brief description]\n`
    const folder = project(files)
    const one = await featureDocs(folder, ['--concurrency', '1', '--use', './count.mjs', '--format', 'json', 'docs'])
    expect(one.code).toBe(1)
    const runs = JSON.parse(readFileSync(join(folder, 'runs.json'), 'utf8')) as number[]
    expect(runs).toEqual([batchSize, batchSize, docCount - 2 * batchSize])
    expect((await featureDocs(folder, ['--concurrency', '2', '--use', './count.mjs', '--format', 'json', 'docs'])).stdout).toBe(one.stdout)
  })

  it('--fix keeps one run over every file (it checks them again as it fixes them)', async () => {
    const files: Record<string, string> = { 'count.mjs': countPlugin }
    for (let index = 0; index < docCount; index++) files[`docs/doc-${String(index).padStart(2, '0')}.md`] = `# Implementation Notes - Feature ${index}\n`
    const folder = project(files)
    expect((await featureDocs(folder, ['--fix-dry-run', '--use', './count.mjs', 'docs'])).code).toBe(1)
    expect((JSON.parse(readFileSync(join(folder, 'runs.json'), 'utf8')) as number[])[0]).toBe(docCount)
  })
})

describe('the listing before a pool or batches', () => {
  it('reads no file: only names, in the engine\'s order, the same whether a folder has a configuration or not', async () => {
    const folder = project({
      'docs/a.md': '# A\n',
      'docs/b.markdown': '# B\n',
      'docs/notes.txt': 'not Markdown\n',
      'docs/ignored/c.md': '# C\n',
      'docs/sub/.remarkrc.json': '{"plugins": []}',
      'docs/sub/d.md': '# D\n',
      '.remarkignore': 'docs/ignored\n',
    })
    // unified-engine reads with `fs.readFile` of node:fs's default export.
    const read: string[] = []
    const original = fs.readFile
    fs.readFile = ((path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      read.push(String(path))
      return (original as (...args: unknown[]) => void)(path, ...rest)
    }) as typeof fs.readFile
    let listed: string[]
    try {
      listed = await listFiles({ ...settings(folder), plugins: undefined }, ['docs', 'docs/a.md', 'missing.md'])
    } finally {
      fs.readFile = original
    }
    expect(listed).toEqual(['docs/a.md', 'docs/b.markdown', 'docs/sub/d.md', 'missing.md'])
    // Ignore files and configuration files are looked for; no doc is read.
    expect(read.filter((path) => /\.(md|markdown|txt)$/u.test(path))).toEqual([])
    expect(read.length).toBeGreaterThan(0)
  })
})
