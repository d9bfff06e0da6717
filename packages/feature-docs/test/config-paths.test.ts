/**
 * Template paths in a configuration file are relative to that file's
 * folder (`templates`, `template`, and `files` globs and targets), as
 * ESLint's and markdownlint-cli2's are; `template:` in a doc's front
 * matter, relative to the doc. The same answer from the repository root,
 * from the configuration's folder, from a folder below it, and from an
 * unrelated folder with absolute paths; on the fast path and through the
 * engine; with `--rc-path`; and through the real remark-cli, where the
 * rules find the configuration's folder themselves.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { featureDocs, project, remarkCli, removeScratch, runNode, scratch } from './support/cli.js'

afterAll(removeScratch)

const preset = 'remark-preset-lint-feature-docs'
const plan = '# Plan: [Feature Name]\n\n## Goals\n\n[Goals]\n\n## Risks\n\n[Risks]\n'
const rollout = '# Rollout: [Feature Name]\n\n## Steps\n\n[Steps]\n\n## Owners\n\n[Owners]\n'

interface Reported {
  path: string
  messages: { line: number; column: number; endLine: number; endColumn: number; ruleId: string; reason: string }[]
}

function reported(stdout: string): Reported[] {
  return (JSON.parse(stdout) as Reported[]).map(({ path, messages }) => ({
    path,
    messages: messages.map(({ line, column, endLine, endColumn, ruleId, reason }) => ({ line, column, endLine, endColumn, ruleId, reason })),
  }))
}

describe('a nested configuration with relative template paths', () => {
  let root: string

  beforeAll(() => {
    root = project(
      {
        // The repository root has no configuration; the team's folder does.
        'team/.remarkrc.json': JSON.stringify({
          plugins: [[preset, { templates: { plan: 'templates/plan.md' }, files: { 'docs/rollouts/*.md': 'templates/rollout.md' } }]],
        }),
        'team/templates/plan.md': plan,
        'team/templates/rollout.md': rollout,
        // By title: `plan` is known by name from the configuration.
        'team/docs/search.md': '# Plan: Search\n\n## Goals\n\nFind things.\n',
        // By the `files` glob, relative to team/.
        'team/docs/rollouts/search.md': '# Rollout: Search\n\n## Steps\n\nShip it.\n',
        // By front matter, relative to the doc.
        'team/docs/sub/by-front-matter.md': '---\ntemplate: ../../templates/rollout.md\n---\n\n# Rollout: Sync\n\n## Steps\n\nShip it.\n',
      },
      { nodeModules: true },
    )
    mkdirSync(join(root, 'team', 'node_modules'))
  })

  const expected: Reported[] = [
    {
      path: 'docs/rollouts/search.md',
      messages: [{ line: 1, column: 1, endLine: 1, endColumn: 18, ruleId: 'required-sections', reason: 'Missing section `## Owners`: the template expects it after `## Steps`' }],
    },
    {
      path: 'docs/search.md',
      messages: [{ line: 1, column: 1, endLine: 1, endColumn: 15, ruleId: 'required-sections', reason: 'Missing section `## Risks`: the template expects it after `## Goals`' }],
    },
    {
      path: 'docs/sub/by-front-matter.md',
      messages: [{ line: 5, column: 1, endLine: 5, endColumn: 16, ruleId: 'required-sections', reason: 'Missing section `## Owners`: the template expects it after `## Steps`' }],
    },
  ]
  const docs = expected.map((file) => file.path)
  /** The expected report with paths as a run from `prefix` names them. */
  const from = (prefix: (path: string) => string) => expected.map((file) => ({ ...file, path: prefix(file.path) }))

  it('run from the repository root, on the folder and on each file', async () => {
    const folder = await featureDocs(root, ['--format', 'json', 'team/docs'])
    expect(folder.stderr).toBe('')
    expect(reported(folder.stdout)).toEqual(from((path) => `team/${path}`))
    const files = await featureDocs(root, ['--format', 'json', ...docs.map((path) => `team/${path}`)])
    expect(reported(files.stdout)).toEqual(from((path) => `team/${path}`))
  })

  it("run from the configuration's folder and from a folder below it", async () => {
    expect(reported((await featureDocs(join(root, 'team'), ['--format', 'json', ...docs])).stdout)).toEqual(expected)
    const below = await featureDocs(join(root, 'team', 'docs'), ['--format', 'json', '.'])
    expect(reported(below.stdout)).toEqual(from((path) => path.replace(/^docs\//u, '')))
  })

  it('run from an unrelated folder, with absolute paths', async () => {
    const elsewhere = scratch('elsewhere')
    const result = await featureDocs(elsewhere, ['--format', 'json', ...docs.map((path) => join(root, 'team', path))])
    expect(reported(result.stdout).map((file) => file.messages)).toEqual(expected.map((file) => file.messages))
  })

  it('the fast path (one JSON configuration naming only the preset) answers as the engine does', async () => {
    for (const cwd of [root, join(root, 'team', 'docs')]) {
      const args = cwd === root ? ['team/docs/search.md', 'team/docs/rollouts/search.md'] : ['search.md', 'rollouts/search.md']
      const fast = await featureDocs(cwd, args)
      expect(fast.code).toBe(1)
      expect(await featureDocs(cwd, args, { env: { FEATURE_DOCS_NO_FAST_PATH: '1' } })).toEqual(fast)
    }
  })

  it('the real remark-cli with the preset, run from the root, reads the same paths (the rules anchor them themselves)', async () => {
    const result = await runNode(remarkCli, root, ['--no-stdout', '--no-color', 'team/docs/search.md'])
    expect(result.stderr).toContain('1:1-1:15 warning Missing section `## Risks`: the template expects it after `## Goals` required-sections remark-lint')
  })

  it('`templates` lists the configuration\'s names with paths from its folder, from a folder below it', async () => {
    const result = await featureDocs(join(root, 'team', 'docs'), ['templates'])
    expect(result.code).toBe(0)
    // Outside the working folder, paths are shown whole.
    const line = result.stdout.split('\n').find((each) => each.startsWith('plan '))
    expect(line?.split(/ {2,}/u)).toEqual(['plan', join(root, 'team', '.remarkrc.json'), join(root, 'team', 'templates', 'plan.md')])
  })
})

describe('--rc-path: paths relative to the named configuration', () => {
  it('a configuration in another folder', async () => {
    const root = project(
      {
        'config/lint.json': JSON.stringify({ plugins: [[preset, { template: 'templates/plan.md' }]] }),
        'config/templates/plan.md': plan,
        'docs/search.md': '# Plan: Search\n\n## Goals\n\nFind things.\n',
      },
      { nodeModules: true },
    )
    mkdirSync(join(root, 'config', 'node_modules'))
    const result = await featureDocs(join(root, 'docs'), ['--format', 'json', '--rc-path', '../config/lint.json', 'search.md'])
    expect(reported(result.stdout)).toEqual([
      {
        path: 'search.md',
        messages: [{ line: 1, column: 1, endLine: 1, endColumn: 15, ruleId: 'required-sections', reason: 'Missing section `## Risks`: the template expects it after `## Goals`' }],
      },
    ])
  })

  it('a template path that does not exist is named from the configuration\'s folder, once, exit 2', async () => {
    const root = project(
      { 'config/lint.json': JSON.stringify({ plugins: [[preset, { template: 'templates/nope.md' }]] }), 'docs/search.md': '# Plan: Search\n' },
      { nodeModules: true },
    )
    expect(await featureDocs(root, ['--rc-path', 'config/lint.json', 'docs/search.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `feature-docs: config/lint.json: Cannot read template \`${join(root, 'config', 'templates', 'nope.md')}\`: no such file\n`,
    })
  })
})
