/**
 * The two built-in templates, read section by section and column by
 * column: what every rule will require of a feature doc.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { escapeRegExp, loadTemplate } from '../src/index.js'
import { outline, range, section, builtinTemplates } from './support.js'

describe('technical-implementation template', () => {
  const template = loadTemplate(join(builtinTemplates, 'technical-implementation.md'), { name: 'technical-implementation' })

  it('has a title pattern with the feature name as a wildcard', () => {
    expect(template.title?.normalized).toBe('[feature name] - technical implementation')
    expect(template.title?.source).toBe('[Feature Name] - Technical Implementation')
    expect(template.title?.pattern.parts).toEqual([{ placeholder: '[feature name]' }, { literal: ' - technical implementation' }])
    expect(range(template.title?.position)).toBe('1:1-1:44')
  })

  it('has 8 H2 sections with their H3 children, in order', () => {
    expect(template.sections.map(outline)).toEqual([
      '## bugs fixed',
      '## code changes',
      '## architecture decisions',
      '## performance impact',
      '## security implications',
      '## testing strategy',
      '## monitoring & observability',
      '## deployment notes',
    ])
    expect(template.sections.map((parent) => parent.children.map((child) => child.text))).toEqual([
      ['Critical Issues Resolved', 'Technical Debt Addressed', 'Technical Debt Created'],
      ['Files Modified', 'Key Commits', 'Database Changes'],
      ['Design Choices Made', 'Alternatives Considered', 'Technical Dependencies'],
      ['Improvements', 'Regressions', 'Scalability Considerations'],
      ['Security Improvements', 'New Security Considerations'],
      ['Automated Tests', 'Manual Testing'],
      ['Logs Added', 'Metrics Available', 'Debugging Tools'],
      ['Environment Variables', 'Infrastructure Changes', 'Rollback Procedure'],
    ])
    expect(template.allSections).toHaveLength(8 + 22)
    expect(template.allSections.every((entry, index) => entry.index === index)).toBe(true)
    expect(template.allSections.some((entry) => entry.optional || entry.wildcard)).toBe(false)
  })

  it('keeps each section position and parent', () => {
    const critical = section(template, 'critical issues resolved')
    expect(critical.depth).toBe(3)
    expect(critical.parent?.key).toBe('bugs fixed')
    expect(range(critical.position)).toBe('5:1-5:29')
    expect(range(section(template, 'rollback procedure').position)).toBe('122:1-122:23')
    expect(section(template, 'monitoring & observability').source).toBe('Monitoring & Observability')
  })

  it('has one table, under Critical Issues Resolved, with its five columns', () => {
    const tables = template.allSections.flatMap((entry) => entry.tables.map((table) => [entry.key, table] as const))
    expect(tables).toHaveLength(1)
    const [key, table] = tables[0]!
    expect(key).toBe('critical issues resolved')
    expect(table.columns.map((column) => column.text)).toEqual(['Issue', 'Description', 'Root Cause', 'Solution', 'Files Changed'])
    expect(table.columns.map((column) => column.normalized)).toEqual(['issue', 'description', 'root cause', 'solution', 'files changed'])
    expect(range(table.position)).toBe('6:1-9:85')
    expect(template.tables).toEqual([])
  })

  it('has the footer fields, each allowing Low, Medium or High', () => {
    const footer = template.fields.filter((field) => field.section === undefined)
    expect(footer.map((field) => [field.label, field.allowed, range(field.position)])).toEqual([
      ['Implementation Complexity', ['Low', 'Medium', 'High'], '129:1-129:49'],
      ['Risk Level', ['Low', 'Medium', 'High'], '130:1-130:34'],
      ['Maintenance Burden', ['Low', 'Medium', 'High'], '131:1-131:42'],
    ])
    expect(footer.every((field) => field.style === 'strong' && field.value === '[Low/Medium/High]')).toBe(true)
  })

  it('has the bold list-item fields of each section, labels that are placeholders left out', () => {
    const inSections = template.fields.filter((field) => field.section !== undefined)
    expect(inSections.map((field) => `${field.section!.text}: ${field.label}`)).toEqual([
      'Database Changes: Schema Updates',
      'Database Changes: Migration Status',
      'Database Changes: Data Impact',
      'Technical Dependencies: Added',
      'Technical Dependencies: Removed',
      'Technical Dependencies: Updated',
      'Automated Tests: Unit Tests',
      'Automated Tests: Integration Tests',
      'Automated Tests: E2E Tests',
      'Manual Testing: User Testing',
      'Manual Testing: Edge Cases',
      'Manual Testing: Error Scenarios',
      'Environment Variables: Added',
      'Environment Variables: Modified',
      'Environment Variables: Removed',
    ])
    const schema = inSections[0]!
    expect(schema.value).toBe('[Tables/columns added, modified, or removed]')
    expect(schema.allowed).toBeUndefined()
    expect(schema.placeholder).toBe('[Tables/columns added, modified, or removed]')
    expect(range(schema.position)).toBe('39:3-39:67')
  })

  it('finds every placeholder, the file tree in the code block included', () => {
    expect(template.placeholders).toHaveLength(78)
    const inCode = template.placeholders.filter((placeholder) => placeholder.inCode)
    expect(inCode.map((placeholder) => `${placeholder.text}@${range(placeholder.position)}`)).toEqual([
      '[changed files with brief description]@25:9-25:47',
      '[changed files with brief description]@27:9-27:47',
      '[changed files with brief description]@29:9-29:47',
      '[changed files with brief description]@31:9-31:47',
    ])
    const first = template.placeholders[0]!
    expect([first.text, first.inner, range(first.position)]).toEqual(['[Feature Name]', 'Feature Name', '1:3-1:17'])
    const distinct = new Set(template.placeholders.map((placeholder) => placeholder.text))
    expect(distinct.has('[Brief description]')).toBe(true)
    expect(distinct.has('[commit hash]')).toBe(true)
    expect(distinct.has('[Low/Medium/High]')).toBe(true)
    expect(distinct.has('#1')).toBe(false)
  })

  it('has as boilerplate only the words of items that are one placeholder, without the brackets', () => {
    // Every line of prose holds a placeholder; `- [Vulnerability fixes]` left as `- Vulnerability fixes` is template text.
    expect(template.boilerplate).toHaveLength(21)
    for (const item of template.boilerplate) {
      expect(item.kind).toBe('list-item')
      expect(template.source).toMatch(new RegExp(`^(?:-|\\d+\\.) \\[${escapeRegExp(item.text)}\\]$`, 'mu'))
    }
    expect(template.boilerplate[0]).toMatchObject({ text: 'How this change affects system scale', normalized: 'how this change affects system scale' })
  })
})

describe('implementation-notes template', () => {
  const template = loadTemplate(join(builtinTemplates, 'implementation-notes.md'))

  it('has the title pattern', () => {
    expect(template.title?.pattern.parts).toEqual([{ literal: 'implementation notes - ' }, { placeholder: '[feature name]' }])
  })

  it('has 3 H2 sections with their H3 children', () => {
    expect(template.allSections.map(outline)).toEqual([
      '## technical decisions made',
      '### architecture choices',
      '### infrastructure integration',
      '### key implementation details',
      '### security considerations',
      '### testing approach',
      '## lessons learned',
      '### what worked well',
      '### challenges encountered',
      '### technical insights',
      '## future enhancements',
      '### immediate opportunities',
      '### long-term possibilities',
      '### technical debt',
    ])
    expect(template.sections).toHaveLength(3)
    expect(section(template, 'technical debt').parent?.key).toBe('future enhancements')
  })

  it('has no tables', () => {
    expect(template.allSections.flatMap((entry) => entry.tables)).toEqual([])
  })

  it('has the four footer fields after the thematic break, outside any section', () => {
    expect(template.fields.map((field) => [field.label, field.value, field.placeholder, field.section, range(field.position)])).toEqual([
      ['Feature', '[Feature Name]', '[Feature Name]', undefined, '68:1-68:28'],
      ['Implementation Date', '[Date]', '[Date]', undefined, '69:1-69:32'],
      ['Author', '[Implementation Team/Agent]', '[Implementation Team/Agent]', undefined, '70:1-70:40'],
      ['Total Implementation Time', '[Duration]', '[Duration]', undefined, '71:1-71:42'],
    ])
    // `[Implementation Team/Agent]` is free text, not a choice of two.
    expect(template.fields.every((field) => field.allowed === undefined)).toBe(true)
  })

  it('finds the placeholders, [Feature Name] in title and footer', () => {
    expect(template.placeholders).toHaveLength(57)
    const featureName = template.placeholders.filter((placeholder) => placeholder.text === '[Feature Name]')
    expect(featureName.map((placeholder) => range(placeholder.position))).toEqual(['1:26-1:40', '68:14-68:28'])
  })
})
