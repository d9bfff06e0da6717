/**
 * SARIF that GitHub code scanning accepts: a log with every kind of result
 * (errors, warnings and notes; fixes that replace and fixes that insert;
 * the preset's rules and a project's own) passes Microsoft's SARIF
 * validator with GitHub's rules and with SARIF's own, and the SARIF 2.1.0
 * JSON schema. Fingerprints stay put when lines move; URIs are relative to
 * the repository root from wherever the command runs.
 */
import { createHash } from 'node:crypto'
import { access, chmod, copyFile } from 'node:fs/promises'
import { constants, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runProcess } from '../../../test/support/process.js'
import { presetRules } from 'remark-preset-lint-feature-docs'
import { expectedMessages, featureDocs, fixture, project, removeScratch, scratch, write } from './support/cli.js'

afterAll(removeScratch)

interface Region {
  startLine: number
  startColumn?: number
  endLine?: number
  endColumn?: number
}
interface Location {
  uri: string
  uriBaseId?: string
}
interface Result {
  ruleId: string
  ruleIndex: number
  level: string
  message: { text: string }
  locations: { physicalLocation: { artifactLocation: Location; region?: Region } }[]
  partialFingerprints: Record<string, string>
  fixes?: { artifactChanges: { artifactLocation: Location; replacements: { deletedRegion: Required<Region> }[] }[] }[]
}
interface Run {
  tool: { driver: { rules: Record<string, unknown>[] } }
  automationDetails: { id: string }
  originalUriBaseIds: Record<string, { uri: string }>
  results: Result[]
}
interface Log {
  runs: Run[]
}

const key = 'featureDocs/v1'

/** A project that is a repository: a `.git` folder is all the command looks for. */
function repository(files: Record<string, string>, options: { nodeModules?: boolean } = {}): string {
  const folder = project(files, options)
  mkdirSync(join(folder, '.git'))
  return folder
}

/** The SARIF log of `feature-docs --format sarif ...args`, run in `cwd`; every run here finds something (exit 1). */
async function sarif(cwd: string, args: string[]): Promise<{ text: string; log: Log; run: Run }> {
  const result = await featureDocs(cwd, ['--format', 'sarif', ...args])
  expect(result.stderr).toBe('')
  expect(result.code).toBe(1)
  const log = JSON.parse(result.stdout) as Log
  return { text: result.stdout, log, run: log.runs[0]! }
}

/** A folder as `%SRCROOT%` names it: its real path (the command sees no symbolic link in its working folder), with a final slash. */
const folderUri = (folder: string) => `${pathToFileURL(realpathSync(folder)).href}/`

/** What a fingerprint hashes: rule, file, message, and the lines the region covers, trailing whitespace off. */
function fingerprint(ruleId: string, uri: string, reason: string, lines: string[]): string {
  return createHash('sha256')
    .update(JSON.stringify([ruleId, uri, reason, lines.map((line) => line.trimEnd()).join('\n')]))
    .digest('hex')
}

/** Where each result is, in order: `uri start-end rule`, for exact comparisons. */
const where = (run: Run) =>
  run.results.map((result) => {
    const { artifactLocation, region } = result.locations[0]!.physicalLocation
    const place = region ? `${region.startLine}:${region.startColumn}-${region.endLine}:${region.endColumn}` : 'file'
    return `${artifactLocation.uri} ${place} ${result.ruleId}`
  })

/** The same, from a fixture's `*.messages.txt`, for a doc at `uri`. */
const expectedWhere = (uri: string, fixturePath: string, shift = 0) =>
  expectedMessages(fixturePath).map((message) => `${uri} ${message.line + shift}:${message.column}-${message.endLine + shift}:${message.endColumn} ${message.ruleId}`)

// A project with every kind of result, run from its `docs` subfolder: the
// preset (no-placeholders set to error) over docs that have fixes of both
// kinds, and a plugin of the project's own with a warning at a point (with
// a link) and an info message on the whole file (without one).
const localRule = `
export default function localRules() {
  return (tree, file) => {
    const warning = file.message('Say “feature doc”, not “feature-doc”', { place: { line: 1, column: 3 }, ruleId: 'house-style', source: 'local-rules' })
    warning.url = 'https://example.com/house-style'
    file.info('No owner in CODEOWNERS', { ruleId: 'owner', source: 'local-rules' })
  }
}
`
const everyKindFiles: Record<string, string> = {
  '.remarkrc.json': JSON.stringify({ plugins: [['remark-preset-lint-feature-docs', { 'no-placeholders': 'error' }], './local-rule.mjs'] }),
  'local-rule.mjs': localRule,
  'docs/missing-sections.md': fixture('technical-implementation/missing-sections.md'),
  'docs/fields.md': fixture('implementation-notes/fields.md'),
  'docs/placeholders.md': fixture('technical-implementation/placeholders.md'),
  'docs/table-columns.md': fixture('technical-implementation/table-columns.md'),
}

let everyKind: { text: string; log: Log; run: Run }

beforeAll(async () => {
  const folder = repository(everyKindFiles, { nodeModules: true })
  everyKind = await sarif(join(folder, 'docs'), ['.'])
})

describe('the log checked', () => {
  it('has every kind of result the validators should see', () => {
    const { run } = everyKind
    expect(new Set(run.results.map((result) => result.level))).toEqual(new Set(['error', 'warning', 'note']))
    const fixes = run.results.flatMap((result) => result.fixes ?? []).map((fix) => fix.artifactChanges[0]!.replacements[0]!.deletedRegion)
    const empty = (region: Required<Region>) => region.startLine === region.endLine && region.startColumn === region.endColumn
    // An insertion: a missing section goes in at 69:1 of missing-sections.md, deleting nothing.
    expect(fixes).toContainEqual({ startLine: 69, startColumn: 1, endLine: 69, endColumn: 1 })
    expect(fixes.some((region) => !empty(region))).toBe(true)
    // The project's own rules: a point with a link, the whole file without one.
    // fields.md: 70 lines, the last with its line ending.
    expect(everyKindFiles['docs/fields.md']!.split('\n')).toHaveLength(71)
    const own = run.results.filter((result) => result.ruleId === 'house-style' || result.ruleId === 'owner')
    expect(own.filter((result) => result.locations[0]!.physicalLocation.artifactLocation.uri === 'docs/fields.md')).toEqual([
      // The whole file: every line of it.
      expect.objectContaining({
        ruleId: 'owner',
        level: 'note',
        locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/fields.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, endLine: 70 } } }],
      }),
      expect.objectContaining({
        ruleId: 'house-style',
        level: 'warning',
        locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/fields.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 3 } } }],
      }),
    ])
  })
})

/**
 * Microsoft's SARIF validator (`@microsoft/sarif-multitool`, a .NET
 * single-file program in a package for each platform). Run with
 * DOTNET_SYSTEM_GLOBALIZATION_INVARIANT so it needs no ICU library, and
 * with SARIF2006 (are the log's URIs reachable over HTTP?) off, so it
 * makes no network requests.
 */
const require = createRequire(import.meta.url)
const validatorEnv = { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' }
const offline = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" />
  </Properties>
</Properties>
`

type Validator = { binary: string } | { unavailable: string }
let validator: Promise<Validator> | undefined

/** The validator, ready to run, or why this platform has none. */
function findValidator(): Promise<Validator> {
  validator ??= (async () => {
    let binary: string
    try {
      binary = require('@microsoft/sarif-multitool') as string
    } catch (error) {
      return { unavailable: `@microsoft/sarif-multitool has no build for ${process.platform}-${process.arch} (${(error as Error).message.split('\n')[0]})` }
    }
    try {
      await access(binary, constants.X_OK)
    } catch {
      // pnpm runs no install script it was not told to trust, so the package's `chmod u+x` has not run: run a copy, and leave the store alone.
      const copy = join(scratch('sarif-multitool'), basename(binary))
      await copyFile(binary, copy)
      await chmod(copy, 0o755)
      binary = copy
    }
    const probe = await runProcess(binary, ['--version'], { cwd: dirname(binary), env: validatorEnv })
    const code = (probe.error as NodeJS.ErrnoException | undefined)?.code
    // A program for another processor: the Linux package holds an x86-64 one only. The system
    // refuses it, or (execvp's fallback) hands it to /bin/sh, which exits 126 or 127.
    if (code === 'ENOEXEC' || code === 'EBADARCH' || (process.arch !== 'x64' && (probe.code === 126 || probe.code === 127))) {
      return { unavailable: `the SARIF multitool's program cannot run on ${process.platform}-${process.arch}: ${probe.error?.message ?? probe.stderr.trim()}` }
    }
    // It writes its version on stderr.
    expect({ code: probe.code, error: probe.error, stdout: probe.stdout }).toEqual({ code: 0, error: undefined, stdout: '' })
    expect(probe.stderr).toMatch(/^SARIF Multitool 5\.7\.0\+/u)
    return { binary }
  })()
  return validator
}

interface Validation {
  /** Every error and warning: `RULE level: text`. */
  problems: string[]
  /** The validator's own notifications about its configuration and run. */
  notifications: string[]
  executionSuccessful: boolean
}

/** `Sarif.Multitool validate --rule-kind <kind>` over `log`: its errors and warnings, read from its own SARIF output. */
async function validate(binary: string, log: string, kind: 'Gh' | 'Sarif'): Promise<Validation> {
  const folder = scratch('sarif-validate')
  writeFileSync(join(folder, 'feature-docs.sarif'), log)
  writeFileSync(join(folder, 'offline.xml'), offline)
  const args = ['validate', '--rule-kind', kind, '--level', 'Error;Warning', '--config', 'offline.xml', '--output', 'validation.sarif', 'feature-docs.sarif']
  const result = await runProcess(binary, args, { cwd: folder, env: validatorEnv })
  expect({ code: result.code, stderr: result.stderr }, result.stdout).toEqual({ code: 0, stderr: '' })
  const output = JSON.parse(readFileSync(join(folder, 'validation.sarif'), 'utf8')) as {
    runs: {
      tool: { driver: { rules?: { id: string; messageStrings: Record<string, { text: string }> }[] } }
      results: { ruleId: string; level?: string; message: { id: string; arguments: string[] } }[]
      invocations: { executionSuccessful: boolean; toolConfigurationNotifications?: { message: { text: string } }[]; toolExecutionNotifications?: { message: { text: string } }[] }[]
    }[]
  }
  const run = output.runs[0]!
  const text = (result: (typeof run.results)[number]) => {
    const template = run.tool.driver.rules?.find((rule) => rule.id === result.ruleId)?.messageStrings[result.message.id]?.text ?? result.message.id
    return template.replace(/\{(\d+)\}/gu, (_, index: string) => result.message.arguments[Number(index)] ?? '')
  }
  const invocation = run.invocations[0]!
  return {
    // No level is SARIF's default, `warning`.
    problems: run.results.map((result) => `${result.ruleId} ${result.level ?? 'warning'}: ${text(result)}`),
    notifications: [...(invocation.toolConfigurationNotifications ?? []), ...(invocation.toolExecutionNotifications ?? [])].map((note) => note.message.text),
    executionSuccessful: invocation.executionSuccessful,
  }
}

const disabledNote =
  "Rule 'SARIF2006' was explicitly disabled by the user. As result, this tool run cannot be used for compliance or other auditing processes that require a comprehensive analysis."

describe('@microsoft/sarif-multitool validate', () => {
  // The one note: SARIF2006, a SARIF rule, is off (with GitHub's rules alone it never runs).
  for (const [kind, notifications] of [
    ['Gh', []],
    ['Sarif', [disabledNote]],
  ] as const) {
    it(`--rule-kind ${kind}: no error, no warning`, async (context) => {
      const found = await findValidator()
      if ('unavailable' in found) return context.skip(found.unavailable)
      expect(await validate(found.binary, everyKind.text, kind)).toEqual({ problems: [], notifications, executionSuccessful: true })
    })
  }

  it('finds what GitHub would refuse (the check can fail)', async (context) => {
    const found = await findValidator()
    if ('unavailable' in found) return context.skip(found.unavailable)
    const broken = JSON.parse(everyKind.text) as Log
    delete broken.runs[0]!.tool.driver.rules[0]!.help
    broken.runs[0]!.results[1]!.locations[0]!.physicalLocation.region!.startLine = 0
    const validation = await validate(found.binary, JSON.stringify(broken), 'Gh')
    expect(validation.problems).toEqual([
      'JSON1008 error: runs[0].results[1].locations[0].physicalLocation.region.startLine: 0 is less than the minimum permitted value of 1.',
      "GH2012 error: runs[0].tool.driver.rules[0]: This 'reportingDescriptor' object does not provide a 'help' object. This property is required by the GitHub Advanced Security service.",
    ])
  })
})

describe('the SARIF 2.1.0 JSON schema (the one the multitool ships), with ajv', () => {
  let validateSchema: ReturnType<Ajv2020['compile']> | string

  beforeAll(() => {
    let binary: string
    try {
      binary = require('@microsoft/sarif-multitool') as string
    } catch (error) {
      validateSchema = `@microsoft/sarif-multitool has no build, and so no schema, for ${process.platform}-${process.arch} (${(error as Error).message.split('\n')[0]})`
      return
    }
    const schema = JSON.parse(readFileSync(join(dirname(binary), 'sarif-2.1.0.json'), 'utf8')) as Record<string, unknown>
    expect(schema.title).toBe('Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema')
    // `strictRequired` off: the schema names in `required`, under `anyOf`, properties defined beside it, which is valid.
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false })
    addFormats.default(ajv)
    validateSchema = ajv.compile(schema)
  })

  it('accepts the log', (context) => {
    if (typeof validateSchema === 'string') return context.skip(validateSchema)
    validateSchema(everyKind.log)
    expect(validateSchema.errors ?? []).toEqual([])
  })

  it('refuses a broken one (the check can fail)', (context) => {
    if (typeof validateSchema === 'string') return context.skip(validateSchema)
    const broken = JSON.parse(everyKind.text) as Log & { runs: Record<string, unknown>[] }
    broken.runs[0]!.extra = true
    expect(validateSchema(broken)).toBe(false)
    expect(validateSchema.errors!.map((error) => `${error.instancePath} ${error.message}`)).toEqual(['/runs/0 must NOT have additional properties'])
  })
})

describe('rules', () => {
  it('each preset rule has its descriptions, help (text and Markdown) and default level, in the preset order', () => {
    const rules = everyKind.run.tool.driver.rules
    expect(rules.slice(0, presetRules.length)).toEqual(
      presetRules.map((rule) => ({
        id: rule.id,
        shortDescription: { text: rule.description },
        fullDescription: { text: rule.fullDescription },
        helpUri: rule.url,
        help: {
          text: `${rule.fullDescription}\n\nHow to fix: ${rule.fix}\n\nMore in the rule's readme: ${rule.url}`,
          markdown: `${rule.fullDescription}\n\n**How to fix:** ${rule.fix}\n\nMore in [the rule's readme](${rule.url}).`,
        },
        defaultConfiguration: { level: 'warning' },
      })),
    )
    for (const rule of presetRules) {
      expect(rule.fullDescription.length, rule.id).toBeGreaterThan(2 * rule.description.length)
      // Code scanning's limit for both descriptions.
      expect(rule.fullDescription.length, rule.id).toBeLessThanOrEqual(1024)
    }
  })

  it("a project's own rules follow, with what is known of them", () => {
    const rules = everyKind.run.tool.driver.rules
    expect(rules.slice(presetRules.length)).toEqual([
      {
        id: 'owner',
        shortDescription: { text: 'local-rules rule `owner`' },
        fullDescription: { text: "Rule `owner` of local-rules, from the project's remark configuration (not one of the feature-docs preset's rules)." },
        help: {
          text: "Rule `owner` of local-rules, from the project's remark configuration (not one of the feature-docs preset's rules). See the documentation of local-rules.",
          markdown: "Rule `owner` of local-rules, from the project's remark configuration (not one of the feature-docs preset's rules). See the documentation of local-rules.",
        },
        defaultConfiguration: { level: 'warning' },
      },
      {
        id: 'house-style',
        shortDescription: { text: 'local-rules rule `house-style`' },
        fullDescription: { text: "Rule `house-style` of local-rules, from the project's remark configuration (not one of the feature-docs preset's rules)." },
        help: {
          text: "Rule `house-style` of local-rules, from the project's remark configuration (not one of the feature-docs preset's rules). See https://example.com/house-style",
          markdown:
            "Rule `house-style` of local-rules, from the project's remark configuration (not one of the feature-docs preset's rules). See [its documentation](https://example.com/house-style).",
        },
        helpUri: 'https://example.com/house-style',
        defaultConfiguration: { level: 'warning' },
      },
    ])
  })

  it('the run has its category for code scanning', () => {
    expect(everyKind.run.automationDetails).toEqual({ id: 'feature-docs/' })
  })
})

describe('partialFingerprints', () => {
  const original = fixture('technical-implementation/placeholders.md')
  const lines = original.split('\n')
  const messages = expectedMessages('technical-implementation/placeholders.md')
  const uri = 'docs/placeholders.md'

  /** The doc with `extra` lines put in after line `after` (1-based), and the log of it. */
  async function withLines(after: number, extra: string[]): Promise<Run> {
    const folder = repository({ 'docs/placeholders.md': [...lines.slice(0, after), ...extra, ...lines.slice(after)].join('\n') })
    return (await sarif(folder, ['docs'])).run
  }

  it('hash the rule, the file, the message and the text of the lines covered: no line number', async () => {
    const { run } = await sarif(repository({ 'docs/placeholders.md': original }), ['docs'])
    expect(where(run)).toEqual(expectedWhere(uri, 'technical-implementation/placeholders.md'))
    expect(run.results.map((result) => result.partialFingerprints)).toEqual(
      messages.map((message) => ({ [key]: `${fingerprint(message.ruleId, uri, message.reason, lines.slice(message.line - 1, message.endLine))}:1` })),
    )
  })

  it('stay the same when lines are added above', async () => {
    const before = (await sarif(repository({ 'docs/placeholders.md': original }), ['docs'])).run
    // Two lines after the title: every message moves down two lines.
    const after = await withLines(1, ['', 'An introduction of our own.'])
    expect(where(after)).toEqual(expectedWhere(uri, 'technical-implementation/placeholders.md', 2))
    expect(after.results.map((result) => result.partialFingerprints)).toEqual(before.results.map((result) => result.partialFingerprints))
  })

  it('number the same finding on the same text in one file: `:1`, `:2`', async () => {
    // Line 13, `- **Ad hoc fetch calls**: [Description and resolution]`, twice.
    expect(lines[12]).toBe('- **Ad hoc fetch calls**: [Description and resolution]')
    const run = await withLines(13, [lines[12]!])
    const twice = messages[1]!
    expect(where(run)).toEqual([
      ...expectedWhere(uri, 'technical-implementation/placeholders.md').slice(0, 2),
      `${uri} 14:27-14:55 no-placeholders`,
      ...expectedWhere(uri, 'technical-implementation/placeholders.md', 1).slice(2),
    ])
    const hash = fingerprint(twice.ruleId, uri, twice.reason, [lines[12]!])
    expect(run.results.slice(1, 3).map((result) => result.partialFingerprints)).toEqual([{ [key]: `${hash}:1` }, { [key]: `${hash}:2` }])
  })

  it('change when the line covered changes, and only for its result', async () => {
    const before = (await sarif(repository({ 'docs/placeholders.md': original }), ['docs'])).run
    const changed = lines.map((line, index) => (index === 9 ? line.replace('| #433 |', '| #434 |') : line))
    expect(changed[9]).not.toBe(lines[9])
    const after = (await sarif(repository({ 'docs/placeholders.md': changed.join('\n') }), ['docs'])).run
    expect(where(after)).toEqual(where(before))
    const fingerprints = after.results.map((result) => result.partialFingerprints[key])
    const first = messages[0]!
    expect(fingerprints[0]).toBe(`${fingerprint(first.ruleId, uri, first.reason, [changed[9]!])}:1`)
    expect(fingerprints[0]).not.toBe(before.results[0]!.partialFingerprints[key])
    expect(fingerprints.slice(1)).toEqual(before.results.slice(1).map((result) => result.partialFingerprints[key]))
  })
})

describe('URIs relative to the repository root', () => {
  const files = {
    'docs/team notes/misspelled.md': fixture('technical-implementation/misspelled.md'),
    'docs/table-columns.md': fixture('technical-implementation/table-columns.md'),
  }
  const expectedFromRoot = [
    ...expectedWhere('docs/table-columns.md', 'technical-implementation/table-columns.md'),
    ...expectedWhere('docs/team%20notes/misspelled.md', 'technical-implementation/misspelled.md'),
  ]

  it('from a subfolder, the same log as from the root: `%SRCROOT%` is the root', async () => {
    const folder = repository(files)
    const fromRoot = await sarif(folder, ['docs'])
    const fromDocs = await sarif(join(folder, 'docs'), ['.'])
    expect(fromDocs.text).toBe(fromRoot.text)
    expect(fromDocs.run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: folderUri(folder) } })
    expect(where(fromDocs.run)).toEqual(expectedFromRoot)
    for (const result of fromDocs.run.results) {
      expect(result.locations[0]!.physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%')
      for (const fix of result.fixes ?? []) expect(fix.artifactChanges[0]!.artifactLocation).toEqual(result.locations[0]!.physicalLocation.artifactLocation)
    }
    // Deeper still, naming a file in the folder above.
    const fromNotes = await sarif(join(folder, 'docs', 'team notes'), ['../table-columns.md', '.'])
    expect(fromNotes.run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: folderUri(folder) } })
    expect(where(fromNotes.run).sort()).toEqual([...expectedFromRoot].sort())
  })

  it('a `.git` file (a worktree or a submodule) marks the root too', async () => {
    const folder = project(files)
    write(folder, '.git', 'gitdir: ../main/.git/worktrees/docs\n')
    const { run } = await sarif(join(folder, 'docs'), ['.'])
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: folderUri(folder) } })
    expect(where(run)).toEqual(expectedFromRoot)
  })

  it('with no `.git` above, the working folder is the root', async () => {
    const folder = project(files)
    const { run } = await sarif(join(folder, 'docs'), ['.'])
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: folderUri(join(folder, 'docs')) } })
    expect(where(run)).toEqual([
      ...expectedWhere('table-columns.md', 'technical-implementation/table-columns.md'),
      ...expectedWhere('team%20notes/misspelled.md', 'technical-implementation/misspelled.md'),
    ])
  })

  it('a file outside the root has its absolute file URI, in its location and its fixes', async () => {
    const folder = project({ ...files, 'outside.md': fixture('technical-implementation/misspelled.md') })
    const { run } = await sarif(join(folder, 'docs'), ['../outside.md'])
    const absolute = { uri: pathToFileURL(join(realpathSync(folder), 'outside.md')).href }
    expect(where(run)).toEqual(expectedWhere(absolute.uri, 'technical-implementation/misspelled.md'))
    for (const result of run.results) {
      expect(result.locations[0]!.physicalLocation.artifactLocation).toEqual(absolute)
      for (const fix of result.fixes ?? []) expect(fix.artifactChanges[0]!.artifactLocation).toEqual(absolute)
    }
  })
})
