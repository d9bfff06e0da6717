import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lint, ruleTester } from '../../../test/support/lint.js'
import { markLines } from '../../../test/support/markers.js'
import remarkLintRequiredSections from '../src/index.js'

const plan = join(import.meta.dirname, 'plan-template.md')
/** A title with no placeholder, as many real templates have (`# RFC title`): it stands for the doc's own. */
const freeTitle = join(import.meta.dirname, 'free-title-template.md')
/** No title, sections at H1 (as React's RFC template): a doc may put its own title above them. */
const h1Sections = join(import.meta.dirname, 'h1-sections-template.md')
/** `PROP-NNNN: …` title and date masks (KEP-style). */
const numbered = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'templates', 'numbered-proposal.md')
const numberedDoc = (title: string) => `# ${title}\n\n## Summary\n\nText.\n\n## Schedule\n\n- Proposed on: 2026-01-02\n`
/** `{placeholder}` dialect, sections marked optional in four ways (MADR-style). */
const decision = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'templates', 'decision-record.md')
const decisionDoc = '# Use SQLite for the cache\n\n## Background\n\nWe need a cache.\n\n## Outcome\n\nPicked SQLite.\n\n### SQLite\n\nSmall and fast.\n\n### Redis\n\nA server to run.\n'
const technical = join(import.meta.dirname, '..', '..', 'remark-preset-lint-feature-docs', 'templates', 'technical-implementation.md')
const url = 'https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-required-sections#readme'

const complete = `# Plan - Search

## Goals

### Success Metrics

## Design

### Architecture

### Alternatives

## Rollout

### Phases

### Rollback
`

ruleTester(
  { plugin: remarkLintRequiredSections, ruleId: 'required-sections', url },
  {
    valid: [
      { name: 'every section', markdown: complete, options: { template: plan } },
      {
        name: 'an (Optional) section left out',
        markdown: complete.replace('### Alternatives\n\n', ''),
        options: { template: plan },
      },
      {
        name: 'an (Optional) section keeping its marker',
        markdown: complete.replace('### Alternatives', '### Alternatives (Optional)'),
        options: { template: plan },
      },
      {
        name: 'case, emphasis, code, closing #s, trailing colon, setext and emoji',
        markdown: complete
          .replace('## Goals', '## **GOALS**:')
          .replace('### Success Metrics', '### `Success` _metrics_ ###')
          .replace('## Design', 'Design\n------')
          .replace('## Rollout', '## 🚀 Rollout'),
        options: { template: plan },
      },
      {
        name: 'extra sections anywhere',
        markdown: complete.replace('## Design', '## Notes\n\n### Open Questions\n\n## Design').concat('\n## Appendix\n'),
        options: { template: plan },
      },
      {
        name: 'a doc that is not a feature doc (no template picked)',
        markdown: '# Changelog\n\n## 1.0.0\n',
      },
      {
        name: 'a template title with no placeholder accepts any title',
        markdown: '# Faster Search\n\n## Summary\n\nText.\n\n## Design\n\nText.\n',
        options: { template: freeTitle },
      },
      {
        name: 'a template title with no placeholder accepts its own text too',
        markdown: '# Bright Proposal Idea\n\n## Summary\n\nText.\n\n## Design\n\nText.\n',
        options: { template: freeTitle },
      },
      {
        name: '`{x}` dialect: any title, any heading for a `{x}` one, optional sections left out',
        markdown: decisionDoc,
        options: { template: decision },
      },
      {
        name: '`{x}` dialect: an optional section kept with its `[optional]` marker',
        markdown: `${decisionDoc}\n## Open Points [optional]\n\nNone.\n`,
        options: { template: decision },
      },
      {
        name: 'numbered headings are their sections',
        markdown: complete.replace('## Goals', '## 1. Goals').replace('## Design', '## 2. Design').replace('### Architecture', '### 2.1 Architecture'),
        options: { template: plan },
      },
      {
        name: 'H1 sections as the template has them',
        markdown: '# Summary\n\nx\n\n# Motivation\n\nx\n\n## Use Cases\n\nx\n\n# Drawbacks\n\nx\n',
        options: { template: h1Sections },
      },
      {
        name: 'H1 sections one level down, under a title of the doc’s own',
        markdown: '# Faster Search\n\n## Summary\n\nx\n\n## Motivation\n\nx\n\n### Use Cases\n\nx\n\n## Drawbacks\n\nx\n',
        options: { template: h1Sections },
      },
      {
        name: 'a `PROP-NNNN:` title with a number and a title of the doc’s own',
        markdown: numberedDoc('PROP-1234: Faster search'),
        options: { template: numbered },
      },
      {
        name: 'a built-in template picked by title, all sections present',
        markdown: complete,
        options: { templates: { plan } },
      },
    ],
    invalid: [
      {
        name: 'a missing subsection, at its parent heading',
        markdown: markLines(complete.replace('### Architecture\n\n', ''), '## Design'),
        options: { template: plan },
        messages: ['⟦## Design⟧: Missing section `### Architecture` under `## Design`: the template expects it first under `## Design`'],
      },
      {
        name: 'a missing H2 with all its H3s: one message, at the title',
        markdown: markLines(complete.replace(/## Rollout[\s\S]*$/u, ''), '# Plan - Search'),
        options: { template: plan },
        messages: ['⟦# Plan - Search⟧: Missing section `## Rollout` and its 2 subsections: the template expects it after `## Design`'],
      },
      {
        name: 'no title where the template has a title with no placeholder: any title is asked for',
        markdown: '⟦a⟧## Summary\n\nText.\n\n## Design\n\nText.\n',
        options: { template: freeTitle },
        messages: ["⟦a⟧: Missing title: the template expects a title of the doc's own, where it has `# Bright Proposal Idea`"],
      },
      {
        name: '`{x}` dialect: a required section left out',
        markdown: markLines(decisionDoc.replace('## Background\n\nWe need a cache.\n\n', ''), '# Use SQLite for the cache'),
        options: { template: decision },
        messages: ['⟦# Use SQLite for the cache⟧: Missing section `## Background`: the template expects it as the first section'],
      },
      {
        name: '`{x}` dialect: a `{x}` heading missing under its parent',
        markdown: '# Use SQLite\n\n## Background\n\nWe need a cache.\n\n⟦a⟧## Outcome⟦/a⟧\n\nPicked SQLite.\n',
        options: { template: decision },
        messages: ['⟦a⟧: Missing section `### {name of option one}` under `## Outcome`: the template expects it first under `## Outcome`'],
      },
      {
        name: 'under a title of the doc’s own, levels and missing sections are told one level down',
        markdown: '⟦a⟧# Faster Search⟦/a⟧\n\n## Summary\n\nx\n\n## Motivation\n\nx\n\n⟦b⟧#### Use Cases⟦/b⟧\n\nx\n',
        options: { template: h1Sections },
        messages: [
          '⟦a⟧: Missing section `## Drawbacks`: the template expects it after `## Motivation`',
          '⟦b⟧: Heading `#### Use Cases` is at level 4: the template has `### Use Cases` at level 3',
        ],
        expected: { 1: ['### Use Cases'] },
      },
      {
        name: 'two H1s: no title of the doc’s own, the sections are judged as written',
        markdown: '# Faster Search\n\n# Summary\n\nx\n\n⟦a⟧## Motivation⟦/a⟧\n\nx\n\n# Drawbacks\n\nx\n',
        options: { template: h1Sections },
        messages: [
          '⟦a⟧: Heading `## Motivation` is at level 2: the template has `# Motivation` at level 1',
          '⟦a⟧: Missing section `## Use Cases` under `# Motivation`: the template expects it first under `# Motivation`',
        ],
        expected: { 0: ['# Motivation'] },
      },
      {
        name: 'a section under a second H1 of the doc is said to be there, not under the section the template names',
        markdown: markLines(complete.replace('### Phases', '# Appendix\n\n### Phases'), '### Phases', '### Rollback'),
        options: { template: plan },
        messages: [
          '⟦### Phases⟧: Section `### Phases` is under `# Appendix`: the template has it under `## Rollout`',
          '⟦### Rollback⟧: Section `### Rollback` is under `# Appendix`: the template has it under `## Rollout`',
        ],
      },
      {
        name: 'a heading of its own where the template has a section: a rename, however far the spelling',
        markdown: markLines(complete.replace('### Phases', '### Stages of the launch'), '### Stages of the launch'),
        options: { template: plan },
        messages: [
          '⟦### Stages of the launch⟧: Heading `### Stages of the launch` stands where the template has `### Phases`: name it so if it is that section; if not, that section is missing',
        ],
        expected: { 0: ['### Phases'] },
      },
      {
        name: 'out of its slot, a heading that shares its telling words with a missing section looks like it',
        markdown: markLines(complete.replace('### Phases\n\n### Rollback', '### Plan for rollback steps\n\n### Phases'), '### Plan for rollback steps'),
        options: { template: plan },
        messages: [
          "⟦### Plan for rollback steps⟧: Heading `### Plan for rollback steps` looks like the template's `### Rollback`: name it so if it is that section; if not, that section is missing",
        ],
        expected: { 0: ['### Rollback'] },
      },
      {
        name: 'a shared generic word (`plan`) is no likeness',
        markdown: markLines(complete.replace('### Phases\n\n### Rollback', '### Plan B\n\n### Phases'), '## Rollout'),
        options: { template: plan },
        messages: ['⟦## Rollout⟧: Missing section `### Rollback` under `## Rollout`: the template expects it after `### Phases`'],
      },
      {
        name: 'two sections missing from one slot: no guess which one a heading stands for',
        markdown: markLines(complete.replace('### Phases\n\n### Rollback', '### Stages'), '## Rollout'),
        options: { template: plan },
        messages: [
          '⟦## Rollout⟧: Missing section `### Phases` under `## Rollout`: the template expects it first under `## Rollout`',
          '⟦## Rollout⟧: Missing section `### Rollback` under `## Rollout`: the template expects it after `### Phases`',
        ],
      },
      {
        name: 'a `PROP-NNNN:` title whose number is left as the mask',
        markdown: markLines(numberedDoc('PROP-NNNN: Faster search'), '# PROP-NNNN: Faster search'),
        options: { template: numbered },
        messages: ['⟦# PROP-NNNN: Faster search⟧: Title `# PROP-NNNN: Faster search` does not match the template title `# PROP-NNNN: A short title for the proposal`'],
      },
      {
        name: 'a missing top-level section in a template without a title, at the start',
        markdown: '⟦a⟧## Goals\n\n### Success Metrics\n',
        options: { templates: {}, template: join(import.meta.dirname, 'untitled-template.md') },
        messages: ['⟦a⟧: Missing section `## Risks`: the template expects it after `## Goals`'],
      },
      {
        name: 'a heading at the wrong level, with the corrected heading as expected',
        markdown: markLines(complete.replace('### Phases', '#### Phases'), '#### Phases'),
        options: { template: plan },
        messages: ['⟦#### Phases⟧: Heading `#### Phases` is at level 4: the template has `### Phases` at level 3'],
        expected: { 0: ['### Phases'] },
      },
      {
        name: 'a heading promoted a level, which moves it out of its parent: still a level problem',
        markdown: markLines(complete.replace('### Rollback', '## Rollback'), '## Rollback'),
        options: { template: plan },
        messages: ['⟦## Rollback⟧: Heading `## Rollback` is at level 2: the template has `### Rollback` at level 3'],
        expected: { 0: ['### Rollback'] },
      },
      {
        name: 'a section under the wrong parent',
        markdown: markLines(complete.replace('### Success Metrics\n\n', '').replace('### Phases', '### Success Metrics\n\n### Phases'), '### Success Metrics'),
        options: { template: plan },
        messages: ['⟦### Success Metrics⟧: Section `### Success Metrics` is under `## Rollout`: the template has it under `## Goals`'],
      },
      {
        name: 'a misspelled heading, with a did-you-mean as expected',
        markdown: markLines(complete.replace('## Design', '## Desgin'), '## Desgin'),
        options: { template: plan },
        messages: ['⟦## Desgin⟧: Heading `## Desgin` does not match the template: did you mean `## Design`?'],
        expected: { 0: ['## Design'] },
      },
      {
        name: 'a misspelled heading at the wrong level: one edit fixes both',
        markdown: markLines(complete.replace('### Architecture', '#### Architecure'), '#### Architecure'),
        options: { template: plan },
        messages: ['⟦#### Architecure⟧: Heading `#### Architecure` does not match the template: did you mean `### Architecture`?'],
        expected: { 0: ['### Architecture'] },
      },
      {
        name: 'sections out of order',
        markdown: `# Plan - Search

⟦a⟧## Rollout⟦/a⟧

### Phases

### Rollback

## Goals

### Success Metrics

## Design

### Architecture
`,
        options: { template: plan },
        messages: ['⟦a⟧: Section `## Rollout` is out of order: the template has it after `## Design`'],
      },
      {
        name: 'every kind at once, each reported',
        markdown: `# Plan - Search

⟦a⟧## Goal⟦/a⟧

## Design

⟦b⟧#### Architecture⟦/b⟧

⟦c⟧### Phases⟦/c⟧

## Rollout

### Rollback
`,
        options: { template: plan },
        messages: [
          '⟦a⟧: Heading `## Goal` does not match the template: did you mean `## Goals`?',
          '⟦a⟧: Missing section `### Success Metrics` under `## Goals`: the template expects it first under `## Goals`',
          '⟦b⟧: Heading `#### Architecture` is at level 4: the template has `### Architecture` at level 3',
          '⟦c⟧: Section `### Phases` is under `## Design`: the template has it under `## Rollout`',
        ],
      },
      {
        name: 'a title that does not match the template title',
        markdown: markLines(complete.replace('# Plan - Search', '# Search plan'), '# Search plan'),
        options: { template: plan },
        messages: ['⟦# Search plan⟧: Title `# Search plan` does not match the template title `# Plan - [Project]`'],
      },
      {
        name: 'a missing title',
        markdown: complete.replace('# Plan - Search\n\n', ''),
        options: { template: plan },
        messages: ['1:1-1:1: Missing title: the template expects `# Plan - [Project]`'],
      },
      {
        name: 'an H1 close to a template title: reported, not silently skipped',
        markdown: markLines(complete.replace('# Plan - Search', '# Plann - Search'), '# Plann - Search'),
        options: { templates: { plan } },
        messages: [
          '⟦# Plann - Search⟧: Title `# Plann - Search` is close to the title of template `plan`, `# Plan - [Project]`: fix the title, or name the template in front matter (`template: plan`), so this doc is checked',
        ],
      },
      {
        name: 'an unknown template named in front matter, at the front matter',
        markdown: '⟦a⟧---\ntemplate: nope\n---⟦/a⟧\n\n# X\n',
        options: { templates: { plan } },
        messages: [
          '⟦a⟧: Unknown template `nope` in front matter `template:`: expected one of `implementation-notes`, `technical-implementation`, `plan`, or a path to a Markdown file',
        ],
      },
      {
        name: 'positions under CRLF line endings and a BOM',
        markdown: markLines(`\uFEFF${complete.replace('### Phases', '#### Phases').replaceAll('\n', '\r\n')}`, '#### Phases'),
        options: { template: plan },
        messages: ['⟦#### Phases⟧: Heading `#### Phases` is at level 4: the template has `### Phases` at level 3'],
      },
      {
        name: 'the built-in technical-implementation template: "Bug Fixes" for "Bugs Fixed"',
        markdown: '⟦a⟧# Sync - Technical Implementation⟦/a⟧\n\n⟦b⟧## Bug Fixes⟦/b⟧\n',
        options: { template: technical },
        messages: [
          '⟦a⟧: Missing section `## Code Changes` and its 3 subsections: the template expects it after `## Bugs Fixed`',
          '⟦a⟧: Missing section `## Architecture Decisions` and its 3 subsections: the template expects it after `## Code Changes`',
          '⟦a⟧: Missing section `## Performance Impact` and its 3 subsections: the template expects it after `## Architecture Decisions`',
          '⟦a⟧: Missing section `## Security Implications` and its 2 subsections: the template expects it after `## Performance Impact`',
          '⟦a⟧: Missing section `## Testing Strategy` and its 2 subsections: the template expects it after `## Security Implications`',
          '⟦a⟧: Missing section `## Monitoring & Observability` and its 3 subsections: the template expects it after `## Testing Strategy`',
          '⟦a⟧: Missing section `## Deployment Notes` and its 3 subsections: the template expects it after `## Monitoring & Observability`',
          '⟦b⟧: Heading `## Bug Fixes` does not match the template: did you mean `## Bugs Fixed`?',
          '⟦b⟧: Missing section `### Critical Issues Resolved` under `## Bugs Fixed`: the template expects it first under `## Bugs Fixed`',
          '⟦b⟧: Missing section `### Technical Debt Addressed` under `## Bugs Fixed`: the template expects it after `### Critical Issues Resolved`',
          '⟦b⟧: Missing section `### Technical Debt Created` under `## Bugs Fixed`: the template expects it after `### Technical Debt Addressed`',
        ],
      },
    ],
  },
)

describe('required-sections options', () => {
  it.each([
    [{ template: 3 }, 'Unexpected value `3` for option `template` of `required-sections`: expected a non-empty string'],
    [{ templates: ['a.md'] }, 'Unexpected value `["a.md"]` for option `templates` of `required-sections`: expected an object of non-empty strings'],
    [{ tempalte: 'x' }, 'Unexpected option `tempalte` for `required-sections`: expected one of `template`, `templates`, `files`, `placeholderSyntax`, `allowTemplatesOutsideProject`, `base`'],
    ['plan', 'Unexpected options for `required-sections`: expected an object, not `"plan"`'],
    [{ template: 'nope' }, 'Unknown template `nope` in option `template` of `required-sections`: expected one of `implementation-notes`, `technical-implementation`, or a path to a Markdown file'],
    [{ template: '/nowhere/template.md' }, 'Cannot read template `/nowhere/template.md`: no such file'],
    [{ template: 'missing/template.md', base: '/nowhere' }, 'Cannot read template `/nowhere/missing/template.md`: no such file'],
  ])('fails at once on %j', async (options, message) => {
    await expect(lint(remarkLintRequiredSections, options, '# X\n')).rejects.toThrowError(message)
  })

  it('reads a relative path without `base` per doc, from its configuration\'s folder (else the working folder): a missing one is an error on the doc', async () => {
    const messages = await lint(remarkLintRequiredSections, { template: 'missing/template.md' }, '# X\n')
    expect(messages.map((message) => [message.reason, message.line, message.column])).toEqual([
      [`Cannot read template \`${join(process.cwd(), 'missing', 'template.md')}\`: no such file`, 1, 1],
    ])
  })

  it('can be switched off with a severity', async () => {
    expect(await lint(remarkLintRequiredSections, ['off', { template: plan }], '# X\n')).toEqual([])
  })

  it('reports at error severity as fatal', async () => {
    const [message] = await lint(remarkLintRequiredSections, ['error', { template: plan }], complete.replace('## Design', '## Desgin'))
    expect(message?.fatal).toBe(true)
  })
})
