/**
 * The preset through the real remark-cli, as a user runs it: a project
 * folder with a `.remarkrc.json` naming the preset and the packages
 * installed (here: linked to this workspace's node_modules).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completed, runProcess, type Completed } from './support/process.js'

const root = join(import.meta.dirname, '..')
const remarkBin = join(root, 'test', 'node_modules', 'remark-cli', 'cli.js')

async function remark(cwd: string, ...args: string[]): Promise<Completed> {
  const result = await runProcess(process.execPath, [remarkBin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } })
  return completed(result, `remark ${args.join(' ')}`)
}

/** Message lines of vfile-reporter as `place | severity | reason | rule | source`. */
function reportLines(stderr: string): string[] {
  return stderr.split('\n').flatMap((line) => {
    const match = /^\s*(\d+:\d+-\d+:\d+)\s+(warning|error)\s+(.*?)\s+(\S+)\s+(\S+)\s*$/u.exec(line)
    return match ? [match.slice(1).join(' | ')] : []
  })
}

describe('remark-cli with the preset', () => {
  let project: string

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'feature-docs-remark-cli-'))
    symlinkSync(join(root, 'test', 'node_modules'), join(project, 'node_modules'), 'dir')
    writeFileSync(join(project, '.remarkrc.json'), JSON.stringify({ plugins: ['remark-preset-lint-feature-docs'] }))
    copyFileSync(join(root, 'fixtures', 'technical-implementation', 'valid.md'), join(project, 'valid.md'))
    const broken = readFileSync(join(root, 'fixtures', 'technical-implementation', 'valid.md'), 'utf8')
      .replace('## Bugs Fixed', '## Bug Fixes')
      .replace('### Key Commits', '#### Key Commits')
    writeFileSync(join(project, 'broken.md'), broken)
    writeFileSync(join(project, 'silenced.md'), `<!--lint disable required-sections-->\n\n${broken}`)
  })

  afterAll(() => rmSync(project, { recursive: true, force: true }))

  it('passes a valid doc: exit 0, nothing reported', async () => {
    const result = await remark(project, '--frail', '--quiet', '--no-stdout', 'valid.md')
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('fails a broken doc with --frail: exit 1, each message at its place', async () => {
    const result = await remark(project, '--frail', '--quiet', '--no-stdout', '--no-color', 'valid.md', 'broken.md')
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^broken\.md\n/u)
    expect(result.stderr).not.toMatch(/valid\.md/u)
    expect(reportLines(result.stderr)).toEqual([
      '3:1-3:13 | warning | Heading `## Bug Fixes` does not match the template: did you mean `## Bugs Fixed`? | required-sections | remark-lint',
      '35:1-35:17 | warning | Heading `#### Key Commits` is at level 4: the template has `### Key Commits` at level 3 | required-sections | remark-lint',
    ])
    expect(result.stderr).toMatch(/⚠ 2 warnings/u)
  })

  it('honours <!--lint disable required-sections-->', async () => {
    const result = await remark(project, '--frail', '--quiet', '--no-stdout', 'silenced.md')
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('never writes to the files it checks', async () => {
    const before = readFileSync(join(project, 'broken.md'))
    await remark(project, '--frail', '--quiet', '--no-stdout', 'broken.md')
    expect(readFileSync(join(project, 'broken.md'))).toEqual(before)
  })
})
