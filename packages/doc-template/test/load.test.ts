import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadTemplate, parseTemplate, TemplateError } from '../src/index.js'

const folder = mkdtempSync(join(tmpdir(), 'feature-docs-load-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function write(name: string, content: string | Buffer): string {
  const path = join(folder, name)
  writeFileSync(path, content)
  return path
}

describe('loadTemplate', () => {
  it('caches by path and modification time', () => {
    const path = write('cached.md', '# A - [X]\n\n## One\n')
    const first = loadTemplate(path)
    expect(loadTemplate(path)).toBe(first)
    writeFileSync(path, '# A - [X]\n\n## One\n\n## Two\n')
    utimesSync(path, new Date(), new Date(Date.now() + 5000))
    const second = loadTemplate(path)
    expect(second).not.toBe(first)
    expect(second.sections.map((section) => section.key)).toEqual(['one', 'two'])
  })

  it.each([
    ['a path that does not exist', () => join(folder, 'missing.md'), /^Cannot read template `.*missing\.md`: no such file$/u],
    ['a directory', () => (mkdirSync(join(folder, 'dir.md'), { recursive: true }), join(folder, 'dir.md')), /^Template `.*dir\.md` is a directory, not a Markdown file$/u],
    ['a file that is not Markdown by name', () => write('template.json', '{}'), /^Template `.*template\.json` is not a Markdown file: expected a name ending in \.md or \.markdown$/u],
    ['a binary file', () => write('binary.md', Buffer.from([0x23, 0x20, 0x00, 0xff])), /^Template `.*binary\.md` is not a Markdown file: it holds binary data$/u],
    ['a file that is not UTF-8', () => write('latin1.md', Buffer.from([0x23, 0x20, 0xe9, 0x0a])), /^Template `.*latin1\.md` is not a Markdown file: it is not valid UTF-8$/u],
    ['a template with no headings', () => write('flat.md', 'Just text, [placeholder].\n'), /^Template `.*flat\.md` has no headings: a template needs at least one heading to define its sections$/u],
    ['an empty template', () => write('empty.md', ''), /^Template `.*empty\.md` has no headings/u],
  ])('refuses %s with a message naming the path', (_, makePath, message) => {
    const path = makePath()
    let error: unknown
    try {
      loadTemplate(path)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(TemplateError)
    expect((error as TemplateError).message).toMatch(message)
    expect((error as TemplateError).path).toBe(path)
  })

  it('refuses a template string with no headings', () => {
    expect(() => parseTemplate('text only')).toThrowError(
      'The template has no headings: a template needs at least one heading to define its sections',
    )
  })
})
