/**
 * `--format json` is written file by file as it is made (`jsonReportChunks`),
 * never as one whole-report string: the bytes must be exactly those of
 * `JSON.stringify(reports, null, 2)` and a newline, whatever the files,
 * on stdout and in an `--output` file alike.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { afterAll, describe, expect, it } from 'vitest'
import { githubReport, githubReportChunks } from '../src/report/github-report.js'
import { jsonReport, jsonReportChunks } from '../src/report/json-report.js'
import { fileReports } from '../src/report/plain-messages.js'
import { featureDocs, project, removeScratch } from './support/cli.js'

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
