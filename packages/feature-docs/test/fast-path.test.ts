/**
 * Loading only what a run needs, and the fast path (named files checked
 * without unified-engine when no configuration or ignore file applies):
 * which modules each kind of run loads, and that the fast path's output and
 * exit code are the engine's, byte for byte, over the same inputs.
 */
import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { featureDocs, fixture, project, removeScratch } from './support/cli.js'
import { loadedAny, tracedFeatureDocs } from './support/loaded-modules.js'

afterAll(removeScratch)

const engine = { FEATURE_DOCS_NO_FAST_PATH: '1' }
const repository = join(import.meta.dirname, '..', '..', '..')

describe('what a run loads', () => {
  let folder: string

  beforeAll(() => {
    folder = project({ 'doc.md': fixture('technical-implementation/misspelled.md'), 'docs/valid.md': fixture('technical-implementation/valid.md') })
  })

  it('one named file, no configuration: the fast path, without unified-engine, chokidar, SARIF or the language server', async () => {
    const result = await tracedFeatureDocs(folder, ['doc.md'])
    expect(result.code).toBe(1)
    expect(loadedAny(result.loaded, 'remark-preset-lint-feature-docs')).toBe(true)
    for (const unwanted of ['unified-engine', 'chokidar', 'sarif-report', 'language-server', 'unified-language-server', 'new-doc', 'list-templates']) {
      expect(loadedAny(result.loaded, unwanted), unwanted).toBe(false)
    }
  })

  it('a folder: unified-engine, still no chokidar, SARIF writer or language server', async () => {
    const result = await tracedFeatureDocs(folder, ['docs'])
    expect(result.code).toBe(0)
    expect(loadedAny(result.loaded, 'unified-engine')).toBe(true)
    for (const unwanted of ['chokidar', 'sarif-report', 'language-server']) expect(loadedAny(result.loaded, unwanted), unwanted).toBe(false)
  })

  it('--format sarif loads the SARIF writer; --help loads no remark at all', async () => {
    expect(loadedAny((await tracedFeatureDocs(folder, ['--format', 'sarif', 'doc.md'])).loaded, 'sarif-report')).toBe(true)
    const help = await tracedFeatureDocs(folder, ['--help'])
    expect(help.code).toBe(0)
    expect(help.loaded.filter((url) => url.includes('node_modules'))).toEqual([])
  })

  it('a configuration file or an ignore file applies: the engine runs', async () => {
    const withConfig = project({ 'package.json': JSON.stringify({ remarkConfig: { plugins: [] } }), 'doc.md': '# Doc\n' })
    expect(loadedAny((await tracedFeatureDocs(withConfig, ['doc.md'])).loaded, 'unified-engine')).toBe(true)
    const withYaml = project({ '.remarkrc.yml': 'plugins:\n  - remark-preset-lint-feature-docs\n', 'doc.md': '# Doc\n' })
    expect(loadedAny((await tracedFeatureDocs(withYaml, ['doc.md'])).loaded, 'unified-engine')).toBe(true)
    const withOtherPlugin = project({
      '.remarkrc.json': JSON.stringify({ plugins: ['remark-preset-lint-feature-docs', 'remark-lint'] }),
      'doc.md': '# Doc\n',
    })
    expect(loadedAny((await tracedFeatureDocs(withOtherPlugin, ['doc.md'])).loaded, 'unified-engine')).toBe(true)
    const withIgnore = project({ 'sub/.remarkignore': 'other.md\n', 'sub/doc.md': '# Doc\n' })
    expect(loadedAny((await tracedFeatureDocs(withIgnore, ['sub/doc.md'])).loaded, 'unified-engine')).toBe(true)
    // A package.json without `remarkConfig` is no configuration.
    const plainManifest = project({ 'package.json': JSON.stringify({ name: 'docs' }), 'doc.md': '# Doc\n' })
    expect(loadedAny((await tracedFeatureDocs(plainManifest, ['doc.md'])).loaded, 'unified-engine')).toBe(false)
  })
})

describe('the fast path answers as unified-engine does', () => {
  let folder: string

  beforeAll(() => {
    folder = project({
      'work/package.json': JSON.stringify({ name: 'not-configuration' }),
      'work/b-misspelled.md': fixture('technical-implementation/misspelled.md'),
      'work/a-valid.md': fixture('implementation-notes/valid.md'),
      'work/placeholders.md': fixture('implementation-notes/placeholders.md'),
      'work/table.md': fixture('technical-implementation/table-columns.md'),
      'work/empty.md': '',
      'work/binary.md': new Uint8Array([0x23, 0x00, 0x0a]),
      'work/crlf.md': fixture('technical-implementation/wrong-level.md').replaceAll('\n', '\r\n'),
      'elsewhere/outside.md': fixture('implementation-notes/title-typo.md'),
      'work/report.mjs': 'export default function (files, options) { return files.map((file) => `${file.path} ${file.messages.length} ${JSON.stringify(options)}`).join("\\n") }\n',
    })
  })

  const cases: [string, string[]][] = [
    ['stylish, files in another order than given', ['b-misspelled.md', 'a-valid.md', 'table.md', 'crlf.md']],
    ['--quiet', ['--quiet', 'a-valid.md', 'placeholders.md']],
    ['--silent', ['--silent', 'placeholders.md']],
    ['--color', ['--color', 'table.md']],
    ['json', ['--format', 'json', 'table.md', 'a-valid.md', 'empty.md']],
    ['github', ['--format', 'github', 'placeholders.md', 'b-misspelled.md']],
    ['sarif', ['--format', 'sarif', 'placeholders.md', 'table.md']],
    ['--template', ['--template', 'technical-implementation', 'a-valid.md', 'empty.md']],
    ['binary, empty and missing files', ['binary.md', 'empty.md', 'missing.md']],
    ['a file outside the working folder', ['../elsewhere/outside.md', 'a-valid.md']],
    // Every other option the fast path takes (the rest send the run to the engine):
    ['-f, --frail', ['--frail', 'b-misspelled.md']],
    ['--silently-ignore, --config, --ignore', ['--silently-ignore', '--config', '--ignore', 'placeholders.md']],
    ['--no-config, --no-ignore, --no-color', ['--no-config', '--no-ignore', '--no-color', 'table.md']],
    ['-e, --ext (folders only: named files are checked whatever their extension)', ['-e', 'txt', 'b-misspelled.md']],
    ['--verbose', ['--verbose', 'b-misspelled.md', 'binary.md']],
    ['--report', ['--report', './report.mjs=pretty:true', 'b-misspelled.md', 'a-valid.md']],
    ['--max-file-size', ['--max-file-size', '1MB', 'table.md']],
    ['--fix-dry-run', ['--fix-dry-run', 'b-misspelled.md', 'table.md']],
    ['--format markdown, gitlab, junit', ['--format', 'junit', 'placeholders.md']],
  ]

  it.each(cases)('%s', async (_, args) => {
    const cwd = join(folder, 'work')
    const fast = await tracedFeatureDocs(cwd, args)
    const slow = await featureDocs(cwd, args, { env: engine })
    // The missing file sends the fast path to the engine; every other case takes it.
    expect(loadedAny(fast.loaded, 'unified-engine')).toBe(args.includes('missing.md'))
    expect({ code: fast.code, stdout: fast.stdout, stderr: fast.stderr }).toEqual(slow)
  })
})

describe('the fast path with a JSON configuration naming only the preset answers as unified-engine does', () => {
  let folder: string

  beforeAll(() => {
    folder = project({
      'plain/.remarkrc.json': JSON.stringify({ plugins: ['remark-preset-lint-feature-docs'] }),
      'plain/misspelled.md': fixture('technical-implementation/misspelled.md'),
      'plain/placeholders.md': fixture('implementation-notes/placeholders.md'),
      'options/package.json': JSON.stringify({
        name: 'docs',
        remarkConfig: { plugins: [['remark-preset-lint-feature-docs', { 'required-sections': false, 'no-placeholders': { patterns: ['TODO'] } }]] },
      }),
      'options/misspelled.md': fixture('technical-implementation/misspelled.md'),
      'options/todo.md': `${fixture('implementation-notes/valid.md')}\nTODO: write more.\n`,
      'bad/.remarkrc': JSON.stringify({ plugins: [['remark-preset-lint-feature-docs', { 'required-sections': 'loud' }]] }),
      'bad/doc.md': fixture('implementation-notes/valid.md'),
      'uninstalled/.remarkrc.json': JSON.stringify({ plugins: ['remark-preset-lint-feature-docs'] }),
      'uninstalled/doc.md': fixture('implementation-notes/valid.md'),
    })
    // The projects have the preset installed, as the engine needs; `uninstalled` does not.
    for (const sub of ['plain', 'options', 'bad']) symlinkSync(join(repository, 'test', 'node_modules'), join(folder, sub, 'node_modules'), 'dir')
  })

  const cases: [string, string, string[], boolean][] = [
    ['the preset alone', 'plain', ['misspelled.md', 'placeholders.md'], true],
    ['the preset with options, in package.json', 'options', ['misspelled.md', 'todo.md'], true],
    ['options the preset refuses: the engine reports them', 'bad', ['doc.md'], false],
    ['the preset not installed in the project: the engine reports it', 'uninstalled', ['doc.md'], false],
  ]

  it.each(cases)('%s', async (_, sub, args, fastPath) => {
    const cwd = join(folder, sub)
    const fast = await tracedFeatureDocs(cwd, args)
    const slow = await featureDocs(cwd, args, { env: engine })
    expect(loadedAny(fast.loaded, 'unified-engine')).toBe(!fastPath)
    expect({ code: fast.code, stdout: fast.stdout, stderr: fast.stderr }).toEqual(slow)
  })
})
