/**
 * The machine formats, from the built command over the broken fixtures,
 * checked against each fixture's `*.messages.txt`: GitHub workflow commands
 * line for line (with GitHub's escaping), JSON with exact positions and no
 * syntax trees, SARIF 2.1.0 with its rules table and every location.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { escapeData, escapeProperty } from '../src/report/github-report.js'
import { presetRules } from 'remark-preset-lint-feature-docs'
import { type ExpectedMessage, expectedMessages, featureDocs, fixture, project, removeScratch, ruleUrl } from './support/cli.js'

afterAll(removeScratch)

const broken = ['technical-implementation/table-columns.md', 'implementation-notes/placeholders.md', 'technical-implementation/misspelled.md']
const docPath = (fixturePath: string) => `docs/${fixturePath.replace('/', '-')}`

let folder: string
const expected = new Map<string, ExpectedMessage[]>()

beforeAll(() => {
  const files: Record<string, string> = { 'docs/valid.md': fixture('technical-implementation/valid.md') }
  for (const path of broken) {
    files[docPath(path)] = fixture(path)
    expected.set(docPath(path), expectedMessages(path))
  }
  folder = project(files)
})

/**
 * The fixes the broken fixtures' messages carry, by `path:line:column`:
 * two headings and a column name as the template writes them, and the
 * missing column put in the table (its rows, checked whole in the rule's
 * own tests, start with the header it makes).
 */
const fixes = new Map<string, unknown>([
  [
    'docs/technical-implementation-misspelled.md:3:1',
    { kind: 'rename', title: 'Replace with `## Bugs Fixed`', range: [43, 55], start: { line: 3, column: 1 }, end: { line: 3, column: 13 }, text: '## Bugs Fixed' },
  ],
  [
    'docs/technical-implementation-misspelled.md:123:1',
    {
      kind: 'rename',
      title: 'Replace with `### Rollback Procedure`',
      range: [expect.any(Number), expect.any(Number)],
      start: { line: 123, column: 1 },
      end: { line: 123, column: 24 },
      text: '### Rollback Procedure',
    },
  ],
  [
    'docs/technical-implementation-table-columns.md:6:1',
    {
      kind: 'insert',
      title: 'Insert missing column `Solution`',
      range: [expect.any(Number), expect.any(Number)],
      start: { line: 6, column: 1 },
      end: { line: 10, column: 154 },
      text: expect.stringMatching(/^\| Issue \| Descripton \| Root Cause \| Solution \| Files Changed \|\n\|-------\|------------\|------------\| --- \|---------------\|\n/u),
    },
  ],
  [
    'docs/technical-implementation-table-columns.md:6:11',
    { kind: 'rename', title: 'Replace with `Description`', range: [expect.any(Number), expect.any(Number)], start: { line: 6, column: 11 }, end: { line: 6, column: 21 }, text: 'Description' },
  ],
])

/** Report order: files alphabetically, as unified-engine sorts them. */
const reported = () => [...expected.keys()].sort()

describe('--format github', () => {
  it('prints one workflow command per message, exactly, on stdout; exit 1', async () => {
    const result = await featureDocs(folder, ['--format', 'github', 'docs'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const lines = reported().flatMap((path) =>
      expected
        .get(path)!
        .map(
          (message) =>
            `::error file=${path},line=${message.line},col=${message.column},endLine=${message.endLine},endColumn=${message.endColumn},title=${message.ruleId}::${message.reason}`,
        ),
    )
    expect(result.stdout).toBe(`${lines.join('\n')}\n`)
  })

  it('escapes properties (`%`, `:`, `,`, CR, LF) and data (`%`, CR, LF) as GitHub requires', async () => {
    const odd = project({ 'a,b:c%d.md': '# 100% done: really, yes\n' })
    const result = await featureDocs(odd, ['--format', 'github', '--template', 'technical-implementation', 'a,b:c%d.md'])
    expect(result.code).toBe(1)
    const first = result.stdout.split('\n')[0]
    expect(first).toBe(
      '::error file=a%2Cb%3Ac%25d.md,line=1,col=1,endLine=1,endColumn=25,title=required-sections::Title `# 100%25 done: really, yes` does not match the template title `# [Feature Name] - Technical Implementation`',
    )
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e')
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce')
  })

  it('prints nothing for clean docs; exit 0', async () => {
    expect(await featureDocs(folder, ['--format', 'github', 'docs/valid.md'])).toEqual({ code: 0, stdout: '', stderr: '' })
  })
})

describe('--format json', () => {
  it('prints every file with its messages, exact positions, rule, source, url; no trees', async () => {
    const result = await featureDocs(folder, ['--format', 'json', 'docs'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const report = JSON.parse(result.stdout) as unknown
    expect(report).toEqual(
      [...reported(), 'docs/valid.md'].sort().map((path) => ({
        path,
        // Each file names the template it was checked against.
        template: path.startsWith('docs/implementation-notes') ? 'implementation-notes' : 'technical-implementation',
        messages: (expected.get(path) ?? []).map((message) => ({
          ruleId: message.ruleId,
          source: 'remark-lint',
          reason: message.reason,
          line: message.line,
          column: message.column,
          endLine: message.endLine,
          endColumn: message.endColumn,
          fatal: false,
          url: ruleUrl(message.ruleId),
          fix: fixes.get(`${path}:${message.line}:${message.column}`) ?? null,
        })),
      })),
    )
    // Nothing of the syntax tree leaks in: no node types, no ancestors.
    expect(result.stdout).not.toMatch(/"(?:type|ancestors|children|place|cause)"/u)
  })

  it('names no template for a file that is no feature doc, and a template given by path relative to the working folder', async () => {
    const other = project({ 'notes.md': '# Team notes\n\nNothing to check.\n', 'plans/plan.md': '# Plan\n\n## Goals\n\nShip.\n', 'templates/plan.md': '# Plan\n\n## Goals\n' })
    expect(JSON.parse((await featureDocs(other, ['--format', 'json', 'notes.md'])).stdout)).toEqual([{ path: 'notes.md', template: null, messages: [] }])
    const byPath = await featureDocs(other, ['--format', 'json', '--template', 'templates/plan.md', 'plans/plan.md'])
    expect(JSON.parse(byPath.stdout)).toEqual([{ path: 'plans/plan.md', template: 'templates/plan.md', messages: [] }])
  })

  it('--quiet leaves out files without messages', async () => {
    const result = await featureDocs(folder, ['--format', 'json', '--quiet', 'docs'])
    expect((JSON.parse(result.stdout) as { path: string }[]).map((file) => file.path)).toEqual(reported())
  })

  it('--output writes the report to a file, not stdout', async () => {
    const result = await featureDocs(folder, ['--format', 'json', '--output', 'reports/docs.json', 'docs/valid.md'])
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(JSON.parse(readFileSync(join(folder, 'reports', 'docs.json'), 'utf8'))).toEqual([{ path: 'docs/valid.md', template: 'technical-implementation', messages: [] }])
  })

  it('--output that cannot be written: exit 2, one line', async () => {
    expect(await featureDocs(folder, ['--format', 'json', '--output', 'docs', 'docs/valid.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: cannot write the report to docs: it is a folder\n',
    })
  })

  it('refuses --output with the stylish format (exit 2, one line)', async () => {
    const result = await featureDocs(folder, ['--output', 'report.txt', 'docs/valid.md'])
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')).toHaveLength(2)
    expect(result.stderr).toBe('feature-docs: `--output` writes a json, github, sarif, markdown, gitlab or junit report: add `--format` with one of them\n')
  })

  it('refuses an unknown format (exit 2, one line)', async () => {
    expect(await featureDocs(folder, ['--format', 'xml', 'docs'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: unknown format `xml` for `--format`: expected one of stylish, json, github, sarif, markdown, gitlab, junit\n',
    })
  })
})

describe('--format sarif', () => {
  interface Sarif {
    $schema: string
    version: string
    runs: {
      tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; helpUri: string; shortDescription: { text: string } }[] } }
      results: {
        ruleId: string
        ruleIndex: number
        level: string
        message: { text: string }
        locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[]
      }[]
    }[]
  }

  let sarif: Sarif

  beforeAll(async () => {
    const result = await featureDocs(folder, ['--format', 'sarif', '--output', 'feature-docs.sarif', 'docs'])
    expect(result).toEqual({ code: 1, stdout: '', stderr: '' })
    sarif = JSON.parse(readFileSync(join(folder, 'feature-docs.sarif'), 'utf8')) as Sarif
  })

  it('is SARIF 2.1.0 with one run and the tool described', () => {
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs).toHaveLength(1)
    const driver = sarif.runs[0]!.tool.driver
    expect(driver.name).toBe('feature-docs')
    expect(driver.version).toBe(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')).version)
    expect(driver.informationUri).toBe('https://github.com/feature-docs/feature-docs/tree/main/packages/feature-docs#readme')
  })

  it('has one rule entry per rule, with its readme as helpUri (the url its messages carry) and a description', () => {
    const rules = sarif.runs[0]!.tool.driver.rules
    expect(rules.map((rule) => rule.id)).toEqual([
      'required-sections',
      'required-table-columns',
      'no-placeholders',
      'required-fields',
      'no-empty-template-sections',
      'no-template-boilerplate',
    ])
    for (const rule of rules) {
      expect(rule.helpUri).toBe(ruleUrl(rule.id))
      expect(rule.shortDescription.text.length).toBeGreaterThan(20)
    }
    expect(presetRules.map((rule) => rule.url)).toEqual(rules.map((rule) => ruleUrl(rule.id)))
  })

  it('has a result per message with rule, index, level, text and its exact location', () => {
    const run = sarif.runs[0]!
    const want = reported().flatMap((path) => expected.get(path)!.map((message) => ({ path, message })))
    expect(run.results).toHaveLength(want.length)
    run.results.forEach((result, index) => {
      const { path, message } = want[index]!
      const fix = fixes.get(`${path}:${message.line}:${message.column}`) as { title: string; start: { line: number; column: number }; end: { line: number; column: number }; text: string } | undefined
      expect(result).toEqual({
        // A fix as SARIF writes it: the file, the region it replaces (empty for an insertion) and the new text.
        ...(fix && {
          fixes: [
            {
              description: { text: fix.title },
              artifactChanges: [
                {
                  artifactLocation: { uri: path, uriBaseId: '%SRCROOT%' },
                  replacements: [
                    {
                      deletedRegion: { startLine: fix.start.line, startColumn: fix.start.column, endLine: fix.end.line, endColumn: fix.end.column },
                      insertedContent: { text: fix.text },
                    },
                  ],
                },
              ],
            },
          ],
        }),
        // Checked value for value in sarif.test.ts; each is the first of its kind in its file.
        partialFingerprints: { 'featureDocs/v1': expect.stringMatching(/^[0-9a-f]{64}:1$/u) },
        ruleId: message.ruleId,
        ruleIndex: run.tool.driver.rules.findIndex((rule) => rule.id === message.ruleId),
        level: 'warning',
        message: { text: message.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: path, uriBaseId: '%SRCROOT%' },
              region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
            },
          },
        ],
      })
    })
  })
})
