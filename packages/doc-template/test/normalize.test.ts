import { describe, expect, it } from 'vitest'
import { editDistance, hasOptionalSuffix, headingKey, misspellingLimit, normalizeHeading, parseMarkdown } from '../src/index.js'

function headingNode(markdown: string) {
  const node = parseMarkdown(markdown).children[0]
  if (node?.type !== 'heading') throw new Error(`not a heading: ${markdown}`)
  return node
}

describe('normalizeHeading', () => {
  it.each([
    ['Bugs Fixed', 'bugs fixed'],
    ['  Bugs   Fixed  ', 'bugs fixed'],
    ['**Bugs** Fixed', 'bugs fixed'],
    ['_Bugs_ __Fixed__', 'bugs fixed'],
    ['`Bugs` Fixed', 'bugs fixed'],
    ['[Bugs](https://example.com) Fixed', 'bugs fixed'],
    ['Bugs Fixed:', 'bugs fixed'],
    ['Bugs Fixed.', 'bugs fixed'],
    ['Bugs Fixed ##', 'bugs fixed'],
    ['## Bugs Fixed ##', 'bugs fixed'],
    ['🐛 Bugs Fixed', 'bugs fixed'],
    ['Bugs Fixed ✅', 'bugs fixed'],
    ['👩‍💻 Bugs Fixed 🇪🇺', 'bugs fixed'],
    ['ＢＵＧＳ Fixed', 'bugs fixed'],
    ['Straße', 'strasse'],
    ['Monitoring & Observability', 'monitoring & observability'],
    ['snake_case_name', 'snake_case_name'],
    ['Bugs\\_Fixed', 'bugs_fixed'],
    ['Does enabling the feature change any default behavior?', 'does enabling the feature change any default behavior?'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHeading(input)).toBe(expected)
  })

  it.each([
    '## **Bugs Fixed**:',
    '## `Bugs` _Fixed_ ##',
    'Bugs Fixed\n----------',
    '## 🐛 [Bugs](#x) Fixed.',
    '##   bugs   FIXED',
  ])('a heading node %j reads as "bugs fixed"', (markdown) => {
    expect(normalizeHeading(headingNode(markdown))).toBe('bugs fixed')
  })

  it('treats ATX and setext headings alike', () => {
    expect(normalizeHeading(headingNode('Key Commits\n==='))).toBe(normalizeHeading(headingNode('# Key Commits')))
  })
})

describe('headingKey', () => {
  it('drops a trailing (optional), the KEP convention, or [optional], the OpenShift one', () => {
    expect(headingKey('user stories (optional)')).toBe('user stories')
    expect(headingKey('open questions [optional]')).toBe('open questions')
    expect(hasOptionalSuffix('open questions [optional]')).toBe(true)
    expect(hasOptionalSuffix('open questions [maybe]')).toBe(false)
  })

  it('drops a leading section number, so a doc may number its sections', () => {
    expect(headingKey('1. bugs fixed')).toBe('bugs fixed')
    expect(headingKey('4) rollout')).toBe('rollout')
    expect(headingKey('2.3 key commits')).toBe('key commits')
    expect(headingKey('2.3. key commits')).toBe('key commits')
    // A bare number is a word of the heading.
    expect(headingKey('2024 goals')).toBe('2024 goals')
    expect(headingKey('1.5x faster')).toBe('1.5x faster')
    expect(headingKey('user stories')).toBe('user stories')
    expect(headingKey('(optional) extras')).toBe('(optional) extras')
  })
})

describe('editDistance', () => {
  it('counts edits on code points', () => {
    expect(editDistance('bug fixes', 'bugs fixed')).toBe(2)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('🐛a', '🐛b')).toBe(1)
    // A swap of two neighbours is one edit.
    expect(editDistance('impcat', 'impact')).toBe(1)
  })

  it('stops past the limit', () => {
    expect(editDistance('summary', 'security', 2)).toBe(3)
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3)
  })

  it('limits misspellings to about a quarter of the text', () => {
    expect(misspellingLimit('goals')).toBe(1)
    expect(misspellingLimit('bugs fixed')).toBe(2)
    expect(misspellingLimit('production readiness review questionnaire')).toBe(4)
  })
})
