/**
 * Applying fixes: non-overlapping edits in source order, insertions at one
 * point in template order, identical edits once, overlapping ones deferred
 * to a later pass; and the blank lines an inserted block gets.
 */
import { describe, expect, it } from 'vitest'
import { applyFixes, blockInsertion, blockInsertions, lineEnding, lineEndOf, lineStartOf, type Fix, type FixKind } from '../src/index.js'

function fix(start: number, end: number, text: string, order = start, kind: FixKind = 'insert'): Fix {
  const point = (offset: number) => ({ line: 1, column: offset + 1, offset })
  return { kind, title: text, range: [start, end], start: point(start), end: point(end), text, order }
}

describe('applyFixes', () => {
  it('applies edits in source order, whatever order they come in', () => {
    const result = applyFixes('abcdef', [fix(4, 5, 'E'), fix(0, 1, 'A'), fix(2, 2, '+')])
    expect(result.text).toBe('Ab+cdEf')
    expect(result.applied.map((applied) => applied.text)).toEqual(['A', '+', 'E'])
    expect(result.deferred).toEqual([])
  })

  it('puts insertions at one point in template order, before a replacement that starts there', () => {
    const result = applyFixes('abc', [fix(1, 2, 'B'), fix(1, 1, '2', 20), fix(1, 1, '1', 10)])
    expect(result.text).toBe('a12Bc')
  })

  it('applies the same edit once (each missing column carries the whole table)', () => {
    const result = applyFixes('abc', [fix(0, 3, 'xyz'), fix(0, 3, 'xyz')])
    expect(result.text).toBe('xyz')
    expect(result.applied).toHaveLength(1)
  })

  it('defers an edit that overlaps one applied before it, and one outside the text', () => {
    const overlapping = fix(1, 3, 'Y')
    const outside = fix(2, 9, 'Z')
    const result = applyFixes('abcd', [fix(0, 2, 'X'), overlapping, outside])
    expect(result.text).toBe('Xcd')
    expect(result.deferred).toEqual([overlapping, outside])
  })
})

describe('blockInsertion', () => {
  it('sets a block apart by one blank line: after a paragraph, before a heading', () => {
    const source = 'Text.\n## Next\n'
    expect(blockInsertion(source, 6, '## New', '\n')).toBe('\n## New\n\n')
  })

  it('adds no second blank line where one is already', () => {
    const source = 'Text.\n\n## Next\n'
    expect(blockInsertion(source, 7, '## New', '\n')).toBe('## New\n\n')
    expect(blockInsertion('## Title\n\nText.\n', 9, '| a |', '\n')).toBe('\n| a |\n')
  })

  it('at the end: after a final line ending; without one, the doc still ends without one', () => {
    expect(blockInsertion('Text.\n', 6, '## New', '\n')).toBe('\n## New\n')
    expect(blockInsertion('Text.\n\n', 7, '## New', '\n')).toBe('## New\n')
    expect(blockInsertion('Text.', 5, '## New', '\n')).toBe('\n\n## New')
    expect(blockInsertion('', 0, '## New', '\n')).toBe('## New\n')
  })

  it("writes the doc's line endings, whatever the block has", () => {
    expect(blockInsertion('Text.\r\n## Next\r\n', 7, '## New\n\nBody.', '\r\n')).toBe('\r\n## New\r\n\r\nBody.\r\n\r\n')
  })

  it('several blocks at one place read as one insertion: blank lines between, or lines of one paragraph', () => {
    const source = 'Text.\n\n## Next\n'
    const blocks = blockInsertions(source, 7, ['## A', '## B', '## C'], '\n')
    expect(blocks).toEqual(['## A\n\n', '## B\n\n', '## C\n\n'])
    expect(blockInsertions('Text.\n', 6, ['**A**: [a]', '**B**: [b]'], '\n', true)).toEqual(['\n**A**: [a]\n', '**B**: [b]\n'])
  })
})

describe('lines', () => {
  it("finds a doc's line ending, and where a line starts and ends", () => {
    expect(lineEnding('a\r\nb\n')).toBe('\r\n')
    expect(lineEnding('a\nb\r\n')).toBe('\n')
    expect(lineEnding('a')).toBe('\n')
    expect(lineStartOf('ab\r\ncd', 5)).toBe(4)
    expect(lineEndOf('ab\r\ncd', 0)).toBe(2)
    expect(lineEndOf('ab\r\ncd', 4)).toBe(6)
  })
})
