/**
 * `--fix`, `--fix-dry-run` and `--fix-type` as a user runs them: the built
 * command over a project folder. What is written (to the byte), what is
 * not touched (bytes and modification time), what is reported after, that
 * a second run changes nothing, the diff a dry run prints (applied with
 * `git apply`, it gives what `--fix` writes), and the files that are
 * refused: changed since read, not UTF-8, hard-linked; a symbolic link is
 * written through.
 */
import { chmodSync, linkSync, lstatSync, readFileSync, readlinkSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { defaultFixKinds, fixKinds } from '@feature-docs/rule-kit'
import { defaultFixTypes, fixTypes } from '../src/arguments.js'
import { writeFixed } from '../src/fix/write-fixed.js'
import { runProcess } from '../../../test/support/process.js'
import { featureDocs, fixture, project, removeScratch, scratch } from './support/cli.js'

afterAll(removeScratch)

/** implementation-notes' `### Security Considerations`, as its template writes it. */
const security = [
  '### Security Considerations',
  '',
  '- **[Security Measure 1]**: [What was implemented and why]',
  '- **[Authentication/Authorization]**: [Approach taken and justification]',
  '- **[Data Protection]**: [How sensitive data is protected]',
  '',
].join('\n')

/** A doc with one misspelled heading, its own bytes around it: a byte order mark, CRLF, a tab. */
const crlf = `\uFEFF${fixture('implementation-notes/valid.md')
  .replace('## Technical Decisions Made', '## Tecnical Decisions Made')
  .replace('Offline Sync', 'Offline\tSync')
  .replace(/\n/gu, '\r\n')}`

const past = new Date('2024-01-02T03:04:05Z')

function files(folder: string, names: string[]): Record<string, Buffer> {
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(folder, name))]))
}

describe('--fix', () => {
  let folder: string
  const names = ['missing.md', 'misspelled.md', 'valid.md', 'crlf.md']

  beforeEach(() => {
    folder = project({
      'missing.md': fixture('implementation-notes/missing-sections.md'),
      'misspelled.md': fixture('implementation-notes/misspelled.md'),
      'valid.md': fixture('implementation-notes/valid.md'),
      'crlf.md': crlf,
    })
    chmodSync(join(folder, 'crlf.md'), 0o640)
    utimesSync(join(folder, 'valid.md'), past, past)
  })

  it('writes every fix, keeps every other byte, and reports what is left: placeholders in the inserted text', async () => {
    const result = await featureDocs(folder, ['--fix', ...names])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    const missing = fixture('implementation-notes/missing-sections.md')
    expect(readFileSync(join(folder, 'missing.md'), 'utf8')).toBe(
      missing.replace('### Testing Approach', `${security}\n### Testing Approach`).replace('## Future Enhancements', `${lessonsLearned}\n\n## Future Enhancements`),
    )
    expect(readFileSync(join(folder, 'misspelled.md'), 'utf8')).toBe(fixture('implementation-notes/valid.md'))
    expect(readFileSync(join(folder, 'crlf.md'), 'latin1')).toBe(Buffer.from(crlf.replace('## Tecnical', '## Technical'), 'utf8').toString('latin1'))
    expect(statSync(join(folder, 'crlf.md')).mode & 0o777).toBe(0o640)
    // A file with nothing to fix is not touched.
    expect(statSync(join(folder, 'valid.md')).mtime).toEqual(past)
    const report = result.stderr.split('\n')
    // In the order the engine names them, as without --fix.
    expect(report.filter((line) => /^\S+\.md/u.test(line))).toEqual(['crlf.md: written', 'missing.md: written', 'misspelled.md: written', 'valid.md: no issues found'])
    // What the author must still write, where the fix put it (lines 21-25 and 33-51).
    expect(report.filter((line) => /required-|move/u.test(line))).toEqual([])
    expect(report.filter((line) => /^\s*21:1-21:28 /u.test(line))[0]).toMatch(/Section `### Security Considerations` is empty/u)
    expect(report.filter((line) => /^\s*23:5-23:25 /u.test(line))[0]).toMatch(/Unexpected placeholder `\[Security Measure 1\]`/u)
    expect(report.filter((line) => /^\s*33:1-33:19 /u.test(line))[0]).toMatch(/Section `## Lessons Learned` is empty, and so are its 3 subsections/u)
  })

  it('changes nothing the second time', async () => {
    await featureDocs(folder, ['--fix', ...names])
    const once = files(folder, names)
    const again = await featureDocs(folder, ['--fix', ...names])
    expect(files(folder, names)).toEqual(once)
    expect(again.stderr).not.toMatch(/written/u)
    expect(again.code).toBe(1)
  })

  it('--fix-type rename applies renames only; insert, insertions only', async () => {
    await featureDocs(folder, ['--fix', '--fix-type', 'rename', 'missing.md', 'misspelled.md'])
    expect(readFileSync(join(folder, 'missing.md'), 'utf8')).toBe(fixture('implementation-notes/missing-sections.md'))
    expect(readFileSync(join(folder, 'misspelled.md'), 'utf8')).toBe(fixture('implementation-notes/valid.md'))
    await featureDocs(folder, ['--fix', '--fix-type', 'insert', 'missing.md'])
    expect(readFileSync(join(folder, 'missing.md'), 'utf8')).toMatch(/### Security Considerations/u)
  })

  it('moves a section out of order only when `move` is named', async () => {
    const shuffled = fixture('implementation-notes/out-of-order.md')
    writeFileSync(join(folder, 'order.md'), shuffled)
    await featureDocs(folder, ['--fix', 'order.md'])
    expect(readFileSync(join(folder, 'order.md'), 'utf8')).toBe(shuffled)
    const moved = await featureDocs(folder, ['--fix', '--fix-type', 'move', 'order.md'])
    expect(moved.stderr).toMatch(/^order\.md: written$/mu)
    expect(moved.stderr).not.toMatch(/out of order/u)
    const text = readFileSync(join(folder, 'order.md'), 'utf8')
    expect(text.indexOf('## Future Enhancements')).toBeGreaterThan(text.indexOf('## Lessons Learned'))
    // The footer set apart by a thematic break stays last.
    expect(text.trimEnd().endsWith('**Total Implementation Time**: 6 weeks')).toBe(true)
    // Moved, not changed: the same lines, blank ones aside.
    const lines = (doc: string) => doc.split('\n').filter((line) => line.trim() !== '').sort()
    expect(lines(text)).toEqual(lines(shuffled))
  })
})

/** implementation-notes' `## Lessons Learned` and its subsections, as its template writes them. */
const lessonsLearned = [
  '## Lessons Learned',
  '',
  '### What Worked Well',
  '',
  '- [Lesson 1 about successful approaches]',
  '- [Lesson 2 about effective patterns]',
  '- [Lesson 3 about useful tools/techniques]',
  '',
  '### Challenges Encountered',
  '',
  '- [Challenge 1 and how it was addressed]',
  '- [Challenge 2 and the solution approach]',
  '- [Challenge 3 and lessons for future features]',
  '',
  '### Technical Insights',
  '',
  '- [Insight 1 about the technology stack]',
  '- [Insight 2 about architecture patterns]',
  '- [Insight 3 about performance considerations]',
].join('\n')

describe('--fix-dry-run', () => {
  it('prints a unified diff that git applies to give what --fix writes, and writes nothing', async () => {
    const docs = {
      'docs/missing.md': fixture('implementation-notes/missing-sections.md'),
      'docs/misspelled.md': fixture('implementation-notes/misspelled.md'),
      'docs/valid.md': fixture('implementation-notes/valid.md'),
    }
    const folder = project(docs)
    for (const name of Object.keys(docs)) utimesSync(join(folder, name), past, past)
    const dry = await featureDocs(folder, ['--fix-dry-run', 'docs'])
    expect(dry.code).toBe(1)
    for (const [name, text] of Object.entries(docs)) {
      expect(readFileSync(join(folder, name), 'utf8')).toBe(text)
      expect(statSync(join(folder, name)).mtime).toEqual(past)
    }
    // The misspelled doc's diff, its first hunk: three lines of context, the heading renamed.
    const misspelledDiff = dry.stdout.slice(dry.stdout.indexOf('--- a/docs/misspelled.md'))
    const valid = fixture('implementation-notes/valid.md').split('\n')
    expect(misspelledDiff.slice(0, misspelledDiff.indexOf('@@', misspelledDiff.indexOf('@@') + 2) === -1 ? undefined : misspelledDiff.indexOf('\n@@', misspelledDiff.indexOf('@@') + 2) + 1)).toBe(
      [
        '--- a/docs/misspelled.md',
        '+++ b/docs/misspelled.md',
        '@@ -28,9 +28,9 @@',
        ...valid.slice(27, 31).map((line) => ` ${line}`),
        '-## Lesons Learned',
        '+## Lessons Learned',
        ...valid.slice(32, 36).map((line) => ` ${line}`),
        '',
      ].join('\n'),
    )
    // The report on stderr, the diff alone on stdout: it applies as it is.
    expect(dry.stderr).toMatch(/^docs\/missing\.md$/mu)
    const fixed = project(docs)
    await featureDocs(fixed, ['--fix', 'docs'])
    writeFileSync(join(folder, 'fix.diff'), dry.stdout)
    const applied = await runProcess('git', ['apply', 'fix.diff'], { cwd: folder })
    expect([applied.code, applied.stderr]).toEqual([0, ''])
    for (const name of Object.keys(docs)) expect(readFileSync(join(folder, name), 'utf8')).toBe(readFileSync(join(fixed, name), 'utf8'))
  })
})

describe('what --fix refuses, and symbolic links', () => {
  it('writes a symbolic link through: the target is fixed, the link stays a link', async () => {
    const folder = project({ 'real/misspelled.md': fixture('implementation-notes/misspelled.md') })
    symlinkSync(join('real', 'misspelled.md'), join(folder, 'link.md'))
    const result = await featureDocs(folder, ['--fix', 'link.md'])
    expect(result.stderr).toMatch(/^feature-docs: link\.md is a symbolic link: fixed its target, .*real\/misspelled\.md$/mu)
    expect(lstatSync(join(folder, 'link.md')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(folder, 'link.md'))).toBe(join('real', 'misspelled.md'))
    expect(readFileSync(join(folder, 'real', 'misspelled.md'), 'utf8')).toBe(fixture('implementation-notes/valid.md'))
  })

  it('fixes a file named twice, by itself and by a link, once', async () => {
    const folder = project({ 'docs/misspelled.md': fixture('implementation-notes/misspelled.md') })
    symlinkSync('misspelled.md', join(folder, 'docs', 'link.md'))
    const result = await featureDocs(folder, ['--fix', 'docs'])
    expect(result.code).toBe(0)
    expect(result.stderr).not.toMatch(/changed since/u)
    expect(readFileSync(join(folder, 'docs', 'misspelled.md'), 'utf8')).toBe(fixture('implementation-notes/valid.md'))
  })

  it('refuses a hard-linked file (exit 2): both names keep their text', async () => {
    const folder = project({ 'misspelled.md': fixture('implementation-notes/misspelled.md') })
    linkSync(join(folder, 'misspelled.md'), join(folder, 'other-name.md'))
    const result = await featureDocs(folder, ['--fix', 'misspelled.md'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^feature-docs: misspelled\.md has 2 hard links: not fixed \(replacing it would leave the other names with the old text\)$/mu)
    expect(readFileSync(join(folder, 'other-name.md'), 'utf8')).toBe(fixture('implementation-notes/misspelled.md'))
    expect(readFileSync(join(folder, 'misspelled.md'), 'utf8')).toBe(fixture('implementation-notes/misspelled.md'))
  })

  it('leaves a file that is not valid UTF-8 as it is (exit 2): it is not checked, so not fixed', async () => {
    const bytes = Buffer.concat([Buffer.from(fixture('implementation-notes/misspelled.md')), Buffer.from([0xff, 0xfe, 0x0a])])
    const folder = project({ 'latin.md': bytes })
    const result = await featureDocs(folder, ['--fix', 'latin.md'])
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'feature-docs: latin.md: is not valid UTF-8 (a bad byte at line 72, column 1): save it as UTF-8 to check it\n' })
    expect(readFileSync(join(folder, 'latin.md')).equals(bytes)).toBe(true)
    // And were it read as text, the bytes it could not read would not be written back.
    const path = join(folder, 'latin.md')
    expect(await writeFixed(path, bytes.toString('utf8'), 'fixed\n')).toEqual({ written: false, why: 'is not valid UTF-8: not fixed, so that no byte of it is lost' })
    expect(readFileSync(path).equals(bytes)).toBe(true)
  })

  it('does not write a file that changed since it was read', async () => {
    const folder = scratch('write-fixed')
    const path = join(folder, 'doc.md')
    writeFileSync(path, 'changed by someone else\n')
    expect(await writeFixed(path, 'as it was read\n', 'fixed\n')).toEqual({ written: false, why: 'changed since it was read: not fixed (check it again)' })
    expect(readFileSync(path, 'utf8')).toBe('changed by someone else\n')
    writeFileSync(path, 'as it was read\n')
    chmodSync(path, 0o604)
    expect(await writeFixed(path, 'as it was read\n', 'fixed\n')).toEqual({ written: true, through: undefined })
    expect(readFileSync(path, 'utf8')).toBe('fixed\n')
    expect(statSync(path).mode & 0o777).toBe(0o604)
  })
})

describe('usage', () => {
  it("knows the kinds of fix the rules make (kept apart so that reading arguments loads nothing)", () => {
    expect(fixTypes).toEqual(fixKinds)
    expect(defaultFixTypes).toEqual(defaultFixKinds)
  })

  it.each([
    [['--fix-type', 'rename', 'x.md'], '`--fix-type` chooses which fixes `--fix` or `--fix-dry-run` apply: add one of them'],
    [['--fix', '--fix-type', 'rename,reorder', 'x.md'], 'unknown fix type `reorder` for `--fix-type`: expected one or more of rename, insert, guess, move, separated by commas'],
    [['--fix', '--fix-dry-run', 'x.md'], '`--fix` and `--fix-dry-run` cannot both be given'],
    [['--fix', '--watch', 'x.md'], '`--fix` and `--watch` cannot both be given'],
    [['--fix-dry-run', '--format', 'json', 'x.md'], '`--fix-dry-run` prints its diff on stdout: write the json report to a file with `--output`'],
  ])('%j: one line, exit 2', async (args, message) => {
    const folder = project({ 'x.md': fixture('implementation-notes/misspelled.md') })
    expect(await featureDocs(folder, args)).toEqual({ code: 2, stdout: '', stderr: `feature-docs: ${message}\n` })
    expect(readFileSync(join(folder, 'x.md'), 'utf8')).toBe(fixture('implementation-notes/misspelled.md'))
  })
})
