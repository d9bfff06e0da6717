/**
 * A drop-in for remark-cli: every option of remark-cli's own table
 * (unified-args' `schema`, read from the installed remark-cli) is either
 * taken here with the same long and short name and kind, or refused with
 * the reason `--help` gives; and the options a checker shares with
 * remark-cli do what they do there, checked against the real remark-cli
 * with the preset over the same files. Plus stdin (`--stdin`,
 * `--stdin-filename`, remark-cli's `--file-path`).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { featureDocs, fixture, packageRoot, project, remarkCli, removeScratch, runNode } from './support/cli.js'

afterAll(removeScratch)

interface Field {
  long: string
  short?: string
  type?: 'boolean' | 'string'
}

/** unified-args' option table, as the installed remark-cli uses it (its package exports only the entry, so the file is imported by path). */
async function remarkSchema(): Promise<Field[]> {
  const fromCli = createRequire(remarkCli)
  const entry = fromCli.resolve('unified-args')
  const url = pathToFileURL(join(dirname(entry), 'lib', 'schema.js')).href
  return ((await import(url)) as { schema: Field[] }).schema
}

const dist = pathToFileURL(join(packageRoot, 'dist', 'arguments.js')).href
const misspelled = fixture('technical-implementation/misspelled.md')
const valid = fixture('technical-implementation/valid.md')
const preset = 'remark-preset-lint-feature-docs'

describe("remark-cli's options", () => {
  it('each is taken with the same long name, short name and kind, or refused with a reason --help gives', async () => {
    const schema = await remarkSchema()
    expect(schema.length).toBeGreaterThan(20)
    const { optionTable, notForChecking } = (await import(dist)) as typeof import('../src/arguments.js')
    const ours = new Map(optionTable().map((option) => [option.long, option]))
    const help = (await featureDocs(packageRoot, ['--help'])).stdout
    const refused: string[] = []
    for (const field of schema) {
      if (Object.hasOwn(notForChecking, field.long)) {
        refused.push(field.long)
        expect(help, field.long).toContain(`--${field.long}`)
        continue
      }
      const option = ours.get(field.long)
      expect(option, `--${field.long}`).toBeDefined()
      expect(option!.type, `--${field.long}`).toBe(field.type ?? 'string')
      expect(option!.short, `--${field.long}`).toBe(field.short)
      expect(help, field.long).toContain(`--${field.long}`)
    }
    expect(refused.sort()).toEqual(['inspect', 'stdout', 'tree', 'tree-in', 'tree-out'])
  })

  it.each([
    [['--tree-in', 'doc.md'], 'feature-docs: option `--tree-in` of remark-cli does not apply to checking docs: it reads a syntax tree as JSON; the rules need the Markdown source (positions, fixes)\n'],
    [['-t'], 'feature-docs: option `-t` of remark-cli does not apply to checking docs: it reads and writes syntax trees as JSON; the rules need the Markdown source (positions, fixes)\n'],
    [['--no-stdout'], 'feature-docs: option `--no-stdout` of remark-cli does not apply to checking docs: it writes the processed docs to stdout; a checker never prints docs (`--fix-dry-run` prints fixes as a diff)\n'],
    [['--inspect'], 'feature-docs: option `--inspect` of remark-cli does not apply to checking docs: it prints the syntax tree instead of checking\n'],
    [['--ignore-path-resolve-from', 'home', '.'], 'feature-docs: `--ignore-path-resolve-from` takes `cwd` or `dir`, not `home`\n'],
    [['--setting', 'bullet:', 'doc.md'], "feature-docs: cannot read `bullet:` given to `--setting` as JSON5 (invalid character '}' at 1:9): write it as remark-cli takes it, such as 'key:\"value\"'\n"],
    [['--report', 'nope', 'doc.md'], 'feature-docs: cannot find the reporter `nope` given to `--report` (looked for `vfile-reporter-nope` and `nope` from <folder>): is it installed?\n'],
    [['--report', 'json', '--format', 'json', 'doc.md'], 'feature-docs: `--report` chooses a reporter in place of the stylish report: it cannot be given with `--format json`\n'],
    [['--use', 'remark-lint-not-installed', 'doc.md'], 'feature-docs: `--use`: Cannot find module `remark-lint-not-installed`: is it installed?\n'],
    [['--config', '--no-config', 'doc.md'], 'feature-docs: `--config` and `--no-config` cannot both be given\n'],
  ])('%j: exit 2, one line', async (args, stderr) => {
    const folder = project({ 'doc.md': misspelled })
    expect(await featureDocs(folder, args)).toEqual({ code: 2, stdout: '', stderr: stderr.replace('<folder>', folder) })
  })
})

/** The files a run reported on, from our JSON report. */
function ourFiles(stdout: string): string[] {
  return (JSON.parse(stdout) as { path: string }[]).map((file) => file.path).sort()
}

/** The files remark-cli reported on: its report's file lines (vfile-reporter starts each at the margin). */
function remarkFiles(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => line !== '' && !/^\s|^\d|^[⚠✖✔]/u.test(line))
    .map((line) => line.replace(/: no issues found$/u, ''))
    .sort()
}

describe('the same as remark-cli with the preset, over the same files', () => {
  let folder: string

  beforeAll(() => {
    folder = project(
      {
        'docs/a.md': misspelled,
        'docs/b.markdown': valid,
        'docs/c.txt': misspelled,
        'docs/drafts/d.md': misspelled,
        'other/e.md': valid,
        'ignore/list': 'drafts/\n',
        'ignore/from-cwd': 'docs/drafts/\n',
        'report.mjs':
          'export default function (files, options) { return files.map((file) => `${file.path}: ${file.messages.length}`).sort().join("\\n") + `\\nwidth ${options.width}` }\n',
        'settings-plugin.mjs':
          'export default function plugin(options) { const settings = this.data("settings"); return (tree, file) => { file.message(`settings ${JSON.stringify(settings)}, options ${JSON.stringify(options)}`, { place: { line: 1, column: 1 }, ruleId: "settings", source: "test" }) } }\n',
      },
      { nodeModules: true },
    )
  })

  const remark = (args: string[]) => runNode(remarkCli, folder, ['--no-stdout', '--no-color', '--use', preset, ...args])

  it.each([
    ['-e, --ext', ['--ext', 'txt,markdown', 'docs']],
    ['--ext given twice', ['-e', 'txt', '-e', 'md', 'docs']],
    ['--ignore-pattern', ['--ignore-pattern', 'docs/drafts/**,other', '.']],
    ['--ignore-path, patterns from its folder (dir)', ['--ignore-path', 'ignore/list', '--ignore-path-resolve-from', 'dir', 'docs']],
    ['--ignore-path, patterns from the working folder (cwd)', ['--ignore-path', 'ignore/from-cwd', '--ignore-path-resolve-from', 'cwd', 'docs']],
    ['--no-ignore, --ignore', ['--ignore', 'docs', 'other']],
  ])('%s: the same files', async (_, args) => {
    const ours = await featureDocs(folder, ['--format', 'json', ...args])
    const theirs = await remark(args)
    expect(theirs.code, theirs.stderr).toBeLessThanOrEqual(1)
    expect(ourFiles(ours.stdout)).toEqual(remarkFiles(theirs.stderr))
    expect(ourFiles(ours.stdout).length).toBeGreaterThan(0)
  })

  it('-f, --frail: exit 1 on warnings and 0 without, as remark-cli with it (we always are)', async () => {
    for (const [path, code] of [['docs/a.md', 1], ['other/e.md', 0]] as const) {
      expect((await remark(['--frail', path])).code).toBe(code)
      expect((await featureDocs(folder, ['--frail', path])).code).toBe(code)
      expect((await featureDocs(folder, ['-f', path])).code).toBe(code)
    }
  })

  it('--silently-ignore: a named file an ignore pattern covers passes in silence (remark-cli without it fails)', async () => {
    const args = ['--ignore-pattern', 'docs/drafts/**', 'docs/drafts/d.md', 'other/e.md']
    expect((await remark(args)).code).toBe(1)
    const theirs = await remark(['--silently-ignore', ...args])
    const ours = await featureDocs(folder, ['--silently-ignore', ...args])
    expect(ours).toEqual(await featureDocs(folder, args))
    expect(theirs.code).toBe(0)
    expect(ours.code).toBe(0)
    expect(remarkFiles(ours.stderr.split('\nfeature-docs: ')[0]!)).toEqual(remarkFiles(theirs.stderr))
  })

  it('-u, --use and -s, --setting: a plugin with options, and the processor settings it sees, as remark-cli gives them', async () => {
    const args = ['--use', './settings-plugin.mjs=answer:42', '-s', 'bullet:"*"', '--setting', 'emphasis:"_"', 'other/e.md']
    const ours = await featureDocs(folder, ['--format', 'json', ...args])
    const theirs = await remark(args)
    const reason = 'settings {"bullet":"*","emphasis":"_"}, options {"answer":42}'
    expect(theirs.stderr).toContain(reason)
    expect((JSON.parse(ours.stdout) as { messages: { reason: string; line: number; column: number }[] }[])[0]!.messages).toMatchObject([
      { reason, line: 1, column: 1 },
    ])
  })

  it('--report: a vfile reporter by path or name, with options, instead of the stylish report, as remark-cli uses it', async () => {
    const args = ['--report', './report.mjs=width:80', 'docs/a.md', 'other/e.md']
    const ours = await featureDocs(folder, args)
    const theirs = await remark(args)
    expect(ours).toEqual({ code: 1, stdout: '', stderr: 'docs/a.md: 2\nother/e.md: 0\nwidth 80\n' })
    expect(theirs.stderr).toBe(ours.stderr)
  })
})

describe('stdin', () => {
  let folder: string

  beforeAll(() => {
    folder = project(
      {
        'sub/.remarkrc.json': JSON.stringify({ plugins: [[preset, { templates: { plan: 'templates/plan.md' }, files: { 'docs/*.md': 'plan' } }]] }),
        'sub/templates/plan.md': '# Plan: [Feature Name]\n\n## Goals\n\n[Goals]\n\n## Risks\n\n[Risks]\n',
        'sub/docs/plan.md': '# Plan: Search\n\n## Goals\n\nOn disk: nothing missing here would be wrong.\n\n## Risks\n\nNone.\n',
        'doc.md': misspelled,
      },
      { nodeModules: true },
    )
  })

  const fromStdin = '# Plan: Search\n\n## Goals\n\nFind things.\n'
  const missingRisks = [{ line: 1, column: 1, endLine: 1, endColumn: 15, ruleId: 'required-sections', reason: 'Missing section `## Risks`: the template expects it after `## Goals`' }]

  it.each([['--stdin-filename'], ['--file-path']])('%s <path>: the text on stdin, checked as that file (its configuration, its template), not the file on disk', async (option) => {
    const result = await featureDocs(folder, ['--format', 'json', option, 'sub/docs/plan.md'], { input: fromStdin })
    expect(result.code).toBe(1)
    const [file] = JSON.parse(result.stdout) as { path: string; messages: Record<string, unknown>[] }[]
    expect(file!.path).toBe('sub/docs/plan.md')
    expect(file!.messages).toMatchObject(missingRisks)
  })

  it('the stylish report names the file; --stdin alone names it <stdin>', async () => {
    expect(await featureDocs(folder, ['--stdin-filename', 'doc.md'], { input: misspelled })).toEqual(await featureDocs(folder, ['doc.md']))
    const unnamed = await featureDocs(folder, ['--stdin'], { input: misspelled })
    expect(unnamed.code).toBe(1)
    expect(unnamed.stderr.split('\n').slice(0, 2)).toEqual([
      '<stdin>',
      '3:1-3:13     warning Heading `## Bug Fixes` does not match the template: did you mean `## Bugs Fixed`?                     required-sections remark-lint',
    ])
  })

  it('the same with the engine as on the fast path, byte for byte', async () => {
    for (const args of [['--stdin'], ['--stdin-filename', 'doc.md'], ['--stdin-filename', 'sub/docs/plan.md'], ['--format', 'json', '--stdin-filename', 'elsewhere/new.md']]) {
      const input = args.includes('sub/docs/plan.md') ? fromStdin : misspelled
      const fast = await featureDocs(folder, args, { input })
      expect(await featureDocs(folder, args, { input, env: { FEATURE_DOCS_NO_FAST_PATH: '1' } }), args.join(' ')).toEqual(fast)
    }
  })

  it('--fix-dry-run prints the fix for the text on stdin as a diff of that path; the file on disk is not read or written', async () => {
    const result = await featureDocs(folder, ['--fix-dry-run', '--stdin-filename', 'sub/docs/plan.md'], { input: fromStdin })
    expect(result.stdout).toBe(
      [
        '--- a/sub/docs/plan.md',
        '+++ b/sub/docs/plan.md',
        '@@ -2,4 +2,8 @@',
        ' ',
        ' ## Goals',
        ' ',
        ' Find things.',
        '+',
        '+## Risks',
        '+',
        '+[Risks]',
        '',
      ].join('\n'),
    )
    expect(readFileSync(join(folder, 'sub/docs/plan.md'), 'utf8')).toContain('On disk')
  })

  it.each([
    [['--stdin', 'doc.md'], 'feature-docs: `--stdin` checks the text on stdin: give no paths (got `doc.md`)\n'],
    [['--stdin-filename', 'doc.md', '--fix'], 'feature-docs: `--stdin-filename` and `--fix` cannot both be given: stdin is read once and never written (`--fix-dry-run` prints the fixes as a diff)\n'],
    [['--stdin', '--watch'], 'feature-docs: `--stdin` and `--watch` cannot both be given: stdin is read once and never written\n'],
    [['--stdin-filename', 'a.md', '--file-path', 'b.md'], 'feature-docs: `--stdin-filename` and `--file-path` are two names for one option: give one\n'],
    [['--stdin', '--max-file-size', '10'], 'feature-docs: stdin: larger than --max-file-size (10 bytes): not checked\n'],
  ])('%j: exit 2, one line', async (args, stderr) => {
    expect(await featureDocs(folder, args, { input: misspelled })).toEqual({ code: 2, stdout: '', stderr })
  })
})
