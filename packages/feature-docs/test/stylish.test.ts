/**
 * The stylish report fitted to the terminal (issue 14): exact text at
 * widths 200, 100, 80 and 60 (the table as it is, the wide layout with the
 * reason wrapped in its column, the narrow layout with the reason under the
 * place), color and wide characters measured by display width, the rule id
 * on every message's first line; without a width, vfile-reporter's text
 * byte for byte; and the built command under a real pseudo-terminal, and
 * piped.
 */
import { stripVTControlCharacters } from 'node:util'
import stringWidth from 'string-width'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { reporter } from 'vfile-reporter'
import { fitToWidth, minimumReasonWidth, stylishReport } from '../src/report/stylish-report.js'
import { runProcess } from '../../../test/support/process.js'
import { bin, expectedMessages, featureDocs, fixture, project, removeScratch } from './support/cli.js'

afterAll(removeScratch)

const at = (line: number, column: number, endLine: number, endColumn: number) => ({ start: { line, column }, end: { line: endLine, column: endColumn } })

/** A file with remark-lint warnings: `[place, reason, rule id]`. */
function doc(path: string, messages: Array<[ReturnType<typeof at>, string, string]>): VFile {
  const file = new VFile({ path })
  for (const [place, reason, ruleId] of messages) file.message(reason, { place, ruleId, source: 'remark-lint' })
  return file
}

/** A short reason, a long one, one in between; and a clean file with a long path. */
function sample(): VFile[] {
  return [
    doc('docs/offline-sync.md', [
      [at(3, 1, 3, 13), 'Heading `## Bug Fixes` does not match the template: did you mean `## Bugs Fixed`?', 'required-sections'],
      [at(6, 1, 6, 52), "Missing column `Solution` in table: the template's header is `| Issue | Description | Root Cause | Solution | Files Changed |`", 'required-table-columns'],
      [at(12, 3, 12, 9), 'Unexpected placeholder `[Date]`', 'no-placeholders'],
    ]),
    doc('docs/architecture/decisions/2024/offline-first-synchronisation-engine.md', []),
  ]
}

const plain = { quiet: false, silent: false, color: false }

/** Every line at most `width` display columns, escape codes not counted. */
function expectFits(text: string, width: number): void {
  for (const line of text.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width)
}

/** Each message's rule id on the first line of its row (the one that starts with its place). */
function expectRuleIds(text: string, files: VFile[]): void {
  const lines = stripVTControlCharacters(text).split('\n')
  for (const message of files.flatMap((file) => file.messages)) {
    const place = `${message.place && 'start' in message.place ? `${message.place.start.line}:${message.place.start.column}-` : ''}`
    const row = lines.find((line) => line.startsWith(place) && line.includes(message.ruleId!))
    expect(row, `${place} ${message.ruleId}`).toBeDefined()
  }
}

describe('stylishReport at a terminal width', () => {
  it('200 columns: the table fits, and is vfile-reporter’s, padding and all', () => {
    const files = sample()
    const text = stylishReport(files, { ...plain, width: 200 })
    expect(text).toBe(
      [
        'docs/architecture/decisions/2024/offline-first-synchronisation-engine.md: no issues found',
        'docs/offline-sync.md',
        '3:1-3:13  warning Heading `## Bug Fixes` does not match the template: did you mean `## Bugs Fixed`?                                              required-sections      remark-lint',
        "6:1-6:52  warning Missing column `Solution` in table: the template's header is `| Issue | Description | Root Cause | Solution | Files Changed |` required-table-columns remark-lint",
        '12:3-12:9 warning Unexpected placeholder `[Date]`                                                                                                no-placeholders        remark-lint',
        '',
        '⚠ 3 warnings',
      ].join('\n'),
    )
    expect(text).toBe(reporter(files, { color: false }))
  })

  it('100 columns: the wide layout, the reason wrapped in its column, rule id and source at the end of the first line', () => {
    const files = sample()
    const text = stylishReport(files, { ...plain, width: 100 })
    expect(text).toBe(
      [
        'docs/architecture/decisions/2024/offline-first-synchronisation-engine.md: no issues found',
        'docs/offline-sync.md',
        '3:1-3:13  warning Heading `## Bug Fixes` does not match the       required-sections      remark-lint',
        '                  template: did you mean `## Bugs Fixed`?',
        '6:1-6:52  warning Missing column `Solution` in table: the         required-table-columns remark-lint',
        "                  template's header is `| Issue | Description |",
        '                  Root Cause | Solution | Files Changed |`',
        '12:3-12:9 warning Unexpected placeholder `[Date]`                 no-placeholders        remark-lint',
        '',
        '⚠ 3 warnings',
      ].join('\n'),
    )
    expectFits(text, 100)
    expectRuleIds(text, files)
  })

  it(`80 columns: the narrow layout (a reason column under ${minimumReasonWidth}), the reason under the place; a long header wraps`, () => {
    const files = sample()
    const text = stylishReport(files, { ...plain, width: 80 })
    expect(text).toBe(
      [
        'docs/architecture/decisions/2024/offline-first-synchronisation-engine.md: no',
        '  issues found',
        'docs/offline-sync.md',
        '3:1-3:13  warning required-sections      remark-lint',
        '  Heading `## Bug Fixes` does not match the template: did you mean `## Bugs',
        '  Fixed`?',
        '6:1-6:52  warning required-table-columns remark-lint',
        "  Missing column `Solution` in table: the template's header is `| Issue |",
        '  Description | Root Cause | Solution | Files Changed |`',
        '12:3-12:9 warning no-placeholders        remark-lint',
        '  Unexpected placeholder `[Date]`',
        '',
        '⚠ 3 warnings',
      ].join('\n'),
    )
    expectFits(text, 80)
    expectRuleIds(text, files)
  })

  it('60 columns: a path wider than the line breaks after a `/`', () => {
    const files = sample()
    const text = stylishReport(files, { ...plain, width: 60 })
    expect(text).toBe(
      [
        'docs/architecture/decisions/2024/',
        '  offline-first-synchronisation-engine.md: no issues found',
        'docs/offline-sync.md',
        '3:1-3:13  warning required-sections      remark-lint',
        '  Heading `## Bug Fixes` does not match the template: did',
        '  you mean `## Bugs Fixed`?',
        '6:1-6:52  warning required-table-columns remark-lint',
        "  Missing column `Solution` in table: the template's header",
        '  is `| Issue | Description | Root Cause | Solution | Files',
        '  Changed |`',
        '12:3-12:9 warning no-placeholders        remark-lint',
        '  Unexpected placeholder `[Date]`',
        '',
        '⚠ 3 warnings',
      ].join('\n'),
    )
    expectFits(text, 60)
    expectRuleIds(text, files)
  })

  it('with color: the same escape codes as vfile-reporter, closed and opened again on each wrapped line, and not counted', () => {
    const files = sample().slice(0, 1)
    const text = stylishReport(files, { ...plain, color: true, width: 60 })
    expect(text).toBe(
      [
        '\u001B[4m\u001B[33mdocs/offline-sync.md\u001B[39m\u001B[24m',
        '3:1-3:13  \u001B[33mwarning\u001B[39m required-sections      remark-lint',
        '  \u001B[1mHeading \u001B[36m`## Bug Fixes`\u001B[39m does not match the template: did\u001B[22m',
        '  \u001B[1myou mean \u001B[36m`## Bugs Fixed`\u001B[39m?\u001B[22m',
        '6:1-6:52  \u001B[33mwarning\u001B[39m required-table-columns remark-lint',
        "  \u001B[1mMissing column \u001B[36m`Solution`\u001B[39m in table: the template's header\u001B[22m",
        '  \u001B[1mis \u001B[36m`| Issue | Description | Root Cause | Solution | Files\u001B[39m\u001B[22m',
        '  \u001B[1m\u001B[36mChanged |`\u001B[39m\u001B[22m',
        '12:3-12:9 \u001B[33mwarning\u001B[39m no-placeholders        remark-lint',
        '  \u001B[1mUnexpected placeholder \u001B[36m`[Date]`\u001B[39m\u001B[22m',
        '',
        '\u001B[33m⚠\u001B[39m 3 warnings',
      ].join('\n'),
    )
    for (const width of [60, 80, 100, 200]) {
      const colored = stylishReport(sample(), { ...plain, color: true, width })
      expect(stripVTControlCharacters(colored), `${width} columns`).toBe(stylishReport(sample(), { ...plain, width }))
      expectFits(colored, width)
    }
    // Counting the escape codes would have made these too long.
    expect(Math.max(...stylishReport(sample(), { ...plain, color: true, width: 100 }).split('\n').map((line) => line.length))).toBeGreaterThan(100)
  })

  it('wide and combining characters count by display width', () => {
    const file = doc('docs/設計.md', [
      [at(2, 1, 2, 8), '見出し `## 設計` はテンプレートの `## 設計の決定` と一致しません。Café au lait, cafe\u0301 crème: did you mean `## 設計の決定`?', 'required-sections'],
    ])
    const text = stylishReport([file], { ...plain, width: 60 })
    expect(text).toBe(
      [
        'docs/設計.md',
        '2:1-2:8 warning required-sections remark-lint',
        '  見出し `## 設計` はテンプレートの `## 設計の決定`',
        '  と一致しません。Café au lait, cafe\u0301 crème: did you mean `##',
        '  設計の決定`?',
        '',
        '⚠ 1 warning',
      ].join('\n'),
    )
    // The fourth line is 60 columns wide in 53 code units.
    expect(text.split('\n').map((line) => stringWidth(line))).toEqual([12, 45, 51, 60, 14, 0, 12])
  })

  it('--quiet and --silent choose the same files and messages as without a width', () => {
    const files = [...sample(), errorFile()]
    for (const select of [{ quiet: true, silent: false }, { quiet: false, silent: true }]) {
      const text = stylishReport(files, { ...select, color: false, width: 60 })
      expectFits(text, 60)
      const headers = (output: string) => output.split('\n').filter((line) => /^docs\/\S+\.md/u.test(line))
      expect(headers(text), JSON.stringify(select)).toEqual(headers(reporter(files, { ...select, color: false })))
    }
    expect(stylishReport(files, { quiet: false, silent: true, color: false, width: 60 })).toBe(
      ['docs/broken.md', ' error Cannot process file', '  [cause]:', '    Error: the disk is on fire', '', '✖ 1 error'].join('\n'),
    )
  })

  it('a line beside the report (what was checked) wraps the same way, and is left alone without a width', () => {
    const summary = 'feature-docs: checked 3 docs (2 against technical-implementation, 1 against implementation-notes)'
    expect(fitToWidth(summary, 60)).toBe('feature-docs: checked 3 docs (2 against\n  technical-implementation, 1 against implementation-notes)')
    expect(fitToWidth(summary, 100)).toBe(summary)
    expect(fitToWidth(`${summary}   `, undefined)).toBe(`${summary}   `)
  })
})

/** A fatal message whose cause is an error with a one-line stack (a real one names this file's lines). */
function errorFile(): VFile {
  const file = new VFile({ path: 'docs/broken.md' })
  const cause = new Error('the disk is on fire')
  cause.stack = 'Error: the disk is on fire'
  const message = file.message('Cannot process file', { cause })
  message.fatal = true
  return file
}

describe('stylishReport without a width is vfile-reporter, byte for byte', () => {
  function files(): VFile[] {
    const broken = new VFile({ path: 'docs/broken.md' })
    const deeper = new Error('deeper', { cause: 'a plain string' })
    const fatal = broken.message('Cannot process file', { cause: new Error('boom\nsecond line', { cause: deeper }) })
    fatal.fatal = true
    broken.info('two\nlines with `code` and an unclosed ` tick', { place: { line: 2, column: 3 } })
    broken.message('a\r\nCRLF reason and ``double `tick` code``', { place: at(9, 1, 9, 4), ruleId: 'no-placeholders', source: 'remark-lint' })
    broken.message('no place at all, no rule')
    const caused = broken.message('Outer', { place: at(4, 1, 4, 2), ruleId: 'required-sections', source: 'remark-lint' })
    caused.cause = new VFileMessage('Inner message as cause', { place: at(1, 1, 1, 9), ruleId: 'inner', source: 'test' })
    const renamed = new VFile({ path: 'old.md' })
    renamed.path = 'new.md'
    renamed.stored = true
    const written = new VFile({ path: 'written.md' })
    written.stored = true
    const infoOnly = new VFile({ path: 'info.md' })
    infoOnly.info('Just so you know', { place: { line: 1, column: 1 } })
    const wide = doc('docs/設計.md', [[at(2, 1, 2, 8), '見出し `## 設計` は一致しません', 'required-sections']])
    return [...sample(), broken, renamed, written, infoOnly, wide, new VFile(), errorFile()]
  }

  for (const color of [false, true]) {
    for (const select of [{}, { quiet: true }, { silent: true }, { quiet: true, silent: true }]) {
      it(`color ${color}, ${JSON.stringify(select)}`, () => {
        const options = { quiet: false, silent: false, ...select, color }
        // The same files for both: a stack names the line and column where its error was made.
        const made = files()
        const expected = reporter(made, options)
        expect(stylishReport(made, { ...options, width: undefined })).toBe(expected)
        // A terminal wide enough for all of it changes nothing either.
        expect(stylishReport(made, { ...options, width: 1000 })).toBe(expected)
      })
    }
  }

  it('no files, and files without messages', () => {
    expect(stylishReport([], { ...plain, width: undefined })).toBe(reporter([], { color: false }))
    const clean = [new VFile({ path: 'b.md' }), new VFile({ path: 'a.md' })]
    expect(stylishReport(clean, { ...plain, width: 21 })).toBe(reporter(clean, { color: false }))
    expect(stylishReport(clean, { ...plain, quiet: true, width: undefined })).toBe('')
  })
})

describe('the command line in a terminal, and piped', () => {
  const docs = ['technical-implementation/misspelled.md', 'technical-implementation/table-columns.md', 'implementation-notes/placeholders.md']
  let folder: string
  /** Why the terminal test cannot run here, if it cannot. */
  let noTerminal: string | undefined

  beforeAll(async () => {
    folder = project(Object.fromEntries(docs.map((path) => [`docs/${path.split('/')[1]}`, fixture(path)])))
    const probe = await runProcess('script', ['--version'], { cwd: folder })
    if (probe.error || probe.code !== 0 || !probe.stdout.includes('util-linux')) noTerminal = 'util-linux `script` is not available to make a pseudo-terminal'
  })

  /** The command under a pseudo-terminal `columns` wide (util-linux `script`), its output as a terminal shows it. */
  async function inTerminal(columns: number, args: string[]): Promise<{ code: number | null; output: string }> {
    const quote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`
    const command = `stty cols ${columns}; exec ${[process.execPath, bin, ...args].map(quote).join(' ')}`
    const result = await runProcess('script', ['--quiet', '--return', '--command', command, '/dev/null'], {
      cwd: folder,
      env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, FEATURE_DOCS_NO_FAST_PATH: undefined, TERM: 'xterm' },
    })
    return { code: result.code, output: result.stdout.replaceAll('\r\n', '\n') }
  }

  it('under a 100-column terminal: colored, no line past 100 columns, every rule id beside its place', async (context) => {
    if (noTerminal) context.skip(noTerminal)
    const { code, output } = await inTerminal(100, ['docs'])
    expect(code).toBe(1)
    expect(output).toContain('\u001B[33mwarning\u001B[39m')
    const lines = stripVTControlCharacters(output).split('\n')
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(100)
    for (const path of docs) {
      for (const message of expectedMessages(path)) {
        const place = `${message.line}:${message.column}-${message.endLine}:${message.endColumn}`
        expect(
          lines.some((line) => line.startsWith(`${place} `) && line.includes(` ${message.ruleId} `)),
          `${path} ${place} ${message.ruleId}`,
        ).toBe(true)
      }
    }
    expect(lines.slice(0, 6)).toEqual([
      'docs/misspelled.md',
      '3:1-3:13     warning Heading `## Bug Fixes` does not match the    required-sections      remark-lint',
      '                     template: did you mean `## Bugs Fixed`?',
      '123:1-123:24 warning Heading `### Rollback Procedures` does not   required-sections      remark-lint',
      '                     match the template: did you mean `###',
      '                     Rollback Procedure`?',
    ])
    expect(lines.at(-2)).toBe('feature-docs: checked 3 docs (2 against technical-implementation, 1 against implementation-notes)')
  })

  it('under a 60-column terminal: the narrow layout, the last line wrapped too', async (context) => {
    if (noTerminal) context.skip(noTerminal)
    const { code, output } = await inTerminal(60, ['--no-color', 'docs/misspelled.md'])
    expect(code).toBe(1)
    expect(output).toBe(
      [
        'docs/misspelled.md',
        '3:1-3:13     warning required-sections remark-lint',
        '  Heading `## Bug Fixes` does not match the template: did',
        '  you mean `## Bugs Fixed`?',
        '123:1-123:24 warning required-sections remark-lint',
        '  Heading `### Rollback Procedures` does not match the',
        '  template: did you mean `### Rollback Procedure`?',
        '',
        '⚠ 2 warnings',
        'feature-docs: checked 1 doc (1 against',
        '  technical-implementation)',
        '',
      ].join('\n'),
    )
  })

  it('piped: vfile-reporter’s text for the same messages, unchanged, without escape codes', async () => {
    const result = await featureDocs(folder, ['docs'], { env: { NO_COLOR: undefined } })
    expect(result.code).toBe(1)
    expect(result.stderr).not.toContain('\u001B')
    const files = docs.map((path) => {
      const file = new VFile({ path: `docs/${path.split('/')[1]}` })
      for (const message of expectedMessages(path)) {
        file.message(message.reason, { place: at(message.line, message.column, message.endLine, message.endColumn), ruleId: message.ruleId, source: 'remark-lint' })
      }
      return file
    })
    const summary = 'feature-docs: checked 3 docs (2 against technical-implementation, 1 against implementation-notes)'
    expect(result.stderr).toBe(`${reporter(files, { color: false })}\n${summary}\n`)
    // The padding the issue is about: lines far past any terminal.
    expect(Math.max(...result.stderr.split('\n').map((line) => line.length))).toBeGreaterThan(150)
  })
})
