/**
 * The CI formats, from the built command over a small project with its own
 * template: Markdown for GitHub's job summary and pull-request comments,
 * GitLab Code Quality JSON, and JUnit XML for Jenkins and GitLab. Each
 * output is compared whole. The Markdown is also read back with a GFM
 * parser (the tables hold, every message reads as it was written), the
 * GitLab report checked for the keys GitLab's documentation requires, and
 * the XML parsed and validated by libxml2 (xmllint, built to WebAssembly).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseMarkdown } from '@feature-docs/doc-template'
import type { Nodes, Table } from 'mdast'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'
import { inline } from '../src/report/markdown-report.js'
import { escapeAttribute, escapeText } from '../src/report/junit-report.js'
import { featureDocs, project, removeScratch, ruleUrl } from './support/cli.js'
import { loadedAny, tracedFeatureDocs } from './support/loaded-modules.js'
import { marked } from '../../../test/support/markers.js'

afterAll(removeScratch)

const template = `# [Name] Plan

## Goals

| Goal | Owner |
| --- | --- |
| [Goal] | [Owner] |

## Risks

[Risk]
`

/** Front matter names the template, so the docs are checked without configuration. */
const frontMatter = '---\ntemplate: ../templates/plan.md\n---\n\n'

/** Five warnings: an empty section, a missing column, the same placeholder on two identical lines, a misspelled heading. */
const sync = marked(`${frontMatter}# Sync Plan

⟦goals⟧## Goals⟦/goals⟧

⟦table⟧| Goal |⟦/table⟧
| --- |
| ⟦goal⟧[Goal]⟦/goal⟧ |
| ⟦again⟧[Goal]⟦/again⟧ |

⟦risk⟧## Risk⟦/risk⟧

Conflicts.
`)
const broken = sync.text

const valid = `${frontMatter}# Search Plan

## Goals

| Goal | Owner |
| --- | --- |
| Faster search | Ana |

## Risks

None.
`

const reasons = {
  empty: 'Section `## Goals` is empty: the template expects content here',
  column: "Missing column `Owner` in table: the template's header is `| Goal | Owner |`",
  placeholder: "Unexpected placeholder `[Goal]`: replace it with the doc's own text",
  heading: 'Heading `## Risk` does not match the template: did you mean `## Risks`?',
  emptyFile: 'Empty file: not a feature doc, nothing to check (give `--template` to check it as one)',
}

const emptyFileUrl = 'https://github.com/feature-docs/feature-docs/tree/main/packages/feature-docs#files-that-cannot-be-checked'

let folder: string
/** The same docs with `required-sections` set to `error`, and an empty file (an info message). */
let severities: string

beforeAll(() => {
  const files = { 'templates/plan.md': template, 'plans/sync.md': broken, 'plans/valid.md': valid, 'notes.md': '# Team notes\n\nNothing to check.\n' }
  folder = project(files)
  severities = project(
    {
      ...files,
      'plans/empty.md': '',
      '.remarkrc.json': JSON.stringify({ plugins: [['remark-preset-lint-feature-docs', { 'required-sections': 'error' }]] }),
    },
    { nodeModules: true },
  )
})

const args = (format: string, ...more: string[]) => ['--format', format, ...more, 'plans', 'notes.md']

describe('--format markdown', () => {
  const link = (rule: string) => `[\`${rule}\`](${ruleUrl(rule)})`

  it('prints a heading, the counts, problems by rule and a table per file with messages, exactly; exit 1', async () => {
    const result = await featureDocs(folder, args('markdown'))
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: `## feature-docs

Checked 2 docs: 5 problems in 1 doc; 1 file not checked, no template applies to it.

### Problems by rule

| Rule | Problems |
| --- | ---: |
| ${link('no-placeholders')} | 2 |
| ${link('no-empty-template-sections')} | 1 |
| ${link('required-sections')} | 1 |
| ${link('required-table-columns')} | 1 |

### \`plans/sync.md\`

| Line | Rule | Message |
| ---: | --- | --- |
| ${sync.point('goals')} | ${link('no-empty-template-sections')} | Section \`## Goals\` is empty: the template expects content here |
| ${sync.point('table')} | ${link('required-table-columns')} | Missing column \`Owner\` in table: the template's header is \`\\| Goal \\| Owner \\|\` |
| ${sync.point('goal')} | ${link('no-placeholders')} | Unexpected placeholder \`[Goal]\`: replace it with the doc's own text |
| ${sync.point('again')} | ${link('no-placeholders')} | Unexpected placeholder \`[Goal]\`: replace it with the doc's own text |
| ${sync.point('risk')} | ${link('required-sections')} | Heading \`## Risk\` does not match the template: did you mean \`## Risks\`? |
`,
    })
    // Read as GitHub reads it (GFM): two tables, every row three cells, every message as written.
    const tables = tablesOf(result.stdout)
    expect(tables.map((table) => table.children.map((row) => row.children.length))).toEqual([[2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3]])
    expect(tables[1]!.children.slice(1).map((row) => plainText(row.children[2]!))).toEqual([
      reasons.empty,
      reasons.column,
      reasons.placeholder,
      reasons.placeholder,
      reasons.heading,
    ])
  })

  it('a clean run says so in one line under the heading; --quiet changes nothing; --output writes it to a file', async () => {
    expect(await featureDocs(folder, ['--format', 'markdown', 'plans/valid.md'])).toEqual({ code: 0, stdout: '## feature-docs\n\nChecked 1 doc: no problems.\n', stderr: '' })
    expect(await featureDocs(folder, ['--format', 'markdown', '--quiet', 'plans/valid.md'])).toEqual({ code: 0, stdout: '## feature-docs\n\nChecked 1 doc: no problems.\n', stderr: '' })
    expect(await featureDocs(folder, ['--format', 'markdown', '--output', 'reports/summary.md', 'plans/valid.md'])).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(readFileSync(join(folder, 'reports', 'summary.md'), 'utf8')).toBe('## feature-docs\n\nChecked 1 doc: no problems.\n')
  })

  it('with --silent counts and lists errors only; an info message is listed but counts as no problem', async () => {
    expect(await featureDocs(severities, args('markdown', '--silent'))).toEqual({
      code: 1,
      stderr: '',
      stdout: `## feature-docs

Checked 2 docs: 1 error in 1 doc; 2 files not checked, no template applies to them.

### Errors by rule

| Rule | Errors |
| --- | ---: |
| ${link('required-sections')} | 1 |

### \`plans/sync.md\`

| Line | Rule | Message |
| ---: | --- | --- |
| ${sync.point('risk')} | ${link('required-sections')} | Heading \`## Risk\` does not match the template: did you mean \`## Risks\`? |
`,
    })
    const empty = await featureDocs(severities, ['--format', 'markdown', 'plans/empty.md'])
    expect(empty).toEqual({
      code: 0,
      stderr: '',
      stdout: `## feature-docs

Checked 0 docs: no problems; 1 file not checked, no template applies to it.

### \`plans/empty.md\`

| Line | Rule | Message |
| ---: | --- | --- |
|  | [\`empty-file\`](${emptyFileUrl}) | Empty file: not a feature doc, nothing to check (give \`--template\` to check it as one) |
`,
    })
  })

  it('escapes what Markdown or a table would read as syntax in a message and keeps its code spans', async () => {
    // A title quoted in its message: pipes, emphasis, a link, HTML, an entity, math, strikethrough, control characters.
    const odd = project({
      'templates/plan.md': template,
      'plans/odd.md': `${frontMatter}# Odd | *a* [b](c) <i>d</i> &amp; $x$ ~e~ \`f | g\` \x1b[31m\n\n## Goals\n\n| Goal | Owner |\n| --- | --- |\n| Speed | Ana |\n\n## Risks\n\nNone.\n`,
    })
    const result = await featureDocs(odd, ['--format', 'markdown', 'plans/odd.md'])
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: `## feature-docs

Checked 1 doc: 1 problem in 1 doc.

### Problems by rule

| Rule | Problems |
| --- | ---: |
| ${link('required-sections')} | 1 |

### \`plans/odd.md\`

| Line | Rule | Message |
| ---: | --- | --- |
| 5:1 | ${link('required-sections')} | Title \`\` # Odd \\| *a* [b](c) <i>d</i> &amp; $x$ ~e~ \`f \\| g\` \\x1b[31m \`\` does not match the template title \`# [Name] Plan\` |
`,
    })
    const tables = tablesOf(result.stdout)
    // GitHub shows the title as code, whole, its control character escaped.
    expect(plainText(tables[1]!.children[1]!.children[2]!)).toBe('Title `# Odd | *a* [b](c) <i>d</i> &amp; $x$ ~e~ `f | g` \\x1b[31m` does not match the template title `# [Name] Plan`')
  })

  it('escapes Markdown outside code spans, and backticks that open no code span', () => {
    const text = 'a | b *c* _d_ [e](f) <g> &amp; $x$ ~h~ \\ `i | j` k ` l\nm'
    const escaped = 'a \\| b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\&amp; \\$x\\$ \\~h\\~ \\\\ `i \\| j` k \\` l m'
    expect(inline(text)).toBe(escaped)
    // GFM reads it back as the text it was, the code span as code.
    const [table] = tablesOf(`| a |\n| --- |\n| ${escaped} |\n`)
    const cell = table!.children[1]!.children[0]!
    expect(plainText(cell)).toBe('a | b *c* _d_ [e](f) <g> &amp; $x$ ~h~ \\ `i | j` k ` l m')
    expect(cell.children.map((node) => node.type)).toEqual(['text', 'inlineCode', 'text'])
    // A code span's fence: as long as the message's.
    expect(inline('x ``a ` b`` y')).toBe('x ``a ` b`` y')
  })
})

describe('--format gitlab', () => {
  interface Issue {
    description: string
    check_name: string
    fingerprint: string
    severity: string
    location: { path: string; lines: { begin: number; end: number } }
  }

  /** The documented recipe: rule, path, message, the line's text and the occurrence, as a JSON array, SHA-256, 32 hex digits. */
  const fingerprint = (...parts: [string, string, string, string, number]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32)

  const issue = (checkName: string, description: string, line: number, lineText: string, occurrence = 0, severity = 'major', path = 'plans/sync.md'): Issue => ({
    description,
    check_name: checkName,
    fingerprint: fingerprint(checkName, path, description, lineText, occurrence),
    severity,
    location: { path, lines: { begin: line, end: line } },
  })

  it('prints one Code Quality issue per message, exactly; exit 1', async () => {
    const result = await featureDocs(folder, args('gitlab'))
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const want = [
      issue('no-empty-template-sections', reasons.empty, sync.at('goals').line, '## Goals'),
      issue('required-table-columns', reasons.column, sync.at('table').line, '| Goal |'),
      issue('no-placeholders', reasons.placeholder, sync.at('goal').line, '| [Goal] |'),
      // The same message on an identical line: told apart by its order.
      issue('no-placeholders', reasons.placeholder, sync.at('again').line, '| [Goal] |', 1),
      issue('required-sections', reasons.heading, sync.at('risk').line, '## Risk'),
    ]
    expect(result.stdout).toBe(`${JSON.stringify(want, null, 2)}\n`)
    // The recipe stays put: a change would show every issue in GitLab as fixed and new again.
    expect(want[0]!.fingerprint).toBe('d17e13dd6e1ed168ef3131eb9efb13bc')
    expect(codeQualityProblems(JSON.parse(result.stdout))).toEqual([])
  })

  it('keeps every fingerprint when lines are added above, while the lines move', async () => {
    const before = JSON.parse((await featureDocs(folder, ['--format', 'gitlab', 'plans/sync.md'])).stdout) as Issue[]
    const moved = project({ 'templates/plan.md': template, 'plans/sync.md': broken.replace('# Sync Plan\n', '# Sync Plan\n\nWhat we plan,\nand why.\n') })
    const after = JSON.parse((await featureDocs(moved, ['--format', 'gitlab', 'plans/sync.md'])).stdout) as Issue[]
    expect(after.map((each) => each.fingerprint)).toEqual(before.map((each) => each.fingerprint))
    expect(after.map((each) => each.location.lines.begin)).toEqual(before.map((each) => each.location.lines.begin + 3))
    expect(new Set(after.map((each) => each.fingerprint)).size).toBe(after.length)
  })

  it('severity: an error is critical, a warning major, an info message info; --silent keeps errors only', async () => {
    const result = await featureDocs(severities, ['--format', 'gitlab', 'plans/sync.md', 'plans/empty.md'])
    expect(result.code).toBe(1)
    const want = [
      issue('empty-file', reasons.emptyFile, 1, '', 0, 'info', 'plans/empty.md'),
      issue('no-empty-template-sections', reasons.empty, sync.at('goals').line, '## Goals'),
      issue('required-table-columns', reasons.column, sync.at('table').line, '| Goal |'),
      issue('no-placeholders', reasons.placeholder, sync.at('goal').line, '| [Goal] |'),
      issue('no-placeholders', reasons.placeholder, sync.at('again').line, '| [Goal] |', 1),
      issue('required-sections', reasons.heading, sync.at('risk').line, '## Risk', 0, 'critical'),
    ]
    expect(result.stdout).toBe(`${JSON.stringify(want, null, 2)}\n`)
    expect(codeQualityProblems(JSON.parse(result.stdout))).toEqual([])
    const silent = await featureDocs(severities, ['--format', 'gitlab', '--silent', 'plans/sync.md', 'plans/empty.md'])
    expect(silent.stdout).toBe(`${JSON.stringify([want[5]], null, 2)}\n`)
  })

  it('prints an empty array for clean docs (exit 0), and writes to --output', async () => {
    expect(await featureDocs(folder, ['--format', 'gitlab', 'plans/valid.md', 'notes.md'])).toEqual({ code: 0, stdout: '[]\n', stderr: '' })
    expect(await featureDocs(folder, args('gitlab', '--output', 'gl-code-quality-report.json'))).toEqual({ code: 1, stdout: '', stderr: '' })
    expect(codeQualityProblems(JSON.parse(readFileSync(join(folder, 'gl-code-quality-report.json'), 'utf8')))).toEqual([])
  })
})

describe('--format junit', () => {
  const entities = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;')

  const failure = (rule: string, place: string, range: string, reason: string, fix?: string) =>
    `    <testcase name="${rule} at ${place}" classname="plans/sync">
      <failure message="${entities(reason)}" type="${rule}">plans/sync.md:${range} warning ${rule}
${entities(reason)}
${fix ? `Fix ${fix}\n` : ''}${ruleUrl(rule)}</failure>
    </testcase>
`

  const report = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="feature-docs" tests="7" failures="5" errors="0">
  <testsuite name="notes.md" tests="1" failures="0" errors="0" skipped="1">
    <testcase name="feature-docs" classname="notes">
      <skipped message="not a feature doc: no template applies to it"/>
    </testcase>
  </testsuite>
  <testsuite name="plans/sync.md" tests="5" failures="5" errors="0" skipped="0">
${failure('no-empty-template-sections', sync.point('goals'), sync.range('goals'), reasons.empty)}${failure('required-table-columns', sync.point('table'), sync.range('table'), reasons.column, '(insert): Insert missing column `Owner`')}${failure('no-placeholders', sync.point('goal'), sync.range('goal'), reasons.placeholder)}${failure('no-placeholders', sync.point('again'), sync.range('again'), reasons.placeholder)}${failure('required-sections', sync.point('risk'), sync.range('risk'), reasons.heading, '(rename): Replace with `## Risks`')}  </testsuite>
  <testsuite name="plans/valid.md" tests="1" failures="0" errors="0" skipped="0">
    <testcase name="checked against templates/plan.md" classname="plans/valid"/>
  </testsuite>
</testsuites>
`

  it('prints a testsuite per file, a failing testcase per message, a passing or skipped one per file without; exit 1', async () => {
    const result = await featureDocs(folder, args('junit'))
    expect(result).toEqual({ code: 1, stdout: report, stderr: '' })
    // The apostrophes of the messages, as entities.
    expect(report).toContain('the template&apos;s header is `| Goal | Owner |`')
    expect(await xmlProblems(result.stdout)).toEqual([])
  })

  it('an info message is a skipped testcase, an error a failure that says error; --silent keeps errors only', async () => {
    const result = await featureDocs(severities, ['--format', 'junit', '--silent', 'plans/sync.md', 'plans/empty.md'])
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="feature-docs" tests="2" failures="1" errors="0">
  <testsuite name="plans/empty.md" tests="1" failures="0" errors="0" skipped="1">
    <testcase name="feature-docs" classname="plans/empty">
      <skipped message="not a feature doc: no template applies to it"/>
    </testcase>
  </testsuite>
  <testsuite name="plans/sync.md" tests="1" failures="1" errors="0" skipped="0">
    <testcase name="required-sections at ${sync.point('risk')}" classname="plans/sync">
      <failure message="${reasons.heading}" type="required-sections">plans/sync.md:${sync.range('risk')} error required-sections
${reasons.heading}
Fix (rename): Replace with \`## Risks\`
${ruleUrl('required-sections')}</failure>
    </testcase>
  </testsuite>
</testsuites>
`,
    })
    const empty = await featureDocs(severities, ['--format', 'junit', 'plans/empty.md'])
    expect(empty.stdout).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="feature-docs" tests="1" failures="0" errors="0">
  <testsuite name="plans/empty.md" tests="1" failures="0" errors="0" skipped="1">
    <testcase name="empty-file" classname="plans/empty">
      <skipped message="${reasons.emptyFile}"/>
    </testcase>
  </testsuite>
</testsuites>
`)
    expect(await xmlProblems(result.stdout)).toEqual([])
    expect(await xmlProblems(empty.stdout)).toEqual([])
  })

  it('escapes & < > " \' in names, attributes and text, and writes control characters XML cannot hold as visible escapes', async () => {
    const name = `plans/a&b<c>"d'e\x01f.md`
    const odd = project({
      'templates/plan.md': template,
      [name]: `${frontMatter}# Odd & <b>"x"</b> 'y' \x01\x1b\x7f Z\n\n## Goals\n\n| Goal | Owner |\n| --- | --- |\n| Speed | Ana |\n\n## Risks\n\nNone.\n`,
    })
    const result = await featureDocs(odd, ['--format', 'junit', '--output', 'junit.xml', name])
    expect(result).toEqual({ code: 1, stdout: '', stderr: '' })
    const xml = readFileSync(join(odd, 'junit.xml'), 'utf8')
    const reason = 'Title `# Odd & <b>"x"</b> \'y\' \\x01\\x1b\x7f Z` does not match the template title `# [Name] Plan`'
    const escaped = 'Title `# Odd &amp; &lt;b&gt;&quot;x&quot;&lt;/b&gt; &apos;y&apos; \\x01\\x1b\x7f Z` does not match the template title `# [Name] Plan`'
    expect(xml).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="feature-docs" tests="1" failures="1" errors="0">
  <testsuite name="plans/a&amp;b&lt;c&gt;&quot;d&apos;e\\x01f.md" tests="1" failures="1" errors="0" skipped="0">
    <testcase name="required-sections at 5:1" classname="plans/a&amp;b&lt;c&gt;&quot;d&apos;e\\x01f">
      <failure message="${escaped}" type="required-sections">plans/a&amp;b&lt;c&gt;&quot;d&apos;e\\x01f.md:5:1-5:29 warning required-sections
${escaped}
${ruleUrl('required-sections')}</failure>
    </testcase>
  </testsuite>
</testsuites>
`)
    expect(await xmlProblems(xml)).toEqual([])
    // Read back by the parser: the message as the other formats give it, control characters escaped.
    expect(await xpath(xml, 'string(//failure/@message)')).toBe(reason)
    expect(await xpath(xml, 'string(//testsuite/@name)')).toBe("plans/a&b<c>\"d'e\\x01f.md")
  })

  it('keeps tabs and line breaks in attributes, and a carriage return in text, through a parser', async () => {
    const text = 'a\tb\nc\r\nd \u0000 \ud800 \uffff e'
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<r a="${escapeAttribute(text)}">${escapeText(text)}</r>\n`
    expect(escapeAttribute(text)).toBe('a&#9;b&#10;c&#13;&#10;d \\x00 \\ud800 \\uffff e')
    expect(await xmlProblems(xml, false)).toEqual([])
    expect(await xpath(xml, 'string(/r/@a)')).toBe('a\tb\nc\r\nd \\x00 \\ud800 \\uffff e')
    expect(await xpath(xml, 'string(/r)')).toBe('a\tb\nc\r\nd \\x00 \\ud800 \\uffff e')
  })

  it('with nothing to report: an empty <testsuites/>; exit 0', async () => {
    expect(await featureDocs(folder, ['--format', 'junit', '--quiet', 'plans/valid.md'])).toEqual({
      code: 0,
      stdout: '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="feature-docs" tests="0" failures="0" errors="0"/>\n',
      stderr: '',
    })
  })
})

describe('the command line', () => {
  it.each([
    ['markdown', 'markdown-report'],
    ['gitlab', 'gitlab-report'],
    ['junit', 'junit-report'],
  ])('--format %s loads its writer and no other', async (format, writer) => {
    const result = await tracedFeatureDocs(folder, ['--format', format, 'plans/valid.md'])
    expect(result.code).toBe(0)
    for (const each of ['markdown-report', 'gitlab-report', 'junit-report', 'sarif-report']) expect(loadedAny(result.loaded, each), each).toBe(each === writer)
  })

  it('a stylish run loads none of them', async () => {
    const result = await tracedFeatureDocs(folder, ['plans/valid.md'])
    for (const each of ['markdown-report', 'gitlab-report', 'junit-report']) expect(loadedAny(result.loaded, each), each).toBe(false)
  })

  it('refuses --output with the stylish format, naming every format that writes one (exit 2, one line)', async () => {
    expect(await featureDocs(folder, ['--output', 'report.txt', 'plans/valid.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: `--output` writes a json, github, sarif, markdown, gitlab or junit report: add `--format` with one of them\n',
    })
  })

  it('names the new formats among those --format takes', async () => {
    expect(await featureDocs(folder, ['--format', 'xml', 'plans'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'feature-docs: unknown format `xml` for `--format`: expected one of stylish, json, github, sarif, markdown, gitlab, junit\n',
    })
  })
})

/** The tables of a Markdown text, as a GFM parser reads them. */
function tablesOf(markdown: string): Table[] {
  return parseMarkdown(markdown).children.filter((node): node is Table => node.type === 'table')
}

/** The text a node shows, each code span marked by single backticks. */
function plainText(node: Nodes): string {
  if (node.type === 'inlineCode') return `\`${node.value}\``
  if ('value' in node) return node.value
  return 'children' in node ? node.children.map((child) => plainText(child)).join('') : ''
}

/**
 * What GitLab's documentation of the Code Quality report format requires
 * of each issue: `description`, `check_name`, `fingerprint` (unique in the
 * report), `severity` (info, minor, major, critical or blocker),
 * `location.path` (relative) and `location.lines.begin` (or
 * `location.positions.begin.line`). Returns what is wrong, if anything.
 */
function codeQualityProblems(report: unknown): string[] {
  if (!Array.isArray(report)) return ['not an array']
  const problems: string[] = []
  const fingerprints = new Set<string>()
  report.forEach((issue: Record<string, any>, index) => {
    const fail = (what: string) => problems.push(`issue ${index}: ${what}`)
    if (typeof issue.description !== 'string' || issue.description === '') fail('description')
    if (typeof issue.check_name !== 'string' || issue.check_name === '') fail('check_name')
    if (typeof issue.fingerprint !== 'string' || issue.fingerprint === '') fail('fingerprint')
    else if (fingerprints.has(issue.fingerprint)) fail('fingerprint not unique')
    fingerprints.add(issue.fingerprint)
    if (!['info', 'minor', 'major', 'critical', 'blocker'].includes(issue.severity)) fail('severity')
    const path: unknown = issue.location?.path
    if (typeof path !== 'string' || path === '' || path.startsWith('/') || path.startsWith('./')) fail('location.path')
    const line: unknown = issue.location?.lines?.begin ?? issue.location?.positions?.begin?.line
    if (!Number.isInteger(line) || (line as number) < 1) fail('location.lines.begin')
  })
  return problems
}

/**
 * The JUnit structure Jenkins' and GitLab's readers take, in XML Schema:
 * the elements and attributes of the xunit plugin's `junit-10.xsd` that
 * this report writes, required where that schema requires them (and
 * `classname`, `skipped`, failure `message` and `type`, which this report
 * always writes), with counts as numbers.
 */
const junitSchema = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:simpleType name="count"><xs:restriction base="xs:nonNegativeInteger"/></xs:simpleType>
  <xs:element name="testsuites">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="testsuite" minOccurs="0" maxOccurs="unbounded">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="testcase" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:choice minOccurs="0">
                    <xs:element name="failure">
                      <xs:complexType>
                        <xs:simpleContent>
                          <xs:extension base="xs:string">
                            <xs:attribute name="message" type="xs:string" use="required"/>
                            <xs:attribute name="type" type="xs:string" use="required"/>
                          </xs:extension>
                        </xs:simpleContent>
                      </xs:complexType>
                    </xs:element>
                    <xs:element name="skipped">
                      <xs:complexType>
                        <xs:attribute name="message" type="xs:string" use="required"/>
                      </xs:complexType>
                    </xs:element>
                  </xs:choice>
                  <xs:attribute name="name" type="xs:string" use="required"/>
                  <xs:attribute name="classname" type="xs:string" use="required"/>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
            <xs:attribute name="name" type="xs:string" use="required"/>
            <xs:attribute name="tests" type="count" use="required"/>
            <xs:attribute name="failures" type="count" use="required"/>
            <xs:attribute name="errors" type="count" use="required"/>
            <xs:attribute name="skipped" type="count" use="required"/>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
      <xs:attribute name="name" type="xs:string" use="required"/>
      <xs:attribute name="tests" type="count" use="required"/>
      <xs:attribute name="failures" type="count" use="required"/>
      <xs:attribute name="errors" type="count" use="required"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
`

/** libxml2's complaints about `xml`: not well-formed, or (with `schema`) not valid JUnit. */
async function xmlProblems(xml: string, schema = true): Promise<string[]> {
  const result = await validateXML({ xml: { fileName: 'report.xml', contents: xml }, schema: schema ? { fileName: 'junit.xsd', contents: junitSchema } : [] })
  return result.errors.map((error) => error.rawMessage)
}

/** A string XPath 1.0 expression evaluated by xmllint over `xml`: what a reader of the report gets back. */
async function xpath(xml: string, expression: string): Promise<string> {
  const result = await validateXML({
    xml: { fileName: 'report.xml', contents: xml },
    schema: [],
    // xmllint prints the result on stdout, which comes back as `normalized`.
    modifyArguments: (args) => ['--xpath', expression, ...args.filter((arg) => arg !== '--noout')],
  })
  expect(result.errors).toEqual([])
  return result.normalized.replace(/\n$/u, '')
}
