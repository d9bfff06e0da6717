/**
 * Bad options fail when the plugin is attached, with a message that names
 * the option, the value and what was expected.
 */
import { join } from 'node:path'
import { OptionError } from '@feature-docs/rule-kit'
import { describe, expect, it } from 'vitest'
import { lint } from '../../../test/support/lint.js'
import { marked } from '../../../test/support/markers.js'
import rule from '../src/index.js'

const template = join(import.meta.dirname, 'templates', 'notes.md')
const markdown = '# Feature Notes - X\n\n[Brief description]\n'

async function failure(options: unknown): Promise<unknown> {
  try {
    await lint(rule, options, markdown)
  } catch (error) {
    return error
  }
  throw new Error('expected the options to be refused')
}

describe('no-placeholders options', () => {
  it.each([
    [
      'options that are not an object',
      'TODO',
      'Unexpected options for `no-placeholders`: expected an object, not `"TODO"`',
    ],
    [
      'an unknown option',
      { template, ignore: ['x'] },
      'Unexpected option `ignore` for `no-placeholders`: expected one of `template`, `templates`, `files`, `placeholderSyntax`, `allowTemplatesOutsideProject`, `base`, `allow`, `patterns`, `strict`',
    ],
    [
      '`strict` that is not a boolean',
      { template, strict: 'yes' },
      'Unexpected value `"yes"` for option `strict` of `no-placeholders`: expected a boolean',
    ],
    [
      '`allow` that is not an array',
      { template, allow: '[x]' },
      'Unexpected value `"[x]"` for option `allow` of `no-placeholders`: expected an array of non-empty strings (text, or `/regex/flags`)',
    ],
    [
      '`allow` with an empty string',
      { template, allow: ['[x]', ' '] },
      'Unexpected value `["[x]"," "]` for option `allow` of `no-placeholders`: expected an array of non-empty strings (text, or `/regex/flags`)',
    ],
    [
      '`patterns` with a number',
      { template, patterns: ['TODO', 1] },
      'Unexpected value `["TODO",1]` for option `patterns` of `no-placeholders`: expected an array of non-empty strings (text, or `/regex/flags`)',
    ],
    [
      '`patterns` with a regex that matches empty text',
      { template, patterns: ['/(TODO)?/'] },
      'Unexpected value `"/(TODO)?/"` in option `patterns` of `no-placeholders`: expected a regular expression that cannot match empty text',
    ],
  ])('refuses %s', async (_, options, message) => {
    const error = await failure(options)
    expect(error).toBeInstanceOf(OptionError)
    expect((error as Error).message).toBe(message)
  })

  it.each([
    [
      'an invalid regex in `patterns`',
      { template, patterns: ['/fill me in (/'] },
      'Unexpected value `"/fill me in (/"` in option `patterns` of `no-placeholders`: expected a valid `/regex/flags` in RE2 syntax, which runs in linear time (no backreferences or lookaround): error parsing regexp: missing closing ): `fill me in (`',
    ],
    [
      'a backreference, which no linear-time engine runs',
      { template, patterns: ['/(a)\\1/'] },
      'Unexpected value `"/(a)\\\\1/"` in option `patterns` of `no-placeholders`: expected a valid `/regex/flags` in RE2 syntax, which runs in linear time (no backreferences or lookaround): error parsing regexp: invalid escape sequence: `\\1`',
    ],
    [
      'invalid flags in `allow`',
      { template, allow: ['/x/q'] },
      'Unexpected value `"/x/q"` in option `allow` of `no-placeholders`: expected a valid `/regex/flags` (flag `q` is not supported; use i, m, s, u, g or y)',
    ],
  ])('refuses %s, saying why', async (_, options, message) => {
    const error = await failure(options)
    expect(error).toBeInstanceOf(OptionError)
    expect((error as Error).message).toBe(message)
  })

  it('runs a pattern that backtracks in JavaScript (`/(a|a)+$/`) in linear time on a long line', async () => {
    // 100,000 `a`s then `b`: V8 would try 2^100000 ways; RE2 does not backtrack.
    const line = `${'a'.repeat(100_000)}b`
    const doc = marked(`# Feature Notes - X\n\n${line}\n\nA ⟦todo⟧todo⟦/todo⟧ here.\n`)
    const messages = await lint(rule, { template, patterns: ['/(a|a)+$/', '/TO+DO/i'] }, doc.text)
    expect(messages.map((message) => `${message.line}:${message.column}-${message.place && 'end' in message.place ? `${message.place.end.line}:${message.place.end.column}` : ''} ${message.reason}`)).toEqual([
      doc.message("⟦todo⟧ Unexpected `todo`: replace it with the doc's own text"),
    ])
  })

  it('accepts options given with a severity', async () => {
    const messages = await lint(rule, [2, { template, patterns: ['/brief/i'] }], markdown)
    expect(messages.map((message) => [message.reason, message.fatal])).toEqual([
      ["Unexpected placeholder `[Brief description]`: replace it with the doc's own text", true],
    ])
  })

  it('reuses compiled patterns across files without carrying state over', async () => {
    const options = { template, patterns: ['/TBD/g', '/TODO/y'] }
    for (let run = 0; run < 3; run++) {
      const messages = await lint(rule, options, '# Feature Notes - X\n\nTBD and TODO, then TBD.\n')
      expect(messages.map((message) => message.reason)).toEqual([
        "Unexpected `TBD`: replace it with the doc's own text",
        "Unexpected `TODO`: replace it with the doc's own text",
        "Unexpected `TBD`: replace it with the doc's own text",
      ])
    }
  })
})

describe('placeholderSyntax', () => {
  const braces = join(import.meta.dirname, 'templates', 'braces.md')
  const doc = '# Use Postgres\n\n## Context\n\n{What made this change necessary, in a sentence or two.}\n\n## Options\n\n* [SQLite]\n* <one more>\n'
  const shown = async (options: unknown) => (await lint(rule, options, doc)).map((message) => `${message.line}:${message.column}: ${message.reason}`)

  it('read from the template by default: `{x}` for a template that writes braces', async () => {
    expect(await shown({ template: braces })).toEqual([
      "5:1: Unexpected placeholder `{What made this change necessary, in a sentence or two.}`: replace it with the doc's own text",
    ])
  })

  it('named by the option, it replaces what the template would say', async () => {
    expect(await shown({ template: braces, placeholderSyntax: ['[x]', '<x>'] })).toEqual([
      "9:3: Unexpected placeholder `[SQLite]`: replace it with the doc's own text",
      "10:3: Unexpected placeholder `<one more>`: replace it with the doc's own text",
    ])
  })

  it.each([
    ['not an array', '[x]'],
    ['an unknown syntax', ['[x]', '((x))']],
  ])('refuses %s', async (_, placeholderSyntax) => {
    const error = await failure({ template, placeholderSyntax })
    expect(error).toBeInstanceOf(OptionError)
    expect((error as Error).message).toBe(
      `Unexpected value \`${JSON.stringify(placeholderSyntax)}\` for option \`placeholderSyntax\` of \`no-placeholders\`: expected an array of "[x]", "{x}", "<x>", "NNNN", "YYYY-MM-DD"`,
    )
  })
})
