/**
 * Table-driven rule tests, in the style of typescript-eslint's RuleTester:
 * each case is Markdown plus the exact messages it must produce, written as
 * `line:column-line:column: reason`, so every position is asserted.
 */
import { markdownSource, positionFinder } from '@feature-docs/doc-template'
import { applyFixes, fixPass } from '@feature-docs/rule-kit'
import { remark } from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type { Plugin } from 'unified'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import { marked } from './markers.js'

/** Run one plugin (a rule or the preset) over Markdown; return its messages. */
export async function lint(
  plugin: Plugin<any[], any>,
  options: unknown,
  markdown: string,
  path = 'doc.md',
  cwd = process.cwd(),
): Promise<VFileMessage[]> {
  const file = new VFile({ path, value: markdown, cwd })
  const processor = remark().use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
  await (options === undefined ? processor.use(plugin) : processor.use(plugin, options)).process(file)
  return file.messages
}

/** `line:column-line:column: reason`, the form every case asserts. */
export function formatMessage(message: VFileMessage): string {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : place
  return `${start?.line}:${start?.column}-${end?.line}:${end?.column}: ${message.reason}`
}

export interface ValidCase {
  name: string
  /** The doc; positions in it may be marked (`test/support/markers.ts`), and are removed before it is checked. */
  markdown: string
  options?: unknown
  path?: string
}

export interface InvalidCase extends ValidCase {
  /**
   * Every message, in order, as `line:column-line:column: reason`; a leading
   * `⟦name⟧` (or `⟦start⟧-⟦end⟧`) stands for the range marked in `markdown`.
   */
  messages: string[]
  /** `expected` of each message that carries one, by index. */
  expected?: Record<number, string[]>
}

/**
 * Generate one test per case. Each invalid case asserts all messages, and
 * that every one has the rule's id, source and readme URL.
 */
export function ruleTester(
  rule: { plugin: Plugin<any[], any>; ruleId: string; url: string },
  cases: { valid: ValidCase[]; invalid: InvalidCase[] },
): void {
  describe(rule.ruleId, () => {
    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, async () => {
        const messages = await lint(rule.plugin, testCase.options, marked(testCase.markdown).text, testCase.path)
        expect(messages.map(formatMessage)).toEqual([])
      })
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name}`, async () => {
        const doc = marked(testCase.markdown)
        const messages = await lint(rule.plugin, testCase.options, doc.text, testCase.path)
        expect(messages.map(formatMessage)).toEqual(testCase.messages.map(doc.message))
        for (const message of messages) {
          expect(message.ruleId).toBe(rule.ruleId)
          expect(message.source).toBe('remark-lint')
          expect(message.url).toBe(rule.url)
        }
        for (const [index, expected] of Object.entries(testCase.expected ?? {})) {
          expect(messages[Number(index)]?.expected).toEqual(expected)
        }
      })
    }
  })
}

export interface FixCase {
  name: string
  /** The doc; positions in it may be marked, as in a rule case. */
  markdown: string
  options?: unknown
  path?: string
  /** The kinds of fix applied (default: `rename` and `insert`, as `--fix`). */
  kinds?: string[]
  /** Every fix the messages offer, in message order: `line:column-line:column kind: title` (or a marked range, as a rule case's messages). */
  fixes: string[]
  /** The doc once the fixes of `kinds` are applied, pass after pass as `--fix` applies them. */
  output: string
}

/**
 * Generate one test per fix case. Each asserts every fix offered with its
 * exact range (and that its offsets and points agree), the fixed doc to the
 * byte, and that the fixed doc, checked again, offers no fix of the kinds
 * applied: whatever is left is for the author to write.
 */
export function fixTester(rule: { plugin: Plugin<any[], any>; ruleId: string }, cases: FixCase[]): void {
  describe(`${rule.ruleId} fixes`, () => {
    for (const testCase of cases) {
      it(testCase.name, async () => {
        const kinds = testCase.kinds ?? ['rename', 'insert']
        const check = (markdown: string) => lint(rule.plugin, testCase.options, markdown, testCase.path)
        const doc = marked(testCase.markdown)
        const messages = await check(doc.text)
        const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : []))
        expect(fixes.map((fix) => `${fix.start.line}:${fix.start.column}-${fix.end.line}:${fix.end.column} ${fix.kind}: ${fix.title}`)).toEqual(testCase.fixes.map(doc.message))
        const source = markdownSource(doc.text)
        for (const fix of fixes) {
          const { start, end } = positionFinder(source).position(fix.range[0], fix.range[1])
          expect([start.line, start.column, end.line, end.column]).toEqual([fix.start.line, fix.start.column, fix.end.line, fix.end.column])
        }
        let text = doc.text
        for (let pass = 0; pass < 10; pass++) {
          const chosen = (await check(text)).flatMap((message) => (message.fix && kinds.includes(message.fix.kind) ? [message.fix] : []))
          const mark = text.startsWith('\uFEFF') ? '\uFEFF' : ''
          const next = mark + applyFixes(text.slice(mark.length), fixPass(chosen)).text
          if (next === text) break
          text = next
        }
        expect(text).toBe(testCase.output)
        const left = (await check(text)).filter((message) => message.fix && kinds.includes(message.fix.kind))
        expect(left.map(formatMessage)).toEqual([])
      })
    }
  })
}
