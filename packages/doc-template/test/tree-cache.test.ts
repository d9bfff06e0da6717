/**
 * cachedPerObject and cachedPerPair: the per-tree caches every rule shares
 * (alignment, prose ranges, fields, front matter) compute once per key.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cachedPerObject, cachedPerPair, parseMarkdown } from '../src/index.js'

describe('cachedPerObject', () => {
  it('computes once per key and gives back the same value', () => {
    const calls: object[] = []
    const size = cachedPerObject((key: { name: string }) => {
      calls.push(key)
      return { length: key.name.length }
    })
    const key = { name: 'tree' }
    const first = size(key)
    expect(first).toEqual({ length: 4 })
    expect(size(key)).toBe(first)
    expect(calls).toEqual([key])
  })

  it('keeps a separate value for each key', () => {
    let calls = 0
    const label = cachedPerObject((key: { name: string }) => {
      calls++
      return key.name.toUpperCase()
    })
    const a = { name: 'a' }
    const b = { name: 'b' }
    expect(label(a)).toBe('A')
    expect(label(b)).toBe('B')
    expect(label(a)).toBe('A')
    expect(label(b)).toBe('B')
    expect(calls).toBe(2)
  })

  it('keeps undefined too, and passes further arguments on the first call only', () => {
    const seen: string[] = []
    const firstHeading = cachedPerObject((tree: ReturnType<typeof parseMarkdown>, source: string) => {
      seen.push(source)
      return tree.children.find((node) => node.type === 'heading')
    })
    const tree = parseMarkdown('Just prose.\n')
    expect(firstHeading(tree, 'Just prose.\n')).toBeUndefined()
    expect(firstHeading(tree, 'other text')).toBeUndefined()
    expect(seen).toEqual(['Just prose.\n'])
  })
})

describe('cachedPerPair', () => {
  it('computes once per pair: the same first key with another second key is another value', () => {
    const calls: string[] = []
    const joined = cachedPerPair((tree: { name: string }, template: { name: string }) => {
      calls.push(`${tree.name}+${template.name}`)
      return { text: `${tree.name}+${template.name}` }
    })
    const tree = { name: 'doc' }
    const other = { name: 'other doc' }
    const ours = { name: 'ours' }
    const theirs = { name: 'theirs' }
    const first = joined(tree, ours)
    expect(joined(tree, ours)).toBe(first)
    expect(joined(tree, theirs)).toEqual({ text: 'doc+theirs' })
    expect(joined(tree, theirs)).not.toBe(first)
    expect(joined(other, ours)).toEqual({ text: 'other doc+ours' })
    expect(joined(other, ours)).not.toBe(first)
    expect(joined(tree, ours)).toBe(first)
    expect(calls).toEqual(['doc+ours', 'doc+theirs', 'other doc+ours'])
  })

  it('takes strings as second keys (options written out)', () => {
    let calls = 0
    const choice = cachedPerPair((_tree: object, options: string) => {
      calls++
      return options.length
    })
    const tree = {}
    expect(choice(tree, '{"template":"a"}')).toBe(16)
    expect(choice(tree, '{"template":"a"}')).toBe(16)
    expect(choice(tree, '{}')).toBe(2)
    expect(calls).toBe(2)
  })
})

describe('one cache helper', () => {
  it('no other source file of the packages keeps a WeakMap of its own (use cachedPerObject or cachedPerPair)', () => {
    const packages = join(import.meta.dirname, '..', '..')
    const own = readdirSync(packages).flatMap((name) => {
      const src = join(packages, name, 'src')
      if (!existsSync(src)) return []
      return readdirSync(src, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
        .map((entry) => join(entry.parentPath, entry.name))
        .filter((path) => !path.endsWith(join('doc-template', 'src', 'tree-cache.ts')) && /\bnew WeakMap\b/u.test(readFileSync(path, 'utf8')))
        .map((path) => relative(packages, path))
    })
    expect(own).toEqual([])
  })
})
