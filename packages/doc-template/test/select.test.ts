import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { afterAll, describe, expect, it } from 'vitest'
import { parseMarkdown, selectTemplate, TemplateError, type SelectTemplateOptions } from '../src/index.js'
import { builtinTemplates, fixtureTemplates, range } from './support.js'

const templates = {
  'implementation-notes': join(builtinTemplates, 'implementation-notes.md'),
  'technical-implementation': join(builtinTemplates, 'technical-implementation.md'),
}
const cwd = mkdtempSync(join(tmpdir(), 'feature-docs-select-'))
afterAll(() => rmSync(cwd, { recursive: true, force: true }))

function select(markdown: string, options: SelectTemplateOptions = {}, path = 'docs/feature.md') {
  const file = new VFile({ path, value: markdown, cwd })
  return selectTemplate(file, parseMarkdown(markdown), { templates, ...options })
}

describe('selectTemplate', () => {
  it('picks by the H1 against each title pattern', () => {
    expect(select('# Implementation Notes - Offline Sync\n').template?.name).toBe('implementation-notes')
    expect(select('# Offline Sync - Technical Implementation\n')).toMatchObject({
      reason: 'title',
      template: { name: 'technical-implementation' },
    })
    expect(select('# **Implementation notes** - `Sync`:\n').template?.name).toBe('implementation-notes')
  })

  it('leaves a doc that is not a feature doc alone', () => {
    expect(select('# Changelog\n\n## 1.0\n')).toEqual({ template: undefined, reason: undefined, near: undefined })
    expect(select('No heading at all.\n')).toEqual({ template: undefined, reason: undefined, near: undefined })
    expect(select('')).toEqual({ template: undefined, reason: undefined, near: undefined })
  })

  it('flags an H1 close to a template title instead of silently skipping it', () => {
    const selection = select('# Implementaton Notes - Offline Sync\n')
    expect(selection.template).toBeUndefined()
    expect(selection.near?.template.name).toBe('implementation-notes')
    expect(selection.near?.distance).toBe(1)
    expect(range(selection.near?.heading.position)).toBe('1:1-1:37')
    expect(select('# Offline Sync - Technical Implmentation\n').near?.template.name).toBe('technical-implementation')
  })

  it('never picks by a title that is all placeholder or has none: it would fit every H1', () => {
    const free = join(cwd, 'free.md')
    const open = join(cwd, 'open.md')
    writeFileSync(free, '# Neat Idea\n\n## Summary\n')
    writeFileSync(open, '# [Title]\n\n## Summary\n')
    const options = { templates: { ...templates, free, open } }
    expect(select('# Changelog\n\n## Summary\n', options)).toEqual({ template: undefined, reason: undefined, near: undefined })
    // Not even its own text: a doc keeping `# Neat Idea` must name the template.
    expect(select('# Neat Idea\n\n## Summary\n', options)).toEqual({ template: undefined, reason: undefined, near: undefined })
    expect(select('# Implementation Notes - Offline Sync\n', options).template?.name).toBe('implementation-notes')
    expect(select('# Summary\n', { ...options, template: 'free' })).toMatchObject({ reason: 'option', template: { name: 'free', title: { free: true } } })
  })

  it('flags an H1 that holds a template title’s words in order, with other punctuation', () => {
    expect(select('# Technical Implementation: Search Autocomplete\n')).toMatchObject({ template: undefined, near: { template: { name: 'technical-implementation' } } })
    expect(select('# Offline Sync — Technical Implementation\n').near?.template.name).toBe('technical-implementation')
    expect(select('# Implementation Notes — Offline Sync\n').near?.template.name).toBe('implementation-notes')
    // One word of a title is no evidence.
    expect(select('# Implementation of the cache\n').near).toBeUndefined()
    expect(select('# Notes from the meeting\n').near).toBeUndefined()
  })

  it('prefers the explicit option over everything else', () => {
    const selection = select('---\ntemplate: technical-implementation\n---\n# Implementation Notes - X\n', {
      template: 'implementation-notes',
      files: { 'docs/**': 'technical-implementation' },
    })
    expect(selection).toMatchObject({ reason: 'option', template: { name: 'implementation-notes' } })
  })

  it('then front matter, by name or by path relative to the doc', () => {
    const byName = select('---\ntitle: x\ntemplate: "technical-implementation"\n---\n# Implementation Notes - X\n', {
      files: { 'docs/**': 'implementation-notes' },
    })
    expect(byName).toMatchObject({ reason: 'front-matter', template: { name: 'technical-implementation' } })
    const folder = mkdtempSync(join(cwd, 'docs-'))
    writeFileSync(join(folder, 'team.md'), '# Team - [Name]\n\n## Members\n')
    const byPath = select('---\ntemplate: ./team.md\n---\n# Team - Core\n', {}, join(folder, 'doc.md'))
    expect(byPath).toMatchObject({ reason: 'front-matter', template: { path: join(folder, 'team.md') } })
  })

  it('then the files globs, relative to cwd', () => {
    const options = { files: { 'notes/**/*.md': 'implementation-notes', 'rfcs/*.md': join(fixtureTemplates, 'rfc-style.md') } }
    expect(select('# Whatever\n\n## Technical Decisions Made\n', options, 'notes/2026/sync.md')).toMatchObject({
      reason: 'files',
      template: { name: 'implementation-notes' },
    })
    expect(select('# Summary\n\nText.\n', options, join(cwd, 'rfcs/0001.md'))).toMatchObject({
      reason: 'files',
      template: { path: join(fixtureTemplates, 'rfc-style.md') },
    })
    expect(select('# Whatever\n', options, 'other/x.md').template).toBeUndefined()
  })

  it('a doc a glob names that has neither the title nor a section of its templates is a misfit', () => {
    const options = { files: { 'notes/**/*.md': ['implementation-notes', 'technical-implementation'] } }
    const selection = select('# Whatever\n\n## Background\n', options, 'notes/x.md')
    expect(selection.template).toBeUndefined()
    expect(selection.misfit?.glob).toBe('notes/**/*.md')
    expect(selection.misfit?.candidates.map((candidate) => candidate.name)).toEqual(['implementation-notes', 'technical-implementation'])
    // One section found by name (misspelled, even) is enough to be checked.
    expect(select('# Whatever\n\n## Technical Decisons Made\n', options, 'notes/x.md').template?.name).toBe('implementation-notes')
  })

  it('names the option or front matter when a template name is unknown', () => {
    expect(() => select('# X\n', { template: 'nope' })).toThrowError(
      new TemplateError(
        'Unknown template `nope` in the `template` option: expected one of `implementation-notes`, `technical-implementation`, or a path to a Markdown file',
      ),
    )
    expect(() => select('---\ntemplate: nope\n---\n')).toThrowError(/^Unknown template `nope` in front matter `template:`/u)
    expect(() => select('# X\n', { files: { '**': 'nope' } })).toThrowError(/^Unknown template `nope` in `files` entry `\*\*`/u)
  })
})
