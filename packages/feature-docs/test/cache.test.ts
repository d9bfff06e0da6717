/**
 * `--cache`: a file whose doc, templates, configuration, options and our
 * version are unchanged is not checked again, its messages come from the
 * cache file; a change to any of them checks exactly the files it can
 * change. Whether a result came from the cache is seen by marking every
 * stored result with a message no rule writes: a file that shows it was
 * not checked again.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { featureDocs, fixture, packageRoot, project, removeScratch } from './support/cli.js'

afterAll(removeScratch)

const preset = 'remark-preset-lint-feature-docs'
const plan = '# Plan: [Feature Name]\n\n## Goals\n\n[Goals]\n\n## Risks\n\n[Risks]\n'

/** Mark every result in the cache file, so a result taken from it shows. */
function markCache(path: string): void {
  const cache = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, { result: { messages: Record<string, unknown>[] } }> }
  for (const entry of Object.values(cache.entries)) {
    entry.result.messages.push({ reason: 'from the cache', line: 1, column: 1, ruleId: 'cache-probe', source: 'test', fatal: false })
  }
  writeFileSync(path, JSON.stringify(cache))
}

/** The files whose results came from the cache, and every file's rule ids. */
async function run(folder: string, args: string[] = []): Promise<{ cached: string[]; rules: Record<string, string[]> }> {
  const result = await featureDocs(folder, ['--cache', '--format', 'json', ...args, 'docs'])
  expect(result.code, result.stderr).toBeLessThanOrEqual(1)
  const files = JSON.parse(result.stdout) as { path: string; messages: { ruleId: string }[] }[]
  return {
    cached: files.filter((file) => file.messages.some((message) => message.ruleId === 'cache-probe')).map((file) => file.path),
    rules: Object.fromEntries(files.map((file) => [file.path, file.messages.map((message) => message.ruleId).filter((id) => id !== 'cache-probe')])),
  }
}

function setup(): string {
  return project(
    {
      '.remarkrc.json': JSON.stringify({ plugins: [[preset, { templates: { plan: 'templates/plan.md' } }]] }),
      'templates/plan.md': plan,
      'docs/plan.md': '# Plan: Search\n\n## Goals\n\nFind things.\n',
      'docs/misspelled.md': fixture('technical-implementation/misspelled.md'),
      'docs/by-path.md': '---\ntemplate: ../other/plan.md\n---\n\n# Plan: Sync\n\n## Goals\n\nSync.\n',
      'other/plan.md': plan,
    },
    { nodeModules: true },
  )
}

const all = ['docs/by-path.md', 'docs/misspelled.md', 'docs/plan.md']

describe('--cache', () => {
  it('a second run gives the same report, every result from the cache', async () => {
    const folder = setup()
    const first = await featureDocs(folder, ['--cache', '--format', 'json', 'docs'])
    const second = await featureDocs(folder, ['--cache', '--format', 'json', 'docs'])
    expect(second).toEqual(first)
    expect(JSON.parse(first.stdout)).toMatchObject([
      { path: 'docs/by-path.md', messages: [{ ruleId: 'required-sections' }] },
      { path: 'docs/misspelled.md', messages: [{ ruleId: 'required-sections' }, { ruleId: 'required-sections' }] },
      { path: 'docs/plan.md', messages: [{ ruleId: 'required-sections' }] },
    ])
    markCache(join(folder, '.feature-docs-cache'))
    expect((await run(folder)).cached).toEqual(all)
  })

  it.each([
    ['the doc changes: that doc only', (folder: string) => writeFileSync(join(folder, 'docs/plan.md'), '# Plan: Search\n\n## Goals\n\nFind.\n\n## Risks\n\nFew.\n'), ['docs/by-path.md', 'docs/misspelled.md']],
    ['a template the configuration names changes: every doc under that configuration', (folder: string) => writeFileSync(join(folder, 'templates/plan.md'), `${plan}\n## Costs\n\n[Costs]\n`), []],
    ['the template a doc names in front matter changes: that doc only', (folder: string) => writeFileSync(join(folder, 'other/plan.md'), `${plan}\n## Costs\n\n[Costs]\n`), ['docs/misspelled.md', 'docs/plan.md']],
    ['the configuration changes: every doc under it', (folder: string) => writeFileSync(join(folder, '.remarkrc.json'), JSON.stringify({ plugins: [[preset, { templates: { plan: 'templates/plan.md' }, 'no-placeholders': false }]] })), []],
    ['an unrelated file changes: nothing', (folder: string) => writeFileSync(join(folder, 'notes.txt'), 'hello\n'), all],
  ])('%s', async (_, change, stillCached) => {
    const folder = setup()
    await run(folder)
    markCache(join(folder, '.feature-docs-cache'))
    change(folder)
    expect((await run(folder)).cached).toEqual(stillCached)
  })

  it('another --template or --no-config checks every doc again; --cache-location keeps another file', async () => {
    const folder = setup()
    await run(folder)
    markCache(join(folder, '.feature-docs-cache'))
    expect((await run(folder, ['--template', 'plan'])).cached).toEqual([])
    expect((await run(folder, ['--no-config'])).cached).toEqual([])
    await run(folder, ['--cache-location', 'elsewhere/results.json'])
    markCache(join(folder, 'elsewhere/results.json'))
    expect((await run(folder, ['--cache-location', 'elsewhere/results.json'])).cached).toEqual(all)
  })

  it('the key holds our version: another version reads nothing of this one', async () => {
    const { ResultCache } = (await import(pathToFileURL(join(packageRoot, 'dist', 'lint', 'cache.js')).href)) as typeof import('../src/lint/cache.js')
    const folder = setup()
    const settings = { cwd: folder, location: '.feature-docs-cache', optionsKey: '[]', detectConfig: true, rcPath: undefined, builtins: {}, forcedTemplate: undefined }
    const one = (await ResultCache.open({ ...settings, version: '1.0.0' })).keyFor('docs/plan.md')
    const two = (await ResultCache.open({ ...settings, version: '1.0.1' })).keyFor('docs/plan.md')
    expect(one).toMatch(/^[0-9a-f]{64}$/u)
    expect(two).not.toBe(one)
  })

  it('a cache file that is not ours, or broken, is replaced; --cache with --fix is exit 2', async () => {
    const folder = setup()
    writeFileSync(join(folder, '.feature-docs-cache'), '{"not": "ours"')
    expect((await run(folder)).cached).toEqual([])
    markCache(join(folder, '.feature-docs-cache'))
    expect((await run(folder)).cached).toEqual(all)
    expect(await featureDocs(folder, ['--cache', '--fix', 'docs'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: `--cache` and `--fix` cannot both be given: the cache keeps the results of plain checks of files\n',
    })
  })
})
