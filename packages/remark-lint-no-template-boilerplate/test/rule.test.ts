import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Blockquote, Paragraph, Root } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import rule from '../src/index.js'
import { formatMessage, lint, ruleTester } from '../../../test/support/lint.js'

const ruleId = 'no-template-boilerplate'
const url = 'https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-no-template-boilerplate#readme'

const root = join(import.meta.dirname, '..', '..', '..')
// A small template with instructions everywhere: before the first section,
// in paragraphs, list items (nested, ordered, tasks), a block quote,
// comments, and a footer after a thematic break; and short lines (`None.`,
// `Why?`, `Two words`) that are never reported.
const guideTemplate = join(import.meta.dirname, 'guide-template.md')
const guide = { template: guideTemplate }
// A template whose only prose is short or holds a placeholder.
const quiet = { template: join(import.meta.dirname, 'quiet-template.md') }
/** List items the template offers as examples to adopt ("**Examples**: These are…"). */
const examples = { template: join(import.meta.dirname, 'examples-template.md') }
/** List items that are one placeholder each. */
const bracketItems = { template: join(import.meta.dirname, 'bracket-items-template.md') }
const rollout = (...lines: string[]) => ['# Rollout - Search', '', '## Graduation', '', 'In two stages.', '', ...lines, ''].join('\n')
// Third-party-style templates: an RFC keeps its instructions as prose, a
// KEP in comments (and a checklist that is meant to stay).
const rfc = { template: join(root, 'fixtures', 'templates', 'rfc-style.md') }
const kep = { template: join(root, 'fixtures', 'templates', 'kep-style.md') }
// The built-in templates: all their prose is placeholders or fields.
const builtin = (name: string) => ({
  template: join(root, 'packages', 'remark-preset-lint-feature-docs', 'templates', `${name}.md`),
})
const fixture = (path: string) => readFileSync(join(root, 'fixtures', path), 'utf8')

const lines = (...text: string[]) => text.join('\n') + '\n'

const fix = "is left in place: replace it with the doc's own text"

/** A guide doc with `body` under `## Context`. */
const context = (...body: string[]) => lines('# Design Note - Caching', '', '## Context', '', ...body)

/** An RFC doc with `body` under `# Summary`. */
const summary = (...body: string[]) => lines('# Summary', '', ...body)

ruleTester(
  { plugin: rule, ruleId, url },
  {
    valid: [
      {
        name: 'example criteria the template offers, kept as the doc’s own',
        options: examples,
        markdown: rollout('### Preview to General Availability', '', '- Sufficient time for feedback from real users', '- Load testing done at twice the expected peak', '', '### Removal', '', 'By a flag.'),
      },
      {
        name: 'a doc in its own words',
        options: guide,
        markdown: context(
          'Reads of the catalogue take two seconds.',
          '',
          '- The cache must hold no personal data.',
          '',
          '> Can we make the catalogue fast? (Ada)',
          '',
          '## Decision',
          '',
          'Cache catalogue pages for five minutes.',
        ),
      },
      {
        name: 'short template lines kept: `None.`, `Why?`, two-word items',
        options: guide,
        markdown: context('- None.', '- Two words', '', 'Why?', '', 'None'),
      },
      {
        name: 'template text that is only part of a paragraph',
        options: guide,
        markdown: context(
          'Describe the problem this note solves. Reads of the catalogue are slow.',
          '',
          '- List the constraints you must respect, we did: no personal data.',
        ),
      },
      {
        name: 'template text in a heading, a table cell or code is not prose',
        options: guide,
        markdown: context(
          '### Describe the problem this note solves',
          '',
          '| Step | Note |',
          '|---|---|',
          '| 1 | Describe the problem this note solves. |',
          '',
          '```text',
          'Describe the problem this note solves.',
          '```',
        ),
      },
      {
        name: 'task list items are a checklist to keep, as tasks or not',
        options: guide,
        markdown: lines(
          '## Decision',
          '',
          '- [x] Reviewed by the team lead',
          '- [ ] Approved by the architect',
          '',
          'Reviewed by the team lead',
        ),
      },
      {
        name: 'template comments are kept without `comments`',
        options: guide,
        markdown: lines('<!-- Keep this note under two pages. -->', '', '## Context', '', '<!-- Say who asked for it, and why now. -->'),
      },
      {
        name: 'template comments are kept with `comments: false`',
        options: { ...guide, comments: false },
        markdown: lines('<!-- Keep this note under two pages. -->'),
      },
      {
        name: '`comments`: other comments, two comments in one block, a comment in a paragraph',
        options: { ...guide, comments: true },
        markdown: context(
          '<!-- Ada asked for it. -->',
          '',
          '<!-- Keep this note under two pages. --> <!-- Say who asked for it, and why now. -->',
          '',
          '<!-- Keep this note under two pages. --> and more text',
          '',
          'Reads are slow. <!-- Keep this note under two pages. -->',
        ),
      },
      {
        name: 'a template with no text long enough to report',
        options: { ...quiet, comments: true },
        markdown: lines('# Quiet Note - Caching', '', '## Summary', '', '- None.', '- Not applicable', '', '<!-- Write the summary in [one] sentence. -->'),
      },
      {
        name: 'implementation-notes (built in): a complete doc',
        options: builtin('implementation-notes'),
        markdown: fixture('implementation-notes/valid.md'),
      },
      {
        name: 'implementation-notes (built in): placeholders are left to no-placeholders',
        options: { ...builtin('implementation-notes'), comments: true },
        markdown: fixture('implementation-notes/placeholders.md'),
      },
      {
        name: 'technical-implementation (built in): a complete doc',
        options: builtin('technical-implementation'),
        markdown: fixture('technical-implementation/valid.md'),
      },
      {
        name: 'technical-implementation (built in): the template itself, copied',
        options: { ...builtin('technical-implementation'), comments: true },
        markdown: readFileSync(builtin('technical-implementation').template, 'utf8'),
      },
      {
        name: 'kep-style: comments and the checklist kept, without `comments`',
        options: kep,
        markdown: lines(
          '# KEP-42: Lazy volume expansion',
          '',
          '<!--',
          'Keep the title short and descriptive: it becomes the name of the',
          'enhancement everywhere it is tracked.',
          '-->',
          '',
          '## Release Signoff Checklist',
          '',
          '- [x] Enhancement issue in the release milestone',
          '- [ ] Design details are appropriately documented',
          '- [ ] Test plan is in place',
        ),
      },
      {
        name: 'rfc-style: front matter list and fields are not boilerplate',
        options: rfc,
        markdown: lines(
          '- Feature Name: `lazy_volumes`',
          '- Start Date: 2024-05-01',
          '',
          '# Summary',
          '',
          'Volumes grow when they fill up.',
        ),
      },
      {
        name: 'a doc no template applies to is left alone',
        markdown: lines('# Shopping list', '', 'One paragraph explanation of the feature.'),
      },
      {
        name: 'an unknown template is left to required-sections',
        markdown: lines('---', 'template: no-such-template', '---', '', 'One paragraph explanation of the feature.'),
      },
    ],
    invalid: [
      {
        name: 'a placeholder item kept with its brackets taken off',
        options: bracketItems,
        markdown: '# Retro - Search\n\n## Lessons\n\n- ⟦a⟧Lesson about what worked well⟦/a⟧\n- We will pair more.\n',
        messages: ["⟦a⟧: Template text `Lesson about what worked well` from `## Lessons` is left in place: replace it with the doc's own text"],
      },
      {
        name: 'instruction text is still reported where the template also offers examples',
        options: examples,
        markdown: rollout('### Removal', '', '⟦a⟧Explain how the feature would be removed later on.⟦/a⟧'),
        messages: ["⟦a⟧: Template text `Explain how the feature would be removed later on.` from `### Removal` is left in place: replace it with the doc's own text"],
      },
      {
        name: "rfc-style: the summary's instruction left in place",
        options: rfc,
        markdown: summary('⟦a⟧One paragraph explanation of the feature.⟦/a⟧'),
        messages: [`⟦a⟧: Template text \`One paragraph explanation of the feature.\` from \`# Summary\` ${fix}`],
      },
      {
        name: 'rfc-style: several sections, in document order, list items at their text',
        options: rfc,
        markdown: lines(
          '# Summary',
          '',
          'Volumes grow when they fill up.',
          '',
          '# Motivation',
          '',
          '⟦a⟧Why are we doing this? Which use cases does it serve, and what outcome do we expect?⟦/a⟧',
          '',
          '# Guide-level explanation',
          '',
          '- ⟦b⟧Introduce new concepts by name.⟦/b⟧',
          '- A volume has a *ceiling*.',
          '-   ⟦c⟧Show examples of how the feature is used.⟦/c⟧',
          '',
          '# Drawbacks',
          '',
          '⟦d⟧Why should we *not* do this?⟦/d⟧',
        ),
        messages: [
          `⟦a⟧: Template text \`Why are we doing this? Which use cases does it serve, and what outcome do we ...\` from \`# Motivation\` ${fix}`,
          `⟦b⟧: Template text \`Introduce new concepts by name.\` from \`# Guide-level explanation\` ${fix}`,
          `⟦c⟧: Template text \`Show examples of how the feature is used.\` from \`# Guide-level explanation\` ${fix}`,
          `⟦d⟧: Template text \`Why should we *not* do this?\` from \`# Drawbacks\` ${fix}`,
        ],
      },
      {
        name: 'rfc-style: reshaped, a list item as a paragraph and a paragraph as a list item',
        options: rfc,
        markdown: lines(
          '# Rationale and alternatives',
          '',
          '⟦a⟧Why is this design the best in the space of possible designs?⟦/a⟧',
          '',
          '# Prior art',
          '',
          '* ⟦b⟧Discuss prior art, both the good and the bad, in relation to this proposal.⟦/b⟧',
        ),
        messages: [
          `⟦a⟧: Template text \`Why is this design the best in the space of possible designs?\` from \`# Rationale and alternatives\` ${fix}`,
          `⟦b⟧: Template text \`Discuss prior art, both the good and the bad, in relation to this proposal.\` from \`# Prior art\` ${fix}`,
        ],
      },
      {
        name: 'rfc-style: emphasis, code and links do not matter; the quote is as written',
        options: rfc,
        markdown: summary(
          '⟦a⟧One *paragraph* explanation of the [feature](https://example.com).⟦/a⟧',
          '',
          '# Motivation',
          '',
          '⟦b⟧Why are we doing `this`? Which use cases does it serve, and what outcome do we expect?⟦/b⟧',
        ),
        messages: [
          `⟦a⟧: Template text \`One *paragraph* explanation of the [feature](https://example.com).\` from \`# Summary\` ${fix}`,
          `⟦b⟧: Template text \`\` Why are we doing \`this\`? Which use cases does it serve, and what outcome do w... \`\` from \`# Motivation\` ${fix}`,
        ],
      },
      {
        name: 'rfc-style: case, line breaks and a missing final period do not matter',
        options: rfc,
        markdown: summary('⟦a⟧ONE PARAGRAPH   explanation', '  of the Feature⟦/a⟧'),
        messages: [`⟦a⟧: Template text \`ONE PARAGRAPH explanation of the Feature\` from \`# Summary\` ${fix}`],
      },
      {
        name: 'rfc-style: reported wherever it sits, naming the section it came from',
        options: rfc,
        markdown: lines(
          '# Summary',
          '',
          'Volumes grow when they fill up.',
          '',
          '# Future possibilities',
          '',
          '⟦a⟧One paragraph explanation of the feature.⟦/a⟧',
        ),
        messages: [`⟦a⟧: Template text \`One paragraph explanation of the feature.\` from \`# Summary\` ${fix}`],
      },
      {
        name: 'rfc-style: a long text is quoted shortened',
        options: rfc,
        markdown: lines(
          '# Reference-level explanation',
          '',
          '⟦a⟧This is the technical portion of the RFC. Explain the design in enough detail to implement it.⟦/a⟧',
        ),
        messages: [
          `⟦a⟧: Template text \`This is the technical portion of the RFC. Explain the design in enough detail...\` from \`# Reference-level explanation\` ${fix}`,
        ],
      },
      {
        name: 'guide: before the first section and in the footer',
        options: guide,
        markdown: lines(
          '# Design Note - Caching',
          '',
          '⟦a⟧Fill in every section below, then delete this line.⟦/a⟧',
          '',
          '## Decision',
          '',
          'Cache catalogue pages.',
          '',
          '---',
          '',
          '⟦b⟧Thank you for writing this note carefully.⟦/b⟧',
        ),
        messages: [
          `⟦a⟧: Template text \`Fill in every section below, then delete this line.\` from outside the template's sections ${fix}`,
          `⟦b⟧: Template text \`Thank you for writing this note carefully.\` from outside the template's sections ${fix}`,
        ],
      },
      {
        name: 'guide: nested and ordered list items, a block quote; the subsection is named',
        options: guide,
        markdown: context(
          '- No personal data.',
          '  - ⟦a⟧Name every team that is affected.⟦/a⟧',
          '',
          '> ⟦b⟧Quote the request that started this work.⟦/b⟧',
          '',
          '### Options Considered',
          '',
          '3) ⟦c⟧Describe each option in one paragraph.⟦/c⟧',
        ),
        messages: [
          `⟦a⟧: Template text \`Name every team that is affected.\` from \`## Context\` ${fix}`,
          `⟦b⟧: Template text \`Quote the request that started this work.\` from \`## Context\` ${fix}`,
          `⟦c⟧: Template text \`Describe each option in one paragraph.\` from \`### Options Considered\` ${fix}`,
        ],
      },
      {
        name: "guide: a list item's later paragraph, and a footnote",
        options: guide,
        markdown: context(
          '- No personal data.',
          '',
          '  ⟦a⟧List the constraints you must respect.⟦/a⟧',
          '',
          'Reads are slow.[^1]',
          '',
          '[^1]: ⟦b⟧State the decision and its consequences.⟦/b⟧',
        ),
        messages: [
          `⟦a⟧: Template text \`List the constraints you must respect.\` from \`## Context\` ${fix}`,
          `⟦b⟧: Template text \`State the decision and its consequences.\` from \`## Decision\` ${fix}`,
        ],
      },
      {
        name: "guide: a block quote's markers are left out of the quote",
        options: guide,
        markdown: context(
          '> - ⟦a⟧Quote the request',
          '>   that started',
          '>   this work.⟦/a⟧',
          '',
          '> > ⟦b⟧Describe the problem',
          '> > this note',
          'solves.⟦/b⟧',
        ),
        messages: [
          `⟦a⟧: Template text \`Quote the request that started this work.\` from \`## Context\` ${fix}`,
          `⟦b⟧: Template text \`Describe the problem this note solves.\` from \`## Context\` ${fix}`,
        ],
      },
      {
        name: 'guide: template text in inline code is still the text',
        options: guide,
        markdown: context('⟦a⟧`Describe the problem this note solves.`⟦/a⟧'),
        messages: [`⟦a⟧: Template text \`\` \`Describe the problem this note solves.\` \`\` from \`## Context\` ${fix}`],
      },
      {
        name: 'guide: front matter names the template',
        options: { templates: { guide: guideTemplate } },
        markdown: lines('---', 'template: guide', '---', '', '## Decision', '', '⟦a⟧State the decision and its consequences.⟦/a⟧'),
        messages: [`⟦a⟧: Template text \`State the decision and its consequences.\` from \`## Decision\` ${fix}`],
      },
      {
        name: '`comments`: template comments, at the comment, text compared normalised',
        options: { ...guide, comments: true },
        markdown: lines(
          '⟦a⟧<!-- Keep this note under two pages. -->⟦/a⟧',
          '',
          '## Context',
          '',
          '⟦b⟧<!--',
          '  say who asked for it, and why now',
          '-->⟦/b⟧',
          '',
          '- Reads are slow.',
          '',
          '  ⟦c⟧<!--Keep this note   under two pages.-->⟦/c⟧',
          '',
          '> ⟦d⟧<!-- Say who asked for it,',
          '> and why now. -->⟦/d⟧',
        ),
        messages: [
          '⟦a⟧: Template comment `Keep this note under two pages.` from outside the template\'s sections is left in place: remove it',
          '⟦b⟧: Template comment `say who asked for it, and why now` from `## Context` is left in place: remove it',
          '⟦c⟧: Template comment `Keep this note under two pages.` from outside the template\'s sections is left in place: remove it',
          '⟦d⟧: Template comment `Say who asked for it, and why now.` from `## Context` is left in place: remove it',
        ],
      },
      {
        name: 'kep-style: `comments` reports its instructions, not its checklist',
        options: { ...kep, comments: true },
        markdown: lines(
          '# KEP-42: Lazy volume expansion',
          '',
          '⟦a⟧<!--',
          'Keep the title short and descriptive: it becomes the name of the',
          'enhancement everywhere it is tracked.',
          '-->⟦/a⟧',
          '',
          '## Release Signoff Checklist',
          '',
          '- [x] Enhancement issue in the release milestone',
          '- Test plan is in place',
          '',
          '## Summary',
          '',
          '⟦b⟧<!--',
          'Write this for readers who will only ever read this section: what changes,',
          'for whom, and why it matters.',
          '-->⟦/b⟧',
          '',
          'Volumes grow when they fill up.',
        ),
        messages: [
          "⟦a⟧: Template comment `Keep the title short and descriptive: it becomes the name of the enhancement ...` from outside the template's sections is left in place: remove it",
          '⟦b⟧: Template comment `Write this for readers who will only ever read this section: what changes, fo...` from `## Summary` is left in place: remove it',
        ],
      },
      {
        name: 'kep-style: the prose instruction of an optional section',
        options: kep,
        markdown: lines(
          '# KEP-42: Lazy volume expansion',
          '',
          '## Infrastructure Needed',
          '',
          '⟦a⟧Use this section if you need a new repository, a test bucket or other',
          'infrastructure for the work.⟦/a⟧',
        ),
        messages: [
          `⟦a⟧: Template text \`Use this section if you need a new repository, a test bucket or other infrast...\` from \`## Infrastructure Needed\` ${fix}`,
        ],
      },
      {
        name: 'CRLF line endings',
        options: rfc,
        markdown: lines('# Summary', '', '⟦a⟧One paragraph', 'explanation of the feature.⟦/a⟧', '', '- ⟦b⟧Introduce new concepts by name.⟦/b⟧').replace(/\n/gu, '\r\n'),
        messages: [
          `⟦a⟧: Template text \`One paragraph explanation of the feature.\` from \`# Summary\` ${fix}`,
          `⟦b⟧: Template text \`Introduce new concepts by name.\` from \`# Guide-level explanation\` ${fix}`,
        ],
      },
      {
        name: 'a byte order mark',
        options: rfc,
        markdown: '\uFEFF' + summary('⟦a⟧One paragraph explanation of the feature.⟦/a⟧'),
        messages: [`⟦a⟧: Template text \`One paragraph explanation of the feature.\` from \`# Summary\` ${fix}`],
      },
    ],
  },
)

describe(`${ruleId} messages`, () => {
  it('carry no `expected`: no single edit fixes them', async () => {
    const messages = await lint(rule, { ...guide, comments: true }, lines('<!-- Keep this note under two pages. -->', '', 'Fill in every section below, then delete this line.'))
    expect(messages).toHaveLength(2)
    for (const message of messages) expect(message.expected).toBeUndefined()
  })
})

describe(`${ruleId} options`, () => {
  const markdown = summary('One paragraph explanation of the feature.')
  const cases: Array<[string, unknown, string]> = [
    [
      '`comments` a string',
      { ...rfc, comments: 'yes' },
      'Unexpected value `"yes"` for option `comments` of `no-template-boilerplate`: expected a boolean',
    ],
    [
      '`comments` a number, with a severity',
      [2, { ...rfc, comments: 1 }],
      'Unexpected value `1` for option `comments` of `no-template-boilerplate`: expected a boolean',
    ],
    [
      '`comments` null',
      { ...rfc, comments: null },
      'Unexpected value `null` for option `comments` of `no-template-boilerplate`: expected a boolean',
    ],
    [
      'an unknown option',
      { ...rfc, comment: true },
      'Unexpected option `comment` for `no-template-boilerplate`: expected one of `template`, `templates`, `files`, `placeholderSyntax`, `allowTemplatesOutsideProject`, `base`, `comments`',
    ],
    [
      'options not an object',
      'yes',
      'Unexpected options for `no-template-boilerplate`: expected an object, not `"yes"`',
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

  it('severity `off` turns the rule off, even with a bad `comments`', async () => {
    expect(await lint(rule, ['off', { ...rfc, comments: 'yes' }], markdown)).toEqual([])
  })
})

describe(`${ruleId} deep nesting`, () => {
  // Built by hand: the Markdown parser itself overflows long before this
  // depth, but a tree from elsewhere (a plugin, a cache) may have it, and a
  // recursive walk would overflow on it.
  it('a hundred thousand nested block quotes', async () => {
    const depth = 100_000
    const text = 'Describe the problem this note solves.'
    const source = `${'>'.repeat(depth)} ${text}\n`
    const point = (offset: number) => ({ line: 1, column: offset + 1, offset })
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: text, position: { start: point(depth + 1), end: point(source.length - 1) } }],
      position: { start: point(depth + 1), end: point(source.length - 1) },
    }
    let node: Blockquote | Paragraph = paragraph
    for (let level = depth - 1; level >= 0; level--) {
      node = { type: 'blockquote', children: [node], position: { start: point(level), end: point(source.length - 1) } }
    }
    const tree: Root = { type: 'root', children: [node], position: { start: point(0), end: point(source.length) } }
    const file = new VFile({ path: 'doc.md', value: source })
    // The plugin's transformer, as unified would call it.
    const transform = (rule as unknown as (options: unknown) => (tree: Root, file: VFile, next: () => void) => void)(guide)
    await new Promise<void>((resolve) => transform(tree, file, resolve))
    expect(file.messages.map(formatMessage)).toEqual([
      `1:100002-1:100040: Template text \`Describe the problem this note solves.\` from \`## Context\` ${fix}`,
    ])
  })
})

// The same note stands in two sections of the template: a message names
// the one the doc's text is in (its own section, or one around it).
const repeated = { template: join(import.meta.dirname, 'repeated-note-template.md') }

ruleTester(
  { plugin: rule, ruleId: 'no-template-boilerplate', url: 'https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-no-template-boilerplate#readme' },
  {
    valid: [],
    invalid: [
      {
        name: 'text the template has in two sections, named from the section it is left in',
        options: repeated,
        markdown: [
          '# Plan - Sync',
          '',
          '## Testing',
          '',
          'Unit tests.',
          '',
          '## Rollout',
          '',
          '### Stages',
          '',
          '⟦a⟧**Note:** *This section waits until the plan is scheduled.*⟦/a⟧',
          '',
        ].join('\n'),
        messages: [
          "⟦a⟧: Template text `**Note:** *This section waits until the plan is scheduled.*` from `## Rollout` is left in place: replace it with the doc's own text",
        ],
      },
    ],
  },
)
