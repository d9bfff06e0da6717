/**
 * Every rule's readme carries examples; this runs them, so the docs cannot
 * drift from behaviour. In a readme, in order:
 *
 * - a ```` ```markdown template ```` block sets the template for the
 *   examples after it (written to a temporary file and passed as the
 *   rule's `template` option);
 * - a ```` ```markdown example ```` block, optionally followed by JSON
 *   options (```` ```markdown example {"order": true} ````), is linted with
 *   the package's rule;
 * - the next ```` ```text messages ```` block lists every message the
 *   example must produce, one `line:column-line:column: reason` a line
 *   (empty: none).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Code } from 'mdast'
import { parseMarkdown } from '@feature-docs/doc-template'
import type { Plugin } from 'unified'
import { afterAll, describe, expect, it } from 'vitest'
import { formatMessage, lint } from './support/lint.js'

const packages = join(import.meta.dirname, '..', 'packages')
const rules = readdirSync(packages).filter((name) => name.startsWith('remark-lint-'))
const scratch = mkdtempSync(join(tmpdir(), 'feature-docs-readme-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

interface Example {
  line: number
  markdown: string
  options: Record<string, unknown>
  template: string | undefined
  messages: string[]
}

function readExamples(readme: string, name: string): Example[] {
  const blocks = parseMarkdown(readme).children.filter((node): node is Code => node.type === 'code')
  const examples: Example[] = []
  let template: string | undefined
  let pending: Example | undefined
  for (const block of blocks) {
    const [kind, ...rest] = (block.meta ?? '').trim().split(/\s+/u)
    if (block.lang === 'markdown' && kind === 'template') {
      template = join(scratch, `${name}-${block.position!.start.line}.md`)
      writeFileSync(template, block.value)
    } else if (block.lang === 'markdown' && kind === 'example') {
      const json = rest.join(' ')
      pending = {
        line: block.position!.start.line,
        markdown: block.value,
        options: json ? (JSON.parse(json) as Record<string, unknown>) : {},
        template,
        messages: [],
      }
    } else if (block.lang === 'text' && kind === 'messages' && pending) {
      pending.messages = block.value.split('\n').filter((line) => line.trim() !== '')
      examples.push(pending)
      pending = undefined
    }
  }
  return examples
}

describe.each(rules)('%s readme examples', (name) => {
  const readme = readFileSync(join(packages, name, 'readme.md'), 'utf8')
  const examples = readExamples(readme, name)

  it('has examples', () => {
    expect(examples.length).toBeGreaterThan(0)
  })

  it.each(examples.map((example) => [example.line, example] as const))('example at line %i', async (_, example) => {
    const { default: rule } = (await import(name)) as { default: Plugin<any[], any> }
    const options = example.template ? { template: example.template, ...example.options } : example.options
    const messages = await lint(rule, options, example.markdown)
    expect(messages.map(formatMessage)).toEqual(example.messages)
  })
})
