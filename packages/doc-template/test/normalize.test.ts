import { describe, expect, it } from 'vitest'
import { compilePattern, editDistance, hasOptionalSuffix, headingKey, matchPattern, misspellingLimit, normalizeHeading, normalizePlainText, parseMarkdown } from '../src/index.js'

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

describe('long runs (issue 11): the same answers, in one pass', () => {
  // Each of these took seconds to minutes with the earlier regular
  // expressions; bench/fuzz.mjs measures the time against parsing.
  it('strips 100,000 trailing or leading emoji, and alternating colons and emoji', () => {
    expect(normalizePlainText(`Bugs Fixed ${'🐛'.repeat(100_000)}`)).toBe('bugs fixed')
    expect(normalizePlainText(`${'🐛'.repeat(100_000)} Bugs Fixed`)).toBe('bugs fixed')
    expect(normalizePlainText(`Bugs Fixed${':🐛'.repeat(50_000)}`)).toBe('bugs fixed')
  })

  it('keeps emoji in the middle, drops closing hashes after 100,000 spaces, and trailing dots', () => {
    expect(normalizePlainText(`Bugs ${'🐛'.repeat(100_000)} Fixed`)).toBe(`bugs ${'🐛'.repeat(100_000)} fixed`)
    expect(normalizePlainText(`Bugs Fixed${' '.repeat(100_000)}##`)).toBe('bugs fixed')
    expect(normalizePlainText(`Bugs Fixed ${'.'.repeat(100_000)}`)).toBe('bugs fixed')
    expect(normalizePlainText(`Bugs${'.'.repeat(100_000)}x`)).toBe(`bugs${'.'.repeat(100_000)}x`)
    expect(normalizePlainText('#'.repeat(100_000))).toBe('')
  })
})

describe('matchPattern with many placeholders (issue 11)', () => {
  it('matches a title of 5,000 placeholders, and tells a non-match, without a regular expression to overflow', () => {
    const pattern = compilePattern(Array.from({ length: 5000 }, (_, index) => `[p${index}]`).join(' - '))
    const values = Array.from({ length: 5000 }, (_, index) => `v${index}`)
    expect(matchPattern(pattern, values.join(' - '))).toEqual(values)
    expect(matchPattern(pattern, values.slice(1).join(' - '))).toBeUndefined()
  })

  it('gives the values a lazy match gives: the leftmost place of each literal', () => {
    expect(matchPattern(compilePattern('[a] - [b]'), 'x - y - z')).toEqual(['x', 'y - z'])
    expect(matchPattern(compilePattern('kep-nnnn: [title]', ['square', 'number-mask']), 'kep-1234: fast: faster')).toEqual(['1234', 'fast: faster'])
    expect(matchPattern(compilePattern('kep-nnnn: [title]', ['square', 'number-mask']), 'kep-12a4: fast')).toBeUndefined()
    expect(matchPattern(compilePattern('[a][b] end'), 'xyz end')).toEqual(['x', 'yz'])
    expect(matchPattern(compilePattern('Notes - [Feature]'), 'NOTES - Sync', true)).toEqual(['Sync'])
    expect(matchPattern(compilePattern('[a] - [b]'), 'x - ')).toBeUndefined()
  })
})
