/**
 * The preset over every sample doc in fixtures/: each `<name>.md` must
 * produce exactly the messages listed in `<name>.messages.txt` beside it,
 * one `line:column-line:column rule-id: reason` a line; a doc without that
 * file (the `valid*.md` ones) must produce none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { remark } from 'remark'
import remarkPresetLintFeatureDocs from 'remark-preset-lint-feature-docs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { formatMessage } from './support/lint.js'

const root = join(import.meta.dirname, '..')
const fixtures = join(root, 'fixtures')
const folders = readdirSync(fixtures).filter((name) => name !== 'templates')

describe.each(folders)('fixtures/%s', (folder) => {
  const docs = readdirSync(join(fixtures, folder)).filter((name) => name.endsWith('.md'))

  it('has a valid doc and broken ones', () => {
    expect(docs).toContain('valid.md')
    expect(docs.filter((name) => existsSync(join(fixtures, folder, name.replace(/\.md$/u, '.messages.txt')))).length).toBeGreaterThan(3)
  })

  it.each(docs)('%s', async (name) => {
    const path = join(fixtures, folder, name)
    const expectedPath = path.replace(/\.md$/u, '.messages.txt')
    const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8').split('\n').filter((line) => line !== '') : []
    if (name.startsWith('valid')) expect(expected).toEqual([])

    const file = new VFile({ path: relative(root, path), cwd: root, value: readFileSync(path, 'utf8') })
    await remark().use(remarkPresetLintFeatureDocs).process(file)
    const messages = file.messages.map((message) => {
      const [place, reason] = formatMessage(message).split(/: (.*)/su)
      return `${place} ${message.ruleId}: ${reason}`
    })
    expect(messages).toEqual(expected)
    for (const message of file.messages) {
      expect(message.source).toBe('remark-lint')
      expect(message.url).toMatch(new RegExp(`/packages/remark-lint-${message.ruleId}#readme$`, 'u'))
    }
  })
})
