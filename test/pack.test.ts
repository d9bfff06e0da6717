/**
 * The packages as npm users get them: each packed as it would be published
 * (`pnpm pack`, which writes `workspace:*` as the version), its tarball's
 * contents and manifest checked, then all installed with plain npm in an
 * empty folder together with remark-cli (from the registry), and run as
 * the readmes say: the preset from a `.remarkrc.json`, one rule alone, the
 * command line. Needs the npm registry (CI has it).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completed, runProcess } from './support/process.js'
import { removeScratch, scratch } from './support/scratch.js'

const root = join(import.meta.dirname, '..')
const packages = readdirSync(join(root, 'packages')).sort()
const pnpm = ['-y', 'pnpm@10.34.9']
const license = readFileSync(join(root, 'LICENSE'), 'utf8')

afterAll(removeScratch)

async function must(command: string, args: string[], cwd: string): Promise<string> {
  const result = completed(await runProcess(command, args, { cwd }), `${command} ${args.join(' ')}`)
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.code}:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

interface Packed {
  name: string
  version: string
  tarball: string
  files: string[]
  manifest: Record<string, any>
}

describe('packed and installed with npm', () => {
  const packed = new Map<string, Packed>()
  let user: string

  beforeAll(async () => {
    const tarballs = scratch('tarballs')
    for (const dir of packages) {
      const output = await must('npx', [...pnpm, 'pack', '--json', '--pack-destination', tarballs], join(root, 'packages', dir))
      const info = JSON.parse(output) as { name: string; version: string; filename: string; files: { path: string }[] }
      const unpacked = scratch('unpacked')
      await must('tar', ['-xzf', info.filename, '-C', unpacked], tarballs)
      packed.set(dir, {
        name: info.name,
        version: info.version,
        tarball: info.filename,
        files: info.files.map((file) => file.path).sort(),
        manifest: JSON.parse(readFileSync(join(unpacked, 'package', 'package.json'), 'utf8')),
      })
    }
    user = scratch('npm-user')
    writeFileSync(join(user, 'package.json'), JSON.stringify({ name: 'docs-project', private: true, type: 'module' }))
    await must('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...[...packed.values()].map((entry) => entry.tarball), 'remark-cli@12'], user)
    mkdirSync(join(user, 'docs'))
    mkdirSync(join(user, 'templates'))
    writeFileSync(join(user, 'templates', 'plan.md'), '# Plan - [Project]\n\n## Goals\n\n## Design\n')
    writeFileSync(join(user, 'docs', 'search.md'), '# Plan - Search\n\n## Goals\n\nFast search.\n\n## Desing\n\nAn index.\n')
  }, 600_000)

  it('every tarball has the readme, the license, and a manifest fit to publish', () => {
    for (const [dir, entry] of packed) {
      expect(entry.files, dir).toContain('LICENSE')
      expect(entry.files, dir).toContain('readme.md')
      expect(entry.files.some((file) => file.startsWith('dist/') && file.endsWith('index.d.ts')), dir).toBe(true)
      expect(entry.files.filter((file) => /\.test\.|tsbuildinfo|\/src\//u.test(file)), dir).toEqual([])
      const manifest = entry.manifest
      expect(manifest.license).toBe('MIT')
      expect(manifest.repository).toEqual({ type: 'git', url: 'git+https://github.com/feature-docs/feature-docs.git', directory: `packages/${dir}` })
      expect(manifest.bugs).toBe('https://github.com/feature-docs/feature-docs/issues')
      expect(manifest.homepage).toBe(`https://github.com/feature-docs/feature-docs/tree/main/packages/${dir}#readme`)
      expect(manifest.engines).toEqual({ node: '>=20' })
      expect(manifest.types).toBe('./dist/index.d.ts')
      expect(manifest.sideEffects === false || Array.isArray(manifest.sideEffects), dir).toBe(true)
      if (dir.startsWith('remark-lint-')) expect(manifest.keywords).toEqual(expect.arrayContaining(['remark', 'remark-lint', 'remark-lint-rule', 'lint', 'rule']))
      // pnpm wrote the workspace versions: npm can install it.
      expect(JSON.stringify(manifest.dependencies ?? {})).not.toMatch(/workspace:/u)
    }
    expect(readFileSync(join(root, 'packages', 'doc-template', 'LICENSE'), 'utf8')).toBe(license)
  })

  it('all packages share one version, and the template model is scoped (its bare name is taken on npm)', () => {
    const versions = new Set([...packed.values()].map((entry) => entry.version))
    expect(versions.size).toBe(1)
    expect(packed.get('doc-template')!.name).toBe('@feature-docs/doc-template')
  })

  it('runs the preset from a .remarkrc.json through remark-cli', async () => {
    writeFileSync(join(user, '.remarkrc.json'), JSON.stringify({ plugins: [['remark-preset-lint-feature-docs', { templates: { plan: './templates/plan.md' }, files: { 'docs/*.md': 'plan' } }]] }))
    const result = completed(await runProcess(process.execPath, ['node_modules/remark-cli/cli.js', '--frail', '--no-stdout', '--no-color', 'docs'], { cwd: user }), 'remark')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('docs/search.md')
    expect(result.stderr).toMatch(/7:1-7:10\s+warning\s+Heading `## Desing` does not match the template: did you mean `## Design`\?\s+required-sections\s+remark-lint/u)
  })

  it('runs one rule alone from a .remarkrc.json', async () => {
    writeFileSync(join(user, '.remarkrc.json'), JSON.stringify({ plugins: [['remark-lint-required-sections', { template: './templates/plan.md' }]] }))
    const result = completed(await runProcess(process.execPath, ['node_modules/remark-cli/cli.js', '--frail', '--no-stdout', '--no-color', 'docs'], { cwd: user }), 'remark')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/7:1-7:10\s+warning\s+Heading `## Desing` does not match the template: did you mean `## Design`\?\s+required-sections\s+remark-lint/u)
    expect(result.stderr).toMatch(/1 warning/u)
  })

  it('runs the command line, and fixes the doc', async () => {
    const bin = join(user, 'node_modules', '.bin', 'feature-docs')
    const check = completed(await runProcess(bin, ['--no-color', 'docs'], { cwd: user }), 'feature-docs')
    expect(check.code).toBe(1)
    expect(check.stderr).toMatch(/Heading `## Desing` does not match the template/u)
    const fix = completed(await runProcess(bin, ['--no-color', '--fix', 'docs'], { cwd: user }), 'feature-docs --fix')
    expect(fix.stderr).toMatch(/^docs\/search\.md: written$/mu)
    expect(readFileSync(join(user, 'docs', 'search.md'), 'utf8')).toBe('# Plan - Search\n\n## Goals\n\nFast search.\n\n## Design\n\nAn index.\n')
  })
})
