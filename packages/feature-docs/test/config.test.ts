/**
 * Configuration and ignore files, found as remark-cli finds them
 * (`.remarkrc*`, `package.json#remarkConfig`, `.remarkignore`), the preset as
 * the default when there is none, configuration errors as one line and exit
 * 2, and `--template` winning over front matter and configuration.
 */
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { builtinTemplatesFolder, featureDocs, fixture, project, removeScratch } from './support/cli.js'

afterAll(removeScratch)

const misspelled = fixture('technical-implementation/misspelled.md')
const placeholders = fixture('technical-implementation/placeholders.md')
const preset = 'remark-preset-lint-feature-docs'

describe('configuration discovery', () => {
  it('uses the preset when the project has no configuration', async () => {
    const folder = project({ 'doc.md': misspelled })
    const result = await featureDocs(folder, ['doc.md'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('required-sections')
  })

  it('finds a .remarkrc.json in a parent folder, which turns a rule off', async () => {
    const folder = project(
      {
        '.remarkrc.json': JSON.stringify({ plugins: [[preset, { 'required-sections': false }]] }),
        'docs/deep/doc.md': misspelled,
      },
      { nodeModules: true },
    )
    expect(await featureDocs(join(folder, 'docs'), ['deep/doc.md'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'deep/doc.md: no issues found\nfeature-docs: checked 1 doc (1 against technical-implementation)\n',
    })
  })

  it('reads package.json "remarkConfig"', async () => {
    const folder = project(
      {
        'package.json': JSON.stringify({ name: 'docs', remarkConfig: { plugins: [[preset, { 'no-placeholders': 'off' }]] } }),
        'doc.md': placeholders,
      },
      { nodeModules: true },
    )
    expect((await featureDocs(folder, ['doc.md'])).code).toBe(0)
  })

  it('passes over a package.json without "remarkConfig"', async () => {
    const folder = project(
      {
        '.remarkrc.json': JSON.stringify({ plugins: [[preset, { 'no-placeholders': 'off' }]] }),
        'docs/package.json': JSON.stringify({ name: 'docs' }),
        'docs/doc.md': placeholders,
      },
      { nodeModules: true },
    )
    expect((await featureDocs(folder, ['docs/doc.md'])).code).toBe(0)
  })

  it('a configuration without the preset checks nothing of ours (the preset is only the default)', async () => {
    const folder = project({ '.remarkrc.json': JSON.stringify({ plugins: [] }), 'doc.md': misspelled })
    expect((await featureDocs(folder, ['doc.md'])).code).toBe(0)
  })

  it('--no-config ignores configuration files; --rc-path uses the one named', async () => {
    const folder = project(
      {
        '.remarkrc.json': JSON.stringify({ plugins: [[preset, { 'required-sections': false }]] }),
        'strict.json': JSON.stringify({ plugins: [preset] }),
        'doc.md': misspelled,
      },
      { nodeModules: true },
    )
    expect((await featureDocs(folder, ['doc.md'])).code).toBe(0)
    expect((await featureDocs(folder, ['--no-config', 'doc.md'])).code).toBe(1)
    expect((await featureDocs(folder, ['--rc-path', 'strict.json', 'doc.md'])).code).toBe(1)
  })
})

describe('ignore files', () => {
  const files = {
    '.remarkignore': 'drafts/\n',
    'drafts/doc.md': misspelled,
    'docs/doc.md': misspelled,
    'other.ignore': 'docs/\n',
  }

  it('skips what .remarkignore lists, in folders and when named', async () => {
    const folder = project(files)
    const result = await featureDocs(folder, ['--format', 'json'])
    expect((JSON.parse(result.stdout) as { path: string }[]).map((file) => file.path)).toEqual(['docs/doc.md'])
    // pre-commit names every staged file: an ignored one is skipped quietly.
    expect(await featureDocs(folder, ['drafts/doc.md'])).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('--no-ignore checks them; --ignore-path uses another ignore file', async () => {
    const folder = project(files)
    const all = await featureDocs(folder, ['--format', 'json', '--no-ignore'])
    expect((JSON.parse(all.stdout) as { path: string }[]).map((file) => file.path)).toEqual(['docs/doc.md', 'drafts/doc.md'])
    const other = await featureDocs(folder, ['--format', 'json', '--ignore-path', 'other.ignore'])
    expect((JSON.parse(other.stdout) as { path: string }[]).map((file) => file.path)).toEqual(['drafts/doc.md'])
  })
})

describe('configuration errors: one line naming the file, exit 2', () => {
  it('a bad preset option in .remarkrc.json', async () => {
    const folder = project(
      { '.remarkrc.json': JSON.stringify({ plugins: [[preset, { bogus: true }]] }), 'a.md': misspelled, 'b.md': misspelled },
      { nodeModules: true },
    )
    expect(await featureDocs(folder, ['a.md', 'b.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'feature-docs: .remarkrc.json: Unexpected option `bogus` for `remark-preset-lint-feature-docs`: expected one of `template`, `templates`, `files`, `placeholderSyntax`, `allowTemplatesOutsideProject`, `base`, `required-sections`, `required-table-columns`, `no-placeholders`, `required-fields`, `no-empty-template-sections`, `no-template-boilerplate`\n',
    })
  })

  it('a template path in the configuration that does not exist', async () => {
    const folder = project(
      { 'docs/.remarkrc.json': JSON.stringify({ plugins: [[preset, { templates: { rfc: 'templates/rfc.md' } }]] }), 'docs/a.md': misspelled },
      { nodeModules: true },
    )
    expect(await featureDocs(folder, ['docs/a.md'])).toEqual({
      code: 2,
      stdout: '',
      // Template paths in a configuration file are relative to its folder.
      stderr: `feature-docs: docs/.remarkrc.json: Cannot read template \`${join(folder, 'docs', 'templates', 'rfc.md')}\`: no such file\n`,
    })
  })

  it('a .remarkrc.json that is not JSON', async () => {
    const folder = project({ '.remarkrc.json': '{"plugins": [', 'a.md': misspelled })
    const result = await featureDocs(folder, ['a.md'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^feature-docs: Cannot parse file `\.remarkrc\.json`: Unexpected end of JSON input[^\n]*\n$/u)
  })

  it('--rc-path or --ignore-path naming a file that does not exist', async () => {
    const folder = project({ 'a.md': misspelled })
    expect(await featureDocs(folder, ['--rc-path', 'nope.json', 'a.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: nope.json (given to `--rc-path`): no such file\n',
    })
    expect(await featureDocs(folder, ['--ignore-path', 'nope.ignore', '.'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: nope.ignore (given to `--ignore-path`): no such file\n',
    })
  })

  it('a plugin that is not installed', async () => {
    const folder = project({ '.remarkrc.json': JSON.stringify({ plugins: ['remark-lint-not-installed'] }), 'a.md': misspelled })
    expect(await featureDocs(folder, ['a.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: .remarkrc.json: Cannot find module `remark-lint-not-installed`: is it installed?\n',
    })
  })
})

describe('--template', () => {
  const wrongTemplate = `---\ntemplate: implementation-notes\n---\n\n${fixture('technical-implementation/valid.md')}`

  it('is checked before any file: an unknown name is exit 2 with one line', async () => {
    const folder = project({ 'doc.md': misspelled })
    expect(await featureDocs(folder, ['--template', 'rfc', 'doc.md', 'missing.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'feature-docs: Unknown template `rfc` in `--template`: expected one of `implementation-notes`, `technical-implementation`, or a path to a Markdown file\n',
    })
    const path = await featureDocs(folder, ['--template', 'templates/rfc.md', 'doc.md'])
    expect(path).toEqual({ code: 2, stdout: '', stderr: `feature-docs: Cannot read template \`${join(folder, 'templates', 'rfc.md')}\`: no such file\n` })
  })

  it('wins over front matter', async () => {
    const folder = project({ 'doc.md': wrongTemplate })
    // Front matter picks the wrong template: every implementation-notes section is missing.
    const byFrontMatter = await featureDocs(folder, ['--format', 'json', 'doc.md'])
    expect(byFrontMatter.stdout).toContain('Implementation Notes')
    expect(await featureDocs(folder, ['--template', 'technical-implementation', 'doc.md'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'doc.md: no issues found\nfeature-docs: checked 1 doc (1 against technical-implementation)\n',
    })
  })

  it('wins over configuration, and takes a path', async () => {
    const folder = project(
      { '.remarkrc.json': JSON.stringify({ plugins: [[preset, { template: 'implementation-notes' }]] }), 'doc.md': fixture('technical-implementation/valid.md') },
      { nodeModules: true },
    )
    expect((await featureDocs(folder, ['doc.md'])).code).toBe(1)
    const forced = await featureDocs(folder, ['--template', join(builtinTemplatesFolder, 'technical-implementation.md'), 'doc.md'])
    // A template outside the working folder is named by its absolute path.
    expect(forced).toEqual({
      code: 0,
      stdout: '',
      stderr: `doc.md: no issues found\nfeature-docs: checked 1 doc (1 against ${join(builtinTemplatesFolder, 'technical-implementation.md')})\n`,
    })
  })

  it('knows the templates a project configuration adds', async () => {
    const folder = project(
      {
        '.remarkrc.json': JSON.stringify({ plugins: [[preset, { templates: { plan: 'plan-template.md' } }]] }),
        'plan-template.md': '# Plan - [Name]\n\n## Goals\n\n## Risks\n',
        'plan.md': '# A note\n\n## Goals\n\nShip it.\n',
      },
      { nodeModules: true },
    )
    const result = await featureDocs(folder, ['--template', 'plan', '--format', 'json', 'plan.md'])
    expect(result.code).toBe(1)
    const reasons = (JSON.parse(result.stdout) as { messages: { reason: string }[] }[])[0]!.messages.map((message) => message.reason)
    expect(reasons).toContain('Title `# A note` does not match the template title `# Plan - [Name]`')
    expect(reasons.some((reason) => reason.startsWith('Missing section `## Risks`'))).toBe(true)
  })
})

describe('no silent skips', () => {
  it('the report ends with what was checked against which template, and names the files no template applies to', async () => {
    const folder = project({
      'README.md': '# Project\n\nNot a feature doc.\n',
      'CHANGELOG.md': '# Changes\n',
      'docs/valid.md': fixture('technical-implementation/valid.md'),
      'docs/notes.md': fixture('implementation-notes/valid.md'),
    })
    const result = await featureDocs(folder, ['--quiet'])
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr:
        'feature-docs: checked 2 docs (1 against implementation-notes, 1 against technical-implementation); 2 files not checked, no template applies to them: CHANGELOG.md, README.md\n',
    })
    // Machine formats carry it per file instead.
    const json = await featureDocs(folder, ['--format', 'json', 'README.md', 'docs/notes.md'])
    expect((JSON.parse(json.stdout) as { path: string; template: string | null }[]).map(({ path, template }) => ({ path, template }))).toEqual([
      { path: 'README.md', template: null },
      { path: 'docs/notes.md', template: 'implementation-notes' },
    ])
    expect(json.stderr).toBe('')
  })

  it('a doc a `files` glob names that fits none of its templates is an error, not "no issues found"', async () => {
    const folder = project(
      {
        '.remarkrc.json': JSON.stringify({
          plugins: [[preset, { files: { 'docs/**': 'implementation-notes', 'plans/**': ['implementation-notes', 'technical-implementation'] } }]],
        }),
        'docs/readme.md': '# About these docs\n\nText.\n',
        'docs/sync.md': fixture('implementation-notes/valid.md'),
        'plans/todo.md': 'Nothing yet.\n',
      },
      { nodeModules: true },
    )
    const result = await featureDocs(folder, ['--no-color', 'docs/readme.md', 'docs/sync.md', 'plans/todo.md'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      [
        'docs/readme.md',
        '1:1-1:1 error Not checked: the `files` entry `docs/**` names this doc, but it has neither the title nor a section of its template `implementation-notes`: write it from the template, or leave it out of the glob                                        required-sections remark-lint',
        '',
        'docs/sync.md: no issues found',
        'plans/todo.md',
        '1:1-1:1 error Not checked: the `files` entry `plans/**` names this doc, but it has neither the title nor a section of any of its templates (`implementation-notes`, `technical-implementation`): write it from the template, or leave it out of the glob required-sections remark-lint',
        '',
        '✖ 2 errors',
        'feature-docs: checked 1 doc (1 against implementation-notes); 2 files not checked, no template applies to them: docs/readme.md, plans/todo.md',
        '',
      ].join('\n'),
    )
  })
})
