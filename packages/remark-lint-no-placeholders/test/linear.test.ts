/**
 * The rule is one pass over the source, whatever it holds. These run it on
 * a million-character paragraph and code block and check the counts; no
 * timing is asserted here (that is for benchmarks), but a rescan per `[`
 * would not finish.
 *
 * The tree is built by hand: the Markdown parser, not the rule, is what
 * takes seconds on such input.
 */
import { join } from 'node:path'
import type { Code, Heading, Paragraph, Root } from 'mdast'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import rule from '../src/index.js'

const template = join(import.meta.dirname, 'templates', 'notes.md')
const million = 1_000_000

/** `# Feature Notes - X`, a blank line, then `body` on line 3 as a paragraph or code. */
function document(body: string, kind: 'paragraph' | 'code'): { tree: Root; source: string } {
  const title = '# Feature Notes - X'
  const source = `${title}\n\n${body}`
  const at = (offset: number, line: number, column: number) => ({ offset, line, column })
  const heading: Heading = {
    type: 'heading',
    depth: 1,
    children: [{ type: 'text', value: 'Feature Notes - X', position: { start: at(2, 1, 3), end: at(title.length, 1, title.length + 1) } }],
    position: { start: at(0, 1, 1), end: at(title.length, 1, title.length + 1) },
  }
  const start = title.length + 2
  const lines = body.split('\n')
  const last = lines.at(-1)!
  const position = {
    start: at(start, 3, 1),
    end: at(source.length, 3 + lines.length - 1, 1 + last.length),
  }
  const block: Paragraph | Code =
    kind === 'paragraph'
      ? { type: 'paragraph', children: [{ type: 'text', value: body, position }], position }
      : { type: 'code', lang: null, meta: null, value: lines.slice(1, -1).join('\n'), position }
  return { tree: { type: 'root', children: [heading, block], position: { start: at(0, 1, 1), end: position.end } }, source }
}

async function run(body: string, kind: 'paragraph' | 'code', options: Record<string, unknown> = {}) {
  const { tree, source } = document(body, kind)
  const file = new VFile({ path: 'doc.md', value: source })
  await unified().use(rule, { template, ...options }).run(tree, file)
  return file.messages
}

describe('no-placeholders on pathological input', () => {
  it('a million `[`', async () => {
    expect(await run('['.repeat(million), 'paragraph', { patterns: ['TODO', '/\\[x/'] })).toHaveLength(0)
  })

  it('a million `]`', async () => {
    expect(await run(']'.repeat(million), 'paragraph')).toHaveLength(0)
  })

  it('a million `[a` pairs, closed once at the end', async () => {
    const messages = await run(`${'[a'.repeat(million)}]`, 'paragraph', { patterns: ['TODO'], strict: true })
    expect(messages).toHaveLength(1)
    const place = messages[0]!.place as { start: { column: number }; end: { column: number } }
    expect([place.start.column, place.end.column]).toEqual([2 * million - 1, 2 * million + 2])
  })

  it('a hundred thousand placeholders', async () => {
    expect(await run('[a] '.repeat(100_000), 'paragraph', { patterns: ['a'], strict: true })).toHaveLength(100_000)
  })

  it('a hundred thousand bracketed words on one line, none standing alone (the default)', async () => {
    expect(await run('[a] '.repeat(100_000), 'paragraph')).toHaveLength(0)
  })

  it('a million `[` in a code block, then a template placeholder', async () => {
    const messages = await run(`\`\`\`\n${'['.repeat(million)}[command]\n\`\`\``, 'code')
    expect(messages.map((message) => message.reason)).toEqual([
      "Unexpected template placeholder `[command]` left in code: replace it with the doc's own text",
    ])
  })
})
