/**
 * `feature-docs templates show` (what the rules read from a template, as
 * text and as JSON) and `templates check` (what makes a template
 * ambiguous), run as the built command line in scratch projects. Output is
 * asserted exactly, positions included, and the readme's examples are run.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseMarkdown } from '@feature-docs/doc-template'
import type { Code } from 'mdast'
import { afterAll, describe, expect, it } from 'vitest'
import { builtinTemplatesFolder, featureDocs, packageRoot, project, removeScratch } from './support/cli.js'

afterAll(removeScratch)

/** A template of our own: nested optional sections, a table, fields, `[x]` and `{x}`, instruction text. */
const launch = [
  '# Launch Plan: [Product Name]',
  '',
  'Write one plan per launch, and keep it to a page.',
  '',
  '## Overview',
  '',
  'Describe the launch in two or three sentences.',
  '',
  '**Product**: [Product Name]',
  '**Stage**: [Alpha/Beta/GA]',
  '**Launch Date**: [Date]',
  '',
  '### Goals (Optional)',
  '',
  '- List what should change for users.',
  '',
  '#### Stretch Goals',
  '<!-- optional -->',
  '',
  '## Rollout',
  '',
  '| Phase | Audience | Exit Criteria |',
  '|-------|----------|---------------|',
  '| 1     | [Who]    | {criteria}    |',
  '',
  '### {Region} Notes',
  '',
  '**Tracking**: {ticket link}',
  '',
].join('\n')

const noInstructions = { paragraphs: 0, listItems: 0, comments: 0, words: 0, checklistItems: 0, exampleItems: 0 }

describe('feature-docs templates show', () => {
  it('prints the section tree with optional marks, tables, fields, placeholder syntaxes and instruction text', async () => {
    const folder = project({ 'templates/launch.md': launch })
    expect(await featureDocs(folder, ['templates', 'show', 'templates/launch.md'])).toEqual({
      code: 0,
      stdout: [
        'Template templates/launch.md',
        '',
        'Title: # Launch Plan: [Product Name]',
        "  a doc's H1 must match it, [Product Name] standing for any text",
        '',
        'Placeholder syntaxes: [x], {x}',
        '  [x]: 5, e.g. [Product Name], [Alpha/Beta/GA], [Date]',
        '  {x}: 3, e.g. {criteria}, {Region}, {ticket link}',
        '',
        'Sections (5, 2 optional; each required unless marked optional):',
        '  ## Overview  (instructions: 1 paragraph, 8 words)',
        '    ### Goals (Optional)  (optional; instructions: 1 list item, 6 words)',
        '      #### Stretch Goals  (optional)',
        '  ## Rollout',
        '    ### {Region} Notes  ({Region} stands for any text)',
        '',
        'Tables (1):',
        '  table under ## Rollout: | Phase | Audience | Exit Criteria |',
        '',
        'Fields (4):',
        '  in ## Overview:',
        '    **Product:** the same text as [Product Name] in the title',
        '    **Stage:** one of Alpha, Beta, GA',
        '    **Launch Date:** a date as YYYY-MM-DD',
        '  in ### {Region} Notes:',
        '    **Tracking:** any text',
        '',
        'Instruction text: 2 paragraphs, 1 list item, 25 words',
        '  outside any section: 1 paragraph, 11 words',
        '',
      ].join('\n'),
      stderr: '',
    })
  })

  it('--format json gives the same as data', async () => {
    const folder = project({ 'templates/launch.md': launch })
    const result = await featureDocs(folder, ['templates', 'show', '--format', 'json', 'templates/launch.md'])
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' })
    const section = (heading: string, depth: number, line: number, more: object) => ({
      heading,
      depth,
      optional: false,
      placeholder: 'none',
      placeholders: [],
      line,
      column: 1,
      instructions: noInstructions,
      children: [],
      ...more,
    })
    const field = (label: string, value: string, section: string, line: number, more: object) => ({
      label,
      style: 'strong',
      value,
      section,
      expects: 'text',
      choices: null,
      dateFormat: null,
      sameAs: null,
      mayBeEmpty: false,
      line,
      column: 1,
      ...more,
    })
    expect(JSON.parse(result.stdout)).toEqual({
      name: null,
      from: null,
      path: 'templates/launch.md',
      title: { heading: '# Launch Plan: [Product Name]', matches: 'pattern', placeholders: ['[Product Name]'], line: 1, column: 1 },
      placeholderSyntaxes: [
        { syntax: 'square', notation: '[x]', count: 5, examples: ['[Product Name]', '[Alpha/Beta/GA]', '[Date]'] },
        { syntax: 'curly', notation: '{x}', count: 3, examples: ['{criteria}', '{Region}', '{ticket link}'] },
      ],
      sections: [
        section('## Overview', 2, 5, {
          instructions: { ...noInstructions, paragraphs: 1, words: 8 },
          children: [
            section('### Goals (Optional)', 3, 13, {
              optional: true,
              instructions: { ...noInstructions, listItems: 1, words: 6 },
              children: [section('#### Stretch Goals', 4, 17, { optional: true })],
            }),
          ],
        }),
        section('## Rollout', 2, 20, { children: [section('### {Region} Notes', 3, 26, { placeholder: 'pattern', placeholders: ['{Region}'] })] }),
      ],
      tables: [{ section: '## Rollout', columns: ['Phase', 'Audience', 'Exit Criteria'], line: 22, column: 1 }],
      fields: [
        field('Product', '[Product Name]', '## Overview', 9, { expects: 'same', sameAs: { placeholder: '[Product Name]', in: 'title' } }),
        field('Stage', '[Alpha/Beta/GA]', '## Overview', 10, { expects: 'choice', choices: ['Alpha', 'Beta', 'GA'] }),
        field('Launch Date', '[Date]', '## Overview', 11, { expects: 'date', dateFormat: 'YYYY-MM-DD' }),
        field('Tracking', '{ticket link}', '### {Region} Notes', 28, {}),
      ],
      frontMatter: [],
      instructions: { ...noInstructions, paragraphs: 2, listItems: 1, words: 25 },
      instructionsOutsideSections: { ...noInstructions, paragraphs: 1, words: 11 },
    })
  })

  it('finds a template by name as the rules do: a built-in, or one the configuration adds', async () => {
    const folder = project({
      '.remarkrc.json': JSON.stringify({ plugins: [['remark-preset-lint-feature-docs', { templates: { launch: 'templates/launch.md' } }]] }),
      'templates/launch.md': launch,
    })
    const builtin = await featureDocs(folder, ['templates', 'show', 'implementation-notes'])
    expect({ code: builtin.code, stderr: builtin.stderr }).toEqual({ code: 0, stderr: '' })
    const lines = builtin.stdout.split('\n')
    expect(lines.slice(0, 4)).toEqual([
      `Template implementation-notes (built-in): ${join(builtinTemplatesFolder, 'implementation-notes.md')}`,
      '',
      'Title: # Implementation Notes - [Feature Name]',
      "  a doc's H1 must match it, [Feature Name] standing for any text",
    ])
    expect(lines).toContain('    ### What Worked Well  (instructions: 3 list items, 15 words)')
    expect(lines).toContain('    **Implementation Date:** a date as YYYY-MM-DD')

    const configured = await featureDocs(folder, ['templates', 'show', 'launch'])
    expect(configured.code).toBe(0)
    expect(configured.stdout.split('\n')[0]).toBe('Template launch (.remarkrc.json): templates/launch.md')
    // Without the configuration, the name means nothing.
    expect(await featureDocs(folder, ['templates', 'show', 'launch', '--no-config'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'feature-docs: Unknown template `launch` in `feature-docs templates show`: expected one of `implementation-notes`, `technical-implementation`, or a path to a Markdown file\n',
    })
  })

  it.each([
    [['templates', 'show', 'missing.md'], (folder: string) => `feature-docs: Cannot read template \`${join(folder, 'missing.md')}\`: no such file\n`],
    [['templates', 'show', 'docs'], () => 'feature-docs: Unknown template `docs` in `feature-docs templates show`: expected one of `implementation-notes`, `technical-implementation`, or a path to a Markdown file\n'],
    [['templates', 'show', 'docs/'], (folder: string) => `feature-docs: Template \`${join(folder, 'docs')}\` is a directory, not a Markdown file\n`],
    [['templates', 'show', 'image.md'], (folder: string) => `feature-docs: Template \`${join(folder, 'image.md')}\` is not a Markdown file: it holds binary data\n`],
    [['templates', 'show', 'notes.md'], (folder: string) => `feature-docs: Template \`${join(folder, 'notes.md')}\` has no headings: a template needs at least one heading to define its sections\n`],
  ])('%j: exit 2, one line', async (args, stderr) => {
    const folder = project({ 'docs/a.md': '# A\n', 'image.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), 'notes.md': 'Just text.\n' })
    expect(await featureDocs(folder, args)).toEqual({ code: 2, stdout: '', stderr: stderr(folder) })
  })
})

describe('feature-docs templates check', () => {
  it('a template with nothing ambiguous: exit 0, and says so', async () => {
    const folder = project({ 'templates/launch.md': launch })
    expect(await featureDocs(folder, ['templates', 'check', 'templates/launch.md'])).toEqual({ code: 0, stdout: 'templates/launch.md: no problems found\n', stderr: '' })
    expect(await featureDocs(folder, ['templates', 'check', 'templates/launch.md', '--format', 'json'])).toEqual({
      code: 0,
      stdout: `${JSON.stringify({ path: 'templates/launch.md', findings: [] }, null, 2)}\n`,
      stderr: '',
    })
  })

  it.each(['implementation-notes', 'technical-implementation'])('built-in %s: nothing found', async (name) => {
    const result = await featureDocs(project(), ['templates', 'check', name])
    expect(result).toEqual({ code: 0, stdout: `${join(builtinTemplatesFolder, `${name}.md`)}: no problems found\n`, stderr: '' })
  })

  // Each kind, alone in a template of its own: exit 1, each at its place.
  it.each([
    [
      'duplicate-heading',
      '# Trip Report: [Destination]\n\n## Itinerary\n\n### Day Plan\n\n### Day Plan\n',
      [
        "7:1: Section `### Day Plan` is here twice under `## Itinerary` (also at 5:1): a doc's `### Day Plan` is taken for the first one, and this one is reported missing unless the doc repeats the heading; give each its own heading (duplicate-heading)",
      ],
    ],
    [
      'placeholder-heading-beside-fixed',
      '# Service Guide\n\n## Overview\n\n## [Component Name]\n\n## Risk: [Area]\n\n## Risk: Security\n',
      [
        "5:1: Section `## [Component Name]` is all placeholder, beside fixed `## Overview` and `## Risk: Security` at the top level: any doc heading there fits it, so a doc's misspelled `## Overview` is taken for `## [Component Name]`, and `## Overview` is reported missing instead of misspelled; put a fixed word in it, or give it a parent of its own (placeholder-heading-beside-fixed)",
        '7:1: Section `## Risk: [Area]` has a placeholder that also fits its sibling `## Risk: Security` (at 9:1): a doc heading that misspells `## Risk: Security` is taken for `## Risk: [Area]`; make the fixed part of `## Risk: [Area]` tell them apart (placeholder-heading-beside-fixed)',
      ],
    ],
    [
      'table-without-header',
      '# Budget\n\n## Costs\n\nMonthly:\n| Item | Amount |\n| Hosting | [Amount] |\n\n| [Item] | [Amount] |\n| --- | --- |\n',
      [
        '6:1: This looks like a table, but Markdown reads it as a paragraph: no delimiter row such as `| --- | --- |` follows its header row, so a doc is not checked for its columns `Item`, `Amount`; add the delimiter row (table-without-header)',
        "9:1: Table under `## Costs` has only placeholders in its header row (`[Item]`, `[Amount]`): a doc's table is checked for columns named so, and a doc's own column names are reported missing; write the column names in its first row (table-without-header)",
      ],
    ],
    [
      'placeholder-column and duplicate-column',
      '# Scores\n\n## Results\n\n| Team | [Metric] | Team |\n| --- | --- | --- |\n',
      [
        "5:10: Column `[Metric]` is a placeholder: a doc's table is checked for a column named `[Metric]` as written, so whatever name the doc gives that column is reported; write the column's name (placeholder-column)",
        "5:21: Column `Team` is in this table twice (also at 5:3): a doc's table must have it twice too, and another of its columns is taken for the second; give each its own name (duplicate-column)",
      ],
    ],
    [
      'table-not-read',
      '# Scores\n\n## Results\n\n- Per team:\n\n  | Team | Score |\n  | --- | --- |\n',
      [
        '7:3: This table is inside a list item: only tables at the top level of a section are read as required, so a doc is not checked for its columns `Team`, `Score`; take it out of the list (table-not-read)',
      ],
    ],
    [
      'duplicate-field',
      '# Team\n\n## People\n\n**Lead**: [Name]\n\n### Backend\n\n**Lead**: [Name]\n',
      [
        "9:1: Field `**Lead:**` is also at 5:1, and both are looked for in `### Backend`: a doc's first `**Lead:**` line there is taken for the one at 5:1, and this one is reported missing unless the doc writes it twice; give each its own label (duplicate-field)",
      ],
    ],
    [
      'title-not-read',
      '## Status\n\n# Plan: [Name]\n\n## Goals\n',
      [
        '3:1: `# Plan: [Name]` is the only H1 but not the first heading (`## Status` at 1:1 comes before it), so it is not read as the title: it is a section every doc must have, with the sections after it inside it; move it to the top (title-not-read)',
      ],
    ],
    ['no-headings (an empty file)', '', ['1:1: The template is empty: its headings are the sections a doc must have, so it needs at least one (no-headings)']],
    [
      'no-headings (text only)',
      'Fill this in.\n\n- [Item]\n',
      ['1:1: The template has no headings: its headings are the sections a doc must have (a heading inside a list or block quote is not one), so it needs at least one (no-headings)'],
    ],
  ])('%s: exit 1, each at path:line:column with its id', async (_, template, found) => {
    const folder = project({ 'templates/t.md': template })
    const count = `${found.length} problem${found.length === 1 ? '' : 's'}`
    expect(await featureDocs(folder, ['templates', 'check', 'templates/t.md'])).toEqual({
      code: 1,
      stdout: [...found.map((line) => `templates/t.md:${line}`), `templates/t.md: ${count}`, ''].join('\n'),
      stderr: '',
    })
  })

  it('--format json: each finding with its id, range and reason', async () => {
    const folder = project({ 'dup.md': '# Trip\n\n## Days\n\n## Days\n' })
    expect(await featureDocs(folder, ['templates', 'check', '--format=json', 'dup.md'])).toEqual({
      code: 1,
      stdout: `${JSON.stringify(
        {
          path: 'dup.md',
          findings: [
            {
              id: 'duplicate-heading',
              line: 5,
              column: 1,
              endLine: 5,
              endColumn: 8,
              reason:
                "Section `## Days` is here twice at the top level (also at 3:1): a doc's `## Days` is taken for the first one, and this one is reported missing unless the doc repeats the heading; give each its own heading",
            },
          ],
        },
        null,
        2,
      )}\n`,
      stderr: '',
    })
  })

  it.each([
    [['missing.md'], (folder: string) => `feature-docs: Cannot read template \`${join(folder, 'missing.md')}\`: no such file\n`],
    [['docs/'], (folder: string) => `feature-docs: Template \`${join(folder, 'docs')}\` is a directory, not a Markdown file\n`],
    [['image.md'], (folder: string) => `feature-docs: Template \`${join(folder, 'image.md')}\` is not a Markdown file: it holds binary data\n`],
    [['./notes.txt'], (folder: string) => `feature-docs: Template \`${join(folder, 'notes.txt')}\` is not a Markdown file: expected a name ending in .md or .markdown\n`],
  ])('%j: a template that cannot be read: exit 2, one line', async (args, stderr) => {
    const folder = project({ 'docs/a.md': '# A\n', 'image.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), 'notes.txt': 'Text\n' })
    expect(await featureDocs(folder, ['templates', 'check', ...args])).toEqual({ code: 2, stdout: '', stderr: stderr(folder) })
  })
})

describe('the readme’s examples', () => {
  // The templates the readme's `templates show` and `templates check` examples were run on.
  const folder = project({
    'docs/templates/rfc.md': [
      '# RFC: [Title]',
      '',
      '- Start Date: [YYYY-MM-DD]',
      '',
      '## Summary',
      '',
      'One paragraph explaining the change.',
      '',
      '## Design',
      '',
      '### API (Optional)',
      '',
      '| Name | Kind | Notes |',
      '|------|------|-------|',
      '',
      '**Status**: [Draft/Accepted/Rejected]',
      '',
    ].join('\n'),
    'docs/templates/trip.md': '# Trip Report: [Destination]\n\n## Itinerary\n\n### Day Plan\n\n### Day Plan\n',
  })
  const readme = readFileSync(join(packageRoot, 'readme.md'), 'utf8')
  const examples = parseMarkdown(readme)
    .children.filter((node): node is Code => node.type === 'code' && node.lang === 'text' && node.value.startsWith('$ feature-docs templates '))
    .map((node) => node.value)

  it('has one for show and one for check', () => {
    expect(examples.map((example) => example.split('\n')[0])).toEqual([
      '$ feature-docs templates show docs/templates/rfc.md',
      '$ feature-docs templates check docs/templates/trip.md',
    ])
  })

  it.each(examples.map((example) => [example.split('\n')[0]!, example] as const))('%s', async (command, example) => {
    const result = await featureDocs(folder, command.split(' ').slice(2))
    expect(`${command}\n${result.stdout}`).toBe(`${example}\n`)
  })
})

describe('templates arguments', () => {
  const folder = project({ 't.md': launch })

  it('--help prints the usage of list, show and check', async () => {
    const result = await featureDocs(folder, ['templates', 'show', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: feature-docs templates \[list\]\n {7}feature-docs templates show <name\|path> \[--format stylish\|json\]\n/u)
  })

  it.each([
    [['templates', 'show'], 'feature-docs: `feature-docs templates show` needs a template: a name `feature-docs templates` lists, or a path to a Markdown file\n'],
    [['templates', 'check', 't.md', 'u.md'], 'feature-docs: `feature-docs templates check` takes one template, got `u.md` too\n'],
    [['templates', 'show', 't.md', '--format', 'sarif'], 'feature-docs: unknown format `sarif` for `--format`: expected stylish or json\n'],
    [['templates', 'show', 't.md', '--format'], 'feature-docs: option `--format` needs a value: stylish or json\n'],
    [['templates', 'check', 't.md', '--quiet'], 'feature-docs: option `--quiet` does not apply to `feature-docs templates check` (see `feature-docs --help`)\n'],
    [['templates', 'list', '--format', 'json'], 'feature-docs: option `--format` does not apply to `feature-docs templates list` (see `feature-docs --help`)\n'],
    [['templates', 'show', 't.md', '--no-config', '-r', '.remarkrc.json'], 'feature-docs: `--rc-path` and `--no-config` cannot both be given\n'],
    [['templates', 'frob'], 'feature-docs: `feature-docs templates` has no command `frob`: expected list, show <name or path> or check <name or path>\n'],
  ])('%j: exit 2, one line', async (args, stderr) => {
    expect(await featureDocs(folder, args)).toEqual({ code: 2, stdout: '', stderr })
  })

  it('`--` ends the options: a template path that starts with a dash', async () => {
    const dashed = project({ '-t.md': '# Plan\n\n## Goals\n' })
    expect(await featureDocs(dashed, ['templates', 'check', '--', '-t.md'])).toEqual({ code: 0, stdout: '-t.md: no problems found\n', stderr: '' })
  })
})
