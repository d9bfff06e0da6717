import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import rule from '../src/index.js'
import { lint, ruleTester } from '../../../test/support/lint.js'
import { markLines } from '../../../test/support/markers.js'

const ruleId = 'required-fields'
const url = 'https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-required-fields#readme'

const builtins = join(import.meta.dirname, '..', '..', 'remark-preset-lint-feature-docs', 'templates')
// The built-in templates: a footer of four free fields (one a date, one the
// title's feature name), and a footer of three Low/Medium/High choices
// with bold list-item fields in some sections (two of them `**Added**`).
const notes = { template: join(builtins, 'implementation-notes.md') }
const technical = { template: join(builtins, 'technical-implementation.md') }
// A Rust-RFC-style template: a front list of `- Label: value` fields.
const rfc = { template: join(import.meta.dirname, '..', '..', '..', 'fixtures', 'templates', 'rfc-style.md') }
// Fields in a section, a choice, a date, and `[Team]` and `[Version]` used twice.
const release = { template: join(import.meta.dirname, 'release-template.md') }
// A date field whose placeholder names its format.
const due = { template: join(import.meta.dirname, 'due-template.md') }
/** A front list whose template says `(leave this empty)`, as React's RFC template does. */
const frontList = { template: join(import.meta.dirname, 'front-list-template.md') }

const lines = (...text: string[]) => text.join('\n') + '\n'

/** An implementation-notes doc with the template's footer filled in. */
const notesFooter = (date = '2026-11-03', feature = 'Offline Sync') =>
  lines(
    '# Implementation Notes - Offline Sync',
    '',
    '---',
    '',
    `**Feature**: ${feature}`,
    `**Implementation Date**: ${date}`,
    '**Author**: Sync team',
    '**Total Implementation Time**: 3 weeks',
  )

/** A technical-implementation doc with only its footer. */
const technicalFooter = (...footer: string[]) => lines('# Offline Sync - Technical Implementation', '', ...footer)

const release20 = (...fields: string[]) => lines('# Release - 2.0', '', '## Summary', '', ...fields)

ruleTester(
  { plugin: rule, ruleId, url },
  {
    valid: [
      { name: 'every footer field filled in, the date as YYYY-MM-DD', options: notes, markdown: notesFooter() },
      {
        name: 'fields the template says to leave empty, left empty',
        options: frontList,
        markdown: lines('- Start Date: 2026-01-02', '- Review PR:', '- Tracking Issue:', '', '# Summary', '', 'Text.'),
      },
      {
        name: 'a bare URL or a link is a value, never empty',
        options: frontList,
        markdown: lines('- Start Date: 2026-01-02', '- Review PR: https://example.com/pull/2', '- Tracking Issue: <https://example.com/issues/1>', '', '# Summary', '', 'Text.'),
      },
      {
        name: 'the feature name as in the title, case, spacing and emphasis aside',
        options: notes,
        markdown: notesFooter('2026-11-03', '*offline  sync*'),
      },
      { name: 'a date followed by a note', options: notes, markdown: notesFooter('2026-11-03 (merged)') },
      {
        name: 'a date in one of the formats of `dateFormat`',
        options: { ...notes, dateFormat: ['D MMMM YYYY', 'MMM D, YYYY'] },
        markdown: notesFooter('Nov 3, 2026'),
      },
      {
        name: 'a placeholder left in a value (no-placeholders reports it)',
        options: notes,
        markdown: notesFooter('[Date]', '[Feature Name]'),
      },
      {
        name: 'fields written as plain `Label: value` lines and list items',
        options: notes,
        markdown: lines(
          '# Implementation Notes - Offline Sync',
          '',
          'Feature: Offline Sync',
          'Implementation Date: 2026-11-03',
          '',
          '- Author: Sync team',
          '- Total Implementation Time: 3 weeks',
        ),
      },
      {
        name: 'choices in any case, in code or bold, with a note after them',
        options: technical,
        markdown: technicalFooter(
          '**Implementation Complexity**: high',
          '**Risk Level**: `Low` (well tested)  ',
          '**Maintenance Burden**: **Medium**',
        ),
      },
      {
        name: 'fields of a missing section are not required (required-sections reports the section)',
        options: technical,
        markdown: technicalFooter('**Implementation Complexity**: Low', '**Risk Level**: Low', '**Maintenance Burden**: Low'),
      },
      {
        name: 'a choice, a date and placeholders used twice, all agreeing',
        options: release,
        markdown: lines(
          '# Release - 2.0',
          '',
          '## Summary',
          '',
          '**Owner**: Platform',
          '**Status**: final',
          '',
          '---',
          '',
          '**Version**: 2.0',
          '**Released**: 2026-11-22',
          '**Contact**: platform',
        ),
      },
      {
        name: 'no title to agree with: the first field sets the value',
        options: release,
        markdown: lines(
          '## Summary',
          '',
          '**Owner**: Platform',
          '**Status**: Draft',
          '',
          '**Version**: 2.1',
          '**Released**: 2026-11-22',
          '**Contact**: Platform',
        ),
      },
      {
        name: 'a date in the format the template names (`[DD/MM/YYYY]`)',
        options: due,
        markdown: lines('# Task - Sync', '', '## Plan', '', '- Owner: Jane', '- Due: 22/11/2026'),
      },
      {
        name: "an RFC's front list filled in, links as values",
        options: rfc,
        markdown: lines(
          '- Feature Name: offline_sync',
          '- Start Date: 2026-11-22',
          '- RFC PR: [org/rfcs#12](https://example.com/12)',
          '- Tracking Issue: [org/project#3](https://example.com/3)',
          '',
          '# Summary',
          '',
          'Sync.',
        ),
      },
      {
        name: 'a title that still holds its placeholder: the field is not compared with it',
        options: notes,
        markdown: notesFooter().replace('# Implementation Notes - Offline Sync', '# Implementation Notes - [Feature Name]'),
      },
      { name: 'a doc no template applies to', markdown: '# Notes\n\n**Risk Level**: Hgh\n' },
    ],
    invalid: [
      {
        name: 'a footer left out: each field at the end of the document',
        options: notes,
        markdown: `${lines('# Implementation Notes - Offline Sync', '', 'Text.')}⟦end⟧`,
        messages: [
          '⟦end⟧: Missing field `Feature`: the template has `**Feature**: [Feature Name]`',
          '⟦end⟧: Missing field `Implementation Date`: the template has `**Implementation Date**: [Date]`',
          '⟦end⟧: Missing field `Author`: the template has `**Author**: [Implementation Team/Agent]`',
          '⟦end⟧: Missing field `Total Implementation Time`: the template has `**Total Implementation Time**: [Duration]`',
        ],
      },
      {
        name: 'fields left out between others: at the field before them',
        options: notes,
        markdown: lines('# Implementation Notes - Offline Sync', '', '⟦a⟧**Feature**: Offline Sync⟦/a⟧', '⟦b⟧**Author**: Sync team⟦/b⟧'),
        messages: [
          '⟦a⟧: Missing field `Implementation Date`: the template has `**Implementation Date**: [Date]`',
          '⟦b⟧: Missing field `Total Implementation Time`: the template has `**Total Implementation Time**: [Duration]`',
        ],
      },
      {
        name: "a feature name that is not the title's, with the title's as the fix",
        options: notes,
        markdown: notesFooter('2026-11-03', '⟦a⟧**Offline Sync v2**⟦/a⟧'),
        messages: [
          "⟦a⟧: Field `Feature` has `Offline Sync v2`, but the title has `Offline Sync` for `[Feature Name]`: use the same value in both",
        ],
        expected: { 0: ['Offline Sync'] },
      },
      {
        name: 'a date not as YYYY-MM-DD',
        options: notes,
        markdown: notesFooter('⟦a⟧Nov 3rd⟦/a⟧'),
        messages: ['⟦a⟧: Field `Implementation Date` has `Nov 3rd`: expected a date as `YYYY-MM-DD`'],
      },
      {
        name: 'a date that is not in the calendar',
        options: notes,
        markdown: notesFooter('⟦a⟧2026-02-30⟦/a⟧'),
        messages: ['⟦a⟧: Field `Implementation Date` has `2026-02-30`, which is not a calendar date: expected a date as `YYYY-MM-DD`'],
      },
      {
        name: 'an ISO date where `dateFormat` asks for another format',
        options: { ...notes, dateFormat: 'DD/MM/YYYY' },
        markdown: notesFooter('⟦a⟧2026-11-03⟦/a⟧'),
        messages: ['⟦a⟧: Field `Implementation Date` has `2026-11-03`: expected a date as `DD/MM/YYYY`'],
      },
      {
        name: 'a near-miss choice, a misspelled label, a value outside the choices, an empty field',
        options: technical,
        markdown: technicalFooter('**Implementation Complexity**: **⟦a⟧Hgh⟦/a⟧**', '**⟦b⟧Risk Levl⟦/b⟧**: ⟦c⟧Severe⟦/c⟧', '⟦d⟧**Maintenance Burden**:⟦/d⟧'),
        messages: [
          '⟦a⟧: Field `Implementation Complexity` has `Hgh`: did you mean `High`?',
          '⟦b⟧: Field `Risk Levl` does not match the template: did you mean `Risk Level`?',
          '⟦c⟧: Field `Risk Level` has `Severe`: expected `Low`, `Medium` or `High`',
          '⟦d⟧: Field `Maintenance Burden` is empty: the template expects `Low`, `Medium` or `High`',
        ],
        expected: { 0: ['High'], 1: ['Risk Level'] },
      },
      {
        name: 'fields of sections: looked for in their own section only',
        options: technical,
        markdown: lines(
          '# Offline Sync - Technical Implementation',
          '',
          '## Code Changes',
          '',
          '### Database Changes',
          '- **⟦a⟧Schema Updats⟦/a⟧**: none',
          '- ⟦b⟧**Migration Status**:⟦/b⟧',
          '',
          '## Architecture Decisions',
          '',
          '### Technical Dependencies',
          '- ⟦c⟧**Added**: zod⟦/c⟧',
          '- **Updated**: none',
          '',
          '## Deployment Notes',
          '',
          '⟦d⟧### Environment Variables⟦/d⟧',
          '- **Modified**: none',
          '- **Removed**: none',
          '',
          '---',
          '',
          '**Implementation Complexity**: Low',
          '**Risk Level**: Low',
          '**Maintenance Burden**: Low',
        ),
        messages: [
          '⟦a⟧: Field `Schema Updats` does not match the template: did you mean `Schema Updates`?',
          '⟦b⟧: Field `Migration Status` is empty: the template expects `[Migration number and deployment status]`',
          '⟦b⟧: Missing field `Data Impact` in `### Database Changes`: the template has `**Data Impact**: [How existing data was affected]`',
          '⟦c⟧: Missing field `Removed` in `### Technical Dependencies`: the template has `**Removed**: [Dependencies eliminated and rationale]`',
          '⟦d⟧: Missing field `Added` in `### Environment Variables`: the template has `**Added**: [New env vars and their purpose]`',
        ],
        expected: { 0: ['Schema Updates'] },
      },
      {
        name: 'values that disagree with the title and with an earlier field; a near-miss choice',
        options: release,
        markdown: lines(
          '# Release - 2.0',
          '',
          '## Summary',
          '',
          '**Owner**: Platform',
          '**Status**: ⟦a⟧Finl⟦/a⟧',
          '',
          '---',
          '',
          '**Version**: ⟦b⟧2.1⟦/b⟧',
          '**Released**: 2026-11-22',
          '**Contact**: ⟦c⟧Web⟦/c⟧',
        ),
        messages: [
          '⟦a⟧: Field `Status` has `Finl`: did you mean `Final`?',
          '⟦b⟧: Field `Version` has `2.1`, but the title has `2.0` for `[Version]`: use the same value in both',
          '⟦c⟧: Field `Contact` has `Web`, but field `Owner` has `Platform` for `[Team]`: use the same value in both',
        ],
        expected: { 0: ['Final'], 1: ['2.0'], 2: ['Platform'] },
      },
      {
        name: 'a date not in the format the template names',
        options: due,
        markdown: lines('# Task - Sync', '', '## Plan', '', '- Owner: Jane', '- Due: ⟦a⟧2026-11-22⟦/a⟧'),
        messages: ['⟦a⟧: Field `Due` has `2026-11-22`: expected a date as `DD/MM/YYYY`'],
      },
      {
        name: "an RFC's front list cut short: at the last field present",
        options: rfc,
        markdown: lines('- ⟦a⟧Feature Name: offline_sync⟦/a⟧', '', '# Summary', '', 'Sync.'),
        messages: [
          "⟦a⟧: Missing field `Start Date`: the template has `Start Date: (fill me in with today's date, YYYY-MM-DD)`",
          '⟦a⟧: Missing field `RFC PR`: the template has `RFC PR: [org/rfcs#0000](https://example.com/org/rfcs/pull/0000)`',
          '⟦a⟧: Missing field `Tracking Issue`: the template has `Tracking Issue: [org/project#0000](https://example.com/org/project/issues/0000)`',
        ],
      },
      {
        name: "an RFC's front list left out: at the start of the document",
        options: rfc,
        markdown: lines('⟦a⟧# Summary', '', 'Sync.'),
        messages: [
          '⟦a⟧: Missing field `Feature Name`: the template has `` Feature Name: (fill me in with a unique identifier, `my_feature`) ``',
          "⟦a⟧: Missing field `Start Date`: the template has `Start Date: (fill me in with today's date, YYYY-MM-DD)`",
          '⟦a⟧: Missing field `RFC PR`: the template has `RFC PR: [org/rfcs#0000](https://example.com/org/rfcs/pull/0000)`',
          '⟦a⟧: Missing field `Tracking Issue`: the template has `Tracking Issue: [org/project#0000](https://example.com/org/project/issues/0000)`',
        ],
      },
      {
        name: "the RFC's own instruction left as the start date",
        options: rfc,
        markdown: lines(
          '- Feature Name: offline_sync',
          "- Start Date: ⟦a⟧(fill me in with today's date, YYYY-MM-DD)⟦/a⟧",
          '- RFC PR: [org/rfcs#12](https://example.com/12)',
          '- Tracking Issue: [org/project#3](https://example.com/3)',
        ),
        messages: ["⟦a⟧: Field `Start Date` has `(fill me in with today's date, YYYY-MM-DD)`: expected a date as `YYYY-MM-DD`"],
      },
      {
        name: 'CRLF line endings',
        options: technical,
        markdown: technicalFooter('**Implementation Complexity**: ⟦a⟧Hgh⟦/a⟧', '**Risk Level**: Low', '**Maintenance Burden**: Low').replace(/\n/gu, '\r\n'),
        messages: ['⟦a⟧: Field `Implementation Complexity` has `Hgh`: did you mean `High`?'],
        expected: { 0: ['High'] },
      },
      {
        name: 'a byte order mark',
        options: technical,
        markdown: `\uFEFF${technicalFooter('**Implementation Complexity**: ⟦a⟧Hgh⟦/a⟧', '**Risk Level**: Low', '**Maintenance Burden**: Low')}`,
        messages: ['⟦a⟧: Field `Implementation Complexity` has `Hgh`: did you mean `High`?'],
      },
    ],
  },
)

describe('required-fields options', () => {
  const expectation =
    'expected a date format with `YYYY`, a month (`MM`, `M`, `MMM` or `MMMM`) and a day (`DD` or `D`), such as "YYYY-MM-DD", or an array of them'
  it.each([
    [5, '`5`'],
    ['YYYY-MM', '`"YYYY-MM"`'],
    ['YYYY-MM-DD-DD', '`"YYYY-MM-DD-DD"`'],
    [[], '`[]`'],
    [['YYYY-MM-DD', 3], '`["YYYY-MM-DD",3]`'],
  ])('rejects dateFormat %j on attach', async (dateFormat, shown) => {
    await expect(lint(rule, { ...technical, dateFormat }, 'x')).rejects.toThrow(
      `Unexpected value ${shown} for option \`dateFormat\` of \`required-fields\`: ${expectation}`,
    )
  })

  it('can be switched off with a severity', async () => {
    expect(await lint(rule, [0, notes], lines('# Implementation Notes - Offline Sync'))).toEqual([])
  })
})

// YAML front matter as fields: `owners` and `tracker` lists (the tracker
// marked optional by its comment), a choice, a date mask, a kept default
// (`layout: proposal`) and a list of example paths (`related`, optional).
const metadata = { template: join(import.meta.dirname, 'metadata-template.md') }
const withFrontMatter = (...keys: string[]) => lines('---', ...keys, '---', '', '# Offline sync', '', '## Summary', '', 'Text.', '', '## Design', '', 'Text.')

ruleTester(
  { plugin: rule, ruleId, url },
  {
    valid: [
      {
        name: 'front matter with every required key; optional ones and example lists left out',
        options: metadata,
        markdown: withFrontMatter('title: offline-sync', 'owners:', '  - Jane', 'stage: Accepted', 'opened: 2026-11-03', 'layout: proposal'),
      },
      {
        name: 'keys in another order, quoted values, a flow list',
        options: metadata,
        markdown: withFrontMatter('layout: wide', "opened: '2026-11-03'", 'stage: "review"', 'owners: [Jane, Ann]', 'title: offline-sync'),
      },
      {
        name: 'values left as the template wrote them (no-placeholders reports them)',
        options: metadata,
        markdown: withFrontMatter('title: short-proposal-name', 'owners:', '  - TBD', 'stage: draft|review|accepted|rejected', 'opened: yyyy-mm-dd', 'layout: proposal'),
      },
      {
        name: 'TOML front matter: the doc chose another format, not compared',
        options: metadata,
        markdown: lines('+++', 'title = "offline-sync"', '+++', '', '# Offline sync', '', '## Summary', '', 'Text.', '', '## Design', '', 'Text.'),
      },
      {
        name: 'a template whose comment before the first key makes every key optional (MADR)',
        options: { template: join(import.meta.dirname, 'optional-metadata-template.md') },
        markdown: lines('# Use Postgres', '', '## Background', '', 'Text.'),
      },
      {
        name: 'optional keys still checked when present',
        options: { template: join(import.meta.dirname, 'optional-metadata-template.md') },
        markdown: lines('---', 'state: final', 'decided: 2026-11-03', '---', '', '# Use Postgres', '', '## Background', '', 'Text.'),
      },
    ],
    invalid: [
      {
        name: 'no front matter at all: one message at the start',
        options: metadata,
        markdown: lines('⟦a⟧# Offline sync', '', '## Summary', '', 'Text.', '', '## Design', '', 'Text.'),
        messages: ['⟦a⟧: Missing front matter: the template starts with a YAML block holding `title`, `owners`, `stage`, `opened` or `layout`'],
      },
      {
        name: 'front matter that is not valid YAML: one message at the first error, no key reported missing',
        options: metadata,
        markdown: withFrontMatter('title: ⟦a⟧A⟦/a⟧zure: bring your own network', 'owners:', '  - Jane', 'stage: accepted', 'opened: 2026-11-03', 'layout: proposal'),
        messages: ['⟦a⟧: Front matter is not valid YAML (Nested mappings are not allowed in compact mappings): its keys are not checked until it is'],
      },
      {
        name: 'missing keys: at the key they belong after, else at the opening fence',
        options: metadata,
        // The opening fence is the first `---`.
        markdown: markLines(withFrontMatter('⟦owners⟧owners:', '  - Jane⟦/owners⟧', 'opened: 2026-11-03'), 'opened: 2026-11-03').replace('---', '⟦fence⟧---⟦/fence⟧'),
        messages: [
          '⟦fence⟧: Missing front-matter key `title`: the template has `title: short-proposal-name`',
          '⟦owners⟧: Missing front-matter key `stage`: the template has `stage: draft|review|accepted|rejected`',
          '⟦opened: 2026-11-03⟧: Missing front-matter key `layout`: the template has `layout: proposal`',
        ],
      },
      {
        name: 'a misspelled key, a near-miss choice and an impossible date, each with its fix where one edit fixes it',
        options: metadata,
        markdown: withFrontMatter('title: offline-sync', '⟦a⟧Owner⟦/a⟧:', '  - Jane', 'stage: ⟦b⟧acepted⟦/b⟧', 'opened: ⟦c⟧2026-13-01⟦/c⟧', 'layout: proposal'),
        messages: [
          '⟦a⟧: Front-matter key `Owner` does not match the template: did you mean `owners`?',
          '⟦b⟧: Front-matter key `stage` has `acepted`: did you mean `accepted`?',
          '⟦c⟧: Front-matter key `opened` has `2026-13-01`, which is not a calendar date: expected a date as `YYYY-MM-DD`',
        ],
        expected: { 0: ['owners'], 1: ['accepted'] },
      },
      {
        name: 'a choice the template does not offer, an empty choice, a date in another format',
        options: metadata,
        markdown: withFrontMatter('title: offline-sync', 'owners: [Jane]', '⟦a⟧stage⟦/a⟧: ""', 'opened: ⟦b⟧2026.11.3⟦/b⟧', 'layout: proposal', 'extra: planning'),
        messages: [
          '⟦a⟧: Front-matter key `stage` is empty: the template expects `draft`, `review`, `accepted` or `rejected`',
          '⟦b⟧: Front-matter key `opened` has `2026.11.3`: expected a date as `YYYY-MM-DD`',
        ],
      },
      {
        name: 'a choice outside the list, and a date in the format of `dateFormat`',
        options: { ...metadata, dateFormat: 'D MMMM YYYY' },
        markdown: withFrontMatter('title: offline-sync', 'owners: [Jane]', 'stage: ⟦a⟧planning⟦/a⟧', 'opened: ⟦b⟧2026-11-03⟦/b⟧', 'layout: proposal'),
        messages: [
          '⟦a⟧: Front-matter key `stage` has `planning`: expected `draft`, `review`, `accepted` or `rejected`',
          '⟦b⟧: Front-matter key `opened` has `2026-11-03`: expected a date as `D MMMM YYYY`',
        ],
      },
    ],
  },
)

ruleTester(
  { plugin: rule, ruleId, url },
  {
    valid: [],
    invalid: [
      {
        name: 'optional keys (MADR style): a value of the wrong kind is still reported',
        options: { template: join(import.meta.dirname, 'optional-metadata-template.md') },
        markdown: lines('---', 'state: ⟦a⟧finished⟦/a⟧', 'decided: ⟦b⟧last week⟦/b⟧', '---', '', '# Use Postgres', '', '## Background', '', 'Text.'),
        messages: [
          '⟦a⟧: Front-matter key `state` has `finished`: expected `draft` or `final`',
          '⟦b⟧: Front-matter key `decided` has `last week`: expected a date as `YYYY-MM-DD`',
        ],
      },
    ],
  },
)
