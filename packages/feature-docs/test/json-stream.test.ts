/**
 * `--format json` is written file by file as it is made (`jsonReportChunks`),
 * never as one whole-report string: the bytes must be exactly those of
 * `JSON.stringify(reports, null, 2)` and a newline, whatever the files,
 * on stdout and in an `--output` file alike. The other formats are made
 * the same way, a file at a time (`report-writer.ts`): gitlab writes each
 * file's issues at once; sarif, markdown and junit keep what they need
 * and write at the end. `emitChunks` writes the pieces, and leaves no half
 * report in an `--output` file when the run fails after it began writing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { afterAll, describe, expect, it } from 'vitest'
import { githubReport, githubReportChunks } from '../src/report/github-report.js'
import { jsonReport, jsonReportChunks } from '../src/report/json-report.js'
import { fileReports } from '../src/report/plain-messages.js'
import { gitlabReport, gitlabReportWriter } from '../src/report/gitlab-report.js'
import { junitReport, junitReportWriter } from '../src/report/junit-report.js'
import { markdownReport, markdownReportWriter } from '../src/report/markdown-report.js'
import { reportPieces } from '../src/report/report-writer.js'
import { sarifReport, sarifReportWriter } from '../src/report/sarif-report.js'
import { emitChunks, type ReportOptions } from '../src/report/write-report.js'
import { UsageError } from '../src/usage-error.js'
import { featureDocs, project, removeScratch, scratch } from './support/cli.js'

afterAll(removeScratch)

function checked(path: string, reasons: string[], template: string | null = 'plan'): VFile {
  const file = new VFile({ path, value: '# Plan\n' })
  file.data.featureDocsCheckedAgainst = template
  reasons.forEach((reason, index) => {
    const message = file.message(reason, { place: { start: { line: index + 1, column: 1 }, end: { line: index + 1, column: 5 } }, ruleId: 'required-sections', source: 'remark-lint' })
    message.url = 'https://example.com/rule'
  })
  return file
}

const whole = (files: VFile[], options = {}) => `${JSON.stringify(fileReports(files, options), null, 2)}\n`

describe('the json report in pieces', () => {
  it.each([
    ['no files', []],
    ['one file without messages', [checked('a.md', [])]],
    ['one file with messages', [checked('a.md', ['Missing section `## Goals`'])]],
    ['reasons with newlines, quotes, tabs and non-ASCII in them', [checked('dir/b.md', ['line one\nline two', 'a "quoted"\tword', 'Überblick — ✓ 🚀'], null), checked('c.md', ['x'])]],
    ['many files', Array.from({ length: 40 }, (_, index) => checked(`doc-${index}.md`, index % 3 === 0 ? [] : ['one', 'two']))],
  ])('%s: the pieces joined are JSON.stringify(…, null, 2) and a newline', (_name, files) => {
    expect([...jsonReportChunks(files)].join('')).toBe(whole(files))
    expect(jsonReport(files)).toBe(whole(files))
  })

  it('github: a file\'s commands per piece, nothing for a file without messages; joined, the report as before', () => {
    const files = [checked('a.md', ['one', 'line one\nline two']), checked('b.md', []), checked('c,d.md', ['50% done: yes'])]
    const pieces = [...githubReportChunks(files)]
    expect(pieces).toEqual([
      '::error file=a.md,line=1,col=1,endLine=1,endColumn=5,title=required-sections::one\n::error file=a.md,line=2,col=1,endLine=2,endColumn=5,title=required-sections::line one%0Aline two\n',
      '::error file=c%2Cd.md,line=1,col=1,endLine=1,endColumn=5,title=required-sections::50%25 done: yes\n',
    ])
    expect(githubReport(files)).toBe(pieces.join(''))
    expect([...githubReportChunks([])]).toEqual([])
  })

  it('with --quiet and --silent selections, the same', () => {
    const files = [checked('a.md', []), checked('b.md', ['warned']), checked('c.md', [])]
    files[2]!.message('broken', { place: { line: 1, column: 1 } }).fatal = true
    for (const options of [{ quiet: true }, { silent: true }, { quiet: true, silent: true }]) {
      expect([...jsonReportChunks(files, options)].join('')).toBe(whole(files, options))
    }
  })

  it('yields one piece per file reported and a closing one: never the whole report at once', () => {
    const files = Array.from({ length: 5 }, (_, index) => checked(`doc-${index}.md`, ['one']))
    const pieces = [...jsonReportChunks(files)]
    expect(pieces).toHaveLength(6)
    expect(pieces[0]!.startsWith('[\n  {')).toBe(true)
    expect(pieces.at(-1)).toBe('\n]\n')
  })

  it('over a run whose report is larger than a write (64 KB), stdout and --output hold the same bytes, and they parse', async () => {
    const docs: Record<string, string> = {}
    for (let index = 0; index < 60; index++) docs[`docs/doc-${index}.md`] = `# Implementation Notes - Feature ${index}\n\n## Overview\n\n[Brief description]\n`
    const folder = project(docs)
    const toStdout = await featureDocs(folder, ['--format', 'json', 'docs'])
    const toFile = await featureDocs(folder, ['--format', 'json', '--output', 'out/report.json', 'docs'])
    expect(toStdout.code).toBe(1)
    expect(toFile.code).toBe(1)
    expect(toStdout.stdout.length).toBeGreaterThan(65536)
    const written = readFileSync(join(folder, 'out', 'report.json'), 'utf8')
    expect(written).toBe(toStdout.stdout)
    const parsed = JSON.parse(written) as { path: string; messages: unknown[] }[]
    expect(parsed).toHaveLength(60)
    expect(parsed.every((entry) => entry.messages.length > 0)).toBe(true)
  })
})

describe('the other formats, a file at a time', () => {
  const files = () => [checked('a.md', ['one', 'two']), checked('b.md', []), checked('c.md', ['three'], null)]

  it('gitlab: a piece per file with issues and a closing one; joined, JSON.stringify(issues, null, 2) and a newline', () => {
    const pieces = [...reportPieces(gitlabReportWriter('/nowhere'), files())]
    expect(pieces).toHaveLength(3)
    const joined = pieces.join('')
    expect(joined).toBe(`${JSON.stringify(JSON.parse(joined), null, 2)}\n`)
    expect((JSON.parse(joined) as { description: string }[]).map((issue) => issue.description)).toEqual(['one', 'two', 'three'])
    expect(gitlabReport(files(), '/nowhere')).toBe(joined)
    expect([...reportPieces(gitlabReportWriter('/nowhere'), [])]).toEqual(['[]\n'])
  })

  it.each([
    ['sarif', () => sarifReportWriter('/nowhere'), (all: VFile[]) => sarifReport(all, '/nowhere')],
    ['markdown', () => markdownReportWriter(), (all: VFile[]) => markdownReport(all)],
    ['junit', () => junitReportWriter(), (all: VFile[]) => junitReport(all)],
  ])('%s: nothing written until the end (its totals or rules come first), then the whole report', (_name, writer, whole) => {
    const each = writer()
    for (const file of files()) expect(each.add(file)).toBe('')
    const end = each.end()
    expect(typeof end === 'string' ? end : [...end].join('')).toBe(whole(files()))
  })

  it.each([
    ['with results', files],
    ['with none', () => [checked('b.md', [])]],
  ])('sarif %s: written in pieces around its results, byte for byte JSON.stringify(log, null, 2) and a newline', (_name, some) => {
    const pieces = [...reportPieces(sarifReportWriter('/nowhere'), some())]
    const joined = pieces.join('')
    expect(joined).toBe(`${JSON.stringify(JSON.parse(joined), null, 2)}\n`)
    const results = (JSON.parse(joined) as { runs: { results: { message: { text: string } }[] }[] }).runs[0]!.results
    expect(results.map((result) => result.message.text)).toEqual(some().flatMap((file) => file.messages.map((message) => message.reason)))
    // A piece for the head, one per result, one for the tail; or the whole log when there is no result.
    expect(pieces).toHaveLength(results.length === 0 ? 1 : results.length + 2)
  })
})

describe('emitChunks', () => {
  const options = (output: string | undefined): ReportOptions => ({ format: 'json', output, quiet: false, silent: false, color: false, cwd: scratch('emit') })

  async function* failingAfter(bytes: number): AsyncGenerator<string> {
    yield 'x'.repeat(bytes)
    throw new Error('the run failed')
  }

  it('a run that fails after the report began: the error as it is, and an empty --output file, not half a report', async () => {
    const settings = options('out/report.json')
    await expect(emitChunks(failingAfter(70000), settings)).rejects.toThrow('the run failed')
    expect(readFileSync(join(settings.cwd, 'out', 'report.json'), 'utf8')).toBe('')
  })

  it('a run that fails before anything was written leaves an earlier report as it was', async () => {
    const settings = options('report.json')
    writeFileSync(join(settings.cwd, 'report.json'), 'earlier')
    await expect(emitChunks(failingAfter(10), settings)).rejects.toThrow('the run failed')
    expect(readFileSync(join(settings.cwd, 'report.json'), 'utf8')).toBe('earlier')
  })

  it('an --output that cannot be written is a usage error naming it', async () => {
    const settings = options('taken')
    mkdirSync(join(settings.cwd, 'taken'))
    const written = emitChunks(
      (async function* () {
        yield '[]\n'
      })(),
      settings,
    )
    await expect(written).rejects.toBeInstanceOf(UsageError)
    await expect(written).rejects.toThrow(/^cannot write the report to taken: /u)
  })
})
