/**
 * `templateRule`: remark-lint's settings (options, a severity, or both)
 * read when the plugin is attached, options checked then, a rule turned off
 * left unchecked, and a rule that throws kept to one error on its file.
 */
import { parseMarkdown } from '@feature-docs/doc-template'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { templateRule } from '../src/index.js'

const rule = templateRule({ id: 'kit-test', url: 'https://example.com/kit-test' }, (tree, file) => {
  if (String(file.value).includes('boom')) throw new TypeError('boom')
  file.message('Seen', { place: tree.position })
})

async function run(setting: unknown, value = '# Doc\n') {
  const processor = unified().use(rule as never, setting as never)
  const file = new VFile({ path: 'doc.md', value })
  await processor.run(parseMarkdown(value), file)
  return file.messages.map((message) => ({ reason: message.reason, fatal: message.fatal, ruleId: message.ruleId, source: message.source, url: message.url }))
}

const seen = (fatal: boolean) => [{ reason: 'Seen', fatal, ruleId: 'kit-test', source: 'remark-lint', url: 'https://example.com/kit-test' }]

describe('templateRule settings', () => {
  it.each([
    ['nothing', undefined, false],
    ['options', {}, false],
    ['a bare severity', 'warn', false],
    ['a bare error severity', 'error', true],
    ['a numeric severity', 2, true],
    ['[severity, options]', ['error', {}], true],
    ['[severity]', [1], false],
    ['`true` in a tuple', [true, {}], false],
  ])('%s', async (_, setting, fatal) => {
    expect(await run(setting)).toEqual(seen(fatal))
  })

  it.each([['off'], [0], [['off', {}]], [[0]], [[false, {}]]])('%j turns the rule off', async (setting) => {
    expect(await run(setting)).toEqual([])
  })

  it('does not check the options of a rule turned off', async () => {
    expect(await run(['off', { bogus: true }])).toEqual([])
  })

  it.each([
    [['loud', {}], 'Incorrect severity "loud": expected 0, 1, 2, "off", "warn" or "error"'],
    [[5, {}], 'Incorrect severity 5: expected 0, 1, 2, "off", "warn" or "error"'],
    [[null], 'Incorrect severity null: expected 0, 1, 2, "off", "warn" or "error"'],
  ])('fails at once on the severity in %j', (setting, message) => {
    expect(() => unified().use(rule as never, setting as never).freeze()).toThrowError(message)
  })

  it('fails at once, when attached, on a bad option', () => {
    expect(() => unified().use(rule as never, ['warn', { bogus: true }] as never).freeze()).toThrowError(
      'Unexpected option `bogus` for `kit-test`: expected one of `template`, `templates`, `files`, `placeholderSyntax`, `allowTemplatesOutsideProject`, `base`',
    )
  })

  it('leaves one error, its own, on a file it crashes on', async () => {
    const messages = await run('warn', '# Doc\n\nboom\n')
    expect(messages).toEqual([
      {
        reason: 'Rule `kit-test` crashed on this file, so the file is not fully checked: TypeError: boom (a bug in feature-docs: please report it with this file)',
        fatal: true,
        ruleId: 'kit-test',
        source: 'feature-docs',
        url: 'https://example.com/kit-test',
      },
    ])
  })
})
