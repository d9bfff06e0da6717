/**
 * A template's model as data: the encoding gives back the same graph (cycles,
 * shared objects, undefined, odd numbers, regular expressions), refuses what
 * it cannot give back, and `loadTemplate` takes a model from data only for
 * the very bytes it was made from.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  clearTemplateCache,
  compileTemplate,
  compiledTemplateFor,
  decodeModel,
  encodeModel,
  loadTemplate,
  parseTemplate,
  registerCompiledTemplates,
  reviveTemplate,
  templateDataFormat,
} from '../src/index.js'
import { builtinTemplates, fixtureTemplates, repository } from './support.js'

const folder = mkdtempSync(join(tmpdir(), 'feature-docs-model-data-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('encodeModel and decodeModel', () => {
  it('give back cycles and shared objects as such', () => {
    const parent: Record<string, unknown> = { name: 'parent', children: [] }
    const child = { name: 'child', parent }
    ;(parent.children as unknown[]).push(child)
    const position = { line: 1, column: 1 }
    const value = { all: [parent, child], parent, start: position, end: position }
    const back = decodeModel(encodeModel(value)) as typeof value
    expect(back).toStrictEqual(value)
    expect(back.all[0]).toBe(back.parent)
    expect((back.parent.children as unknown[])[0]).toBe(back.all[1])
    expect((back.all[1] as typeof child).parent).toBe(back.parent)
    expect(back.start).toBe(back.end)
  })

  it('gives back undefined, -0, NaN, infinities and regular expressions', () => {
    const expression = /a(b)?/giu
    expression.lastIndex = 3
    const value = { missing: undefined, list: [undefined, 1, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY], expression, again: expression, nothing: null, text: '$ref', yes: true }
    const back = decodeModel(encodeModel(value)) as typeof value
    expect(back).toStrictEqual(value)
    expect(Object.hasOwn(back, 'missing')).toBe(true)
    expect(Object.is(back.list[2], -0)).toBe(true)
    expect(back.expression).toBeInstanceOf(RegExp)
    expect([back.expression.source, back.expression.flags, back.expression.lastIndex]).toEqual(['a(b)?', 'giu', 3])
    expect(back.again).toBe(back.expression)
  })

  it.each([
    ['a Map', { map: new Map() }, /model\.map is a Map, not a plain object/u],
    ['a class instance', { at: new (class Point {})() }, /model\.at is a Point/u],
    ['a function', { run: () => 1 }, /model\.run is a function/u],
    ['a bigint', { size: 1n }, /model\.size is a bigint/u],
    ['a symbol', { tag: Symbol('x') }, /model\.tag is a symbol/u],
    ['a hole in an array', { list: [1, , 3] }, /a hole in the array at model\.list\[1\]/u],
    ['a key of its own that starts with $', { $ref: 1 }, /model has a key `\$ref`/u],
  ])('refuses %s', (_, value, message) => {
    expect(() => encodeModel(value)).toThrow(message)
  })
})

describe('a template model through its data', () => {
  const corpora = join(repository, '..', 'shared', 'corpora')
  const paths = [
    ...readdirSync(builtinTemplates).map((name) => join(builtinTemplates, name)),
    ...readdirSync(fixtureTemplates).map((name) => join(fixtureTemplates, name)),
    ...(existsSync(corpora) ? readdirSync(corpora).map((name) => join(corpora, name, 'template.md')).filter((path) => existsSync(path)) : []),
  ]

  it.each(paths)('%s comes back equal', (path) => {
    const bytes = readFileSync(path)
    const template = parseTemplate(bytes.toString('utf8'), { name: 'x', path })
    const record = compileTemplate(bytes, template)
    expect(record.format).toBe(templateDataFormat)
    expect(record.size).toBe(bytes.byteLength)
    expect(reviveTemplate(record, { name: 'x', path })).toStrictEqual(template)
    // Named and placed by the load, not by the data.
    expect(reviveTemplate(record)).toStrictEqual({ ...template, name: undefined, path: undefined })
  })
})

describe('loadTemplate with registered data', () => {
  // The data says something the Markdown does not, so which one was read shows.
  function doctored(path: string, content: string): void {
    writeFileSync(path, content)
    const bytes = readFileSync(path)
    const template = parseTemplate(content)
    template.sections[0]!.text = 'From the data'
    registerCompiledTemplates([compileTemplate(bytes, template)])
  }

  it('takes the model from the data made from these very bytes', () => {
    const path = join(folder, 'data.md')
    doctored(path, '# Data - [Name]\n\n## From the Markdown one\n')
    clearTemplateCache()
    const template = loadTemplate(path, { name: 'data' })
    expect(template.sections[0]!.text).toBe('From the data')
    expect(template.name).toBe('data')
    expect(template.path).toBe(path)
  })

  it('parses a file whose bytes differ, even of the same size', () => {
    const path = join(folder, 'same-size.md')
    doctored(path, '# Data - [Name]\n\n## From the Markdown two\n')
    writeFileSync(path, '# Data - [Name]\n\n## From the Markdown TWO\n')
    clearTemplateCache()
    expect(loadTemplate(path).sections[0]!.text).toBe('From the Markdown TWO')
  })

  it('parses when an option names the placeholder syntaxes', () => {
    const path = join(folder, 'syntaxes.md')
    doctored(path, '# Data - [Name]\n\n## From the Markdown three\n')
    clearTemplateCache()
    expect(loadTemplate(path, { syntaxes: ['square'] }).sections[0]!.text).toBe('From the Markdown three')
  })

  it('parses when FEATURE_DOCS_PARSE_BUILTINS=1', () => {
    const path = join(folder, 'forced.md')
    doctored(path, '# Data - [Name]\n\n## From the Markdown four\n')
    const before = process.env.FEATURE_DOCS_PARSE_BUILTINS
    process.env.FEATURE_DOCS_PARSE_BUILTINS = '1'
    try {
      clearTemplateCache()
      expect(loadTemplate(path).sections[0]!.text).toBe('From the Markdown four')
    } finally {
      if (before === undefined) delete process.env.FEATURE_DOCS_PARSE_BUILTINS
      else process.env.FEATURE_DOCS_PARSE_BUILTINS = before
      clearTemplateCache()
    }
  })

  it('ignores data in another format', () => {
    const bytes = Buffer.from('# Data - [Name]\n\n## Another format\n')
    registerCompiledTemplates([{ ...compileTemplate(bytes, parseTemplate(bytes.toString())), format: templateDataFormat + 1 }])
    expect(compiledTemplateFor(bytes)).toBeUndefined()
  })
})
