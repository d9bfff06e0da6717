/**
 * Table-driven cases for `no-placeholders` against a small template
 * (`templates/notes.md`): what is reported, at which exact range, and
 * everything bracketed that Markdown gives a meaning to and that must not be.
 */
import { join } from 'node:path'
import { ruleTester } from '../../../test/support/lint.js'
import rule from '../src/index.js'

const template = join(import.meta.dirname, 'templates', 'notes.md')
const options = { template }
/** Every bracketed word, as earlier versions reported: the scanning itself. */
const strict = { template, strict: true }
const title = '# Feature Notes - Offline Sync\n\n'
const fix = "replace it with the doc's own text"

ruleTester(
  {
    plugin: rule,
    ruleId: 'no-placeholders',
    url: 'https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-no-placeholders#readme',
  },
  {
    valid: [
      {
        name: 'bracketed words in a sentence, not the template’s placeholders, are the doc’s own',
        options,
        markdown: `${title}## Summary\n\nThe old API [sic] returned a [String] and the branch is [WIP] for now.\n\nSee [[full text]](https://example.com).\n`,
      },
      {
        name: 'a filled-in doc',
        options,
        markdown: `${title}## Summary\n\nSync works offline.\n\n| Item | Notes |\n| ---- | ----- |\n| Queue | Persisted |\n\n---\n\n**Risk Level**: Low\n`,
      },
      {
        name: 'a template with no `[x]` placeholders: a doc’s bracketed words are its own',
        options: { templates: {}, template: join(import.meta.dirname, '..', '..', 'remark-lint-required-fields', 'test', 'front-list-template.md') },
        markdown: '- Start Date: 2026-01-02\n\n# Summary\n\n1. [framework] loads the route\n2. [React] renders it\n',
      },
      {
        name: '`[optional]` marks a section as optional: nothing to replace',
        options,
        markdown: `${title}## Summary\n\nSync works offline.\n\n## Open Questions [optional]\n\nNone [Optional] yet.\n`,
      },
      {
        name: 'not a feature doc: no template is chosen',
        options: { templates: { notes: template } },
        markdown: '# Release Checklist\n\n[Brief description]\n',
      },
      {
        name: 'not a feature doc: no title and no template option',
        options: { templates: { notes: template } },
        markdown: '[Brief description]\n',
      },
      {
        name: 'a template that cannot be used is left to required-sections',
        options: { templates: { notes: template } },
        markdown: '---\ntemplate: no-such-template\n---\n\n# Feature Notes - X\n\n[Brief description]\n',
      },
      {
        name: 'links',
        options,
        markdown: `${title}See [the guide](https://example.com) and [the spec](https://example.com "Spec").\n`,
      },
      {
        name: 'references and images with a definition: shortcut, collapsed and full',
        options,
        markdown: `${title}See [guide], [guide][], [the guide][guide], ![logo], ![logo][] and ![the logo][logo].\n\n[guide]: https://example.com\n[logo]: https://example.com/logo.png\n`,
      },
      {
        name: 'images',
        options,
        markdown: `${title}![A diagram of the sync queue](queue.png)\n`,
      },
      {
        name: 'footnotes, with and without a definition',
        options,
        markdown: `${title}Offline first[^1], as agreed[^note].\n\n[^1]: See the design review.\n`,
      },
      {
        name: 'task list boxes, with text and alone',
        options,
        markdown: `${title}- [ ] Write tests\n- [x] Ship it\n- [X] Announce it\n- [x]\n- [X]\n- [ ]\n\n1. [x] Ordered too\n`,
      },
      {
        name: 'definitions',
        options,
        markdown: `${title}[Brief description]: https://example.com\n[Feature Name]: <https://example.com> "Title"\n`,
      },
      {
        name: 'GitHub alerts',
        options,
        markdown: `${title}> [!NOTE]\n> Sync runs every minute.\n\n> [!WARNING]\n> Data may be lost.\n`,
      },
      {
        name: 'escaped brackets',
        options,
        markdown: `${title}\\[not this\\], \\[nor this], [nor \\[this\\]\n`,
      },
      {
        name: 'inline code and code blocks that hold no template placeholder',
        options,
        markdown: `${title}Use \`[name]\` or \`\`[Brief] \`x\` \`\`.\n\n\`\`\`js\nconst list = [first, second]\n\`\`\`\n\n    [Indented code]\n`,
      },
      {
        name: 'autolinks, angle-bracketed and literal',
        options,
        markdown: `${title}<https://example.com/[a]>, https://example.com/[b] and www.example.com/[c].\n`,
      },
      {
        name: 'brackets with no letter inside',
        options,
        markdown: `${title}Step [1] of [2], [ ], [#], [...], […], [42%], [-], [ 3 ].\n`,
      },
      {
        name: 'HTML and comments',
        options,
        markdown: `${title}<!-- Replace [Brief description] with one paragraph -->\n\n<kbd>[</kbd>\n`,
      },
      {
        name: 'front matter',
        options: { templates: { notes: template } },
        markdown: `---\ntemplate: notes\ntags: [sync, offline]\n---\n\n${title}Done.\n`,
      },
      {
        name: 'allow: exact text, text between the brackets, and a regex',
        options: { template, allow: ['[Brief description]', 'Item', '/^x+$/i', '/^v\\d+$/'] },
        markdown: `${title}[Brief description], [Item], [ Item ], [x], [XXX], [v2].\n`,
      },
      {
        name: 'allow applies to template placeholders in code and to patterns',
        options: { template, allow: ['[changed files]', '/^fill/'], patterns: ['/fill me in/'] },
        markdown: `${title}\`\`\`text\n└── [changed files]\n\`\`\`\n\nfill me in\n`,
      },
      {
        name: 'patterns are not searched in code, URLs or autolinks',
        options: { template, patterns: ['TODO', '/fill me/'] },
        markdown: `${title}\`TODO\`, [a link](https://example.com/TODO), <https://example.com/TODO>\n\n\`\`\`\nTODO: fill me\n\`\`\`\n`,
      },
      {
        name: 'literal patterns match whole words only',
        options: { template, patterns: ['TODO', 'TBD'] },
        markdown: `${title}TODOs, NOTTODO, TODO_LIST, TBDX and 2TBD are words of their own.\n`,
      },
      {
        name: 'severity with options',
        options: ['error', { template, allow: ['[Brief description]'] }],
        markdown: `${title}[Brief description]\n`,
      },
      {
        name: 'severity off',
        options: ['off', { template }],
        markdown: `${title}[Brief description]\n`,
      },
    ],
    invalid: [
      {
        name: 'a bracketed word standing alone where a placeholder would: paragraph, list item, cell, field value, heading',
        options,
        markdown: `${title}## Summary\n\n⟦a⟧[Describe the sync]⟦/a⟧\n\n- ⟦b⟧[Another item]⟦/b⟧\n\n| Item | Notes |\n| ---- | ----- |\n| Queue | ⟦c⟧[To be written]⟦/c⟧ |\n\n**Owner**: ⟦d⟧[Owner name]⟦/d⟧\n\n### ⟦e⟧[Subsection]⟦/e⟧\n`,
        messages: [
          `⟦a⟧: Unexpected placeholder \`[Describe the sync]\`: ${fix}`,
          `⟦b⟧: Unexpected placeholder \`[Another item]\`: ${fix}`,
          `⟦c⟧: Unexpected placeholder \`[To be written]\`: ${fix}`,
          `⟦d⟧: Unexpected placeholder \`[Owner name]\`: ${fix}`,
          `⟦e⟧: Unexpected placeholder \`[Subsection]\`: ${fix}`,
        ],
      },
      {
        name: 'a template placeholder in a sentence is still reported',
        options,
        markdown: `${title}## Summary\n\nWe built ⟦a⟧[Brief description]⟦/a⟧ last week.\n`,
        messages: [`⟦a⟧: Unexpected placeholder \`[Brief description]\`: ${fix}`],
      },
      {
        name: 'masks the template writes (`NNNN`, `yyyy-mm-dd`) left in the doc; a lower-case `xxx` is a word',
        options: { templates: {}, template: join(import.meta.dirname, '..', '..', '..', 'fixtures', 'templates', 'numbered-proposal.md') },
        markdown: '# PROP-1234: Faster search\n\n## Summary\n\nSee PROP-⟦a⟧NNNN⟦/a⟧, and xxx.\n\n## Schedule\n\n- Proposed on: ⟦b⟧yyyy-mm-dd⟦/b⟧\n',
        messages: [
          `⟦a⟧: Unexpected placeholder \`NNNN\`: ${fix}`,
          `⟦b⟧: Unexpected placeholder \`yyyy-mm-dd\`: ${fix}`,
        ],
      },
      {
        name: '`strict` reports every bracketed word, as earlier versions did',
        options: strict,
        markdown: `${title}## Summary\n\nThe old API ⟦a⟧[sic]⟦/a⟧ failed.\n`,
        messages: [`⟦a⟧: Unexpected placeholder \`[sic]\`: ${fix}`],
      },
      {
        name: 'a placeholder in a paragraph',
        options,
        markdown: `${title}⟦a⟧[Brief description]⟦/a⟧\n`,
        messages: [`⟦a⟧: Unexpected placeholder \`[Brief description]\`: ${fix}`],
      },
      {
        name: 'placeholders in headings, the title included',
        options: strict,
        markdown: '# Feature Notes - ⟦a⟧[Feature Name]⟦/a⟧\n\n## ⟦b⟧[Section Name]⟦/b⟧\n\nSetext ⟦c⟧[Heading]⟦/c⟧\n----------------\n',
        messages: [
          `⟦a⟧: Unexpected placeholder \`[Feature Name]\`: ${fix}`,
          `⟦b⟧: Unexpected placeholder \`[Section Name]\`: ${fix}`,
          `⟦c⟧: Unexpected placeholder \`[Heading]\`: ${fix}`,
        ],
      },
      {
        name: 'placeholders in list items, emphasis, strong and strikethrough',
        options: strict,
        markdown: `${title}- ⟦a⟧[Item]⟦/a⟧ and more\n- *⟦b⟧[in emphasis]⟦/b⟧* and **⟦c⟧[in strong]⟦/c⟧**\n- ~~⟦d⟧[struck]⟦/d⟧~~\n`,
        messages: [
          `⟦a⟧: Unexpected placeholder \`[Item]\`: ${fix}`,
          `⟦b⟧: Unexpected placeholder \`[in emphasis]\`: ${fix}`,
          `⟦c⟧: Unexpected placeholder \`[in strong]\`: ${fix}`,
          `⟦d⟧: Unexpected placeholder \`[struck]\`: ${fix}`,
        ],
      },
      {
        name: 'placeholders in table cells',
        options,
        markdown: `${title}| Item | Notes |\n| ---- | ----- |\n| ⟦a⟧[Item]⟦/a⟧ | ⟦b⟧[Notes here]⟦/b⟧ |\n`,
        messages: [
          `⟦a⟧: Unexpected placeholder \`[Item]\`: ${fix}`,
          `⟦b⟧: Unexpected placeholder \`[Notes here]\`: ${fix}`,
        ],
      },
      {
        name: 'placeholders in footer fields; a template choice field names its values',
        options,
        markdown: `${title}---\n\n**Risk Level**: ⟦a⟧[Low/Medium/High]⟦/a⟧\n**Owner**: ⟦b⟧[Name]⟦/b⟧\n**Severity**: ⟦c⟧[Low/High]⟦/c⟧\n`,
        messages: [
          '⟦a⟧: Unexpected placeholder `[Low/Medium/High]`: replace it with one of `Low`, `Medium` or `High`',
          `⟦b⟧: Unexpected placeholder \`[Name]\`: ${fix}`,
          `⟦c⟧: Unexpected placeholder \`[Low/High]\`: ${fix}`,
        ],
      },
      {
        name: 'references and images without a definition are text',
        options: strict,
        markdown: `${title}⟦a⟧[Not a link]⟦/a⟧ and ⟦b⟧[text]⟦c⟧⟦/b⟧[missing]⟦/c⟧ and ⟦d⟧[collapsed]⟦/d⟧[] and !⟦e⟧[Screenshot]⟦/e⟧\n`,
        messages: [
          `⟦a⟧: Unexpected placeholder \`[Not a link]\`: ${fix}`,
          `⟦b⟧: Unexpected placeholder \`[text]\`: ${fix}`,
          `⟦c⟧: Unexpected placeholder \`[missing]\`: ${fix}`,
          `⟦d⟧: Unexpected placeholder \`[collapsed]\`: ${fix}`,
          `⟦e⟧: Unexpected placeholder \`[Screenshot]\`: ${fix}`,
        ],
      },
      {
        name: 'escapes: ranges are in the source, an escaped backslash does not escape the bracket',
        options: strict,
        markdown: `${title}\\[not this\\] but ⟦a⟧[this]⟦/a⟧ and \\\\⟦b⟧[this too]⟦/b⟧ and ⟦c⟧[a \\] b]⟦/c⟧\n`,
        messages: [
          `⟦a⟧: Unexpected placeholder \`[this]\`: ${fix}`,
          `⟦b⟧: Unexpected placeholder \`[this too]\`: ${fix}`,
          `⟦c⟧: Unexpected placeholder \`[a \\] b]\`: ${fix}`,
        ],
      },
      {
        name: 'CRLF line endings, a placeholder across lines',
        options: strict,
        markdown:
          '# Feature Notes - X\r\n\r\n⟦a⟧[Brief description]⟦/a⟧\r\nsecond ⟦b⟧[Brief\r\ndescription]⟦/b⟧ end\r\n\r\n- ⟦c⟧[Item]⟦/c⟧\r\n',
        messages: [
          `⟦a⟧: Unexpected placeholder \`[Brief description]\`: ${fix}`,
          `⟦b⟧: Unexpected placeholder \`[Brief description]\`: ${fix}`,
          `⟦c⟧: Unexpected placeholder \`[Item]\`: ${fix}`,
        ],
      },
      {
        name: 'nested brackets: the innermost; a placeholder as link text',
        options: strict,
        markdown: `${title}[⟦a⟧[inner]⟦/a⟧] and [outer ⟦b⟧[inner two]⟦/b⟧ more] and [⟦c⟧[Feature Name]⟦/c⟧](https://example.com)\n`,
        messages: [
          `⟦a⟧: Unexpected placeholder \`[inner]\`: ${fix}`,
          `⟦b⟧: Unexpected placeholder \`[inner two]\`: ${fix}`,
          `⟦c⟧: Unexpected placeholder \`[Feature Name]\`: ${fix}`,
        ],
      },
      {
        name: 'letters of any script',
        options: strict,
        markdown: `${title}⟦a⟧[Описание]⟦/a⟧ and ⟦b⟧[名前]⟦/b⟧\n`,
        messages: [
          `⟦a⟧: Unexpected placeholder \`[Описание]\`: ${fix}`,
          `⟦b⟧: Unexpected placeholder \`[名前]\`: ${fix}`,
        ],
      },
      {
        name: 'a checkbox outside a task list item is still a checkbox, but a word in brackets is a placeholder',
        options: strict,
        markdown: `${title}- [x]done\n- text [X]\n- item\n\n  [x] in a second paragraph, ⟦a⟧[y]⟦/a⟧ not\n`,
        messages: [`⟦a⟧: Unexpected placeholder \`[y]\`: ${fix}`],
      },
      {
        name: 'template placeholders verbatim in code, in document order with text',
        options,
        markdown: `${title}Run \`⟦a⟧[command]⟦/a⟧\` and \`[other thing]\`, not ⟦b⟧[command]⟦/b⟧.\n\n\`\`\`text\nsrc/\n└── ⟦c⟧[changed files]⟦/c⟧\n└── [not from the template]\n\`\`\`\n`,
        messages: [
          `⟦a⟧: Unexpected template placeholder \`[command]\` left in code: ${fix}`,
          `⟦b⟧: Unexpected placeholder \`[command]\`: ${fix}`,
          `⟦c⟧: Unexpected template placeholder \`[changed files]\` left in code: ${fix}`,
        ],
      },
      {
        name: 'template placeholders in code inside containers, and a backslash in code is not an escape',
        options,
        markdown: `${title}> \`\`\`\n> \\⟦a⟧[Brief description]⟦/a⟧\n> \`\`\`\n\n- Item:\n\n      ⟦b⟧[Item]⟦/b⟧\n`,
        messages: [
          `⟦a⟧: Unexpected template placeholder \`[Brief description]\` left in code: ${fix}`,
          `⟦b⟧: Unexpected template placeholder \`[Item]\` left in code: ${fix}`,
        ],
      },
      {
        name: 'patterns: whole-word literals and a regex that runs across inline code',
        options: { template, patterns: ['TODO', 'TBD', '/\\(fill me in[^)]*\\)/i'], strict: true },
        markdown: `${title}## Summary ⟦a⟧TODO⟦/a⟧\n\n⟦b⟧TODO⟦/b⟧: write this. TODOs and NOTTODO are fine, (⟦c⟧TBD⟦/c⟧) is not.\nFeature Name: ⟦d⟧(Fill me in with a unique identifier, \`my_feature\`)⟦/d⟧\n\`TODO\` in code and ⟦e⟧[TODO: later]⟦/e⟧ in brackets, [a link](https://example.com/TODO).\n`,
        messages: [
          `⟦a⟧: Unexpected \`TODO\`: ${fix}`,
          `⟦b⟧: Unexpected \`TODO\`: ${fix}`,
          `⟦c⟧: Unexpected \`TBD\`: ${fix}`,
          `⟦d⟧: Unexpected \`\` (Fill me in with a unique identifier, \`my_feature\`) \`\`: ${fix}`,
          `⟦e⟧: Unexpected placeholder \`[TODO: later]\`: ${fix}`,
        ],
      },
      {
        name: 'patterns: in table cells and list items, across CRLF lines',
        options: { template, patterns: ['TBD', '/fill\\s+me\\s+in/'] },
        markdown: '# Feature Notes - X\r\n\r\n| Item | Notes |\r\n| --- | --- |\r\n| Queue | ⟦a⟧TBD⟦/a⟧ |\r\n\r\n- ⟦b⟧fill\r\n  me in⟦/b⟧\r\n',
        messages: [
          `⟦a⟧: Unexpected \`TBD\`: ${fix}`,
          `⟦b⟧: Unexpected \`fill me in\`: ${fix}`,
        ],
      },
      {
        name: 'allow leaves other placeholders reported',
        options: { template, allow: ['[Brief description]', 'Item', '/^x+$/i'], strict: true },
        markdown: `${title}[Brief description] [Item] ⟦a⟧[Other]⟦/a⟧ ⟦b⟧[xy]⟦/b⟧\n`,
        messages: [
          `⟦a⟧: Unexpected placeholder \`[Other]\`: ${fix}`,
          `⟦b⟧: Unexpected placeholder \`[xy]\`: ${fix}`,
        ],
      },
      {
        name: 'allow and patterns together',
        options: { template, allow: ['/^fill/'], patterns: ['TBD', '/fill me in/'] },
        markdown: `${title}fill me in, ⟦a⟧TBD⟦/a⟧\n`,
        messages: [`⟦a⟧: Unexpected \`TBD\`: ${fix}`],
      },
    ],
  },
)

// YAML front matter: a value or list item left as the template wrote it is
// a leftover placeholder where the template's value is one to replace (a
// filler, a choice list, a mask, an example), not where it is a default to
// keep (`layout: proposal`).
const metadata = { template: join(import.meta.dirname, 'templates', 'metadata.md') }
const withFrontMatter = (...keys: string[]) => ['---', ...keys, '---', '', '# Offline sync', '', '## Summary', '', 'Text.', ''].join('\n')

ruleTester(
  { plugin: rule, ruleId: 'no-placeholders', url: 'https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-no-placeholders#readme' },
  {
    valid: [
      {
        name: 'front matter filled in; a default kept as the template has it',
        options: metadata,
        markdown: withFrontMatter('title: offline-sync', 'owners:', '  - Jane', 'stage: review', 'opened: 2026-11-03', 'layout: proposal', 'related:', '  - "/proposals/sync.md"'),
      },
      {
        name: 'a leftover the allow list names',
        options: { ...metadata, allow: ['TBD'] },
        markdown: withFrontMatter('title: offline-sync', 'owners:', '  - TBD'),
      },
    ],
    invalid: [
      {
        name: 'values and list items left as the template wrote them, and a list of choices not cut to one',
        options: metadata,
        markdown: withFrontMatter(
          'title: ⟦a⟧short-proposal-name⟦/a⟧',
          'owners:',
          '  - Jane',
          '  - ⟦b⟧TBD⟦/b⟧',
          'stage: ⟦c⟧draft|review⟦/c⟧',
          "opened: ⟦d⟧'yyyy-mm-dd'⟦/d⟧",
          'related:',
          '  - ⟦e⟧"/proposals/another-proposal.md"⟦/e⟧',
        ),
        messages: [
          "⟦a⟧: Front-matter key `title` still has the template's `short-proposal-name`: replace it with the doc's own text",
          "⟦b⟧: Front-matter key `owners` still has the template's `TBD`: replace it with the doc's own text",
          '⟦c⟧: Front-matter key `stage` lists choices `draft|review`: keep the one that applies',
          "⟦d⟧: Front-matter key `opened` still has the template's `'yyyy-mm-dd'`: replace it with the doc's own text",
          "⟦e⟧: Front-matter key `related` still has the template's `\"/proposals/another-proposal.md\"`: replace it with the doc's own text",
        ],
      },
      {
        name: 'the whole list of choices left as it was',
        options: metadata,
        markdown: withFrontMatter('stage: ⟦a⟧draft|review|accepted|rejected⟦/a⟧'),
        messages: [
          "⟦a⟧: Front-matter key `stage` still has the template's `draft|review|accepted|rejected`: replace it with the doc's own text",
        ],
      },
    ],
  },
)

// Other dialects: a template that writes `{placeholders}` (MADR style) or
// `<placeholders>` makes those placeholders, and only those.
const braces = { template: join(import.meta.dirname, 'templates', 'braces.md') }
const angles = { template: join(import.meta.dirname, 'templates', 'angles.md') }

ruleTester(
  { plugin: rule, ruleId: 'no-placeholders', url: 'https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-no-placeholders#readme' },
  {
    valid: [
      {
        name: '{x} template: square brackets and braces in sentences are the doc\'s own text',
        options: braces,
        markdown: '# Use Postgres\n\n## Context\n\nA map `{a: 1}` and a set {a, b} in a sentence, and [WIP] too.\n\n## Options\n\n* Postgres\n* [SQLite]\n',
      },
      {
        name: '<x> template: HTML tags, autolinks and comparisons are not placeholders',
        options: angles,
        markdown:
          '# Billing runbook\n\n## Owner\n\nTeam: payments <br>\n\n<https://example.com> and <ops@example.com>; a < b and c > d.\n\n<details>\n<summary>More</summary>\n\nText.\n</details>\n',
      },
      {
        name: 'a <x> template does not make {x} placeholders',
        options: angles,
        markdown: '# Billing runbook\n\n## Owner\n\n{owning team}\n',
      },
    ],
    invalid: [
      {
        name: '{x} left: the template\'s own anywhere, others where they stand alone',
        options: braces,
        markdown: '# Use Postgres\n\n## Context\n\n⟦a⟧{What made this change necessary, in a sentence or two.}⟦/a⟧\n\n## Options\n\n* ⟦b⟧{option 1}⟦/b⟧\n* Postgres, as ⟦c⟧{option 2}⟦/c⟧ said\n* ⟦d⟧{another option}⟦/d⟧\n',
        messages: [
          "⟦a⟧: Unexpected placeholder `{What made this change necessary, in a sentence or two.}`: replace it with the doc's own text",
          "⟦b⟧: Unexpected placeholder `{option 1}`: replace it with the doc's own text",
          "⟦c⟧: Unexpected placeholder `{option 2}`: replace it with the doc's own text",
          "⟦d⟧: Unexpected placeholder `{another option}`: replace it with the doc's own text",
        ],
      },
      {
        name: '<x> left, as text and where Markdown reads it as HTML (a heading, a field, a table cell, a line of its own)',
        options: angles,
        markdown:
          '# ⟦a⟧<Service name>⟦/a⟧ runbook\n\n## Owner\n\nTeam: ⟦b⟧<owning team>⟦/b⟧\n\n## Alerts\n\n| Alert | Action |\n| ----- | ------ |\n| Disk full | ⟦c⟧<what to do>⟦/c⟧ |\n\n⟦d⟧<Describe the escalation path.>⟦/d⟧\n',
        messages: [
          "⟦a⟧: Unexpected placeholder `<Service name>`: replace it with the doc's own text",
          "⟦b⟧: Unexpected placeholder `<owning team>`: replace it with the doc's own text",
          "⟦c⟧: Unexpected placeholder `<what to do>`: replace it with the doc's own text",
          "⟦d⟧: Unexpected placeholder `<Describe the escalation path.>`: replace it with the doc's own text",
        ],
      },
    ],
  },
)
