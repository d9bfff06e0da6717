/**
 * What a release needs besides the packages themselves (test/pack.test.ts):
 * every readme in remark-lint's shape, and changesets bumping every
 * package to one version, with a CHANGELOG.md entry each and the version
 * constants the bundle carries kept in step (`pnpm version-packages`).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Heading } from 'mdast'
import { parseMarkdown } from '@feature-docs/doc-template'
import { toString } from 'mdast-util-to-string'
import { afterAll, describe, expect, it } from 'vitest'
import { completed, runProcess } from './support/process.js'
import { removeScratch, scratch } from './support/scratch.js'

const root = join(import.meta.dirname, '..')
const packages = readdirSync(join(root, 'packages')).sort()
const shape = ['Contents', 'What is this?', 'When should I use this?', 'Install', 'Use', 'API', 'Examples', 'Compatibility', 'Related', 'Contribute', 'License']

afterAll(removeScratch)

describe("readmes in remark-lint's shape", () => {
  it.each(packages)('%s', (dir) => {
    const tree = parseMarkdown(readFileSync(join(root, 'packages', dir, 'readme.md'), 'utf8'))
    const sections = tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth === 2).map((node) => toString(node))
    // The command line has its own sections (options, formats, exit codes…) between Use and API.
    expect(sections.filter((title) => shape.includes(title))).toEqual(shape)
    if (dir !== 'feature-docs') expect(sections).toEqual(shape)
  })
})

describe('changesets', () => {
  it('bump every package to one version, with a changelog entry each and the version constants in step', async () => {
    const copy = scratch('release')
    for (const path of ['package.json', 'pnpm-workspace.yaml', '.changeset']) cpSync(join(root, path), join(copy, path), { recursive: true })
    for (const dir of packages) {
      mkdirSync(join(copy, 'packages', dir), { recursive: true })
      for (const file of ['package.json', 'CHANGELOG.md']) cpSync(join(root, 'packages', dir, file), join(copy, 'packages', dir, file))
    }
    for (const source of ['packages/feature-docs/src/version.ts', 'packages/remark-preset-lint-feature-docs/src/index.ts']) cpSync(join(root, source), join(copy, source), { recursive: true })
    writeFileSync(join(copy, '.changeset', 'fix.md'), '---\n"remark-lint-required-sections": minor\n---\n\nInsert missing sections with --fix.\n')
    const before = JSON.parse(readFileSync(join(root, 'packages', 'feature-docs', 'package.json'), 'utf8')).version as string
    const [major, minor] = before.split('.').map(Number)
    const next = `${major}.${minor! + 1}.0`

    const version = completed(await runProcess(join(root, 'node_modules', '.bin', 'changeset'), ['version'], { cwd: copy }), 'changeset version')
    expect(version.code).toBe(0)
    const sync = completed(await runProcess(process.execPath, [join(root, 'scripts', 'sync-version.mjs'), copy], { cwd: copy }), 'sync-version')
    expect(sync.code).toBe(0)

    for (const dir of packages) {
      expect(JSON.parse(readFileSync(join(copy, 'packages', dir, 'package.json'), 'utf8')).version, dir).toBe(next)
      expect(readFileSync(join(copy, 'packages', dir, 'CHANGELOG.md'), 'utf8'), dir).toContain(`## ${next}`)
    }
    expect(readFileSync(join(copy, 'packages', 'remark-lint-required-sections', 'CHANGELOG.md'), 'utf8')).toContain('- Insert missing sections with --fix.')
    expect(readFileSync(join(copy, 'packages', 'feature-docs', 'src', 'version.ts'), 'utf8')).toContain(`export const version = '${next}'`)
    expect(readFileSync(join(copy, 'packages', 'remark-preset-lint-feature-docs', 'src', 'index.ts'), 'utf8')).toContain(`export const version = '${next}'`)
  }, 120_000)
})
