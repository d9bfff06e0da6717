/**
 * Both cores and CI matrices: with more than one worker thread
 * (`--concurrency`, default one per core) a run over enough files checks
 * them in a pool of workers, and says the same, byte for byte and in the
 * same order, with the same exit code, as with one (`--concurrency 1`), in
 * every format; `--shard i/n` checks a stable part of the files, the parts
 * together every file once, whatever the order the paths are given in.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { featureDocs, fixture, fixtures, project, removeScratch } from './support/cli.js'
import { loadedAny, tracedFeatureDocs } from './support/loaded-modules.js'
import { poolThreshold } from '../src/lint/pool-threshold.js'

afterAll(removeScratch)

/** The sample docs, many times over, plus files that cannot be checked and a folder whose configuration is broken. */
function manyDocs(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {}
  const samples = ['implementation-notes', 'technical-implementation'].flatMap((kind) =>
    readdirSync(join(fixtures, kind))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `${kind}/${name}`),
  )
  for (let copy = 1; copy <= 2; copy++) for (const sample of samples) files[`docs/set-${copy}/${sample}`] = fixture(sample)
  files['docs/binary.md'] = new Uint8Array([0x23, 0x00, 0x0a])
  files['docs/empty.md'] = ''
  files['docs/broken-config/.remarkrc.json'] = '{"plugins": ['
  files['docs/broken-config/doc.md'] = fixture('technical-implementation/valid.md')
  return files
}

describe('a pool of worker threads answers as one thread does', () => {
  let folder: string

  beforeAll(() => {
    folder = project(manyDocs())
  })

  it('uses the pool: the worker module is loaded', async () => {
    const traced = await tracedFeatureDocs(folder, ['--concurrency', '2', '--format', 'json', 'docs'])
    expect(loadedAny(traced.loaded, 'pool-worker')).toBe(true)
    const single = await tracedFeatureDocs(folder, ['--concurrency', '1', '--format', 'json', 'docs'])
    expect(loadedAny(single.loaded, 'pool-worker')).toBe(false)
    expect(traced.stdout).toBe(single.stdout)
  })

  it.each([['stylish'], ['json'], ['github'], ['sarif'], ['markdown'], ['gitlab'], ['junit']])('%s', async (format) => {
    const one = await featureDocs(folder, ['--concurrency', '1', '--format', format, 'docs'])
    const two = await featureDocs(folder, ['--concurrency', '2', '--format', format, 'docs'])
    // Exit 2: the binary file and the broken configuration, one line each on stderr.
    expect(one.code).toBe(2)
    expect(one.stderr).toContain('docs/broken-config/.remarkrc.json')
    expect(two).toEqual(one)
  })

  it('--concurrency 3, --quiet, and files named one by one in another order', async () => {
    const names = readdirSync(join(folder, 'docs', 'set-2', 'technical-implementation')).map((name) => `docs/set-2/technical-implementation/${name}`)
    const args = ['--quiet', 'docs/set-1', ...names.reverse(), 'docs/binary.md']
    expect(await featureDocs(folder, ['--concurrency', '3', ...args])).toEqual(await featureDocs(folder, ['--concurrency', '1', ...args]))
  })
})

describe('named files, no configuration: the fast path for a few, batches and the pool for many', () => {
  let folder: string
  const named = (count: number) => Array.from({ length: count }, (_, index) => `docs/doc-${String(index).padStart(2, '0')}.md`)

  beforeAll(() => {
    const files: Record<string, string> = {}
    // Every other doc has findings, so the reports have something to order.
    for (const [index, path] of named(poolThreshold).entries()) files[path] = fixture(index % 2 === 0 ? 'technical-implementation/valid.md' : 'technical-implementation/misspelled.md')
    folder = project(files)
  })

  it(`${poolThreshold - 1} named files: the fast path, in this thread, without unified-engine`, async () => {
    const traced = await tracedFeatureDocs(folder, ['--concurrency', '2', '--format', 'json', ...named(poolThreshold - 1)])
    expect(traced.code).toBe(1)
    expect(loadedAny(traced.loaded, 'unified-engine')).toBe(false)
    expect(loadedAny(traced.loaded, 'pool-worker')).toBe(false)
  })

  it(`${poolThreshold} named files: the pool, and the same report as the fast path's engine in one thread`, async () => {
    const paths = named(poolThreshold)
    const pooled = await tracedFeatureDocs(folder, ['--concurrency', '2', '--format', 'json', ...paths])
    expect(loadedAny(pooled.loaded, 'pool-worker')).toBe(true)
    const single = await tracedFeatureDocs(folder, ['--concurrency', '1', '--format', 'json', ...paths])
    // One thread: batches through the engine, not the fast path, which holds every file to the end.
    expect(loadedAny(single.loaded, 'unified-engine')).toBe(true)
    expect(loadedAny(single.loaded, 'pool-worker')).toBe(false)
    expect(pooled.code).toBe(1)
    expect(JSON.parse(pooled.stdout)).toHaveLength(poolThreshold)
    expect({ ...pooled, loaded: [] }).toEqual({ ...single, loaded: [] })
    // The fast path over the same files (a run with fewer, plus the last alone) says the same of each.
    const few = await featureDocs(folder, ['--format', 'json', ...paths.slice(0, -1)])
    const last = await featureDocs(folder, ['--format', 'json', paths.at(-1)!])
    expect([...JSON.parse(few.stdout), ...JSON.parse(last.stdout)]).toEqual(JSON.parse(pooled.stdout))
  })
})

describe('--shard i/n', () => {
  let folder: string

  beforeAll(() => {
    folder = project(manyDocs())
  })

  const paths = (stdout: string) => (JSON.parse(stdout) as { path: string }[]).map((file) => file.path)

  it('the shards are disjoint, together every file, and each the same whatever the order of the paths', async () => {
    const all = paths((await featureDocs(folder, ['--format', 'json', 'docs'])).stdout)
    const shards: string[][] = []
    const counts: [number, number][] = []
    for (let index = 1; index <= 3; index++) {
      const result = await featureDocs(folder, ['--format', 'json', '--shard', `${index}/3`, 'docs'])
      shards.push(paths(result.stdout))
      const reordered = await featureDocs(folder, ['--format', 'json', '--shard', `${index}/3`, 'docs/set-2', 'docs/set-1', 'docs/binary.md', 'docs/empty.md', 'docs/broken-config'])
      expect([...paths(reordered.stdout)].sort()).toEqual([...shards.at(-1)!].sort())
      const said = new RegExp(`^feature-docs: shard ${index}/3: (\\d+) of (\\d+) files\\n`, 'u').exec(result.stderr)
      expect(said, result.stderr).not.toBeNull()
      counts.push([Number(said![1]), Number(said![2])])
    }
    // Every file listed is in one shard: the docs reported, plus the binary file and the one under a broken configuration.
    expect(counts.map(([, of]) => of)).toEqual([all.length + 2, all.length + 2, all.length + 2])
    expect(counts.reduce((sum, [count]) => sum + count, 0)).toBe(all.length + 2)
    expect(shards.flat().sort()).toEqual([...all].sort())
    expect(new Set(shards.flat()).size).toBe(shards.flat().length)
    for (const shard of shards) expect(shard.length).toBeGreaterThan(all.length / 6)
  })

  it('SARIF from a shard has a code scanning category of its own', async () => {
    const result = await featureDocs(folder, ['--format', 'sarif', '--shard', '2/3', 'docs/set-1'])
    const runs = (JSON.parse(result.stdout) as { runs: { automationDetails: { id: string } }[] }).runs
    expect(runs.map((run) => run.automationDetails.id)).toEqual(['feature-docs/shard-2-of-3/'])
  })

  it('1/1 is every file', async () => {
    const all = await featureDocs(folder, ['--format', 'json', '--concurrency', '1', 'docs'])
    const one = await featureDocs(folder, ['--format', 'json', '--shard', '1/1', 'docs'])
    expect(one.stdout).toBe(all.stdout)
  })

  it.each([
    [['--shard', '0/2', 'docs'], 'feature-docs: `--shard` takes i/n, the i-th of n parts, with 1 ≤ i ≤ n (such as 1/4), not `0/2`\n'],
    [['--shard', '3/2', 'docs'], 'feature-docs: `--shard` takes i/n, the i-th of n parts, with 1 ≤ i ≤ n (such as 1/4), not `3/2`\n'],
    [['--shard', 'half', 'docs'], 'feature-docs: `--shard` takes i/n, the i-th of n parts, with 1 ≤ i ≤ n (such as 1/4), not `half`\n'],
    [['--concurrency', '0', 'docs'], 'feature-docs: `--concurrency` takes a number of threads from 1 to 256, not `0`\n'],
    [['--concurrency', 'many', 'docs'], 'feature-docs: `--concurrency` takes a number of threads from 1 to 256, not `many`\n'],
  ])('%j: exit 2, one line', async (args, stderr) => {
    expect(await featureDocs(folder, args)).toEqual({ code: 2, stdout: '', stderr })
  })
})
