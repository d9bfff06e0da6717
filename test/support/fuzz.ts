/**
 * Fuzzing for issue 11: generators of random and mutated Markdown docs
 * (fast-check arbitraries), a runner that lints one generated case with
 * the preset and one rule on its own (or every rule on its own) in-process,
 * and the checks every run must pass:
 *
 * - no throw out of the processor (a fatal message the file holds, such as
 *   the parse guard's refusal, is a message, not a throw; a template option
 *   refused with a TemplateError when the rule is attached is by design);
 * - no crash message (see `isCrashMessage`: the product's "Rule `x` crashed
 *   on this file" message, or unified-lint-rule's message carrying the
 *   error as `cause`, which is not fatal at the default severity, so
 *   `fatal` alone would miss it);
 * - every message has a place, inside the doc (line 1..lines, column
 *   1..length of that line + 1, offset matching line and column), with
 *   start <= end; as the parser counts, after a leading byte order mark;
 * - a linear time budget: a run may take at most `factor` times the time
 *   plain remark-parse takes on the same text (the doc, plus the template
 *   when one is generated), plus a floor. Both are measured in the same
 *   process, one after the other; a run over budget is measured once more
 *   before it counts.
 *
 * Seeds are the built-in templates, the fixtures, and a bounded,
 * deterministic sample of `../shared/corpora/<name>/docs/**.md` when that
 * folder exists (read at run time; nothing from it is stored here).
 *
 * Used by `test/fuzz.test.ts` (a bounded run in the suite) and by
 * `bench/fuzz.mjs` (100,000 docs), which transpiles this file at run time:
 * keep its imports to node builtins and packages the `test` workspace
 * package depends on, with no relative imports.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, relative } from 'node:path'
import { performance } from 'node:perf_hooks'
import { clearTemplateCache } from '@feature-docs/doc-template'
import fc from 'fast-check'
import { remark } from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLintNoEmptyTemplateSections from 'remark-lint-no-empty-template-sections'
import remarkLintNoPlaceholders from 'remark-lint-no-placeholders'
import remarkLintNoTemplateBoilerplate from 'remark-lint-no-template-boilerplate'
import remarkLintRequiredFields from 'remark-lint-required-fields'
import remarkLintRequiredSections from 'remark-lint-required-sections'
import remarkLintRequiredTableColumns from 'remark-lint-required-table-columns'
import remarkParse from 'remark-parse'
import remarkPresetLintFeatureDocs from 'remark-preset-lint-feature-docs'
import { unified, type Plugin } from 'unified'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

// ---------------------------------------------------------------------------
// Seeds

/** A doc to mutate: its text, and where it came from (for reports). */
export interface Seed {
  name: string
  text: string
  /** Where the doc lives, relative to `cwd`, so front matter `template:` resolves as it would. */
  path?: string | undefined
  cwd?: string | undefined
}

export interface Seeds {
  /** Built-in templates, fixture templates, corpora templates. */
  templates: Seed[]
  /** Fixture docs. */
  fixtures: Seed[]
  /** The sample of corpora docs (empty when the folder is absent or not asked for). */
  corpora: Seed[]
  /** Template names to pass as `template`. */
  templateNames: string[]
  /** Template files to pass as `template` (fixture templates, corpora templates). */
  templatePaths: string[]
}

/** `../shared/corpora`, beside the repository. */
export function corporaFolder(root: string): string {
  return join(root, '..', 'shared', 'corpora')
}

export interface SeedOptions {
  /** Corpora docs to read per corpus (evenly spaced in sorted order); 0 for none. */
  corporaPerFolder?: number
  /** Longer seeds are cut to this many characters, at a line end. */
  maxChars?: number
}

/** Read the seeds: deterministic (sorted, evenly spaced), bounded. */
export function loadSeeds(root: string, options: SeedOptions = {}): Seeds {
  const maxChars = options.maxChars ?? 12_000
  const cut = (text: string) => {
    if (text.length <= maxChars) return text
    const end = text.lastIndexOf('\n', maxChars)
    return text.slice(0, end > 0 ? end + 1 : maxChars)
  }
  const builtins = join(root, 'packages', 'remark-preset-lint-feature-docs', 'templates')
  const fixtureTemplates = join(root, 'fixtures', 'templates')
  const templates: Seed[] = []
  const templatePaths: string[] = []
  const templateNames: string[] = []
  for (const name of mdFiles(builtins)) {
    templates.push({ name: `template ${name}`, text: cut(readFileSync(join(builtins, name), 'utf8')) })
    templateNames.push(basename(name, '.md'))
  }
  for (const name of mdFiles(fixtureTemplates)) {
    templates.push({ name: `fixtures/templates/${name}`, text: cut(readFileSync(join(fixtureTemplates, name), 'utf8')) })
    templatePaths.push(join(fixtureTemplates, name))
  }
  const fixtures: Seed[] = []
  for (const folder of readdirSync(join(root, 'fixtures')).sort()) {
    if (folder === 'templates') continue
    for (const name of mdFiles(join(root, 'fixtures', folder))) {
      const path = join('fixtures', folder, name)
      fixtures.push({ name: path, text: cut(readFileSync(join(root, path), 'utf8')), path, cwd: root })
    }
  }
  const corpora: Seed[] = []
  const perFolder = options.corporaPerFolder ?? 0
  const corpusRoot = corporaFolder(root)
  if (perFolder > 0 && existsSync(corpusRoot)) {
    for (const corpus of readdirSync(corpusRoot).sort()) {
      const docs = join(corpusRoot, corpus, 'docs')
      if (!existsSync(docs)) continue
      const template = join(corpusRoot, corpus, 'template.md')
      if (existsSync(template)) templatePaths.push(template)
      const all = readdirSync(docs, { recursive: true, encoding: 'utf8' })
        .filter((path) => path.endsWith('.md'))
        .sort()
      const step = Math.max(1, all.length / perFolder)
      for (let index = 0; index < all.length; index += step) {
        const path = all[Math.floor(index)]!
        corpora.push({ name: `corpora/${corpus}/docs/${path}`, text: cut(readFileSync(join(docs, path), 'utf8')) })
      }
    }
  }
  return { templates, fixtures, corpora, templateNames, templatePaths }
}

function mdFiles(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
}

// ---------------------------------------------------------------------------
// Mutations

/** One edit of a doc. Indices are taken modulo the current size, so any number works (and shrinks to 0). */
export type Mutation =
  | { op: 'delete'; at: number; count: number }
  | { op: 'duplicate'; at: number; count: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'heading'; at: number; level: number }
  | { op: 'insert'; at: number; column: number; text: string }
  | { op: 'insertLine'; at: number; text: string }
  | { op: 'replaceLine'; at: number; text: string }
  | { op: 'repeat'; at: number; column: number; text: string; times: number }
  | { op: 'prefix'; at: number; count: number; text: string }
  | { op: 'cutLine'; at: number; column: number }
  | { op: 'eol'; style: 'crlf' | 'cr' | 'mixed' | 'none' }
  | { op: 'bom' }

/** Strings that break parsers and rules: brackets, escapes, code, comments, control and odd Unicode. */
export const hostileFragments: readonly string[] = [
  '[', ']', '{', '}', '<', '>', '\\', '|', '`', '``', '```', '~~~', '<!--', '-->', '<!-- [x] -->',
  '\r\n', '\r', '\n', '\uFEFF', '\u0000', '\uD800', '\uDFFF', '\uDBFF\uDBFF', '\t', '    ',
  '[Link: https://example.com/a', '[see www.example.com', 'https://example.com/x', 'www.example.com', 'a@b.co',
  '**', '__', '*', '_', '**Label**:', '**[Label]**: [Value]', '- **[Item]**: [Value]', '- ', '* ', '+ ', '1. ', '> ',
  '#', '# ', '## ', '###### ', '---', '***', '===', '[x]', '[ ]', '- [ ] ', '![alt](', '](', '[a](b)', '[a][b]', '[^1]',
  '[^1]: note', '[ref]: #ref', '[]', '[[', ']]', '&amp;', '&#0;', '&#x0;', '&#xD800;', '🚀', '👍🏽', '🏳️‍🌈', '\u200B',
  '\u0301', '\u202E', '\u2028', '\u00A0', '{{name}}', '{name}', '<Placeholder>', '<br>', '<div>', '</div>', 'NNNN',
  'YYYY-MM-DD', 'yyyy-mm-dd', '2024-02-30', '|---|', '| a | b |', '|', '\\[', '\\]', '\\|', '$$', '+++', 'template: ',
  ':', '(Optional)', 'TODO', 'TBD', 'N/A', '...', '[Feature Name]', '[Brief description]',
]

const hostileChars = [...'[]{}<>\\|`*_#-:!()~$&"\'=+. \t\r\n\u0000\uFEFF\uD800\uDC00\u200B']

/** Apply mutations to a doc's text, in order. */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split(/\r\n|\r|\n/u)
  let eol: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none' = 'lf'
  let bom = false
  const index = (at: number) => (lines.length === 0 ? 0 : at % lines.length)
  for (const mutation of mutations) {
    switch (mutation.op) {
      case 'delete':
        lines.splice(index(mutation.at), mutation.count)
        break
      case 'duplicate': {
        const at = index(mutation.at)
        lines.splice(at, 0, ...lines.slice(at, at + mutation.count))
        break
      }
      case 'swap': {
        if (lines.length === 0) break
        const a = index(mutation.at)
        const b = index(mutation.with)
        ;[lines[a], lines[b]] = [lines[b]!, lines[a]!]
        break
      }
      case 'heading': {
        // The at-th heading (modulo their count), or the at-th line when there is none.
        const headings = lines.flatMap((line, at) => (/^ {0,3}#{1,6}(?:[ \t]|$)/u.test(line) ? [at] : []))
        if (lines.length === 0) break
        const at = headings.length > 0 ? headings[mutation.at % headings.length]! : index(mutation.at)
        const body = lines[at]!.replace(/^ {0,3}#{1,6}(?:[ \t]+|$)/u, '')
        lines[at] = mutation.level === 0 ? body : `${'#'.repeat(mutation.level)} ${body}`
        break
      }
      case 'insert': {
        if (lines.length === 0) lines = ['']
        const at = index(mutation.at)
        const line = lines[at]!
        const column = mutation.column % (line.length + 1)
        lines[at] = line.slice(0, column) + mutation.text + line.slice(column)
        break
      }
      case 'insertLine':
        lines.splice(lines.length === 0 ? 0 : mutation.at % (lines.length + 1), 0, mutation.text)
        break
      case 'replaceLine':
        if (lines.length > 0) lines[index(mutation.at)] = mutation.text
        break
      case 'repeat': {
        if (lines.length === 0) lines = ['']
        const at = index(mutation.at)
        const line = lines[at]!
        const column = mutation.column % (line.length + 1)
        lines[at] = line.slice(0, column) + mutation.text.repeat(mutation.times) + line.slice(column)
        break
      }
      case 'prefix': {
        const at = index(mutation.at)
        for (let line = at; line < Math.min(lines.length, at + mutation.count); line++) lines[line] = mutation.text + lines[line]
        break
      }
      case 'cutLine': {
        if (lines.length === 0) break
        const at = index(mutation.at)
        lines[at] = lines[at]!.slice(0, mutation.column % (lines[at]!.length + 1))
        break
      }
      case 'eol':
        eol = mutation.style
        break
      case 'bom':
        bom = !bom
        break
    }
  }
  let out: string
  if (eol === 'mixed') out = lines.map((line, at) => line + ['\n', '\r\n', '\r'][at % 3]).join('')
  else if (eol === 'none') out = lines.join('\n')
  else out = lines.join(eol === 'crlf' ? '\r\n' : eol === 'cr' ? '\r' : '\n')
  return bom ? `\uFEFF${out}` : out
}

export interface GeneratorOptions {
  /** Most mutations per doc. */
  maxMutations?: number
  /** Most repetitions in a `repeat` mutation (long lines). */
  maxRepeat?: number
  /** Most lines in a random doc. */
  maxLines?: number
}

/** Generated text and how it was made. */
export interface Generated {
  text: string
  origin: string
  mutations: Mutation[]
}

/** fast-check arbitraries over the seeds. */
export function generators(seeds: Seeds, options: GeneratorOptions = {}) {
  const maxMutations = options.maxMutations ?? 6
  const maxRepeat = options.maxRepeat ?? 1_000
  const maxLines = options.maxLines ?? 40
  const known = [...seeds.templates, ...seeds.fixtures, ...seeds.corpora]
  // Lines and words of the seeds, so random docs use the templates' own headings and labels.
  const seedLines = [...new Set(known.flatMap((seed) => seed.text.split(/\r\n|\r|\n/u)))].filter((line) => line.trim() !== '').slice(0, 4_000)
  const headingWords = [
    ...new Set(
      seedLines
        .filter((line) => /^#{1,6} /u.test(line))
        .map((line) => line.replace(/^#+ /u, ''))
        .slice(0, 1_000),
    ),
  ]
  const word = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...(headingWords.length > 0 ? headingWords : ['Summary'])) },
    { weight: 1, arbitrary: fc.constantFrom('Feature', 'Owner', 'Date', 'Status', 'x', '1', 'Notes', 'N/A') },
  )
  const fragment: fc.Arbitrary<string> = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...hostileFragments) },
    { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...hostileChars), maxLength: 12 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { weight: 1, arbitrary: word },
  )
  const words = fc.array(fc.oneof({ weight: 3, arbitrary: word }, { weight: 1, arbitrary: fragment }), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '))
  const line: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...(seedLines.length > 0 ? seedLines : ['# Title'])) },
    { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), words).map(([level, text]) => `${'#'.repeat(level)} ${text}`) },
    { weight: 2, arbitrary: fc.tuple(words, words).map(([label, value]) => `- **${label}**: ${value}`) },
    { weight: 1, arbitrary: fc.tuple(words, words).map(([label, value]) => `**${label}**: ${value}`) },
    { weight: 1, arbitrary: fc.array(words, { minLength: 1, maxLength: 4 }).map((cells) => `| ${cells.join(' | ')} |`) },
    { weight: 1, arbitrary: fc.constantFrom('|---|---|', '| --- | :---: |', '```', '```js', '~~~', '---', '', '', '<!--', '-->', '- [ ] task', '> quote') },
    { weight: 2, arbitrary: words },
    { weight: 1, arbitrary: fragment },
  )
  const randomDoc: fc.Arbitrary<Generated> = fc
    .array(line, { maxLength: maxLines })
    .map((lines) => ({ text: lines.join('\n') + '\n', origin: 'random', mutations: [] }))

  const at = fc.nat({ max: 10_000 })
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at, count: fc.integer({ min: 1, max: 6 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at, count: fc.integer({ min: 1, max: 4 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('swap' as const), at, with: at }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('heading' as const), at, level: fc.integer({ min: 0, max: 7 }) }) },
    { weight: 6, arbitrary: fc.record({ op: fc.constant('insert' as const), at, column: at, text: fragment }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('insertLine' as const), at, text: fc.oneof(line, fragment) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('replaceLine' as const), at, text: fc.oneof(line, fragment) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('repeat' as const),
        at,
        column: at,
        text: fc.oneof(fc.constantFrom(...hostileFragments), word),
        times: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 2, max: Math.min(200, maxRepeat) }) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: maxRepeat }) }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('prefix' as const), at, count: fc.integer({ min: 1, max: 8 }), text: fc.constantFrom('\t', '    ', '  ', '> ', '- ', '1. ', '| ', '<!-- ', '`', '[') }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('cutLine' as const), at, column: at }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('eol' as const), style: fc.constantFrom('crlf' as const, 'cr' as const, 'mixed' as const, 'none' as const) }) },
    { weight: 1, arbitrary: fc.constant({ op: 'bom' as const }) },
  )
  const mutations = fc.array(mutation, { maxLength: maxMutations })

  const mutatedSeed = (pool: Seed[]): fc.Arbitrary<Generated & { seed: Seed }> =>
    fc.record({ seed: fc.constantFrom(...pool), mutations }).map(({ seed, mutations }) => ({
      seed,
      text: mutate(seed.text, mutations),
      origin: seed.name,
      mutations,
    }))
  const mutatedRandom: fc.Arbitrary<Generated> = fc
    .record({ base: randomDoc, mutations })
    .map(({ base, mutations }) => ({ text: mutate(base.text, mutations), origin: 'random', mutations }))

  /** A doc: a mutated seed (template, fixture or corpus doc), or a random doc, mutated or not. */
  const doc = (pool: Seed[] = known): fc.Arbitrary<Generated & { seed?: Seed }> =>
    fc.oneof({ weight: 6, arbitrary: mutatedSeed(pool) }, { weight: 1, arbitrary: randomDoc }, { weight: 2, arbitrary: mutatedRandom })

  const templateChoice = (pool: Seed[]): fc.Arbitrary<TemplateChoice> =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant({ kind: 'auto' } as TemplateChoice) },
      ...(seeds.templateNames.length > 0
        ? [{ weight: 3, arbitrary: fc.constantFrom(...seeds.templateNames).map((name): TemplateChoice => ({ kind: 'name', name })) }]
        : []),
      ...(seeds.templatePaths.length > 0
        ? [{ weight: 2, arbitrary: fc.constantFrom(...seeds.templatePaths).map((path): TemplateChoice => ({ kind: 'path', path })) }]
        : []),
      // A random or mutated doc as the template.
      { weight: 3, arbitrary: doc(pool).map(({ text, origin, mutations }): TemplateChoice => ({ kind: 'text', text, origin, mutations })) },
    )

  /** A whole case: a doc, the template it is checked against, and a rule to run on its own. */
  const fuzzCase = (pool: Seed[] = known): fc.Arbitrary<FuzzCase> =>
    fc.tuple(fc.constantFrom(...ruleIds), casesWithoutRule(pool)).map(([rule, fuzzCase]) => ({ rule, ...fuzzCase }))
  const casesWithoutRule = (pool: Seed[]): fc.Arbitrary<Omit<FuzzCase, 'rule'>> =>
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({ doc: doc(pool), template: templateChoice([...seeds.templates, ...pool]) }).map(({ doc, template }) => ({
          doc: doc.text,
          origin: describeOrigin(doc),
          path: doc.seed?.path,
          cwd: doc.seed?.cwd,
          template,
        })),
      },
      {
        // The same seed mutated twice: once as the template, once as the doc (they still mostly align).
        weight: 1,
        arbitrary: fc.record({ seed: fc.constantFrom(...pool), forDoc: mutations, forTemplate: mutations }).map(({ seed, forDoc, forTemplate }) => ({
          doc: mutate(seed.text, forDoc),
          origin: describeOrigin({ origin: seed.name, mutations: forDoc }),
          path: undefined,
          cwd: undefined,
          template: { kind: 'text', text: mutate(seed.text, forTemplate), origin: seed.name, mutations: forTemplate } as TemplateChoice,
        })),
      },
    )

  return { fragment, line, mutation, mutations, randomDoc, doc, templateChoice, fuzzCase, seeds: known }
}

function describeOrigin(generated: { origin: string; mutations: readonly Mutation[] }): string {
  return generated.mutations.length === 0 ? generated.origin : `${generated.origin} + ${generated.mutations.length} mutation(s)`
}

// ---------------------------------------------------------------------------
// Cases and runs

/** What `template` is given as. */
export type TemplateChoice =
  | { kind: 'auto' } // no option: chosen from the doc's title or front matter
  | { kind: 'name'; name: string } // a built-in template by name
  | { kind: 'path'; path: string } // a template file (fixtures, corpora)
  | ({ kind: 'text' } & Generated) // a generated doc, written to a temporary file

export interface FuzzCase {
  /** The rule run on its own besides the preset (unless the runner runs every rule on every case). */
  rule: string
  doc: string
  origin: string
  /** Where the doc lives, relative to `cwd` (fixtures), else `doc.md` in a scratch folder. */
  path?: string | undefined
  cwd?: string | undefined
  template: TemplateChoice
}

/** What was run: a rule on its own (with GFM and front matter) or the preset. */
export interface Linter {
  id: string
  plugin: Plugin<any[], any>
  preset: boolean
}

/** The six rules, then the preset. */
export const linters: readonly Linter[] = [
  { id: 'required-sections', plugin: remarkLintRequiredSections, preset: false },
  { id: 'required-table-columns', plugin: remarkLintRequiredTableColumns, preset: false },
  { id: 'no-placeholders', plugin: remarkLintNoPlaceholders, preset: false },
  { id: 'no-template-boilerplate', plugin: remarkLintNoTemplateBoilerplate, preset: false },
  { id: 'required-fields', plugin: remarkLintRequiredFields, preset: false },
  { id: 'no-empty-template-sections', plugin: remarkLintNoEmptyTemplateSections, preset: false },
  { id: 'preset', plugin: remarkPresetLintFeatureDocs, preset: true },
]

const ruleIds = ['required-sections', 'required-table-columns', 'no-placeholders', 'no-template-boilerplate', 'required-fields', 'no-empty-template-sections']

export type FailureKind = 'throw' | 'crash' | 'no-place' | 'range' | 'slow'

export interface Failure {
  kind: FailureKind
  /** The rule id (from the message), or the linter that ran. */
  rule: string
  /** The linter that ran (a rule, or `preset`). */
  linter: string
  /** Groups failures of one class: kind, rule and a normalised reason. */
  signature: string
  /** First line of the error or message, shortened. */
  reason: string
  /** Details of this occurrence. */
  detail: string
}

export interface RunRecord {
  linter: string
  elapsed: number
  /** Plain remark-parse time of the same text; NaN when the run was too quick to need it. */
  baseline: number
  chars: number
}

export interface CaseResult {
  failures: Failure[]
  runs: RunRecord[]
}

export interface RunnerOptions {
  /**
   * Linters to run on each case. Default: the preset (every rule) and the
   * case's own rule on its own; `every` runs each of the six rules on its
   * own and the preset.
   */
  linters?: readonly Linter[] | 'every' | 'preset-and-case-rule'
  /** Time budget: factor x plain remark-parse time + floor. */
  factor?: number
  floorMs?: number
  /** Measure the baseline only for runs slower than this (ms; default 25). */
  measureAbove?: number
}

/** What one run of one linter gave. */
export interface LintOutcome {
  messages: VFileMessage[]
  /** Errors rules threw, as the product keeps them (`file.data.featureDocsCrashes`). */
  crashes: RuleCrash[]
  /** What the run threw, if it did (a fatal message the file holds does not count). */
  error?: unknown
  elapsed: number
}

/** A rule's error kept on the file by the product's crash guard. */
export interface RuleCrash {
  rule: string
  error: unknown
}

/** The errors rules threw on `file`, where the product keeps them (none in versions without the crash guard). */
export function crashesOf(file: VFile): RuleCrash[] {
  const kept = (file.data as Record<string, unknown>).featureDocsCrashes
  return Array.isArray(kept) ? (kept as RuleCrash[]) : []
}

const parseOnly = unified().use(remarkParse).freeze()

/** Plain remark-parse time of `text` in ms. */
export function parseTime(text: string): number {
  const start = performance.now()
  parseOnly.parse(text)
  return performance.now() - start
}

/** Runs cases; owns a scratch folder for generated templates (call `close`). */
export class FuzzRunner {
  readonly folder = mkdtempSync(join(tmpdir(), 'feature-docs-fuzz-'))
  readonly linters: readonly Linter[] | undefined
  readonly factor: number
  readonly floorMs: number
  readonly measureAbove: number
  /** Time spent so far, in ms: linting (runs, retries included) and measuring baselines. */
  readonly spent = { lint: 0, baseline: 0 }
  private templates = 0
  private processors = new Map<string, ReturnType<typeof remark>>()

  constructor(options: RunnerOptions = {}) {
    const chosen = options.linters ?? 'preset-and-case-rule'
    this.linters = chosen === 'every' ? linters : chosen === 'preset-and-case-rule' ? undefined : chosen
    this.factor = options.factor ?? 50
    this.floorMs = options.floorMs ?? 250
    this.measureAbove = options.measureAbove ?? 25
  }

  close(): void {
    rmSync(this.folder, { recursive: true, force: true })
    clearTemplateCache()
  }

  /** The linters a case is run with. */
  lintersFor(fuzzCase: FuzzCase): readonly Linter[] {
    return this.linters ?? linters.filter((linter) => linter.preset || linter.id === fuzzCase.rule)
  }

  /** Lint the case with its linters and check each run. */
  run(fuzzCase: FuzzCase, options: { timing?: boolean } = {}): CaseResult {
    const timing = options.timing ?? true
    let template: string | undefined
    let templateText = ''
    let written: string | undefined
    const choice = fuzzCase.template
    if (choice.kind === 'name') template = choice.name
    else if (choice.kind === 'path') template = choice.path
    else if (choice.kind === 'text') {
      written = join(this.folder, `template-${++this.templates}.md`)
      writeFileSync(written, choice.text)
      template = written
      templateText = choice.text
      // Generated templates are read once each: forget them now and then.
      if (this.templates % 200 === 0) clearTemplateCache()
    }
    const failures: Failure[] = []
    const runs: RunRecord[] = []
    try {
      const measure = () => {
        const start = performance.now()
        const time = parseTime(fuzzCase.doc) + (templateText ? parseTime(templateText) : 0)
        this.spent.baseline += performance.now() - start
        return time
      }
      // Measured only for a run slower than `measureAbove` (a run within the floor is within budget).
      let baseline: number | undefined
      for (const linter of this.lintersFor(fuzzCase)) {
        let outcome = this.lintOnce(linter, fuzzCase, template)
        if (timing && outcome.elapsed > Math.min(this.measureAbove, this.floorMs)) baseline ??= measure()
        if (timing && baseline !== undefined && outcome.elapsed > this.budget(baseline)) {
          // Measure both again before counting it: a pause of the machine is not the code's.
          baseline = Math.max(baseline, measure())
          const again = this.lintOnce(linter, fuzzCase, template)
          if (again.elapsed < outcome.elapsed) outcome = again
          if (outcome.elapsed > this.budget(baseline)) {
            failures.push({
              kind: 'slow',
              rule: linter.id,
              linter: linter.id,
              signature: `slow | ${linter.id}`,
              reason: `over the linear budget`,
              detail: `${outcome.elapsed.toFixed(1)} ms, budget ${this.budget(baseline).toFixed(1)} ms (${this.factor} x parse ${baseline.toFixed(2)} ms + ${this.floorMs} ms) for ${fuzzCase.doc.length + templateText.length} chars`,
            })
          }
        }
        runs.push({ linter: linter.id, elapsed: outcome.elapsed, baseline: baseline ?? Number.NaN, chars: fuzzCase.doc.length + templateText.length })
        if (outcome.error !== undefined) {
          const reason = firstLine(outcome.error)
          const detail = stackTop(outcome.error)
          // One class per reason and place thrown from, whichever linter ran.
          failures.push({ kind: 'throw', rule: linter.id, linter: linter.id, signature: `throw | ${normalise(reason)} | at ${topFrame(detail)}`, reason, detail })
        }
        failures.push(...checkMessages(linter.id, fuzzCase.doc, outcome.messages, outcome.crashes))
      }
    } finally {
      if (written) rmSync(written, { force: true })
    }
    return { failures, runs }
  }

  budget(baseline: number): number {
    return this.factor * baseline + this.floorMs
  }

  /** One run of one linter: its messages, or what it threw, and how long it took. */
  lintOnce(linter: Linter, fuzzCase: FuzzCase, template: string | undefined): LintOutcome {
    const file = new VFile({ path: fuzzCase.path ?? 'doc.md', cwd: fuzzCase.cwd ?? this.folder, value: fuzzCase.doc })
    // Timed from attaching the plugin, which reads the template option's file.
    const start = performance.now()
    let error: unknown
    try {
      let processor
      try {
        processor = this.processor(linter, template)
      } catch (attach) {
        // A template option that cannot be used (no headings, binary, not found) is refused when
        // the rule is attached, with an error naming it: by design, not a crash. Told by its code,
        // as the command line tells them (TemplateError, OptionError).
        const code = attach instanceof Error ? (attach as NodeJS.ErrnoException).code : undefined
        if (code !== 'FEATURE_DOCS_TEMPLATE' && code !== 'FEATURE_DOCS_OPTION') throw attach
      }
      if (processor) processor.runSync(processor.parse(file), file)
    } catch (caught) {
      // A fatal message the file already holds (`file.fail`, as the parse guard does for a doc it
      // refuses) is how unified reports a file it cannot check: a message, checked as the others.
      if (!file.messages.includes(caught as VFileMessage)) error = caught ?? new Error(String(caught))
    }
    const elapsed = performance.now() - start
    this.spent.lint += elapsed
    const crashes = crashesOf(file)
    return error === undefined ? { messages: file.messages, crashes, elapsed } : { messages: file.messages, crashes, error, elapsed }
  }

  private processor(linter: Linter, template: string | undefined) {
    const key = `${linter.id}\u0000${template ?? ''}`
    let processor = this.processors.get(key)
    if (!processor) {
      const options = template === undefined ? undefined : { template }
      const base = linter.preset ? remark() : remark().use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
      processor = (options === undefined ? base.use(linter.plugin) : base.use(linter.plugin, options)).freeze() as ReturnType<typeof remark>
      // Generated templates have a path of their own each time: do not keep their processors.
      if (!template?.startsWith(this.folder)) this.processors.set(key, processor)
    }
    return processor
  }
}

// ---------------------------------------------------------------------------
// Checks

const crashPattern =
  /crashed on this file|TypeError|RangeError|ReferenceError|SyntaxError|InternalError|Maximum call stack|Stack overflow|Cannot read propert|is not a function|is not iterable|of undefined|of null/u

/**
 * A message that reports an exception inside a rule. Two forms: the
 * product's crash guard gives one fatal message ``Rule `id` crashed on this
 * file, … TypeError: …`` and keeps the error in
 * `file.data.featureDocsCrashes`; without it, unified-lint-rule adds the
 * error as a message whose `cause` is the error (the product's own messages
 * have no cause), fatal only at severity 2. A fatal message whose reason
 * reads like an exception counts too.
 */
export function isCrashMessage(message: VFileMessage): boolean {
  return message.cause instanceof Error || (message.fatal === true && crashPattern.test(message.reason))
}

/**
 * Crash, place and range checks for the messages of one run. `crashes`:
 * the errors the product kept for crash messages, so a crash is classed by
 * the error and where it was thrown rather than by the message wrapping it.
 */
export function checkMessages(linter: string, doc: string, messages: readonly VFileMessage[], crashes: readonly RuleCrash[] = []): Failure[] {
  const failures: Failure[] = []
  // The parser skips a leading byte order mark: its positions count from after it.
  const text = doc.startsWith('\uFEFF') ? doc.slice(1) : doc
  const lines = lineTable(text)
  for (const message of messages) {
    const rule = message.ruleId ?? linter
    if (isCrashMessage(message)) {
      const error = message.cause instanceof Error ? message.cause : crashes.find((crash) => crash.rule === rule)?.error
      const reason = firstLine(error instanceof Error ? error : message.reason)
      const detail = error instanceof Error ? stackTop(error) : ''
      failures.push({
        kind: 'crash',
        rule,
        linter,
        signature: `crash | ${rule} | ${normalise(reason)} | at ${topFrame(detail)}`,
        reason,
        detail,
      })
      continue
    }
    const place = message.place
    const shown = `message ${JSON.stringify(shorten(message.reason, 100))}`
    if (!place) {
      failures.push({ kind: 'no-place', rule, linter, signature: `no-place | ${rule}`, reason: 'message without a place', detail: shown })
      continue
    }
    const start = 'start' in place ? place.start : place
    const end = 'start' in place ? place.end : place
    const problems = [...checkPoint('start', start, lines, text.length), ...('start' in place ? checkPoint('end', end, lines, text.length) : [])]
    if (problems.length === 0 && (start.line > end.line || (start.line === end.line && start.column > end.column))) {
      problems.push({ category: 'start after end', detail: `${start.line}:${start.column} > ${end.line}:${end.column}` })
    }
    // A fix's range, as a message's: inside the doc, its offsets those of its points, start <= end.
    const fix = message.fix
    if (fix) {
      const fixProblems = [...checkPoint('start', { ...fix.start, offset: fix.range[0] }, lines, text.length), ...checkPoint('end', { ...fix.end, offset: fix.range[1] }, lines, text.length)]
      if (fixProblems.length === 0 && fix.range[0] > fix.range[1]) fixProblems.push({ category: 'start after end', detail: `${fix.range[0]} > ${fix.range[1]}` })
      problems.push(...fixProblems.map((problem) => ({ category: `fix ${problem.category}`, detail: problem.detail })))
    }
    for (const problem of problems) {
      failures.push({
        kind: 'range',
        rule,
        linter,
        signature: `range | ${rule} | ${problem.category}`,
        reason: problem.category,
        detail: `${problem.detail}; ${shown}`,
      })
    }
  }
  return failures
}

interface Lines {
  starts: number[]
  lengths: number[]
}

/** Line starts and lengths, line endings as in CommonMark (LF, CR, CRLF). */
export function lineTable(doc: string): Lines {
  const starts = [0]
  const lengths: number[] = []
  for (let at = 0; at < doc.length; at++) {
    const code = doc.charCodeAt(at)
    if (code === 10 || code === 13) {
      lengths.push(at - starts.at(-1)!)
      if (code === 13 && doc.charCodeAt(at + 1) === 10) at++
      starts.push(at + 1)
    }
  }
  lengths.push(doc.length - starts.at(-1)!)
  return { starts, lengths }
}

function checkPoint(
  which: string,
  point: { line: number; column: number; offset?: number | undefined },
  lines: Lines,
  size: number,
): Array<{ category: string; detail: string }> {
  const at = `${which} ${point.line}:${point.column}${point.offset === undefined ? '' : ` (offset ${point.offset})`}`
  if (!Number.isInteger(point.line) || point.line < 1 || point.line > lines.starts.length) {
    return [{ category: 'line out of range', detail: `${at}, the doc has ${lines.starts.length} line(s)` }]
  }
  const length = lines.lengths[point.line - 1]!
  if (!Number.isInteger(point.column) || point.column < 1 || point.column > length + 1) {
    return [{ category: 'column out of range', detail: `${at}, line ${point.line} has ${length} character(s)` }]
  }
  if (point.offset !== undefined) {
    const expected = lines.starts[point.line - 1]! + point.column - 1
    if (!Number.isInteger(point.offset) || point.offset < 0 || point.offset > size) {
      return [{ category: 'offset out of range', detail: `${at}, the doc has ${size} character(s)` }]
    }
    if (point.offset !== expected) return [{ category: 'offset does not match line and column', detail: `${at}, expected offset ${expected}` }]
  }
  return []
}

function firstLine(value: unknown): string {
  const text = value instanceof Error ? value.message : String(value)
  return shorten(text.split('\n')[0] ?? '', 300)
}

function stackTop(error: unknown): string {
  if (!(error instanceof Error) || !error.stack) return ''
  return error.stack
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 3)
    .map((line) => line.trim())
    .join(' <- ')
}

/** The function (else the file) of the first stack frame in `stackTop` output: `showHeading`. */
function topFrame(detail: string): string {
  const frame = /^at (?:(?:new )?([\w$.<>]+) \(|.*\/([^/]+?):\d+:\d+)/u.exec(detail)
  return frame ? (frame[1] ?? frame[2] ?? '?') : '?'
}

/** A reason without what varies between occurrences: regular expression sources, numbers. */
function normalise(reason: string): string {
  return shorten(reason.replace(/\/\^?[\s\S]*\/[a-z]*:/u, '/…/:').replace(/\d+/gu, 'N'), 160)
}

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 41)} … ${text.slice(-40)}`
}

// ---------------------------------------------------------------------------
// Known crashes

/**
 * A failure already known and not fixed yet, each with an `it.fails`
 * reproduction in `known crashes (issue 11)` in test/fuzz.test.ts (drop the
 * entry when that test is made `it`). Matched by kind, rule, reason and
 * where it was thrown (the top stack frames, or for a range failure the
 * message).
 *
 * Fixed since the fuzzing began, now plain regression tests there: links
 * without a position after an unclosed `[` (no-empty-template-sections,
 * required-sections, and a template heading throwing while it was read),
 * the regular expression built from a template title of thousands of
 * placeholders, and no-template-boilerplate's place past the end of the
 * line after an empty task box (`- [ ]` then a line break).
 */
export interface KnownCrash {
  id: string
  kind: FailureKind
  rules: readonly string[]
  reason: RegExp
  where: RegExp
}

const everyLinter = ['required-sections', 'required-table-columns', 'no-placeholders', 'no-template-boilerplate', 'required-fields', 'no-empty-template-sections', 'preset']

export const knownCrashes: readonly KnownCrash[] = [
  {
    // Thousands of nested list items on one line (`+ + + … x`): a rule on its own (the preset refuses
    // more than 100 before parsing) overflows the stack walking the tree (about 3,000), then the
    // parser's transforms do (about 5,000, thrown out of the run). One reproduction, at 3,000.
    id: 'issue 11 (fuzzing): deep nesting overflows the stack in a rule used on its own',
    kind: 'crash',
    rules: everyLinter,
    reason: /^Maximum call stack size exceeded$/u,
    where: /[\s\S]*/u,
  },
  {
    id: 'issue 11 (fuzzing): deep nesting overflows the stack in a rule used on its own',
    kind: 'throw',
    rules: everyLinter,
    reason: /^Maximum call stack size exceeded$/u,
    where: /[\s\S]*/u,
  },
]

/** The known crash a failure is an instance of, if any. */
export function knownCrash(failure: Failure): KnownCrash | undefined {
  return knownCrashes.find(
    (known) => known.kind === failure.kind && known.rules.includes(failure.rule) && known.reason.test(failure.reason) && known.where.test(failure.detail),
  )
}

// ---------------------------------------------------------------------------
// Minimising a failing case

/** How long a minimisation may go on. */
export interface MinimiseLimits {
  /** Most calls of the predicate (default 400). */
  maxCalls?: number
  /** Most milliseconds, counted from the first call (default: no limit). */
  maxMs?: number
}

/**
 * The smallest text, by removing lines and then characters (delta
 * debugging), for which `fails` still holds. Deterministic within its
 * limits; stops early at `maxCalls` calls or `maxMs`, with the smallest
 * failing text found so far.
 */
export function minimise(text: string, fails: (text: string) => boolean, limits: MinimiseLimits = {}): string {
  const maxCalls = limits.maxCalls ?? 400
  const end = performance.now() + (limits.maxMs ?? Number.POSITIVE_INFINITY)
  let calls = 0
  const spent = () => calls >= maxCalls || performance.now() > end
  const check = (candidate: string) => !spent() && (calls++, fails(candidate))
  const reduce = (units: string[]): string[] => {
    let granularity = 2
    while (units.length >= 1 && !spent()) {
      const chunk = Math.max(1, Math.ceil(units.length / granularity))
      let removed = false
      for (let start = 0; start < units.length; start += chunk) {
        const candidate = [...units.slice(0, start), ...units.slice(start + chunk)]
        if (check(candidate.join(''))) {
          units = candidate
          granularity = Math.max(2, granularity - 1)
          removed = true
          break
        }
      }
      if (!removed) {
        if (chunk === 1) break
        granularity = Math.min(units.length, granularity * 2)
      }
    }
    return units
  }
  // Lines with their endings, then characters (code points, so lone surrogates stay whole).
  const lines = reduce(text.split(/(?<=\r\n|\r(?!\n)|\n)/u))
  const joined = lines.join('')
  return joined.length > 4_000 ? joined : reduce(Array.from(joined)).join('')
}

/**
 * Minimise a failing case (the doc, then a generated template, then the doc
 * again) so that `failure`'s class still occurs with its linter. The
 * limits apply to each of the three steps.
 */
export function minimiseCase(runner: FuzzRunner, fuzzCase: FuzzCase, failure: Failure, limits: MinimiseLimits = {}): FuzzCase {
  const linter = linters.find((entry) => entry.id === failure.linter) ?? linters.at(-1)!
  const narrow = new FuzzRunner({ linters: [linter], factor: runner.factor, floorMs: runner.floorMs })
  const timing = failure.kind === 'slow'
  const fails = (candidate: FuzzCase) => narrow.run(candidate, { timing }).failures.some((found) => found.signature === failure.signature)
  try {
    if (!fails(fuzzCase)) return fuzzCase
    let current: FuzzCase = { ...fuzzCase, doc: minimise(fuzzCase.doc, (doc) => fails({ ...fuzzCase, doc }), limits) }
    const template = current.template
    if (template.kind === 'text') {
      const text = minimise(template.text, (text) => fails({ ...current, template: { ...template, text } }), limits)
      current = { ...current, template: { ...template, text } }
      const before = current
      current = { ...current, doc: minimise(current.doc, (doc) => fails({ ...before, doc }), limits) }
    }
    return current
  } finally {
    narrow.close()
  }
}

/** Runs of one short piece repeated 20 times or more, written `⟪piece⟫×count`, so long repeats stay readable. */
export function compact(text: string): string {
  return text.replace(/([\s\S]{1,8}?)\1{19,}/gu, (run, piece: string) => `⟪${piece}⟫×${run.length / piece.length}`)
}

/** A case as a few readable lines for a report (long repeats compacted, see `compact`). */
export function showCase(fuzzCase: FuzzCase, max = 600): string {
  const template =
    fuzzCase.template.kind === 'auto'
      ? 'no template option'
      : fuzzCase.template.kind === 'name'
        ? `template: ${JSON.stringify(fuzzCase.template.name)}`
        : fuzzCase.template.kind === 'path'
          ? `template: ${fuzzCase.template.path}`
          : `template (generated from ${fuzzCase.template.origin}, ${fuzzCase.template.mutations.length} mutation(s)): ${JSON.stringify(shorten(compact(fuzzCase.template.text), max))}`
  const where = fuzzCase.path ? ` at ${relative(fuzzCase.cwd ?? '.', join(fuzzCase.cwd ?? '.', fuzzCase.path))}` : ''
  return `doc (${fuzzCase.origin}${where}): ${JSON.stringify(shorten(compact(fuzzCase.doc), max))}\n  ${template}; rule on its own: ${fuzzCase.rule}`
}
