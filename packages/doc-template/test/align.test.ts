/**
 * alignDocument: every template section classified, against documents made
 * by editing the built-in templates the way authors break them.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignDocument, loadTemplate, parseMarkdown, parseTemplate, type DocumentAlignment } from '../src/index.js'
import { marked } from '../../../test/support/markers.js'
import { fixtureTemplates, range, builtinTemplates } from './support.js'

const technicalPath = join(builtinTemplates, 'technical-implementation.md')
const technical = loadTemplate(technicalPath)
const technicalSource = readFileSync(technicalPath, 'utf8')

/** `key status line`, for every section that is not simply matched. */
function problems(alignment: DocumentAlignment): string[] {
  return alignment.sections
    .filter((entry) => entry.status !== 'matched')
    .map(
      (entry) =>
        `${entry.section.key}: ${entry.status}${entry.parentMissing ? ' (parent missing)' : ''} ${range(entry.heading?.position)}`,
    )
}

/** The technical template with its title filled in and `edit` applied. */
function technicalDoc(edit: (source: string) => string = (source) => source): string {
  return edit(technicalSource.replace('# [Feature Name] - Technical Implementation', '# Offline Sync - Technical Implementation'))
}

describe('alignDocument', () => {
  it('matches every section of a doc that follows the template', () => {
    const alignment = alignDocument(technical, parseMarkdown(technicalDoc()))
    expect(problems(alignment)).toEqual([])
    expect(alignment.title).toMatchObject({ status: 'matched', distance: 0 })
    expect([...alignment.title!.values]).toEqual([['[feature name]', 'Offline Sync']])
    expect(alignment.extraHeadings).toEqual([])
  })

  it('is computed once per tree and shared', () => {
    const tree = parseMarkdown(technicalDoc())
    expect(alignDocument(technical, tree)).toBe(alignDocument(technical, tree))
    expect(alignDocument(technical, parseMarkdown(technicalDoc()))).not.toBe(alignDocument(technical, tree))
  })

  it('classifies misspelled, wrong level, wrong place, missing and out of order at once', () => {
    const doc = technicalDoc((source) =>
      source
        .replace('## Bugs Fixed', '## Bug Fixes')
        .replace('### Key Commits', '#### Key Commits')
        .replace('### Manual Testing', '## Manual Testing')
        .replace(/### Regressions\n[\s\S]*?(?=### Scalability)/u, '')
        .replace(/## Security Implications\n[\s\S]*?(?=## Testing Strategy)/u, '')
        // Move Improvements under Monitoring: wrong place.
        .replace(/### Improvements\n[\s\S]*?(?=### Scalability)/u, '')
        .replace('### Logs Added', '### Improvements\n- x\n\n### Logs Added'),
    )
    const alignment = alignDocument(technical, parseMarkdown(doc))
    expect(problems(alignment)).toEqual([
      'bugs fixed: misspelled 3:1-3:13',
      'key commits: wrong-level 34:1-34:17',
      'improvements: wrong-place 79:1-79:17',
      'regressions: missing none',
      'security implications: missing none',
      'security improvements: missing (parent missing) none',
      'new security considerations: missing (parent missing) none',
      'manual testing: wrong-level 72:1-72:18',
    ])
    // The misspelled section's children are still found under it.
    expect(alignment.sections.find((entry) => entry.section.key === 'critical issues resolved')?.status).toBe('matched')
  })

  it('marks sections out of template order, keeping the longest ordered run', () => {
    const doc = [
      '# Offline Sync - Technical Implementation',
      ...technical.sections.map((section) => `## ${section.text}`).reverse().slice(0, 1),
      ...technical.sections.map((section) => `## ${section.text}`).slice(0, -1),
    ].join('\n\n')
    const alignment = alignDocument(technical, parseMarkdown(doc))
    const deployment = alignment.sections.find((entry) => entry.section.key === 'deployment notes')!
    expect(deployment.status).toBe('out-of-order')
    expect(deployment.after?.section.key).toBe('monitoring & observability')
    expect(range(deployment.heading?.position)).toBe('3:1-3:20')
    const outOfOrder = alignment.sections.filter((entry) => entry.status === 'out-of-order')
    expect(outOfOrder).toHaveLength(1)
  })

  it('reports a first section moved to the end as out of order before its successor', () => {
    const alignment = alignDocument(technical, parseMarkdown(technicalDoc((source) => {
      const [head, bugs] = [source.slice(0, source.indexOf('## Bugs Fixed')), source.slice(source.indexOf('## Bugs Fixed'), source.indexOf('## Code Changes'))]
      return head + source.slice(source.indexOf('## Code Changes'), source.indexOf('\n---\n')) + bugs + source.slice(source.indexOf('\n---\n'))
    })))
    const bugs = alignment.sections.find((entry) => entry.section.key === 'bugs fixed')!
    expect(bugs.status).toBe('out-of-order')
    expect(bugs.after).toBeUndefined()
    expect(bugs.before?.section.key).toBe('code changes')
  })

  it('tolerates case, emphasis, code, closing #s, colons, setext and emoji in headings', () => {
    const doc = technicalDoc((source) =>
      source
        .replace('## Bugs Fixed', '## **BUGS** fixed:')
        .replace('## Code Changes', 'Code `Changes`\n---------------')
        .replace('## Performance Impact', '## 🚀 Performance Impact ##')
        .replace('### Key Commits', '### _Key_ Commits.'),
    )
    expect(problems(alignDocument(technical, parseMarkdown(doc)))).toEqual([])
  })

  it('allows extra sections anywhere', () => {
    const doc = marked(technicalDoc((source) => source.replace('## Code Changes', '⟦notes⟧## Notes⟦/notes⟧\n\nExtra.\n\n⟦more⟧### More⟦/more⟧\n\n## Code Changes')))
    const alignment = alignDocument(technical, parseMarkdown(doc.text))
    expect(problems(alignment)).toEqual([])
    expect(alignment.extraHeadings.map((heading) => range(heading.position))).toEqual([doc.range('notes'), doc.range('more')])
  })

  it('aligns each template table to the document table in the same section', () => {
    const doc = technicalDoc((source) =>
      source
        .replace('| Issue | Description | Root Cause | Solution | Files Changed |', '| Issue | Descripton | Root Cause | Files Changed | Owner |')
        .replace('|-------|-------------|------------|----------|---------------|', '|---|---|---|---|---|'),
    )
    const [table] = alignDocument(technical, parseMarkdown(doc)).tables
    expect(range(table?.node?.position)).toBe('6:1-9:85')
    expect(table?.columns.map((column) => [column.column.text, column.status, column.index])).toEqual([
      ['Issue', 'matched', 0],
      ['Description', 'misspelled', 1],
      ['Root Cause', 'matched', 2],
      ['Solution', 'missing', undefined],
      ['Files Changed', 'matched', 3],
    ])
  })

  it('has no table for a section with none, and none under a missing section', () => {
    const withoutTable = technicalDoc((source) => source.replace(/\| Issue[^\n]*\n\|-[^\n]*\n(\|[^\n]*\n)+/u, 'None.\n'))
    expect(alignDocument(technical, parseMarkdown(withoutTable)).tables.map((table) => table.node)).toEqual([undefined])
    const withoutSection = technicalDoc((source) => source.replace(/### Critical Issues Resolved\n/u, ''))
    const alignment = alignDocument(technical, parseMarkdown(withoutSection))
    const critical = alignment.sections.find((entry) => entry.section.key === 'critical issues resolved')!
    expect(critical.status).toBe('missing')
    expect(critical.tables.map((table) => table.node)).toEqual([undefined])
  })

  it('lets (Optional) sections match with or without the marker, and placeholder headings match any text', () => {
    const template = parseTemplate('# Runbook - [Service]\n\n## Alerts (Optional)\n\n## Components\n\n### [Component Name]\n\n#### Owner\n')
    const doc = '# Runbook - Billing\n\n## Alerts\n\n## Components\n\n### Ledger\n\n#### Owner\n'
    expect(problems(alignDocument(template, parseMarkdown(doc)))).toEqual([])
    const withMarker = doc.replace('## Alerts', '## Alerts (optional)')
    expect(problems(alignDocument(template, parseMarkdown(withMarker)))).toEqual([])
  })

  it('aligns an RFC-style document whose sections are H1s', () => {
    const rfc = loadTemplate(join(fixtureTemplates, 'rfc-style.md'))
    const doc = '- Feature Name: x\n\n# Summary\n\nS.\n\n# Motivaton\n\n# Drawbacks\n'
    expect(problems(alignDocument(rfc, parseMarkdown(doc)))).toEqual([
      'motivation: misspelled 7:1-7:12',
      'guide-level explanation: missing none',
      'reference-level explanation: missing none',
      'rationale and alternatives: missing none',
      'prior art: missing none',
      'unresolved questions: missing none',
      'future possibilities: missing none',
    ])
  })

  it('reports the title as missing or mismatched', () => {
    expect(alignDocument(technical, parseMarkdown('## Bugs Fixed\n')).title?.status).toBe('missing')
    const mismatch = alignDocument(technical, parseMarkdown('# Offline Sync - Technical Implementaton\n')).title
    expect(mismatch).toMatchObject({ status: 'mismatch', distance: 1 })
  })
})

describe('alignDocument on edge input', () => {
  it('aligns an empty document: everything missing, nothing thrown', () => {
    const alignment = alignDocument(technical, parseMarkdown(''))
    expect(alignment.title?.status).toBe('missing')
    expect(alignment.sections.filter((entry) => entry.status === 'missing')).toHaveLength(30)
    expect(alignment.sections.filter((entry) => entry.parentMissing)).toHaveLength(22)
  })

  it('aligns a document with only front matter', () => {
    const alignment = alignDocument(technical, parseMarkdown('---\ntemplate: technical-implementation\n---\n'))
    expect(alignment.title?.status).toBe('missing')
    expect(alignment.sections.every((entry) => entry.status === 'missing')).toBe(true)
  })

  it('gives the same positions for CRLF line endings and a BOM', () => {
    const lf = technicalDoc((source) => source.replace('### Key Commits', '#### Key Commits'))
    const crlf = `\uFEFF${lf.replaceAll('\n', '\r\n')}`
    expect(problems(alignDocument(technical, parseMarkdown(crlf)))).toEqual(problems(alignDocument(technical, parseMarkdown(lf))))
    expect(problems(alignDocument(technical, parseMarkdown(crlf)))).toEqual(['key commits: wrong-level 34:1-34:17'])
  })
})

describe('alignDocument tables', () => {
  /** Per template table: `columns -> doc table start line, column statuses`. */
  function tables(templateSource: string, doc: string): string[] {
    return alignDocument(parseTemplate(templateSource), parseMarkdown(doc)).tables.map(
      (table) =>
        `${table.table.columns.map((column) => column.text).join('|')} -> ${table.node ? table.node.position!.start.line : 'none'} ${table.columns.map((column) => column.status).join(',')}`,
    )
  }

  it('finds a table that stands between the title and the first section', () => {
    const template = '# Notes - [X]\n\n| Owner | Status |\n|---|---|\n\n## Changes\n'
    expect(tables(template, '# Notes - A\n\n| Owner | Status |\n|---|---|\n\n## Changes\n')).toEqual(['Owner|Status -> 3 matched,matched'])
  })

  it('keeps a table after a thematic break in its section', () => {
    const template = '# Notes\n\n## Changes\n\ntext\n\n---\n\n| Owner | Status |\n|---|---|\n'
    expect(tables(template, template)).toEqual(['Owner|Status -> 9 matched,matched'])
  })

  it('pairs tables by their columns, not by order', () => {
    const template = '# T\n\n## S\n\n| A | B |\n|---|---|\n\n| A | B | C |\n|---|---|---|\n'
    const doc = '# T\n\n## S\n\n| A | B | C |\n|---|---|---|\n\n| A | B |\n|---|---|\n'
    expect(tables(template, doc)).toEqual(['A|B -> 8 matched,matched', 'A|B|C -> 5 matched,matched,matched'])
  })

  it('prefers the table whose columns are close spellings over an unrelated one', () => {
    const template = '# T\n\n## S\n\n| Change | Reason | Impact |\n|---|---|---|\n'
    const doc = '# T\n\n## S\n\n| Foo | Bar |\n|---|---|\n\n| Chnge | Reasn | Impcat |\n|---|---|---|\n'
    expect(tables(template, doc)).toEqual(['Change|Reason|Impact -> 8 misspelled,misspelled,misspelled'])
  })

  it('treats # as a column name, not a closing sequence', () => {
    const template = '# T\n\n## S\n\n| # | Name |\n|---|---|\n'
    // A blank cell where `#` belongs is one edit away: offered as a fix.
    expect(tables(template, '# T\n\n## S\n\n|  | Name |\n|---|---|\n')).toEqual(['#|Name -> 5 misspelled,matched'])
    // `Id` is not `#`: the one other cell where `#` is missing stands for it (a rename to confirm).
    expect(tables(template, '# T\n\n## S\n\n| Id | Name |\n|---|---|\n')).toEqual(['#|Name -> 5 renamed,matched'])
    expect(tables(template, '# T\n\n## S\n\n| # | Name |\n|---|---|\n')).toEqual(['#|Name -> 5 matched,matched'])
  })

  it('finds a table under an extra subsection of its section, not under the next template section', () => {
    const template = '# T\n\n## Changes\n\n| Change | Reason |\n|---|---|\n\n## Next\n'
    const doc = '# T\n\n## Changes\n\n### Summary\n\n| Change | Reason |\n|---|---|\n\n## Next\n'
    expect(tables(template, doc)).toEqual(['Change|Reason -> 7 matched,matched'])
    const later = '# T\n\n## Changes\n\n## Next\n\n| Change | Reason |\n|---|---|\n'
    expect(tables(template, later)).toEqual(['Change|Reason -> none '])
  })
})

