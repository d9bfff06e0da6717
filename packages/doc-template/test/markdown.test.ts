/**
 * Every node has a position: GFM's autolink literals after an unclosed `[`
 * come out of the parser without one, and rules then either crash placing a
 * message there or have it dropped by message control (issue 11).
 */
import type { Nodes } from 'mdast'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../src/index.js'

/** Each node as `type start-end "source slice"`, depth first. */
function outline(source: string): string[] {
  const lines: string[] = []
  const visit = (node: Nodes, depth: number) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    lines.push(`${'  '.repeat(depth)}${node.type} ${start}-${end} ${JSON.stringify(start === undefined ? undefined : source.slice(start, end))}`)
    if ('children' in node) for (const child of node.children) visit(child as Nodes, depth + 1)
  }
  visit(parseMarkdown(source), 0)
  return lines
}

describe('restorePositions', () => {
  it('places the pieces of an autolink literal after an unclosed `[` in a heading', () => {
    expect(outline('# [http://e.\n')).toEqual([
      'root 0-13 "# [http://e.\\n"',
      '  heading 0-12 "# [http://e."',
      '    text 2-3 "["',
      '    link 3-11 "http://e"',
      '      text 3-11 "http://e"',
      '    text 11-12 "."',
    ])
  })

  it('and in a paragraph, with lines and columns to match', () => {
    const source = '## Bugs Fixed\n\n[see www.example.com and more\n'
    expect(outline(source).slice(2)).toEqual([
      '    text 3-13 "Bugs Fixed"',
      '  paragraph 15-44 "[see www.example.com and more"',
      '    text 15-20 "[see "',
      '    link 20-35 "www.example.com"',
      '      text 20-35 "www.example.com"',
      '    text 35-44 " and more"',
    ])
    const link = (parseMarkdown(source).children[1] as { children: Nodes[] }).children[1]!
    expect(link.position!.start).toEqual({ line: 3, column: 6, offset: 20 })
    expect(link.position!.end).toEqual({ line: 3, column: 21, offset: 35 })
  })

  it('leaves positions the parser gave alone', () => {
    expect(outline('See http://e.com.\n')).toEqual([
      'root 0-18 "See http://e.com.\\n"',
      '  paragraph 0-17 "See http://e.com."',
      '    text 0-4 "See "',
      '    link 4-16 "http://e.com"',
      '      text 4-16 "http://e.com"',
      '    text 16-17 "."',
    ])
  })
})

describe('positions that disagree with their offsets', () => {
  it('an empty task box then a line break: the paragraph starts on the next line, not past the end of the box line', () => {
    const tree = parseMarkdown('## Summary\n\n- [ ]\nText after the box.\n')
    const item = (tree.children[1] as { children: Nodes[] }).children[0] as { children: Nodes[] }
    expect(item.children[0]!.position).toEqual({
      start: { line: 4, column: 1, offset: 18 },
      end: { line: 4, column: 20, offset: 37 },
    })
  })
})
