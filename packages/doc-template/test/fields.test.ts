/**
 * Reading a document's fields and where its sections end: the two pieces of
 * the template model the field and empty-section rules read documents with.
 */
import { describe, expect, it } from 'vitest'
import { documentFields, parseMarkdown, parseTemplate, sectionExtent, type FieldLine } from '../src/index.js'

/** A field as `label=value @label-range value-range`, offsets into the source. */
function show(field: FieldLine, source: string): string {
  const slice = (range: { start: number; end: number }) => source.slice(range.start, range.end)
  expect(slice(field.labelRange)).toBe(field.label)
  expect(slice(field.valueRange)).toBe(field.value)
  return `${field.style} ${field.label}=${field.value} [${slice(field.lineRange)}]`
}

describe('documentFields', () => {
  it('reads bold fields in paragraphs, list items and block quotes, and plain ones where no bold one is', () => {
    const source = [
      '**Feature**: Offline Sync',
      '**Risk Level:** High  ',
      '__Author__: Jane\\',
      '',
      '- **Added**: zod',
      '- Start Date: 2026-11-22',
      '',
      '> **Quoted**: yes',
      '> **Second**: too',
      '',
      'Owner: Platform',
      'Note: plain lines of a paragraph count too',
      '',
      'Prose with **bold** in it. **Label** without colon.',
      '',
      '    **Code**: not a field',
      '',
    ].join('\n')
    const fields = documentFields(parseMarkdown(source), source)
    expect(fields.map((field) => show(field, source))).toEqual([
      'strong Feature=Offline Sync [**Feature**: Offline Sync]',
      'strong Risk Level=High [**Risk Level:** High]',
      'strong Author=Jane [__Author__: Jane\\]',
      'strong Added=zod [**Added**: zod]',
      'plain Start Date=2026-11-22 [Start Date: 2026-11-22]',
      'strong Quoted=yes [**Quoted**: yes]',
      'strong Second=too [**Second**: too]',
      'plain Owner=Platform [Owner: Platform]',
      'plain Note=plain lines of a paragraph count too [Note: plain lines of a paragraph count too]',
    ])
  })

  it('places an empty value just after the label, on CRLF lines too', () => {
    const source = '**Author**:\r\n- **Removed**:   \r\n'
    const fields = documentFields(parseMarkdown(source), source)
    expect(fields.map((field) => [field.label, field.value, field.valueRange, field.lineRange])).toEqual([
      ['Author', '', { start: 11, end: 11 }, { start: 0, end: 11 }],
      ['Removed', '', { start: 27, end: 27 }, { start: 15, end: 27 }],
    ])
  })
})

describe('template fields', () => {
  it('reads `[DD/MM/YYYY]` as a date format, not as a choice of three', () => {
    const template = parseTemplate('# T\n\n**Due**: [DD/MM/YYYY]\n**Size**: [S/M/L]\n')
    expect(template.fields.map((field) => [field.label, field.allowed, field.placeholder])).toEqual([
      ['Due', undefined, '[DD/MM/YYYY]'],
      ['Size', ['S', 'M', 'L'], '[S/M/L]'],
    ])
  })
})

describe('sectionExtent', () => {
  const source = ['# Title', '', '## A', 'own', '### A.1', 'sub', '## B', '', '### B.1', '#### B.1.1', 'deep', ''].join('\n')
  const tree = parseMarkdown(source)
  const heading = (text: string) =>
    tree.children.find((node) => node.type === 'heading' && source.slice(node.position!.start.offset, node.position!.end.offset).endsWith(` ${text}`)) as never

  it('gives the own content up to the next heading, and the whole section up to one of its level or higher', () => {
    const a = sectionExtent(tree, heading('A'))
    expect([a.index, a.ownEnd, a.end]).toEqual([1, 3, 5])
    expect(source.slice(a.offsets.start, a.offsets.ownEnd)).toBe('\nown\n')
    expect(source.slice(a.offsets.start, a.offsets.end)).toBe('\nown\n### A.1\nsub\n')
  })

  it('runs to the end of the document for the last section, and has no own content when a subsection follows at once', () => {
    const b = sectionExtent(tree, heading('B'))
    expect([b.index, b.ownEnd, b.end]).toEqual([5, 6, 9])
    expect(b.offsets.ownEnd).toBe(b.offsets.start + 2)
    expect(b.offsets.end).toBe(source.length)
  })

  it('rejects a heading that is not a child of the tree', () => {
    expect(() => sectionExtent(tree, parseMarkdown('## A').children[0] as never)).toThrow(RangeError)
  })
})
