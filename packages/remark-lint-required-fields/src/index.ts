/**
 * remark-lint rule: the document has every field its template has, with a
 * value the template allows.
 *
 * The template is the schema: its `**Label**: value` lines (and `- Label:
 * value` list items, as in an RFC's front list) are fields. This rule
 * reports:
 * - a field that is missing (in its section, when the template has it in
 *   one), or whose label is misspelled (with a did-you-mean);
 * - a field left empty;
 * - a value outside `[A/B/C]` choices (case does not matter), with a
 *   did-you-mean for a near miss (`Hgh` → `High`);
 * - a value that is not a date where the template asks for one (`[Date]`,
 *   or a format such as `YYYY-MM-DD` in the template's value);
 * - a value that disagrees with what the same placeholder stands for
 *   elsewhere: `**Feature**: [Feature Name]` must name the feature the
 *   title `# Implementation Notes - [Feature Name]` names.
 * A value that still holds a placeholder is left to no-placeholders, and a
 * field under a missing section to required-sections.
 *
 * Where one edit fixes it (a misspelled label, a near-miss choice, a value
 * that must equal the title's), the message's `expected` holds the text
 * that replaces its range, which editors offer as a quick fix.
 */
import type { Root } from 'mdast'
import {
  alignDocument,
  documentFields,
  editDistance,
  firstEndingAfter,
  inlineCode,
  isPlaceholderInner,
  bracketSpans,
  containsPlaceholder,
  markdownSource,
  misspellingLimit,
  normalizePlainText,
  oneOf,
  positionFinder,
  proseRanges,
  sectionExtent,
  showSection,
  type DocTemplate,
  type DocumentAlignment,
  type FieldLine,
  type PositionFinder,
  type ProseRanges,
  type SourceRange,
  type TemplateField,
} from '@feature-docs/doc-template'
import {
  documentStart,
  OptionError,
  reportFindings,
  show,
  templateRule,
  usableTemplate,
  type Finding,
  type TemplateOptions,
  lineEndOf,
  lineEnding,
  lineStartOf,
  placeBlocks,
  nextLineStart,
  withLineEnding,
  type ProposedFix,
  ruleUrl,
  templateFound,
  type RuleInfo,
} from '@feature-docs/rule-kit'
import type { Position } from 'unist'
import { nearest, sameWord } from './choices.js'
import { compileDateFormat, dateFormatIn, isDateField, readDate, type DateFormat } from './dates.js'
import { frontMatterFindings } from './front-matter.js'

export type Options = TemplateOptions & {
  /**
   * The formats a date field accepts, from the tokens `YYYY`, `MM`, `M`,
   * `DD`, `D`, `MMM` (`Nov`) and `MMMM` (`November`); anything else is
   * literal. Default: the format the template's value names, else
   * `YYYY-MM-DD`.
   */
  dateFormat?: string | string[] | undefined
}

/** The options as `read` checked and compiled them. */
interface Settings extends TemplateOptions {
  dateFormats: DateFormat[] | undefined
}

const id = 'required-fields'

/**
 * The rule as the preset, the command line's reports (SARIF) and the
 * readmes' rule tables describe it; the plugin below is made from it.
 */
export const meta = {
  id,
  url: ruleUrl(id),
  description:
    "Every template **Field**: is there, filled in, with one of its [A/B/C] choices, a date where it wants one, and the same value as the title's for the same placeholder.",
  fullDescription:
    "Each `**Label**: value` line, `- Label: value` item and front-matter key of the template is a field the doc must have. Reported: a missing field, a misspelled label, a field left empty, a value outside the template's `[A/B/C]` choices, a value that is no date where the template asks for one, and a value that disagrees with what the same placeholder stands for in the title. A field is looked for in the section the template has it in. A value that is still a placeholder is left to `no-placeholders`. " +
    templateFound,
  fix: "Add the field with its value, correct the label, or write a value the template allows (one of its choices, a date in its format, the title's value). `feature-docs --fix` inserts missing fields and front-matter keys and corrects misspelled labels and near-miss choices.",
  fixable: true,
} as const satisfies RuleInfo
const iso = compileDateFormat('YYYY-MM-DD')!

const remarkLintRequiredFields = templateRule<Settings, Options>(
  { ...meta, keys: ['dateFormat'], read: readOptions },
  (tree, file, options) => {
    // A template that cannot be used is required-sections' to report.
    const template = usableTemplate(tree, file, options)
    if (!template || (template.fields.length === 0 && template.frontMatter.length === 0)) return

    const source = markdownSource(file.value)
    const found: Finding[] = frontMatterFindings(template, tree, source, positionFinder(source), options.dateFormats)
    const context: Context = {
      template,
      tree,
      source,
      alignment: alignDocument(template, tree),
      fields: documentFields(tree, source),
      prose: proseRanges(tree, source),
      finder: positionFinder(source),
      options,
      claimed: new Set(),
      values: new Map(),
    }
    const labels = new Set(template.fields.map((field) => field.normalizedLabel))
    let previous: { field: TemplateField; line: FieldLine } | undefined
    const lines = new Map<TemplateField, FieldLine>()
    const absent: Array<{ field: TemplateField; region: Region; finding: Finding }> = []
    for (const field of template.fields) {
      const region = regionOf(field, context)
      if (!region) continue
      const line = findField(field, region, labels, context, found)
      if (line) {
        lines.set(field, line)
        found.push(...checkValue(field, line, context))
      } else {
        const after = previous && previous.field.section === field.section ? previous.line : undefined
        const finding = missing(field, after, region, context)
        absent.push({ field, region, finding })
        found.push(finding)
      }
      if (line) previous = { field, line }
    }
    // Once every field is found, each missing one knows its neighbours.
    const alone: ProposedFix[] = []
    for (const { field, region, finding } of absent) {
      const inserted = insertField(field, region, lines, context)
      finding.fix = inserted.fix
      if (inserted.alone) alone.push(inserted.fix)
    }
    // Fields inserted at one place make one paragraph, a line each, as the template writes them.
    placeBlocks(alone, source, true)
    reportFindings(file, found)
  },
)

export default remarkLintRequiredFields

/** What the checks of one document share. */
interface Context {
  template: DocTemplate
  tree: Root
  source: string
  alignment: DocumentAlignment
  /** Every field line of the document. */
  fields: FieldLine[]
  prose: ProseRanges
  finder: PositionFinder
  options: Settings
  /** The document's fields by normalised label (see `byLabel`). */
  byLabel?: Map<string, FieldLine[]>
  /** Document field lines already taken by a template field. */
  claimed: Set<FieldLine>
  /** What each placeholder stood for in the first field that filled it. */
  values: Map<string, { value: string; label: string }>
}

/** Where in the document a template field is looked for. */
interface Region {
  range: SourceRange
  /** Where a missing field is reported when no field before it is found. */
  place: Position
}

/**
 * A field in a section is looked for in that section (its subsections
 * included); a field outside any section anywhere. Undefined when the
 * section is missing: required-sections reports that once.
 */
function regionOf(field: TemplateField, context: Context): Region | undefined {
  const { tree, template } = context
  if (field.section) {
    const heading = context.alignment.sections[field.section.index]?.heading
    if (!heading) return undefined
    const extent = sectionExtent(tree, heading)
    return { range: { start: extent.offsets.start, end: extent.offsets.end }, place: heading.position! }
  }
  const end = tree.position?.end ?? { line: 1, column: 1, offset: 0 }
  const firstSection = template.allSections[0]?.position.start.offset ?? Number.POSITIVE_INFINITY
  // A front list of fields is missing at the top, a footer at the bottom.
  const place = field.position.start.offset! < firstSection ? documentStart(tree) : { start: end, end }
  return { range: { start: 0, end: end.offset ?? context.source.length }, place }
}

/**
 * The document's field for a template field: the first with the same
 * label in its region; else a `**bold**` label in the region close enough
 * to be a misspelling of it (and no template label itself), which is
 * reported with the fix.
 */
function findField(
  field: TemplateField,
  region: Region,
  labels: Set<string>,
  context: Context,
  found: Finding[],
): FieldLine | undefined {
  const inRegion = (line: FieldLine) =>
    !context.claimed.has(line) && line.lineRange.start >= region.range.start && line.lineRange.end <= region.range.end
  let line = byLabel(context).get(field.normalizedLabel)?.find(inRegion)
  if (!line) {
    const limit = misspellingLimit(field.normalizedLabel)
    let best = limit + 1
    for (const candidate of context.fields) {
      if (candidate.style !== 'strong' || !inRegion(candidate) || labels.has(candidate.normalizedLabel)) continue
      const distance = editDistance(candidate.normalizedLabel, field.normalizedLabel, limit)
      if (distance < best) {
        best = distance
        line = candidate
      }
    }
    if (line) {
      found.push({
        place: context.finder.position(line.labelRange.start, line.labelRange.end),
        reason: `Field ${inlineCode(line.label)} does not match the template: did you mean ${inlineCode(field.label)}?`,
        expected: field.label,
      })
    }
  }
  if (line) context.claimed.add(line)
  return line
}

/** The template's value says the field may be left empty: `(leave this empty)`, `leave blank`. */
function maySayEmpty(field: TemplateField): boolean {
  return /\bleave (?:this |it )?(?:empty|blank)\b/iu.test(field.value)
}

/** The document's fields by normalised label, built on first use. */
function byLabel(context: Context): Map<string, FieldLine[]> {
  if (!context.byLabel) {
    context.byLabel = new Map()
    for (const line of context.fields) {
      const list = context.byLabel.get(line.normalizedLabel)
      if (list) list.push(line)
      else context.byLabel.set(line.normalizedLabel, [line])
    }
  }
  return context.byLabel
}

function missing(field: TemplateField, after: FieldLine | undefined, region: Region, context: Context): Finding {
  const where = field.section ? ` in ${showSection(field.section)}` : ''
  return {
    place: after ? context.finder.position(after.lineRange.start, after.lineRange.end) : region.place,
    reason: `Missing field ${inlineCode(field.label)}${where}: the template has ${inlineCode(templateLine(field, context.template))}`,
  }
}

/**
 * The fix for a missing field: the template's line for it, with its
 * placeholder value, on a line of its own after the field before it that
 * the doc has (or before the field after it), written as that field is
 * (list marker, quote, hard break); else as a paragraph of its own where
 * the template has it: at the end of its section's own content, or at the
 * top or the bottom of the doc.
 */
function insertField(
  field: TemplateField,
  region: Region,
  lines: Map<TemplateField, FieldLine>,
  context: Context,
): { fix: ProposedFix; alone: boolean } {
  const { source, template, tree } = context
  const eol = lineEnding(source)
  const text = withLineEnding(templateLine(field, template), eol)
  const fix = (start: number, inserted: string, alone = false) => ({
    fix: { kind: 'insert', title: `Insert missing field ${inlineCode(text)}`, start, end: start, text: inserted, order: field.position.start.offset! } satisfies ProposedFix,
    alone,
  })
  const siblings = template.fields.filter((other) => other.section === field.section)
  const at = siblings.indexOf(field)
  const previous = siblings.slice(0, at).reverse().find((other) => lines.has(other))
  if (previous) {
    const line = lines.get(previous)!
    const end = lineEndOf(source, line.lineRange.end)
    const prefix = source.slice(lineStartOf(source, line.lineRange.start), line.lineRange.start)
    const after = nextLineStart(source, end)
    const next = source.slice(after, lineEndOf(source, after))
    return fix(end, `${eol}${prefix}${text}${hardBreak(source.slice(line.lineRange.start, end), next.trim() !== '')}`)
  }
  const following = siblings.slice(at + 1).find((other) => lines.has(other))
  if (following) {
    const line = lines.get(following)!
    const start = lineStartOf(source, line.lineRange.start)
    const prefix = source.slice(start, line.lineRange.start)
    return fix(start, `${prefix}${text}${hardBreak(source.slice(line.lineRange.start, lineEndOf(source, line.lineRange.end)), true)}${eol}`)
  }
  const templatePrefix = template.source.slice(lineStartOf(template.source, field.position.start.offset!), field.position.start.offset!)
  const block = `${templatePrefix.trimStart()}${text}`
  let start: number
  if (field.section) {
    const heading = context.alignment.sections[field.section.index]!.heading!
    const next = tree.children[sectionExtent(tree, heading).ownEnd]
    start = next ? lineStartOf(source, next.position!.start.offset!) : source.length
  } else if (region.place.start.offset === region.range.end) {
    start = source.length
  } else {
    // A front list: under the title, else after front matter, else first.
    const title = tree.children.find((node) => node.type === 'heading')
    const matter = tree.children[0]?.type === 'yaml' || (tree.children[0]?.type as string) === 'toml' ? tree.children[0] : undefined
    const after = title?.type === 'heading' && title.depth === 1 ? title : matter
    start = after ? nextLineStart(source, after.position!.end.offset!) : 0
  }
  // A bare line until `placeBlocks` sets it apart from what is around.
  return fix(start, block, true)
}

/**
 * The hard break a new line copies from its neighbour's line: trailing
 * spaces always, a backslash only when a line follows it in the paragraph
 * (at the end of one it would show).
 */
function hardBreak(line: string, followed: boolean): string {
  if (/\S {2,}$/u.test(line)) return '  '
  return followed && /\\$/u.test(line) ? '\\' : ''
}

/** Everything wrong with a present field's value. */
function checkValue(field: TemplateField, line: FieldLine, context: Context): Finding[] {
  const { finder } = context
  const value = valueText(line, context)
  const label = inlineCode(field.label)
  if (value.text === '') {
    // A link or a bare URL is a value (prose ranges leave links out), and
    // a template that says `(leave this empty)` lets the field stay empty.
    if (context.source.slice(line.valueRange.start, line.valueRange.end).trim() !== '' || maySayEmpty(field)) return []
    return [{ place: finder.position(line.lineRange.start, line.lineRange.end), reason: `Field ${label} is empty: the template expects ${expectation(field, context)}` }]
  }
  // A placeholder left in the value is no-placeholders' to report.
  if (value.placeholder) return []
  const place = finder.position(line.valueRange.start, line.valueRange.end)
  const written = inlineCode(context.source.slice(line.valueRange.start, line.valueRange.end))

  if (field.allowed) {
    const lead = leadingWord(value)
    if (lead && field.allowed.some((allowed) => sameWord(allowed, lead.text))) return []
    const near = lead && nearest(lead.text, field.allowed)
    if (lead && near) {
      return [{ place: finder.position(lead.start, lead.end), reason: `Field ${label} has ${inlineCode(lead.text)}: did you mean ${inlineCode(near)}?`, expected: near }]
    }
    return [{ place, reason: `Field ${label} has ${written}: expected ${oneOf(field.allowed)}` }]
  }

  if (isDateField(field)) {
    const formats = dateFormats(field, context)
    const date = readDate(value.text, formats)
    if (date === 'valid') return []
    const why = date === 'impossible' ? ', which is not a calendar date' : ''
    return [{ place, reason: `Field ${label} has ${written}${why}: expected a date as ${formatList(formats)}` }]
  }

  if (field.placeholder) return agreement(field, line, value.text, context)
  return []
}

/**
 * A value standing for a placeholder the title (or an earlier field)
 * filled must say the same, case and spacing aside.
 */
function agreement(field: TemplateField, line: FieldLine, value: string, context: Context): Finding[] {
  const placeholder = field.placeholder!
  const title = context.alignment.title
  let fromTitle = title?.status === 'matched' ? title.values.get(normalizePlainText(placeholder)) : undefined
  // A title that still reads `[Feature Name]` is no-placeholders' to report.
  if (fromTitle !== undefined && containsPlaceholder(fromTitle)) fromTitle = undefined
  const earlier = context.values.get(placeholder)
  if (fromTitle === undefined && earlier === undefined) {
    context.values.set(placeholder, { value, label: field.label })
    return []
  }
  const reference = fromTitle ?? earlier!.value
  if (normalizePlainText(reference) === normalizePlainText(value)) return []
  const where = fromTitle !== undefined ? 'the title has' : `field ${inlineCode(earlier!.label)} has`
  return [
    {
      place: context.finder.position(line.valueRange.start, line.valueRange.end),
      reason: `Field ${inlineCode(field.label)} has ${inlineCode(value)}, but ${where} ${inlineCode(reference)} for ${inlineCode(placeholder)}: use the same value in both`,
      expected: reference,
      // Which of the two is right is a guess: offered, applied only when asked for.
      guess: `Use ${inlineCode(reference)}`,
    },
  ]
}


/** What a template field wants, in words. */
function expectation(field: TemplateField, context: Context): string {
  if (field.allowed) return oneOf(field.allowed)
  if (isDateField(field)) return `a date as ${formatList(dateFormats(field, context))}`
  return inlineCode(field.value)
}

function dateFormats(field: TemplateField, context: Context): DateFormat[] {
  return context.options.dateFormats ?? [dateFormatIn(field.value) ?? iso]
}

/** A value's text (Markdown syntax left out) and whether it holds a placeholder. */
interface ValueText {
  text: string
  placeholder: boolean
  /** The text's pieces with where each starts in the source. */
  pieces: Array<{ text: string; start: number }>
}

/**
 * The text of a field's value: the document's text and code inside the
 * value's range, so `**High**`, `` `High` `` and `[Offline Sync](url)` read
 * as `High`, `High` and `Offline Sync`.
 */
function valueText(line: FieldLine, context: Context): ValueText {
  const { start, end } = line.valueRange
  const pieces: ValueText['pieces'] = []
  let placeholder = false
  const add = (range: SourceRange, code: boolean) => {
    let from = Math.max(range.start, start)
    let to = Math.min(range.end, end)
    if (from >= to) return
    if (code) {
      while (from < to && context.source[from] === '`') from++
      while (to > from && context.source[to - 1] === '`') to--
    }
    if (!code) {
      for (const span of bracketSpans(context.source, from, to)) {
        if (isPlaceholderInner(span.inner) && !context.prose.taskBoxes.has(span.start)) placeholder = true
      }
    }
    pieces.push({ text: context.source.slice(from, to), start: from })
  }
  for (const range of overlapping(context.prose.texts, start, end)) add(range, false)
  for (const range of overlapping(context.prose.code, start, end)) add(range, true)
  pieces.sort((a, b) => a.start - b.start)
  return { text: pieces.map((piece) => piece.text).join('').trim(), placeholder, pieces }
}

/** Ranges of a sorted list that overlap `start`-`end`. */
function overlapping(ranges: readonly SourceRange[], start: number, end: number): SourceRange[] {
  const result: SourceRange[] = []
  for (let index = firstEndingAfter(ranges, start); index < ranges.length && ranges[index]!.start < end; index++) result.push(ranges[index]!)
  return result
}

/** The value's first word and where it is, for a did-you-mean. */
function leadingWord(value: ValueText): { text: string; start: number; end: number } | undefined {
  const piece = value.pieces.find((candidate) => candidate.text.trim() !== '')
  if (!piece) return undefined
  const match = /^(\s*)([\p{L}\p{N}][\p{L}\p{N}_-]*)(?=$|[\s.,;:()])/u.exec(piece.text)
  if (!match) return undefined
  const start = piece.start + match[1]!.length
  return { text: match[2]!, start, end: start + match[2]!.length }
}

/** The template's line for a field, as written: `**Risk Level**: [Low/Medium/High]`. */
function templateLine(field: TemplateField, template: DocTemplate): string {
  return template.source.slice(field.position.start.offset, field.position.end.offset).replace(/[ \t\\]+$/u, '')
}

function formatList(formats: DateFormat[]): string {
  return oneOf(formats.map((format) => format.text))
}

/** Check and compile the rule's own option; throws `OptionError`. */
function readOptions(options: TemplateOptions & Record<string, unknown>): Settings {
  const { dateFormat, template, templates, files, placeholderSyntax, allowTemplatesOutsideProject, base } = options
  let dateFormats: DateFormat[] | undefined
  if (dateFormat !== undefined) {
    const list = Array.isArray(dateFormat) ? dateFormat : [dateFormat]
    dateFormats = list.map((entry) => (typeof entry === 'string' ? compileDateFormat(entry) : undefined)) as DateFormat[]
    if (list.length === 0 || dateFormats.some((format) => format === undefined)) {
      throw new OptionError(
        `Unexpected value ${show(dateFormat)} for option \`dateFormat\` of \`${id}\`: expected a date format with \`YYYY\`, a month (\`MM\`, \`M\`, \`MMM\` or \`MMMM\`) and a day (\`DD\` or \`D\`), such as "YYYY-MM-DD", or an array of them`,
      )
    }
  }
  return { template, templates, files, placeholderSyntax, allowTemplatesOutsideProject, base, dateFormats }
}
