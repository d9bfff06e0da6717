import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import rule from '../src/index.js'
import { lint, ruleTester } from '../../../test/support/lint.js'
import { markLines, unmarked } from '../../../test/support/markers.js'

const ruleId = 'required-table-columns'
const url = 'https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-required-table-columns#readme'

// A small template: a table in a section, and one in a subsection.
const release = { template: join(import.meta.dirname, 'release-notes-template.md') }
// A template whose table stands before any section.
const status = { template: join(import.meta.dirname, 'status-template.md') }
// The built-in template our users start from; its one table is under
// `### Critical Issues Resolved`.
const technical = {
  template: join(import.meta.dirname, '..', '..', 'remark-preset-lint-feature-docs', 'templates', 'technical-implementation.md'),
}

const lines = (...text: string[]) => text.join('\n') + '\n'

/** A release-notes doc whose `## Changes` table has `header`. */
const changes = (header: string, separator = '|---|---|---|') =>
  lines(
    '# Release Notes - 2.0',
    '',
    '## Changes',
    '',
    header,
    separator,
    '',
    '### Breaking Changes',
    '',
    '| API | Migration |',
    '|-----|-----------|',
    '| `sync()` | Call `syncAll()` |',
  )

/** A technical-implementation doc whose issues table has `header`. */
const issues = (header: string, heading = '### Critical Issues Resolved') =>
  lines(
    '# Offline Sync - Technical Implementation',
    '',
    '## Bugs Fixed',
    '',
    heading,
    header,
    // A delimiter row with as many cells as the header (its markers left out), or it is no table.
    unmarked(header).replace(/[^|]+/gu, '---'),
    '| #12 | Sync lost edits | Race in the queue | Lock the queue | `src/sync.ts` |',
  )

const issuesHeader = '`| Issue | Description | Root Cause | Solution | Files Changed |`'

ruleTester(
  { plugin: rule, ruleId, url },
  {
    valid: [
      {
        name: 'every column present',
        options: release,
        markdown: lines(
          '# Release Notes - 2.0',
          '',
          '## Changes',
          '',
          '| Change | Reason | Impact |',
          '|--------|--------|--------|',
          '| Faster sync | Users waited | Everyone |',
          '',
          '### Breaking Changes',
          '',
          '| API | Migration |',
          '|-----|-----------|',
          '| `sync()` | Call `syncAll()` |',
          '',
          '## Sign-off',
          '',
          'Ada, 2024-05-01',
        ),
      },
      {
        name: 'extra columns, anywhere',
        options: release,
        markdown: changes('| Ticket | Change | Owner | Reason | Impact | Notes |', '|---|---|---|---|---|---|'),
      },
      {
        name: 'header cells differ in case, emphasis, code and a trailing colon',
        options: release,
        markdown: changes('| *change* | **REASON** | `Impact`: |'),
      },
      {
        name: 'header without outer pipes',
        options: release,
        markdown: changes('Change | Reason | Impact', '-|-|-'),
      },
      {
        name: 'table in a block quote',
        options: release,
        markdown: lines(
          '# Release Notes - 2.0',
          '',
          '## Changes',
          '',
          '> | Change | Reason | Impact |',
          '> |---|---|---|',
          '',
          '### Breaking Changes',
          '',
          '| API | Migration |',
          '|---|---|',
        ),
      },
      {
        name: 'columns out of order without `order`',
        options: release,
        markdown: changes('| Impact | Reason | Change |'),
      },
      {
        name: 'columns out of order with `order: false`',
        options: { ...release, order: false },
        markdown: changes('| Impact | Reason | Change |'),
      },
      {
        name: '`order`: template columns in order, extra columns between them',
        options: { ...release, order: true },
        markdown: changes('| Change | Owner | Reason | Notes | Impact |', '|---|---|---|---|---|'),
      },
      {
        name: 'no message under a missing section (its table is missing with it)',
        options: release,
        markdown: lines('# Release Notes - 2.0', '', '## Sign-off', '', '| Change |', '|---|'),
      },
      {
        name: 'no message for a missing subsection, even though its parent is there',
        options: release,
        markdown: lines('# Release Notes - 2.0', '', '## Changes', '', '| Change | Reason | Impact |', '|---|---|---|'),
      },
      {
        name: 'a doc no template applies to is left alone',
        markdown: lines('# Shopping list', '', '| Item |', '|---|', '| Milk |'),
      },
      {
        name: 'an unknown template is left to required-sections',
        markdown: lines('---', 'template: no-such-template', '---', '', '# Notes', '', '| Item |', '|---|'),
      },
      {
        name: 'technical-implementation: every column present',
        options: technical,
        markdown: issues('| Issue | Description | Root Cause | Solution | Files Changed |'),
      },
      {
        name: 'technical-implementation: no message when `## Bugs Fixed` is missing',
        options: technical,
        markdown: lines(
          '# Offline Sync - Technical Implementation',
          '',
          '## Code Changes',
          '',
          '| Issue | Files |',
          '|---|---|',
        ),
      },
      {
        name: 'CRLF line endings',
        options: technical,
        markdown: issues('| Issue | Description | Root Cause | Solution | Files Changed |').replace(/\n/gu, '\r\n'),
      },
      {
        name: 'a table before any section',
        options: status,
        markdown: lines('| Owner | Status | Due |', '|---|---|---|', '| Ada | Draft | May |', '', '## Summary', '', 'Text.'),
      },
    ],
    invalid: [
      {
        name: 'one column missing',
        options: release,
        markdown: changes('⟦a⟧| Change | Impact |⟦/a⟧', '|---|---|'),
        messages: [
          "⟦a⟧: Missing column `Reason` in table: the template's header is `| Change | Reason | Impact |`",
        ],
      },
      {
        name: 'two columns missing (technical-implementation)',
        options: technical,
        markdown: issues('⟦a⟧| Issue | Description | Files Changed |⟦/a⟧'),
        messages: [
          `⟦a⟧: Missing column \`Root Cause\` in table: the template's header is ${issuesHeader}`,
          `⟦a⟧: Missing column \`Solution\` in table: the template's header is ${issuesHeader}`,
        ],
      },
      {
        name: 'misspelled column: the range is the cell text, `expected` the template column',
        options: technical,
        markdown: issues('| Issue |  ⟦a⟧Descripton⟦/a⟧  | Root Cause | Solution | Files Changed |'),
        messages: ['⟦a⟧: Column `Descripton` does not match the template: did you mean `Description`?'],
        expected: { 0: ['Description'] },
      },
      {
        name: 'renamed column: a cell of its own where one column alone is missing, however far the spelling',
        options: technical,
        markdown: issues('| Issue | Description | Root Cause | ⟦a⟧Fix⟦/a⟧ | Files Changed |'),
        messages: ['⟦a⟧: Column `Fix` stands where the template has `Solution`: name it so if it is that column; if not, that column is missing'],
        expected: { 0: ['Solution'] },
      },
      {
        name: 'two columns missing where one cell stands: no guess which',
        options: technical,
        markdown: issues('⟦a⟧| Issue | Description | Fix | Files Changed |⟦/a⟧'),
        messages: [
          `⟦a⟧: Missing column \`Root Cause\` in table: the template's header is ${issuesHeader}`,
          `⟦a⟧: Missing column \`Solution\` in table: the template's header is ${issuesHeader}`,
        ],
      },
      {
        name: 'misspelled and missing columns, in document order',
        options: technical,
        markdown: issues('⟦a⟧| ⟦b⟧Isue⟦/b⟧ | Description | Root Cause | ⟦c⟧Files Chnged⟦/c⟧ |⟦/a⟧'),
        messages: [
          `⟦a⟧: Missing column \`Solution\` in table: the template's header is ${issuesHeader}`,
          '⟦b⟧: Column `Isue` does not match the template: did you mean `Issue`?',
          '⟦c⟧: Column `Files Chnged` does not match the template: did you mean `Files Changed`?',
        ],
        expected: { 1: ['Issue'], 2: ['Files Changed'] },
      },
      {
        name: 'misspelled column written with emphasis: the range spans the emphasis',
        options: release,
        markdown: changes('| Change | ⟦a⟧**Reasn**⟦/a⟧ | Impact |'),
        messages: ['⟦a⟧: Column `**Reasn**` does not match the template: did you mean `Reason`?'],
        expected: { 0: ['Reason'] },
      },
      {
        name: 'misspelled column without outer pipes, in a block quote',
        options: release,
        markdown: lines(
          '# Release Notes - 2.0',
          '',
          '## Changes',
          '',
          '> Change|Reason|⟦a⟧Impct⟦/a⟧',
          '> -|-|-',
          '',
          '### Breaking Changes',
          '',
          '| API | Migration |',
          '|---|---|',
        ),
        messages: ['⟦a⟧: Column `Impct` does not match the template: did you mean `Impact`?'],
        expected: { 0: ['Impact'] },
      },
      {
        name: 'missing table, at the section heading (technical-implementation)',
        options: technical,
        markdown: lines(
          '# Offline Sync - Technical Implementation',
          '',
          '## Bugs Fixed',
          '',
          '⟦a⟧### Critical Issues Resolved⟦/a⟧',
          '',
          '- #12: sync lost edits; fixed by locking the queue.',
        ),
        messages: [
          '⟦a⟧: Missing table in `### Critical Issues Resolved`: the template expects a table with columns `Issue`, `Description`, `Root Cause`, `Solution`, `Files Changed`',
        ],
      },
      {
        name: 'missing tables in a section and its subsection',
        options: release,
        markdown: lines('# Release Notes - 2.0', '', '⟦a⟧## Changes⟦/a⟧', '', 'None.', '', '⟦b⟧### Breaking Changes⟦/b⟧', '', 'None.'),
        messages: [
          '⟦a⟧: Missing table in `## Changes`: the template expects a table with columns `Change`, `Reason`, `Impact`',
          '⟦b⟧: Missing table in `### Breaking Changes`: the template expects a table with columns `API`, `Migration`',
        ],
      },
      {
        name: 'a misspelled section heading still has its table checked',
        options: technical,
        markdown: markLines(issues('| Issue | Description | Root Cause | Solution |', '### Critical Isues Resolved'), '| Issue | Description | Root Cause | Solution |'),
        messages: [
          `⟦| Issue | Description | Root Cause | Solution |⟧: Missing column \`Files Changed\` in table: the template's header is ${issuesHeader}`,
        ],
      },
      {
        name: 'a section at the wrong level still has its table checked',
        options: release,
        markdown: lines(
          '# Release Notes - 2.0',
          '',
          '## Changes',
          '',
          '| Change | Reason | Impact |',
          '|---|---|---|',
          '',
          '#### Breaking Changes',
          '',
          '⟦a⟧| API |⟦/a⟧',
          '|---|',
        ),
        messages: ["⟦a⟧: Missing column `Migration` in table: the template's header is `| API | Migration |`"],
      },
      {
        name: 'a table before any section: missing column',
        options: status,
        markdown: lines('⟦a⟧| Owner |⟦/a⟧', '|---|', '| Ada |', '', '## Summary'),
        messages: ["⟦a⟧: Missing column `Status` in table: the template's header is `| Owner | Status |`"],
      },
      {
        name: 'a table before any section: missing table, at the start of the document',
        options: status,
        markdown: lines('⟦a⟧Intro.', '', '## Summary', '', 'Text.'),
        messages: [
          '⟦a⟧: Missing table at the start of the document: the template expects a table with columns `Owner`, `Status`',
        ],
      },
      {
        name: '`order`: two columns swapped',
        options: { ...release, order: true },
        markdown: changes('| Change | ⟦a⟧Impact⟦/a⟧ | Reason |'),
        // Of two equally long ordered runs, the one keeping earlier columns stays.
        messages: ['⟦a⟧: Column `Impact` is out of order: the template has it after `Reason`'],
      },
      {
        name: '`order`: the first column moved to the end',
        options: { ...release, order: true },
        markdown: changes('| Reason | Impact | ⟦a⟧Change⟦/a⟧ |'),
        messages: ['⟦a⟧: Column `Change` is out of order: the template has it before `Reason`'],
      },
      {
        name: '`order`: a misspelled column is placed too',
        options: { ...release, order: true },
        markdown: changes('| ⟦a⟧Impact⟦/a⟧ | ⟦b⟧Reasn⟦/b⟧ | Change |'),
        messages: [
          '⟦a⟧: Column `Impact` is out of order: the template has it after `Change`',
          '⟦b⟧: Column `Reasn` does not match the template: did you mean `Reason`?',
          '⟦b⟧: Column `Reason` is out of order: the template has it after `Change`',
        ],
        expected: { 1: ['Reason'] },
      },
      {
        name: 'CRLF line endings: exact columns',
        options: technical,
        markdown: issues('⟦a⟧| Issue | ⟦b⟧Descripton⟦/b⟧ | Root Cause | Solution |⟦/a⟧').replace(/\n/gu, '\r\n'),
        messages: [
          `⟦a⟧: Missing column \`Files Changed\` in table: the template's header is ${issuesHeader}`,
          '⟦b⟧: Column `Descripton` does not match the template: did you mean `Description`?',
        ],
        expected: { 1: ['Description'] },
      },
      {
        name: 'an empty header cell close to a one-letter column: an empty range to insert at',
        options: { template: join(import.meta.dirname, 'scores-template.md') },
        markdown: lines('# Scores', '', '## Results', '', '| Team | W | ⟦a⟧  |', '|---|---|---|', '| Owls | 3 | 1 |'),
        messages: ['⟦a⟧: Empty column header does not match the template: did you mean `L`?'],
        expected: { 0: ['L'] },
      },
    ],
  },
)

describe(`${ruleId} options`, () => {
  const markdown = changes('| Change | Reason | Impact |')
  const cases: Array<[string, unknown, string]> = [
    [
      '`order` a string',
      { ...release, order: 'yes' },
      'Unexpected value `"yes"` for option `order` of `required-table-columns`: expected a boolean',
    ],
    [
      '`order` a number, with a severity',
      [2, { ...release, order: 1 }],
      'Unexpected value `1` for option `order` of `required-table-columns`: expected a boolean',
    ],
    [
      '`order` null',
      { ...release, order: null },
      'Unexpected value `null` for option `order` of `required-table-columns`: expected a boolean',
    ],
    [
      'an unknown option',
      { ...release, ordered: true },
      'Unexpected option `ordered` for `required-table-columns`: expected one of `template`, `templates`, `files`, `placeholderSyntax`, `allowTemplatesOutsideProject`, `base`, `order`',
    ],
    [
      'options not an object',
      'yes',
      'Unexpected options for `required-table-columns`: expected an object, not `"yes"`',
    ],
  ]
  it.each(cases)('%s', async (_, options, message) => {
    await expect(lint(rule, options, markdown)).rejects.toThrow(message)
  })

  it('a template that does not exist fails when the rule is attached', async () => {
    await expect(lint(rule, { template: join(import.meta.dirname, 'nope.md') }, markdown)).rejects.toThrow(
      /^Cannot read template `.*nope\.md`: no such file$/u,
    )
  })
})

describe(`${ruleId} quick fixes`, () => {
  // Editors replace a message's range with its `expected`: doing so must
  // fix the table without touching its pipes.
  const fixes: Array<[string, unknown, string]> = [
    ['padded cell', technical, issues('| Issue |  Descripton  | Root Cause | Solution | Files Changed |')],
    ['cells with emphasis, no outer pipes', release, changes('Chnge | **Reasn** | Impact', '-|-|-')],
    ['CRLF', technical, issues('| Isue | Descripton | Root Cause | Solution | Files Chnged |').replace(/\n/gu, '\r\n')],
    [
      'empty cell',
      { template: join(import.meta.dirname, 'scores-template.md') },
      lines('# Scores', '', '## Results', '', '| Team | W ||', '|---|---|---|'),
    ],
  ]
  it.each(fixes)('%s', async (_, options, markdown) => {
    const messages = await lint(rule, options, markdown)
    expect(messages.length).toBeGreaterThan(0)
    let fixed = markdown
    for (const message of [...messages].reverse()) {
      const place = message.place as { start: { offset: number }; end: { offset: number } }
      expect(message.expected).toHaveLength(1)
      fixed = fixed.slice(0, place.start.offset) + message.expected![0] + fixed.slice(place.end.offset)
    }
    expect(await lint(rule, options, fixed)).toEqual([])
  })
})
