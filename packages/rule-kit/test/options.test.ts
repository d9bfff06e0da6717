/**
 * The template for a file from a rule's options: the command line's
 * `--template` (`forceTemplate`) wins over them.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseMarkdown } from '@feature-docs/doc-template'
import { VFile } from 'vfile'
import { afterAll, describe, expect, it } from 'vitest'
import { builtinTemplates } from './support.js'

const cwd = mkdtempSync(join(tmpdir(), 'feature-docs-options-'))
afterAll(() => rmSync(cwd, { recursive: true, force: true }))

describe('forceTemplate', () => {
  it('puts a template above every rule option, for one file', async () => {
    const { forceTemplate, templateForFile } = await import('../src/index.js')
    const markdown = '# Implementation Notes - X\n'
    const file = new VFile({ path: 'a.md', value: markdown, cwd })
    forceTemplate(file, join(builtinTemplates, 'technical-implementation.md'))
    const selection = templateForFile(parseMarkdown(markdown), file, { template: 'implementation-notes' })
    expect(selection).toMatchObject({ reason: 'option', template: { path: join(builtinTemplates, 'technical-implementation.md') } })
  })
})
