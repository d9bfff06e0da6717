/**
 * `describeTemplate` (what the rules read from a template, as data) and
 * `checkTemplate` (what makes matching a doc against it a guess). Every
 * finding is asserted as `line:column-line:column id: reason`; the
 * built-in templates, the repository's fixture templates and the real
 * corpora's templates must have none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkTemplate, checkTemplateSource, describeTemplate, loadTemplate, parseTemplate, TemplateError, type TemplateFinding } from '../src/index.js'
import { marked } from '../../../test/support/markers.js'
import { builtinTemplates, fixtureTemplates, range, repository } from './support.js'

function findings(source: string): string[] {
  return checkTemplateSource(source).map(show)
}

/**
 * The findings on `source`, whose positions are marked (`⟦name⟧`, left out
 * of the template), and `expected` with its markers read as positions.
 */
function markedFindings(source: string, expected: string[]): [actual: string[], expected: string[]] {
  const doc = marked(source)
  return [findings(doc.text), expected.map(doc.message)]
}

function show(finding: TemplateFinding): string {
  return `${range(finding.position)} ${finding.id}: ${finding.reason}`
}

describe('describeTemplate', () => {
  it('reads what each field asks for as required-fields does', () => {
    const template = parseTemplate(
      [
        '# Order [Order Number]',
        '',
        '- Placed: (DD/MM/YYYY)',
        '- Invoice: (leave this empty)',
        '',
        '## Details',
        '',
        '**Order**: [Order Number]',
        '**Buyer**: [Buyer Name]',
        '**Billed To**: [Buyer Name]',
        '**Priority**: [Low/High]',
        '**Shipped**: [Shipping date]',
        '**Format**: [DD/MM/YYYY]',
        '',
      ].join('\n'),
    )
    const fields = describeTemplate(template).fields.map((field) => [field.label, field.expects, field.choices, field.dateFormat, field.sameAs, field.mayBeEmpty, field.section])
    expect(fields).toEqual([
      ['Placed', 'date', null, 'DD/MM/YYYY', null, false, null],
      ['Invoice', 'text', null, null, null, true, null],
      ['Order', 'same', null, null, { placeholder: '[Order Number]', in: 'title' }, false, '## Details'],
      ['Buyer', 'text', null, null, null, false, '## Details'],
      ['Billed To', 'same', null, null, { placeholder: '[Buyer Name]', in: 'Buyer' }, false, '## Details'],
      ['Priority', 'choice', ['Low', 'High'], null, null, false, '## Details'],
      ['Shipped', 'date', null, 'YYYY-MM-DD', null, false, '## Details'],
      // A date format in brackets is a format, not a choice of three.
      ['Format', 'date', null, 'DD/MM/YYYY', null, false, '## Details'],
    ])
  })

  it('says how a title matches: a pattern, any H1, or the doc’s own', () => {
    const title = (source: string) => describeTemplate(parseTemplate(source)).title
    expect(title('# Plan for [Team]: [Quarter]\n\n## Goals\n')).toEqual({ heading: '# Plan for [Team]: [Quarter]', matches: 'pattern', placeholders: ['[Team]', '[Quarter]'], line: 1, column: 1 })
    expect(title('# [Title]\n\n## Goals\n')).toMatchObject({ matches: 'any', placeholders: ['[Title]'] })
    expect(title('# Quarterly Plan\n\n## Goals\n')).toMatchObject({ matches: 'free', placeholders: [] })
    expect(title('# Goals\n\n# Risks\n')).toBeNull()
  })

  it('counts placeholders per syntax, masks included, with examples', () => {
    const template = parseTemplate('# PLAN-NNNN: [Title]\n\n## Dates\n\n- Due: yyyy-mm-dd\n- Owner: <owner name>, <team name>\n')
    expect(describeTemplate(template).placeholderSyntaxes).toEqual([
      { syntax: 'square', notation: '[x]', count: 1, examples: ['[Title]'] },
      { syntax: 'angle', notation: '<x>', count: 2, examples: ['<owner name>', '<team name>'] },
      { syntax: 'number-mask', notation: 'NNNN', count: 1, examples: ['NNNN'] },
      { syntax: 'date-mask', notation: 'yyyy-mm-dd', count: 1, examples: ['yyyy-mm-dd'] },
    ])
  })

  it('counts instruction text per section, checklist and example items apart', () => {
    const template = parseTemplate(
      [
        '# Release [Version]',
        '',
        '## Checks',
        '',
        'Tick each box before you ship.',
        '',
        '- [ ] Tests pass on main',
        '- [ ] Notes are written',
        '',
        '<!-- Ask the release captain when unsure. -->',
        '',
        '## Risks',
        '',
        'Examples:',
        '',
        '- A slow rollback path',
        '',
      ].join('\n'),
    )
    const [checks, risks] = describeTemplate(template).sections
    expect(checks!.instructions).toEqual({ paragraphs: 1, listItems: 0, comments: 1, words: 12, checklistItems: 2, exampleItems: 0 })
    expect(risks!.instructions).toEqual({ paragraphs: 1, listItems: 0, comments: 0, words: 1, checklistItems: 0, exampleItems: 1 })
  })

  it('reads front-matter keys: choices, dates as required-fields reads them, optional ones', () => {
    const doc = marked('---\n# optional keys\n⟦state⟧state: open|closed\n⟦opened⟧opened: yyyy-mm-dd\n---\n\n# Ticket\n\n## Summary\n')
    const template = parseTemplate(doc.text)
    const place = (name: string) => ({ line: doc.at(name).line, column: doc.at(name).column })
    expect(describeTemplate(template).frontMatter).toEqual([
      { key: 'state', value: 'open|closed', expects: 'choice', choices: ['open', 'closed'], dateFormat: null, optional: true, ...place('state') },
      { key: 'opened', value: 'yyyy-mm-dd', expects: 'date', choices: null, dateFormat: 'YYYY-MM-DD', optional: true, ...place('opened') },
    ])
  })
})

describe('checkTemplate', () => {
  it('two sections with one heading under one parent', () => {
    const [actual, expected] = markedFindings('# Trip\n\n## Days\n\n⟦first⟧### Morning\n\n### Evening\n\n⟦twice⟧### Morning (optional)⟦/twice⟧\n', [
      '⟦twice⟧ duplicate-heading: Section `### Morning (optional)` is here twice under `## Days` (also at ⟦first⟧): a doc\'s `### Morning (optional)` is taken for the first one, and this one is reported missing unless the doc repeats the heading; give each its own heading',
    ])
    expect(actual).toEqual(expected)
  })

  it('a heading that is all placeholder beside fixed ones, and one whose placeholder fits a fixed sibling', () => {
    const [actual, expected] = markedFindings('# Guide\n\n## Overview\n\n## Setup\n\n## Usage\n\n⟦component⟧## [Component]⟦/component⟧\n\n⟦part⟧## Part [Name]⟦/part⟧\n\n⟦two⟧## Part Two\n', [
      '⟦component⟧ placeholder-heading-beside-fixed: Section `## [Component]` is all placeholder, beside fixed `## Overview`, `## Setup` and 2 more at the top level: any doc heading there fits it, so a doc\'s misspelled `## Overview` is taken for `## [Component]`, and `## Overview` is reported missing instead of misspelled; put a fixed word in it, or give it a parent of its own',
      '⟦part⟧ placeholder-heading-beside-fixed: Section `## Part [Name]` has a placeholder that also fits its sibling `## Part Two` (at ⟦two⟧): a doc heading that misspells `## Part Two` is taken for `## Part [Name]`; make the fixed part of `## Part [Name]` tell them apart',
    ])
    expect(actual).toEqual(expected)
    // Placeholder headings side by side, with no fixed one: a repeated part, not a guess.
    expect(findings('# Options\n\n## Compared\n\n### [Option 1]\n\n### [Option 2]\n')).toEqual([])
  })

  it('an H1 that reads as a title but is not read as one', () => {
    const [actual, expected] = markedFindings('⟦status⟧## Status\n\n⟦plan⟧# Plan: [Name]⟦/plan⟧\n\n## Goals\n', [
      '⟦plan⟧ title-not-read: `# Plan: [Name]` is the only H1 but not the first heading (`## Status` at ⟦status⟧ comes before it), so it is not read as the title: it is a section every doc must have, with the sections after it inside it; move it to the top',
    ])
    expect(actual).toEqual(expected)
    const [actualTwo, expectedTwo] = markedFindings('⟦plan⟧# Plan: [Name]⟦/plan⟧\n\n## Goals\n\n⟦next⟧# Appendix\n', [
      '⟦plan⟧ title-not-read: `# Plan: [Name]` has a placeholder as a title would, but the template has 2 H1s (the next at ⟦next⟧), so none is read as the title: each H1 is a section, and a doc\'s title is matched as one; make the others H2s',
    ])
    expect(actualTwo).toEqual(expectedTwo)
    // H1s as sections, none a title (React's RFC template): as meant.
    expect(findings('# Summary\n\n# Motivation\n')).toEqual([])
  })

  it('tables without a header row, columns that are placeholders or twice in a table, tables in lists', () => {
    const source = [
      '# Costs',
      '',
      '## Monthly',
      '',
      '⟦placeholders⟧| [Item] | [Amount] |⟦/placeholders⟧',
      '|---|---|',
      '',
      '⟦empty⟧|  |  |⟦/empty⟧',
      '|---|---|',
      '| a | b |',
      '',
      '| ⟦item⟧Item | ⟦amount⟧[Amount]⟦/amount⟧ | ⟦again⟧Item⟦/again⟧ |',
      '|---|---|---|',
      '',
      'Yearly:',
      '⟦nodelimiter⟧| Item | Amount |⟦/nodelimiter⟧',
      '| rent | 12 |',
      '',
      '⟦cells⟧| A | B | C |⟦/cells⟧',
      '| - | - |',
      '',
      '> ⟦quoted⟧| Q | R |',
      '> |---|---|⟦/quoted⟧',
      '',
    ].join('\n')
    const [actual, expected] = markedFindings(source, [
      '⟦placeholders⟧ table-without-header: Table under `## Monthly` has only placeholders in its header row (`[Item]`, `[Amount]`): a doc\'s table is checked for columns named so, and a doc\'s own column names are reported missing; write the column names in its first row',
      '⟦empty⟧ table-without-header: Table under `## Monthly` has an empty header row: its columns have no names to check a doc\'s table against; write the column names in its first row',
      '⟦amount⟧ placeholder-column: Column `[Amount]` is a placeholder: a doc\'s table is checked for a column named `[Amount]` as written, so whatever name the doc gives that column is reported; write the column\'s name',
      '⟦again⟧ duplicate-column: Column `Item` is in this table twice (also at ⟦item⟧): a doc\'s table must have it twice too, and another of its columns is taken for the second; give each its own name',
      '⟦nodelimiter⟧ table-without-header: This looks like a table, but Markdown reads it as a paragraph: no delimiter row such as `| --- | --- |` follows its header row, so a doc is not checked for its columns `Item`, `Amount`; add the delimiter row',
      '⟦cells⟧ table-without-header: This looks like a table, but Markdown reads it as a paragraph: its delimiter row has 2 cells and its header row 3, so a doc is not checked for its columns `A`, `B`, `C`; give both rows the same number of cells',
      '⟦quoted⟧ table-not-read: This table is inside a block quote: only tables at the top level of a section are read as required, so a doc is not checked for its columns `Q`, `R`; take it out of the block quote',
    ])
    expect(actual).toEqual(expected)
  })

  it('a placeholder column in the template’s own syntax', () => {
    const [actual, expected] = markedFindings('# Scores {Season}\n\n## Results\n\n| Team | ⟦metric⟧{Metric}⟦/metric⟧ |\n| --- | --- |\n| {team} | 1 |\n', [
      "⟦metric⟧ placeholder-column: Column `{Metric}` is a placeholder: a doc's table is checked for a column named `{Metric}` as written, so whatever name the doc gives that column is reported; write the column's name",
    ])
    expect(actual).toEqual(expected)
    // Braces in a template that does not write `{x}` placeholders are text.
    expect(findings('# Scores\n\n## Results\n\n| Team | {Metric} |\n| --- | --- |\n')).toEqual([])
  })

  it('one field label looked for twice in one part of a doc', () => {
    const source = '# Team\n\n⟦first⟧**Lead**: [Name]\n\n## People\n\n⟦people⟧**Lead**: [Name]⟦/people⟧\n\n### Backend\n\n⟦backend⟧**Lead**: [Name]⟦/backend⟧\n\n## Budget\n\n**Owner**: [Name]\n'
    const [actual, expected] = markedFindings(source, [
      '⟦people⟧ duplicate-field: Field `**Lead:**` is also at ⟦first⟧, and both are looked for in `## People`: a doc\'s first `**Lead:**` line there is taken for the one at ⟦first⟧, and this one is reported missing unless the doc writes it twice; give each its own label',
      '⟦backend⟧ duplicate-field: Field `**Lead:**` is also at ⟦first⟧, and both are looked for in `### Backend`: a doc\'s first `**Lead:**` line there is taken for the one at ⟦first⟧, and this one is reported missing unless the doc writes it twice; give each its own label',
    ])
    expect(actual).toEqual(expected)
    // One label in sections apart (technical-implementation's `**Added**:` twice): each looked for in its own.
    expect(findings('# Deps\n\n## Libraries\n\n**Added**: [Names]\n\n## Settings\n\n**Added**: [Names]\n')).toEqual([])
  })

  it('an empty template, or one with no headings; what cannot be parsed is still an error', () => {
    expect(findings('')).toEqual(['1:1-1:1 no-headings: The template is empty: its headings are the sections a doc must have, so it needs at least one'])
    expect(findings('\n\nSome text.\n\n> # Quoted\n')).toEqual([
      '1:1-1:1 no-headings: The template has no headings: its headings are the sections a doc must have (a heading inside a list or block quote is not one), so it needs at least one',
    ])
    expect(() => checkTemplateSource(`# T\n\n${'>'.repeat(150)} deep\n`)).toThrow(TemplateError)
    // Not parsed to look for headings either: the parser would take minutes.
    expect(() => checkTemplateSource(`${']'.repeat(200_000)}\n`)).toThrow(/square brackets in one paragraph/u)
  })
})

describe('no finding on real templates', () => {
  const corpora = join(repository, '..', 'shared', 'corpora')
  const paths = [
    ...readdirSync(builtinTemplates).map((name) => join(builtinTemplates, name)),
    ...readdirSync(fixtureTemplates).map((name) => join(fixtureTemplates, name)),
  ]
  it.each(paths)('%s', (path) => {
    expect(checkTemplate(loadTemplate(path)).map(show)).toEqual([])
  })

  it.skipIf(!existsSync(corpora))(existsSync(corpora) ? 'the corpora’s templates' : 'the corpora’s templates (skipped: ../shared/corpora is absent)', () => {
    for (const folder of existsSync(corpora) ? readdirSync(corpora) : []) {
      const path = join(corpora, folder, 'template.md')
      if (!existsSync(path)) continue
      expect(checkTemplateSource(readFileSync(path, 'utf8')).map(show), folder).toEqual([])
    }
  })
})
