/**
 * The template is the schema for any team's template, not only ours:
 * a KEP-style template (optional sections, H6 questions, HTML comment
 * instructions) and an RFC-style one (front list of fields, link reference
 * definitions, several H1 sections, prose instructions).
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadTemplate, matchPattern, parseTemplate } from '../src/index.js'
import { fixtureTemplates, outline, range, section } from './support.js'

describe('KEP-style template', () => {
  const template = loadTemplate(join(fixtureTemplates, 'kep-style.md'))

  it('reads a title with two placeholders', () => {
    expect(template.title?.pattern.parts).toEqual([
      { literal: 'kep-' },
      { placeholder: '[number]' },
      { literal: ': ' },
      { placeholder: '[short, descriptive title]' },
    ])
  })

  it('reads the section tree down to H6 questions, (Optional) and <!-- optional --> included', () => {
    expect(template.allSections.map(outline)).toEqual([
      '## release signoff checklist',
      '## summary',
      '## motivation',
      '### goals',
      '### non-goals',
      '## proposal',
      '### user stories (optional)',
      '#### story 1',
      '#### story 2',
      '### notes/constraints/caveats (optional)',
      '### risks and mitigations',
      '## design details',
      '### test plan',
      '##### prerequisite testing updates',
      '##### unit tests',
      '### graduation criteria',
      '## production readiness review questionnaire',
      '### feature enablement and rollback',
      '###### how can this feature be enabled / disabled in a live cluster?',
      '###### does enabling the feature change any default behavior?',
      '## implementation history',
      '## drawbacks',
      '## alternatives',
      '## infrastructure needed (optional)',
    ])
    // `(Optional)` stays in the text but not in the key headings match by.
    expect(section(template, 'user stories').normalized).toBe('user stories (optional)')
    expect(section(template, 'story 1').parent?.key).toBe('user stories')
    // An H5 under an H3 is its child: nesting follows depth, not steps.
    expect(section(template, 'unit tests').parent?.key).toBe('test plan')
    expect(section(template, 'unit tests').depth).toBe(5)
  })

  it('reads the table under an H5', () => {
    expect(section(template, 'unit tests').tables.map((table) => table.columns.map((column) => column.text))).toEqual([
      ['Package', 'Coverage before', 'Coverage after'],
    ])
  })

  it('keeps HTML comment instructions as boilerplate of their section', () => {
    const comments = template.boilerplate.filter((entry) => entry.kind === 'comment')
    expect(comments.map((entry) => [entry.section?.key, entry.normalized.slice(0, 30), range(entry.position)])).toEqual([
      [undefined, 'keep the title short and descr', '3:1-6:4'],
      ['summary', 'write this for readers who wil', '16:1-19:4'],
    ])
  })

  it('reads checklist items and plain prose as boilerplate, and `- Label: [value]` items as fields', () => {
    expect(template.boilerplate.filter((entry) => entry.kind !== 'comment').map((entry) => [entry.kind, entry.text])).toEqual([
      ['list-item', 'Enhancement issue in the release milestone'],
      ['list-item', 'Design details are appropriately documented'],
      ['list-item', 'Test plan is in place'],
      ['list-item', 'Feature gate'],
      [
        'paragraph',
        'Use this section if you need a new repository, a test bucket or other\ninfrastructure for the work.',
      ],
    ])
    expect(template.fields.map((field) => [field.label, field.value, field.style, range(field.position)])).toEqual([
      ['Feature gate name', '[name]', 'plain', '60:5-60:30'],
      ['Components depending on the feature gate', '[components]', 'plain', '61:5-61:59'],
    ])
  })
})

describe('RFC-style template', () => {
  const template = loadTemplate(join(fixtureTemplates, 'rfc-style.md'))

  it('has no title: with several H1s, the H1s are the sections', () => {
    expect(template.title).toBeUndefined()
    expect(template.sections.map(outline)).toEqual([
      '# summary',
      '# motivation',
      '# guide-level explanation',
      '# reference-level explanation',
      '# drawbacks',
      '# rationale and alternatives',
      '# prior art',
      '# unresolved questions',
      '# future possibilities',
    ])
  })

  it('reads the front list as fields', () => {
    expect(template.fields.map((field) => [field.label, field.value, field.style, field.section, range(field.position)])).toEqual([
      ['Feature Name', '(fill me in with a unique identifier, `my_feature`)', 'plain', undefined, '1:3-1:68'],
      ['Start Date', "(fill me in with today's date, YYYY-MM-DD)", 'plain', undefined, '2:3-2:57'],
      ['RFC PR', '[org/rfcs#0000](https://example.com/org/rfcs/pull/0000)', 'plain', undefined, '3:3-3:66'],
      ['Tracking Issue', '[org/project#0000](https://example.com/org/project/issues/0000)', 'plain', undefined, '4:3-4:82'],
    ])
  })

  it('does not take `[summary]: #summary` definitions or links for placeholders', () => {
    expect(template.placeholders).toEqual([])
  })

  it('keeps prose instructions as boilerplate of their section', () => {
    const summary = template.boilerplate.find((entry) => entry.section?.key === 'summary')
    expect(summary).toMatchObject({ kind: 'paragraph', normalized: 'one paragraph explanation of the feature' })
    expect(range(summary?.position)).toBe('9:1-9:42')
    expect(template.boilerplate.map((entry) => entry.section?.key)).toEqual([
      'summary',
      'motivation',
      'guide-level explanation',
      'guide-level explanation',
      'guide-level explanation',
      'reference-level explanation',
      'drawbacks',
      'rationale and alternatives',
      'rationale and alternatives',
      'prior art',
      'unresolved questions',
      'future possibilities',
    ])
  })
})

describe('parseTemplate on smaller shapes', () => {
  it('marks a heading that is only a placeholder as a wildcard', () => {
    const template = parseTemplate('# Runbook - [Service]\n\n## Components\n\n### [Component Name]\n\n#### Owner\n')
    expect(template.allSections.map(outline)).toEqual(['## components', '### [component name] (wildcard)', '#### owner'])
  })

  it('reads setext headings like ATX ones', () => {
    const template = parseTemplate('Plan - [Name]\n=============\n\nGoals\n-----\n')
    expect(template.title?.normalized).toBe('plan - [name]')
    expect(template.allSections.map(outline)).toEqual(['## goals'])
  })

  it('reads `**Label:** value` with the colon inside the bold', () => {
    const template = parseTemplate('# T\n\n**Status:** [Draft/Final]\n')
    expect(template.fields.map((field) => [field.label, field.allowed])).toEqual([['Status', ['Draft', 'Final']]])
  })

  it('reads a template with CRLF line endings and a BOM at the same positions', () => {
    const lf = parseTemplate('# A - [X]\n\n## B\n\n| C | D |\n|---|---|\n\n**E**: [F/G]\n')
    const crlf = parseTemplate('\uFEFF# A - [X]\r\n\r\n## B\r\n\r\n| C | D |\r\n|---|---|\r\n\r\n**E**: [F/G]\r\n')
    expect(crlf.allSections.map(outline)).toEqual(lf.allSections.map(outline))
    expect(crlf.fields.map((field) => [field.label, field.value, range(field.position)])).toEqual(
      lf.fields.map((field) => [field.label, field.value, range(field.position)]),
    )
    expect(crlf.placeholders.map((placeholder) => range(placeholder.position))).toEqual(
      lf.placeholders.map((placeholder) => range(placeholder.position)),
    )
  })
})

describe('a decision-record template in the `{placeholder}` dialect (MADR-style)', () => {
  const template = loadTemplate(join(fixtureTemplates, 'decision-record.md'))

  it('reads `{x}` as its placeholder syntax, and not `[x]`, which it does not use', () => {
    expect(template.syntaxes).toEqual(['curly'])
    expect(template.title?.pattern.wildcard).toBe(true)
    expect(template.title?.free).toBe(false)
  })

  it('reads every way it marks a section optional, and a `{x}` heading as a wildcard', () => {
    expect(template.allSections.map(outline)).toEqual([
      '## background',
      // The comment just before the heading.
      '## forces (optional)',
      '## outcome',
      // The same comment before a paragraph is about the paragraph, not the section.
      '### {name of option one} (wildcard)',
      // `[optional]` in the heading, dropped from the key.
      '## open points (optional)',
      // The section's own instruction text: "Optional, but…", "Omit this section if…".
      '## extras (optional)',
      '## appendix (optional)',
    ])
  })

  it('keeps `[optional]` out of its placeholders', () => {
    expect(template.placeholders.map((placeholder) => placeholder.text)).not.toContain('[optional]')
  })
})

describe('a template whose only braces are code', () => {
  it('keeps `[x]` as its only syntax', () => {
    const template = parseTemplate('# Plan - [Name]\n\n## Setup\n\nRun `f({a})` and:\n\n```js\nconst x = {a}\nconst y = {b}\n```\n')
    expect(template.syntaxes).toEqual(['square'])
  })

  it('a template with no placeholders has no syntax: a doc’s own `[word]` is its own text', () => {
    expect(parseTemplate('# Summary\n\nBrief explanation of the feature.\n\n# Motivation\n').syntaxes).toEqual([])
  })
})

describe('notes and prompts are not fields', () => {
  const template = parseTemplate(
    [
      '# Proposal - [Name]',
      '',
      '## Plan',
      '',
      '**Note:** *Not needed until the work is scheduled.*',
      '',
      '**Examples**: These are general examples to consider for the plan',
      '',
      '**Status**: Draft',
      '',
      '**Owner**: [Name of the owner]',
      '',
      '- Papers: Are there any published papers on this?',
      '- Start Date: (fill me in with today’s date, YYYY-MM-DD)',
      '',
    ].join('\n'),
  )

  it('keeps labels with a value to fill in, a short literal or a value in parentheses', () => {
    expect(template.fields.map((field) => field.label)).toEqual(['Status', 'Owner', 'Start Date'])
  })

  it('keeps a note or prompt as template text (boilerplate) instead', () => {
    const texts = template.boilerplate.map((item) => item.text)
    expect(texts).toContain('Note: Not needed until the work is scheduled.')
    expect(texts).toContain('Papers: Are there any published papers on this?')
  })
})

describe('a table of contents and checkboxes are not template text to replace', () => {
  const template = parseTemplate(
    [
      '# Proposal - [Name]',
      '',
      '- [Release Signoff and Review Checklist](#release-signoff-and-review-checklist)',
      '- [Design Details and Their Many Parts](#design-details)',
      '- See the [process guide](https://example.com/guide) before starting',
      '',
      '## Release Signoff and Review Checklist',
      '',
      '| Item | Done |',
      '| --- | --- |',
      '| Tests written | [x] |',
      '',
      '## Design Details',
      '',
      '[Design]',
      '',
    ].join('\n'),
  )

  it('keeps no table of contents line as boilerplate, and keeps other linked text', () => {
    // `[Design]` alone: its word without the brackets is template text too.
    expect(template.boilerplate.map((item) => item.text)).toEqual(['See the process guide before starting', 'Design'])
  })

  it('takes `[x]` for a checkbox, not a placeholder', () => {
    expect(template.placeholders.map((placeholder) => placeholder.text)).toEqual(['[Name]', '[Design]'])
  })
})

describe('a template with number and date masks (KEP-style)', () => {
  const template = loadTemplate(join(fixtureTemplates, 'numbered-proposal.md'))

  it('reads `NNNN` and `yyyy-mm-dd` as placeholder syntaxes', () => {
    expect(template.syntaxes).toEqual(['number-mask', 'date-mask'])
  })

  it('keeps the title’s fixed prefix, `NNNN` as a number, and the words after the colon as the doc’s own title', () => {
    expect(template.title?.pattern.parts).toEqual([
      { literal: 'prop-' },
      { placeholder: 'nnnn' },
      { literal: ': ' },
      { placeholder: 'a short title for the proposal' },
    ])
    expect(matchPattern(template.title!.pattern, 'prop-1234: faster search')).toEqual(['1234', 'faster search'])
    expect(matchPattern(template.title!.pattern, 'prop-nnnn: faster search')).toBeUndefined()
    expect(matchPattern(template.title!.pattern, 'faster search')).toBeUndefined()
  })
})

describe('front-matter keys', () => {
  const keys = (text: string) =>
    parseTemplate(text).frontMatter.map(({ key, value, items, kind, choices, optional }) => ({ key, value, items, kind, choices, optional }))

  it('reads choices, date masks, fillers, example lists and comments that make keys optional', () => {
    const template = [
      '---',
      'title: short-name',
      'owners: # who writes it',
      '  - TBD',
      'stage: "draft|review | accepted"',
      'opened: yyyy-mm-dd',
      'seen: {DD/MM/YYYY when it was seen}',
      'kind: "{bug | feature | … | other}"',
      'related:',
      '  - "/docs/other.md"',
      'tracker: none # optional',
      '---',
      '',
      '# Title',
      '',
      '## Summary',
      '',
    ].join('\n')
    expect(keys(template)).toEqual([
      { key: 'title', value: 'short-name', items: [], kind: 'text', choices: undefined, optional: false },
      { key: 'owners', value: '', items: ['TBD'], kind: 'text', choices: undefined, optional: false },
      { key: 'stage', value: '"draft|review | accepted"', items: [], kind: 'choice', choices: ['draft', 'review', 'accepted'], optional: false },
      { key: 'opened', value: 'yyyy-mm-dd', items: [], kind: 'date', choices: undefined, optional: false },
      { key: 'seen', value: '{DD/MM/YYYY when it was seen}', items: [], kind: 'date', choices: undefined, optional: false },
      // Ends in `…`: an open list, any value will do.
      { key: 'kind', value: '"{bug | feature | … | other}"', items: [], kind: 'text', choices: undefined, optional: false },
      { key: 'related', value: '', items: ['"/docs/other.md"'], kind: 'text', choices: undefined, optional: true },
      { key: 'tracker', value: 'none', items: [], kind: 'text', choices: undefined, optional: true },
    ])
  })

  it('a comment before the first key speaks of every key; no front matter, no keys', () => {
    const optional = ['---', '# These are optional elements.', 'a: "{x}"', 'b: yyyy-mm-dd', '---', '', '## S', ''].join('\n')
    expect(keys(optional).map((key) => key.optional)).toEqual([true, true])
    expect(keys('## S\n')).toEqual([])
    // Not a map: nothing to require.
    expect(keys('---\n- a\n- b\n---\n\n## S\n')).toEqual([])
  })
})
