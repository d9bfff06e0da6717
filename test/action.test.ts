/**
 * The GitHub Action (action.yml) as the runner runs it: each `run` step in
 * bash (`bash --noprofile --norc -eo pipefail`, GitHub's default), with its
 * `env` evaluated from the inputs (defaults from action.yml), the
 * `GITHUB_*` files (`GITHUB_STEP_SUMMARY`, `GITHUB_OUTPUT`) real files,
 * and workflow commands read off stdout. `uses:` steps (setup-node) are
 * the runner's, not ours. action.yml and the README's workflows are
 * validated with action-validator.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Code } from 'mdast'
import { parseMarkdown } from '@feature-docs/doc-template'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { completed, runProcess, type Completed } from './support/process.js'
import { removeScratch, scratch } from './support/scratch.js'

const root = join(import.meta.dirname, '..')
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
  runs: { using: string; steps: Array<{ run?: string; uses?: string; shell?: string; env?: Record<string, string> }> }
}
const fixtures = join(root, 'fixtures')
const cli = join(root, 'packages', 'feature-docs', 'bundle', 'feature-docs.mjs')

afterAll(removeScratch)

interface StepRun extends Completed {
  summary: string
  output: string
}

/** Run the action's steps with these inputs in `workspace`, as the runner would. */
async function runAction(workspace: string, inputs: Record<string, string> = {}): Promise<StepRun> {
  const files = scratch('runner')
  const summary = join(files, 'step-summary.md')
  const output = join(files, 'output')
  writeFileSync(summary, '# Earlier step\n\n')
  writeFileSync(output, '')
  const values = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, inputs[name] ?? input.default ?? '']))
  const evaluate = (text: string) => text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/gu, (_, name: string) => values[name] ?? '')
  let last: Completed = { code: 0, stdout: '', stderr: '' }
  for (const step of action.runs.steps) {
    if (step.run === undefined) continue
    expect(step.shell).toBe('bash')
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NO_COLOR: '1',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: root,
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluate(String(value))])),
    }
    last = completed(await runProcess('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd: workspace, env }), 'the action step')
    if (last.code !== 0) break
  }
  return { ...last, summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8') }
}

/** The command line itself, for what the action must print the same. */
async function featureDocs(workspace: string, args: string[]): Promise<Completed> {
  return completed(await runProcess(process.execPath, [cli, '--no-color', ...args], { cwd: workspace, env: { ...process.env, NO_COLOR: '1' } }), 'feature-docs')
}

describe('the action', () => {
  let workspace: string

  beforeAll(() => {
    workspace = scratch('workspace')
    writeFileSync(join(workspace, 'README.md'), '# Project\n')
    for (const name of ['misspelled.md', 'valid.md']) {
      const text = readFileSync(join(fixtures, 'technical-implementation', name), 'utf8')
      writeFileSync(join(workspace, name === 'valid.md' ? 'sync.md' : 'broken.md'), text)
    }
  })

  it('annotates, adds the summary after what earlier steps wrote, sets the outputs, and fails on a warning', async () => {
    const run = await runAction(workspace)
    expect(run.code).toBe(1)
    const github = await featureDocs(workspace, ['--format', 'github', '.'])
    expect(run.stdout).toBe(github.stdout)
    expect(run.stdout.split('\n')[0]).toBe(
      '::error file=broken.md,line=3,col=1,endLine=3,endColumn=13,title=required-sections::Heading `## Bug Fixes` does not match the template: did you mean `## Bugs Fixed`?',
    )
    const markdown = await featureDocs(workspace, ['--format', 'markdown', '.'])
    expect(run.summary).toBe(`# Earlier step\n\n${markdown.stdout}`)
    expect(run.output).toBe('errors=0\nwarnings=2\n')
  })

  it('with fail-on: error, warnings annotate but do not fail the step', async () => {
    const run = await runAction(workspace, { 'fail-on': 'error' })
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(2)
    expect(run.output).toBe('errors=0\nwarnings=2\n')
  })

  it('checks the paths given, against the template given, and writes SARIF where asked', async () => {
    const run = await runAction(workspace, { paths: 'sync.md\nbroken.md', template: 'technical-implementation', sarif: 'reports/feature-docs.sarif' })
    expect(run.code).toBe(1)
    const sarif = JSON.parse(readFileSync(join(workspace, 'reports', 'feature-docs.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> }
    expect(sarif.runs[0]!.results).toHaveLength(2)
    const clean = await runAction(workspace, { paths: 'sync.md' })
    expect([clean.code, clean.stdout, clean.output]).toEqual([0, '', 'errors=0\nwarnings=0\n'])
  })

  it('refuses a fail-on it does not know, with an annotation', async () => {
    const run = await runAction(workspace, { 'fail-on': 'never' })
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('::error title=feature-docs::Input fail-on must be `warning` or `error`, not `never`\n')
  })
})

describe('validated with action-validator', () => {
  const validator = join(root, 'test', 'node_modules', '@action-validator', 'cli', 'cli.mjs')

  it('action.yml', async () => {
    const result = completed(await runProcess(process.execPath, [validator, join(root, 'action.yml')], { cwd: root }), 'action-validator')
    expect([result.code, result.stdout]).toEqual([0, ''])
  })

  it("the READMEs' workflows (the repository's and the command line's)", async () => {
    const readme = ['README.md', 'packages/feature-docs/readme.md'].map((path) => readFileSync(join(root, path), 'utf8')).join('\n\n')
    const workflows = parseMarkdown(readme)
      .children.filter((node): node is Code => node.type === 'code' && node.lang === 'yaml' && /^jobs:/mu.test(node.value))
      .map((node) => node.value)
    expect(workflows.length).toBeGreaterThanOrEqual(2)
    const folder = scratch('workflows')
    for (const [index, workflow] of workflows.entries()) {
      const path = join(folder, `workflow-${index}.yml`)
      writeFileSync(path, workflow)
      const result = completed(await runProcess(process.execPath, [validator, path], { cwd: folder }), 'action-validator')
      expect([index, result.code, result.stdout]).toEqual([index, 0, ''])
    }
  })
})
