import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { remark } from 'remark'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../../test/support/lint.js'
import { marked } from '../../../test/support/markers.js'
import remarkPresetLintFeatureDocs, { templatesFolder, version, type Options } from '../src/index.js'

const repository = join(import.meta.dirname, '..', '..', '..')
const kep = join(repository, 'fixtures', 'templates', 'kep-style.md')

/** The preset's messages on `markdown` (its markers left out), as `line:column-line:column: reason [rule]`. */
async function run(markdown: string, options?: Options, path = 'docs/feature.md'): Promise<string[]> {
  const file = new VFile({ path, value: marked(markdown).text, cwd: repository })
  const processor = remark()
  await (options === undefined ? processor.use(remarkPresetLintFeatureDocs) : processor.use(remarkPresetLintFeatureDocs, options)).process(file)
  return file.messages.map((message) => `${formatMessage(message)} [${message.ruleId}${message.fatal ? ', fatal' : ''}]`)
}

/** `messages` with a leading `⟦name⟧` given as the range marked in `markdown`. */
const at = (markdown: string, ...messages: string[]) => messages.map(marked(markdown).message)

const broken = '# Offline Sync - Technical Implementation\n\n⟦bug⟧## Bug Fixes⟦/bug⟧\n\n⟦placeholder⟧[Brief description]⟦/placeholder⟧\n'
// A section missing, an empty one, a column and a field value wrong.
const everyRuleBroken = [
  '# Offline Sync - Technical Implementation',
  '',
  '## Bugs Fixed',
  '',
  '### Critical Issues Resolved',
  '| Issue | Description |',
  '|---|---|',
  '| #1 | [Brief description] |',
  '',
  '---',
  '',
  '**Implementation Complexity**: Hgh',
  '',
].join('\n')
// An RFC-style doc with the template's instruction left in its summary.
const instructionsLeft = `---\ntemplate: ${JSON.stringify(join(repository, 'fixtures', 'templates', 'rfc-style.md'))}\n---\n\n# Summary\n\nOne paragraph explanation of the feature.\n`

describe('template versions: a `files` glob naming a list of templates', () => {
  const versions: Options = {
    templates: { v1: join(import.meta.dirname, 'proposal-v1.md'), v2: join(import.meta.dirname, 'proposal-v2.md') },
    files: { 'docs/**': ['v2', 'v1'] },
  }

  it('checks a doc against the version it fits best, and its messages name it', async () => {
    const old = '# Proposal: Faster Search\n\n## Summary\n\nx\n\n⟦details⟧## Design Details⟦/details⟧\n\nx\n\n### Test Plan\n\nx\n'
    expect(await run(old, versions)).toEqual(at(
      old,
      '⟦details⟧: Missing section `### Graduation Criteria` under `## Design Details`: the template expects it after `### Test Plan` (checked against template `v1`, the best fit of those listed for this file) [required-sections]',
    ))
  })

  it('a doc that fits the current version has nothing to report', async () => {
    const current = '# Proposal: Faster Search\n\n## Summary\n\nx\n\n## Proposal\n\nx\n\n### Workflow Description\n\nx\n\n## Test Plan\n\nx\n\n## Graduation Criteria\n\nx\n'
    expect(await run(current, versions)).toEqual([])
  })

  it('refuses an empty list or a list with a non-string, naming the option', async () => {
    for (const files of [{ 'docs/**': [] }, { 'docs/**': ['v1', 3] }]) {
      await expect(run('# X\n', { ...versions, files } as unknown as Options)).rejects.toThrow(
        /^Unexpected value `.*` for option `files` of `remark-preset-lint-feature-docs`: expected an object of globs to a template name or path, or to a list of them$/u,
      )
    }
  })
})

describe('remark-preset-lint-feature-docs', () => {
  it('ships the two templates from shared/templates unchanged (byte for byte: same SHA-256)', () => {
    const sha256 = (name: string) => createHash('sha256').update(readFileSync(join(templatesFolder, name))).digest('hex')
    expect(sha256('implementation-notes.md')).toBe('011ea84100b5330d74a3626a5d4b86318946ecb09658e737adf078a1e8385ea0')
    expect(sha256('technical-implementation.md')).toBe('4cdb3a3bd902924e00e6550e049fc108b4f3aeb698c6c0cce62095d67f0ed0d6')
  })

  it('states the version its package.json has', () => {
    expect(version).toBe(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')).version)
  })

  it('works with no options: built-in templates picked by title, every rule on', async () => {
    const messages = await run(broken)
    expect(messages.filter((message) => message.startsWith(marked(broken).range('bug')))).toEqual(at(
      broken,
      '⟦bug⟧: Heading `## Bug Fixes` does not match the template: did you mean `## Bugs Fixed`? [required-sections]',
      '⟦bug⟧: Missing section `### Critical Issues Resolved` under `## Bugs Fixed`: the template expects it first under `## Bugs Fixed` [required-sections]',
      '⟦bug⟧: Missing section `### Technical Debt Addressed` under `## Bugs Fixed`: the template expects it after `### Critical Issues Resolved` [required-sections]',
      '⟦bug⟧: Missing section `### Technical Debt Created` under `## Bugs Fixed`: the template expects it after `### Technical Debt Addressed` [required-sections]',
      '⟦bug⟧: Section `## Bug Fixes` is empty: the template expects content here [no-empty-template-sections]',
    ))
    expect(messages).toContain(marked(broken).message("⟦placeholder⟧: Unexpected placeholder `[Brief description]`: replace it with the doc's own text [no-placeholders]"))
  })

  it('turns all six rules on by default', async () => {
    const rules = new Set([...(await run(everyRuleBroken)), ...(await run(instructionsLeft))].map((message) => /\[([a-z-]+)\]$/u.exec(message)![1]))
    expect([...rules].sort()).toEqual([
      'no-empty-template-sections',
      'no-placeholders',
      'no-template-boilerplate',
      'required-fields',
      'required-sections',
      'required-table-columns',
    ])
  })

  it('leaves a doc that is not a feature doc alone', async () => {
    expect(await run('# Changelog\n\n- [Unreleased] nothing yet\n')).toEqual([])
  })

  it('adds templates by name, picked by title or mapped by glob', async () => {
    const byTitle = await run('# KEP-42: Faster sync\n\n## Summary\n', { templates: { kep } })
    expect(byTitle[0]).toBe(
      '1:1-1:22: Missing section `## Release Signoff Checklist`: the template expects it as the first section [required-sections]',
    )
    // Optional sections of the KEP template are not required.
    expect(byTitle.some((message) => /User Stories|Infrastructure Needed/u.test(message))).toBe(false)

    const untitled = '# Faster sync\n\n## Summary\n'
    expect(await run(untitled, { templates: { kep } }, 'keps/42.md')).toEqual([])
    const mapped = await run(untitled, { templates: { kep }, files: { 'keps/**': 'kep' } }, 'keps/42.md')
    expect(mapped[0]).toBe(
      '1:1-1:14: Title `# Faster sync` does not match the template title `# KEP-[Number]: [Short, descriptive title]` [required-sections]',
    )
  })

  it('takes per-rule settings: off, a severity, or options', async () => {
    const off = await run(broken, { 'required-sections': false, 'no-placeholders': 'off' })
    expect(off.filter((message) => /\[(required-sections|no-placeholders)\]$/u.test(message))).toEqual([])
    expect(off.some((message) => message.endsWith('[no-empty-template-sections]'))).toBe(true)
    const errors = await run(broken, { 'no-placeholders': 'error' })
    expect(errors).toContain(
      marked(broken).message("⟦placeholder⟧: Unexpected placeholder `[Brief description]`: replace it with the doc's own text [no-placeholders, fatal]"),
    )
    const allowed = await run(broken, { 'no-placeholders': ['warn', { allow: ['[Brief description]'] }] })
    expect(allowed.some((message) => message.includes('[no-placeholders]'))).toBe(false)
  })

  it('switches the new rules off the same way, and passes them their options', async () => {
    const quiet = await run(everyRuleBroken, { 'required-fields': false, 'no-empty-template-sections': 'off', 'no-template-boilerplate': 0 })
    expect(quiet.filter((message) => /\[(required-fields|no-empty-template-sections)\]$/u.test(message))).toEqual([])
    const disabled = await run(everyRuleBroken.replace('## Bugs Fixed', '<!--lint disable required-fields no-empty-template-sections-->\n\n## Bugs Fixed'))
    expect(disabled.filter((message) => /\[(required-fields|no-empty-template-sections)\]$/u.test(message))).toEqual([])
    expect((await run(everyRuleBroken)).filter((message) => /\[(required-fields|no-empty-template-sections)\]$/u.test(message)).length).toBeGreaterThan(1)
    const kept = await run(instructionsLeft, { 'no-template-boilerplate': false })
    expect(kept.length).toBeGreaterThan(0)
    expect(kept.filter((message) => message.endsWith('[no-template-boilerplate]'))).toEqual([])

    const dated = '# Implementation Notes - Sync\n\n---\n\n**Feature**: Sync\n**Implementation Date**: ⟦date⟧2026-11-22⟦/date⟧\n'
    const european = await run(dated, { 'required-fields': ['error', { dateFormat: 'DD.MM.YYYY' }] })
    expect(european).toContain(marked(dated).message('⟦date⟧: Field `Implementation Date` has `2026-11-22`: expected a date as `DD.MM.YYYY` [required-fields, fatal]'))
    await expect(run(dated, { 'no-template-boilerplate': { comments: 'yes' } })).rejects.toThrowError(
      'Unexpected value `"yes"` for option `comments` of `no-template-boilerplate`: expected a boolean',
    )
  })

  it('passes `template` to every rule', async () => {
    const messages = await run('# Anything\n', { template: 'implementation-notes' })
    expect(messages[0]).toBe('1:1-1:11: Title `# Anything` does not match the template title `# Implementation Notes - [Feature Name]` [required-sections]')
  })

  it.each([
    ['options that are not an object', 'x', 'Unexpected options for `remark-preset-lint-feature-docs`: expected an object, not `"x"`'],
    [
      'an unknown option',
      { template: 'implementation-notes', rules: {} },
      'Unexpected option `rules` for `remark-preset-lint-feature-docs`: expected one of `template`, `templates`, `files`, `placeholderSyntax`, `allowTemplatesOutsideProject`, `base`, `required-sections`, `required-table-columns`, `no-placeholders`, `required-fields`, `no-empty-template-sections`, `no-template-boilerplate`',
    ],
    ['a template that is not a string', { template: 1 }, 'Unexpected value `1` for option `template` of `remark-preset-lint-feature-docs`: expected a non-empty string'],
    [
      'a rule setting of the wrong type',
      { 'required-sections': 'loud' },
      'Unexpected value `"loud"` for option `required-sections` of `remark-preset-lint-feature-docs`: expected true, false, a severity ("off", "warn", "error"), an options object, or [severity, options]',
    ],
    [
      'a template path that does not exist',
      { templates: { team: 'no/such/template.md' }, base: '/nowhere' },
      'Cannot read template `/nowhere/no/such/template.md`: no such file',
    ],
  ])('fails at once on %s', async (_, options, message) => {
    await expect(run('# X\n', options as Options)).rejects.toThrowError(message)
  })
})

describe('nodes the parser leaves without a position (issue 11)', () => {
  it('a message in such a stretch is placed and kept, not dropped as a gap', async () => {
    const template = join(repository, 'fixtures', 'templates', 'kep-style.md')
    expect(await run('# [http://e.\n', { template, 'required-sections': true, 'no-empty-template-sections': false, 'no-template-boilerplate': false, 'required-fields': false, 'required-table-columns': false, 'no-placeholders': false }).then((messages) => messages[0])).toBe(
      '1:1-1:13: Title `# [http://e.` does not match the template title `# KEP-[Number]: [Short, descriptive title]` [required-sections]',
    )
  })

  it('an unclosed `[` before a URL in a section: no rule crashes', async () => {
    const messages = await run('# Offline Sync - Technical Implementation\n\n## Bugs Fixed\n\n[see www.example.com\n')
    expect(messages.filter((message) => message.includes('crashed'))).toEqual([])
    expect(messages.length).toBeGreaterThan(0)
  })
})
