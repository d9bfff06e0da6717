/** The markers rule tests mark positions with (`test/support/markers.ts`). */
import { remark } from 'remark'
import { describe, expect, it } from 'vitest'
import { markLines, marked, unmarked } from './support/markers.js'

describe('marked', () => {
  it('removes the markers and gives each point as unist does', () => {
    const doc = marked('⟦start⟧# Title\n\nSome ⟦word⟧text⟦/word⟧.\n⟦end⟧')
    expect(doc.text).toBe('# Title\n\nSome text.\n')
    expect(doc.points).toEqual({
      start: { line: 1, column: 1, offset: 0 },
      word: { line: 3, column: 6, offset: 14 },
      '/word': { line: 3, column: 10, offset: 18 },
      end: { line: 4, column: 1, offset: 20 },
    })
  })

  it('agrees with remark on where a node starts and ends, across CRLF, CR and astral characters', () => {
    const doc = marked('# 🚀 T\r\n\r\n⟦p⟧para\rgraph⟦/p⟧\n\n- ⟦item⟧one 🚀⟦/item⟧\n')
    const tree = remark().parse(doc.text)
    const paragraph = tree.children[1]!
    const item = tree.children[2]!.type === 'list' ? tree.children[2].children[0]!.children[0]! : undefined
    expect(doc.range('p')).toBe(`${paragraph.position!.start.line}:${paragraph.position!.start.column}-${paragraph.position!.end.line}:${paragraph.position!.end.column}`)
    expect(doc.at('p').offset).toBe(paragraph.position!.start.offset)
    expect(doc.range('item')).toBe(`${item!.position!.start.line}:${item!.position!.start.column}-${item!.position!.end.line}:${item!.position!.end.column}`)
    expect(doc.range('item')).toBe('6:3-6:9')
  })

  it('writes ranges and messages as rule tests assert them', () => {
    const doc = marked('⟦a⟧## One⟦/a⟧\n\n⟦b⟧two\n')
    expect(doc.range('a')).toBe('1:1-1:7')
    expect(doc.range('a', 'b')).toBe('1:1-3:1')
    expect(doc.range('b')).toBe('3:1-3:1')
    expect(doc.point('b')).toBe('3:1')
    expect(doc.message('⟦a⟧: Section `## One`')).toBe('1:1-1:7: Section `## One`')
    expect(doc.message('⟦a⟧-⟦b⟧: from one to two')).toBe('1:1-3:1: from one to two')
    expect(doc.message('2:1-2:1: as written')).toBe('2:1-2:1: as written')
    expect(doc.message('⟦b⟧: like the one at ⟦a⟧, ending at ⟦/a⟧')).toBe('3:1-3:1: like the one at 1:1, ending at 1:7')
  })

  it('leaves text without markers as it is', () => {
    const text = '# T\n\n[Placeholder] and [link](x) ⟨not a marker⟩\n'
    expect(unmarked(text)).toBe(text)
    expect(marked(text).points).toEqual({})
  })

  it('refuses a marker given twice, an unknown one, and one left open', () => {
    expect(() => marked('⟦a⟧x⟦a⟧')).toThrow('Marker ⟦a⟧ is given twice')
    expect(() => marked('⟦a⟧x').at('b')).toThrow('No marker ⟦b⟧ (markers: a)')
    expect(() => marked('x⟦a')).toThrow('A marker is not closed or is empty')
    expect(() => marked('x⟦⟧')).toThrow('A marker is not closed or is empty')
  })

  it('marks whole lines of a doc built by code, named by their text', () => {
    const doc = marked(markLines('# T\r\n\r\n## Design\r\n\r\n### Design notes\r\n', '## Design', '### Design notes'))
    expect(doc.text).toBe('# T\r\n\r\n## Design\r\n\r\n### Design notes\r\n')
    expect(doc.message('⟦## Design⟧: here')).toBe('3:1-3:10: here')
    expect(doc.range('### Design notes')).toBe('5:1-5:17')
    expect(() => markLines('## A\n## A\n', '## A')).toThrow('Line "## A" is in the text 2 times, not once')
    expect(() => markLines('## A\n', '## B')).toThrow('Line "## B" is in the text 0 times, not once')
  })
})
