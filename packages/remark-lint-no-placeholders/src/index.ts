/**
 * remark-lint rule: no placeholder text is left in the document.
 *
 * The template is the schema: its `[bracketed text]` is what the author was
 * meant to replace. This rule reports `[bracketed text]` left in the prose
 * of a doc (paragraphs, headings, list items, table cells, fields such as
 * `**Risk Level**: [Low/Medium/High]`), and the template's own placeholders
 * wherever they appear verbatim, code included (a template's file tree in a
 * code block holds `[changed files with brief description]`).
 *
 * Brackets that mean something in Markdown are not placeholders: links,
 * references and images with a definition, footnotes, task list boxes,
 * definitions, GitHub alerts (`> [!NOTE]`), escaped brackets, code,
 * autolinks, and brackets with no letter inside (`[1]`, `[ ]`, `[...]`).
 * Scanning only the source of `text` nodes leaves most of those out by
 * itself; the rest is `isPlaceholderInner` and two checks below.
 *
 * A bracketed word the template does not use as a placeholder (`[sic]`,
 * `[WIP]`, a type such as `[String]`) is the doc's own text in a sentence:
 * it is reported only where it stands alone, as a placeholder would (the
 * whole of a heading, list item, table cell, paragraph or field value).
 * `strict: true` reports every bracketed word, as earlier versions did.
 *
 * Extra patterns (`TODO`, `/\(fill me in[^)]*\)/i`) are reported in text,
 * and an allow list names placeholders that may stay. There is no
 * `expected`: writing the doc's own text is the fix.
 *
 * Every position comes from the source text (never `node.value`), so
 * escapes and CRLF line endings keep ranges exact, and every scan is one
 * pass, so the rule is linear in the size of the document.
 */
import type { Root } from 'mdast'
import {
  bareValue,
  delimitedSpansOf,
  escapeRegExp,
  inlineCode,
  isPlaceholderSpan,
  listsChoices,
  markdownSource,
  maskExpressions,
  mustReplace,
  readFrontMatter,
  sameValue,
  standsAlone,
  oneOf,
  positionFinder,
  proseRanges,
  withinRanges,
  type DocTemplate,
  type SourceRange,
} from '@feature-docs/doc-template'
import {
  expectBoolean,
  OptionError,
  reportFindings,
  show,
  ruleUrl,
  templateFound,
  templateRule,
  type RuleInfo,
  usableTemplate,
  type TemplateOptions,
} from '@feature-docs/rule-kit'
import { RE2JS } from 're2js'
import type { VFile } from 'vfile'

export type Options = TemplateOptions & {
  /**
   * Placeholders never reported: the exact text (`[x]`), the text between
   * the brackets (`x`), or a `/regex/flags` string tested against both.
   */
  allow?: string[] | undefined
  /**
   * More to report in text: a plain string is a literal matched as a whole
   * word (`TODO`, `TBD`); a `/regex/flags` string is a regular expression.
   */
  patterns?: string[] | undefined
  /** Report every bracketed word, not only those that stand alone or the template wrote (default `false`). */
  strict?: boolean | undefined
}

/** The options as `read` checked and compiled them. */
interface Settings extends TemplateOptions {
  allow: Allow
  patterns: Search[]
  strict: boolean
}

interface Allow {
  exact: Set<string>
  expressions: Search[]
}

/**
 * A pattern to find in text: a plain string as a whole word (our own
 * expression, linear), or a user's `/regex/flags` run by RE2's engine
 * (re2js), which takes linear time whatever the pattern: `/(a|a)+$/`
 * cannot hang a run on a long line.
 */
interface Search {
  /** Non-empty matches, left to right, not overlapping. */
  matches(text: string): Iterable<{ index: number; text: string }>
  test(text: string): boolean
}

const id = 'no-placeholders'

/**
 * The rule as the preset, the command line's reports (SARIF) and the
 * readmes' rule tables describe it; the plugin below is made from it.
 */
export const meta = {
  id,
  url: ruleUrl(id),
  description: "No [bracketed placeholder] text is left, and none of the template's own placeholders, code included.",
  fullDescription:
    "Text the template meant the author to replace must not be left in the doc. Reported: the template's placeholders (`[Brief description]`, `[Low/Medium/High]`) anywhere in the prose, other bracketed text that stands alone where a placeholder would, the template's own placeholders copied into code, front-matter values left as the template wrote them (`TBD`, `yyyy-mm-dd`, a list of choices), and any extra `patterns` configured (`TODO`). Links, footnotes, task-list boxes, escaped brackets, GitHub alerts and code of the doc's own are never placeholders. " +
    templateFound,
  fix: 'Replace the placeholder with the doc\'s own text, or keep the one choice that applies. There is no automatic fix: only the author knows the text.',
  fixable: false,
} as const satisfies RuleInfo

const remarkLintNoPlaceholders = templateRule<Settings, Options>(
  { ...meta, keys: ['allow', 'patterns', 'strict'], read: readOptions },
  (tree, file, options) => {
    // required-sections reports a template that cannot be used.
    const template = usableTemplate(tree, file, options)
    if (!template) return

    const source = markdownSource(file.value)
    const parts = proseRanges(tree, source)
    const choices = choiceFields(template)
    const found: Offsets[] = []

    // Placeholders in prose, in the syntaxes the template writes (`[x]`,
    // `{x}`, `<x>`). `spans` keeps every placeholder, allowed or not, so a
    // pattern match inside one is not reported again.
    const spans: SourceRange[] = []
    const own = new Set(template.placeholders.map((placeholder) => placeholder.text))
    for (const syntax of delimited.filter((candidate) => template.syntaxes.includes(candidate))) {
      // `<feature name>` alone is HTML to Markdown.
      const where = syntax === 'angle' ? mergeRanges(parts.texts, parts.html) : parts.texts
      for (const text of where) {
        for (const span of delimitedSpansOf(syntax, source, text.start, text.end)) {
          if (!isPlaceholderSpan(syntax, span.inner) || (syntax === 'square' && parts.taskBoxes.has(span.start))) continue
          spans.push(span)
          const written = source.slice(span.start, span.end)
          if (isAllowed(options.allow, written, span.inner)) continue
          if (!options.strict && !own.has(written) && !standsAlone(source, span)) continue
          const allowed = choices.get(written)
          found.push({
            start: span.start,
            end: span.end,
            reason: `Unexpected placeholder ${inlineCode(written)}: ${allowed ? `replace it with one of ${oneOf(allowed)}` : fix}`,
          })
        }
      }
    }

    // Masks the template writes (`NNNN`, `yyyy-mm-dd`), left as they are in prose.
    for (const syntax of (['number-mask', 'date-mask'] as const).filter((mask) => template.syntaxes.includes(mask))) {
      for (const text of parts.texts) {
        for (const match of source.slice(text.start, text.end).matchAll(maskExpressions[syntax])) {
          const start = text.start + match.index
          const written = match[0]
          // Lower case `nnn`/`xxx` in a doc is a word, not a mask; a date
          // mask in a sentence names a format (`today's date, YYYY-MM-DD`).
          if (syntax === 'number-mask' && written !== written.toUpperCase()) continue
          if (syntax === 'date-mask' && !standsAlone(source, { start, end: start + written.length })) continue
          if (isAllowed(options.allow, written, written)) continue
          spans.push({ start, end: start + written.length })
          found.push({ start, end: start + written.length, reason: `Unexpected placeholder ${inlineCode(written)}: ${fix}` })
        }
      }
    }

    // Sorted for `withinRanges` below; a mask never overlaps a bracket span it is not inside.
    spans.sort((a, b) => a.start - b.start)

    // The template's own placeholders, verbatim, in code.
    if (own.size > 0) {
      for (const block of parts.code) {
        for (const span of delimited.flatMap((syntax) => [...delimitedSpansOf(syntax, source, block.start, block.end, false)])) {
          const written = source.slice(span.start, span.end)
          if (!own.has(written) || isAllowed(options.allow, written, written.slice(1, -1))) continue
          found.push({
            start: span.start,
            end: span.end,
            reason: `Unexpected template placeholder ${inlineCode(written)} left in code: ${fix}`,
          })
        }
      }
    }

    // Extra patterns, searched per block of prose so that a match may run
    // across inline code (`(fill me in with `a_name`)`), but reported only
    // where it starts in text.
    if (options.patterns.length > 0) {
      for (const run of parts.runs) {
        const slice = source.slice(run.start, run.end)
        for (const pattern of options.patterns) {
          for (const match of pattern.matches(slice)) {
            const start = run.start + match.index
            const end = start + match.text.length
            if (!withinRanges(parts.texts, start) || withinRanges(spans, start)) continue
            if (isAllowed(options.allow, match.text, match.text)) continue
            found.push({ start, end, reason: `Unexpected ${inlineCode(match.text)}: ${fix}` })
          }
        }
      }
    }

    found.push(...frontMatterLeftovers(template, tree, source, options.allow))
    report(file, source, found)
  },
)

export default remarkLintNoPlaceholders

const fix = "replace it with the doc's own text"

const delimited = ['square', 'curly', 'angle'] as const

/** Two sorted lists of ranges as one, in source order. */
function mergeRanges(a: readonly SourceRange[], b: readonly SourceRange[]): SourceRange[] {
  return b.length === 0 ? [...a] : [...a, ...b].sort((x, y) => x.start - y.start)
}

/** A finding by source offsets, placed when it is reported. */
interface Offsets extends SourceRange {
  reason: string
}

/**
 * Front-matter values and list items left as the template wrote them
 * (`status: provisional|implementable`, `- TBD`), where the template's
 * value is one to replace rather than a default to keep (`mustReplace`).
 */
function frontMatterLeftovers(template: DocTemplate, tree: Root, source: string, allow: Allow): Offsets[] {
  if (template.frontMatter.length === 0) return []
  const frontMatter = readFrontMatter(tree, source)
  if (!frontMatter) return []
  const keys = new Map(template.frontMatter.map((key) => [key.key, key]))
  const found: Offsets[] = []
  for (const entry of frontMatter.entries) {
    const key = keys.get(entry.key)
    if (!key) continue
    const left = (written: string, range: SourceRange) => {
      if (isAllowed(allow, written, bareValue(written))) return
      found.push({ ...range, reason: `Front-matter key ${inlineCode(entry.key)} still has the template's ${inlineCode(written)}: ${fix}` })
    }
    if (entry.valueRange && entry.items.length === 0) {
      const unchanged = mustReplace(key.value) && sameValue(entry.value, key.value)
      if (key.choices && !unchanged && listsChoices(entry.value, key.choices)) {
        found.push({ ...entry.valueRange, reason: `Front-matter key ${inlineCode(entry.key)} lists choices ${inlineCode(entry.value)}: keep the one that applies` })
      } else if (unchanged) left(entry.value, entry.valueRange)
    }
    for (const item of entry.items) {
      if (key.items.some((value) => mustReplace(value) && sameValue(item.text, value))) left(item.text, item.range)
    }
  }
  return found
}

/** `[Low/Medium/High]` to its values, for the template's choice fields. */
function choiceFields(template: DocTemplate): Map<string, string[]> {
  const choices = new Map<string, string[]>()
  for (const field of template.fields) {
    if (field.allowed) choices.set(field.value, field.allowed)
  }
  return choices
}

function isAllowed(allow: Allow, written: string, inner: string): boolean {
  if (allow.exact.has(written) || allow.exact.has(inner.trim())) return true
  return allow.expressions.some((expression) => expression.test(written) || expression.test(inner))
}

/** Emit findings in document order, positions computed from the source. */
function report(file: VFile, source: string, found: Offsets[]): void {
  if (found.length === 0) return
  const finder = positionFinder(source)
  reportFindings(
    file,
    found.map((finding) => ({ place: finder.position(finding.start, finding.end), reason: finding.reason })),
  )
}

/** Check and compile the rule's own options; throws `OptionError`. */
function readOptions(options: TemplateOptions & Record<string, unknown>): Settings {
  const allow: Allow = { exact: new Set(), expressions: [] }
  for (const entry of stringList('allow', options.allow)) {
    const expression = regexOption('allow', entry)
    if (expression) allow.expressions.push(expression)
    else allow.exact.add(entry.trim())
  }
  const patterns: Search[] = []
  for (const entry of stringList('patterns', options.patterns)) {
    const expression = regexOption('patterns', entry)
    if (expression && expression.test('')) {
      throw new OptionError(
        `Unexpected value ${show(entry)} in option \`patterns\` of \`${id}\`: expected a regular expression that cannot match empty text`,
      )
    }
    patterns.push(expression ?? wholeWord(entry.trim()))
  }
  expectBoolean(id, 'strict', options.strict)
  const { template, templates, files, placeholderSyntax, allowTemplatesOutsideProject, base } = options
  return { template, templates, files, placeholderSyntax, allowTemplatesOutsideProject, base, allow, patterns, strict: options.strict ?? false }
}

function stringList(name: string, value: unknown): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string' && entry.trim() !== '')) {
    throw new OptionError(
      `Unexpected value ${show(value)} for option \`${name}\` of \`${id}\`: expected an array of non-empty strings (text, or \`/regex/flags\`)`,
    )
  }
  return value as string[]
}

/** RE2 flags for JavaScript's: `g` and `y` mean nothing here, `u` is always on. */
const flagBits: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL, g: 0, y: 0, u: 0 }

/**
 * `/source/flags` as a linear-time search; undefined for a plain string.
 * RE2 syntax: what JavaScript has but linear time cannot (backreferences,
 * lookahead and lookbehind) is refused when the option is read.
 */
function regexOption(name: string, entry: string): Search | undefined {
  const match = /^\/(.+)\/([a-z]*)$/su.exec(entry.trim())
  if (!match) return undefined
  let flags = 0
  for (const flag of match[2]!) {
    const bit = flagBits[flag]
    if (bit === undefined) {
      throw new OptionError(
        `Unexpected value ${show(entry)} in option \`${name}\` of \`${id}\`: expected a valid \`/regex/flags\` (flag \`${flag}\` is not supported; use i, m, s, u, g or y)`,
      )
    }
    flags |= bit
  }
  let compiled: RE2JS
  try {
    compiled = RE2JS.compile(match[1]!, flags)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    throw new OptionError(
      `Unexpected value ${show(entry)} in option \`${name}\` of \`${id}\`: expected a valid \`/regex/flags\` in RE2 syntax, which runs in linear time (no backreferences or lookaround): ${why}`,
    )
  }
  return {
    *matches(text) {
      const matcher = compiled.matcher(text)
      while (matcher.find()) {
        if (matcher.end() > matcher.start()) yield { index: matcher.start(), text: matcher.group() ?? '' }
      }
    },
    test: (text) => compiled.matcher(text).find(),
  }
}

/** A literal matched as a whole word where it starts or ends with one: our own expression, linear. */
function wholeWord(literal: string): Search {
  const word = /[\p{L}\p{N}_]/u
  const chars = [...literal]
  const escaped = escapeRegExp(literal)
  const before = word.test(chars[0] ?? '') ? '(?<![\\p{L}\\p{N}_])' : ''
  const after = word.test(chars.at(-1) ?? '') ? '(?![\\p{L}\\p{N}_])' : ''
  const expression = new RegExp(`${before}${escaped}${after}`, 'gu')
  return {
    *matches(text) {
      for (const match of text.matchAll(expression)) yield { index: match.index, text: match[0] }
    },
    test: (text) => {
      expression.lastIndex = 0
      return expression.test(text)
    },
  }
}
