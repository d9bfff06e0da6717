/**
 * Markdown that would make the parser take minutes (issue 11) is found in
 * one pass before parsing; what a person writes is never taken for it.
 */
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseHazard, parseTemplate, remarkParseGuard, TemplateError } from '../src/index.js'

const lines = (...text: string[]) => text.join('\n')

describe('parseHazard', () => {
  it.each([
    ['a megabyte of `]`', `# T\n\n${']'.repeat(1_000_000)}\n`, 3, 'square brackets'],
    ['10,002 brackets over a few lines of one paragraph, each closed at once', `# T\n\nText\n${'[]'.repeat(2500)}\n${'[]'.repeat(2501)}\n`, 3, 'square brackets'],
    ['20,001 emphasis markers', `Intro.\n\n${'*a'.repeat(20_001)}\n`, 3, 'emphasis markers'],
    ['20,000 nested block quotes', `${'>'.repeat(20_000)} x\n`, 1, 'nests 20000'],
    ['10,000 list markers on one line', `# T\n\n${'- '.repeat(10_000)}x\n`, 3, 'nests 10000'],
    ['a `[` left open before 20,000 characters of one paragraph', `# T\n\nSee [the ${'ab '.repeat(7000)}\n`, 3, 'characters before it closes'],
    ['a `[` closed only after 20,000 characters', `# T\n\nSee [the ${'ab '.repeat(7000)}](x)\n`, 3, 'characters before it closes'],
    ['lists nested 1,000 deep by indentation', Array.from({ length: 1000 }, (_, index) => `${' '.repeat(2 * index)}- x`).join('\n'), 102, 'indents a list item 202 columns'],
    ['a `[` open over many lines of one paragraph', `Intro\n[${'ab\n'.repeat(6000)}`, 1, 'characters before it closes'],
  ])('finds %s, at the line its paragraph starts', (_, source, line, words) => {
    const hazard = parseHazard(source)
    expect(hazard?.reason).toContain(words)
    expect(source.slice(0, hazard!.offset).split('\n').length).toBe(line)
  })

  it.each([
    ['brackets in a fenced code block', `# T\n\n\`\`\`json\n${'[1],'.repeat(50_000)}\n\`\`\`\n`],
    ['brackets spread over paragraphs', Array.from({ length: 100 }, () => '[a] '.repeat(2000)).join('\n\n')],
    ['ordinary nesting', lines('> - 1. > * deep enough', '', '- a', '  - b', '    - c')],
    ['an open `[` in each of thousands of list items or table rows', `${Array.from({ length: 3000 }, (_, index) => `- item ${index} [x`).join('\n')}\n\n| a |\n|---|\n${'| [ open cell text |\n'.repeat(3000)}`],
    ['a code block indented far, and lists nested ten deep', `${' '.repeat(300)}code\n\n${Array.from({ length: 10 }, (_, index) => `${' '.repeat(2 * index)}- x`).join('\n')}\n`],
    ['long paragraphs whose brackets close soon', `${'[a](b) and text '.repeat(5000)}\n`],
    ['an empty document', ''],
  ])('passes over %s', (_, source) => {
    expect(parseHazard(source)).toBeUndefined()
  })
})

describe('remarkParseGuard', () => {
  it('fails the file with one message before parsing, naming the line', () => {
    const file = new VFile({ path: 'doc.md', value: `# T\n\n${']'.repeat(200_000)}\n` })
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkParseGuard)
    expect(() => processor.parse(file)).toThrow(/square brackets in one paragraph/u)
    expect(file.messages.map((message) => [message.line, message.column, message.ruleId, message.source, message.fatal])).toEqual([
      [3, 1, 'parse-guard', 'feature-docs', true],
    ])
  })

  it('parses everything else as before', () => {
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkParseGuard)
    expect(processor.parse('# T\n\n[a](b)\n')).toEqual(unified().use(remarkParse).use(remarkGfm).parse('# T\n\n[a](b)\n'))
  })

  it('refuses such a template, naming it', () => {
    expect(() => parseTemplate(`# T\n\n${'>'.repeat(500)} x\n`, { path: 'template.md' })).toThrowError(
      new TemplateError('Template `template.md` nests 500 block quotes or lists on one line, more than the 100 the Markdown parser can take: not checked', 'template.md'),
    )
  })
})
