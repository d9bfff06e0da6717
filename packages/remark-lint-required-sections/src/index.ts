/**
 * remark-lint rule: the document has every section its template has.
 *
 * The template is the schema: its headings are the required sections. This
 * rule reports each section that is missing, at the wrong heading level,
 * under the wrong parent, misspelled, or out of template order, and a
 * document title that does not match the template's title. A missing
 * section's subsections are not reported again; sections marked optional
 * in the template may be left out; extra sections are allowed.
 *
 * Where one edit fixes the problem (a heading's level or spelling), the
 * message's `expected` holds the corrected heading line, which editors
 * offer as a quick fix.
 */
import type { Heading, Root } from 'mdast'
import {
  alignDocument,
  headingLine,
  inlineCode,
  markdownSource,
  showHeading,
  showSection,
  TemplateError,
  type DocTemplate,
  type SectionAlignment,
  type TemplateSection,
  editDistance,
  headingSource,
  headingKey,
  normalizeHeading,
  sectionText,
  cachedPerObject,
  cachedPerPair,
} from '@feature-docs/doc-template'
import {
  pinMessage,
  documentStart,
  reportFindings,
  templateForFile,
  templateRule,
  type Finding,
  type TemplateOptions,
  placeBlocks,
  lineEnding,
  lineStartOf,
  type ProposedFix,
  ruleUrl,
  templateFound,
  type RuleInfo,
} from '@feature-docs/rule-kit'
import { relative } from 'node:path'
import type { Position } from 'unist'

export type Options = TemplateOptions

const id = 'required-sections'

/**
 * The rule as the preset, the command line's reports (SARIF) and the
 * readmes' rule tables describe it; the plugin below is made from it.
 */
export const meta = {
  id,
  url: ruleUrl(id),
  description:
    'Every template section is there, at the right level, under the right parent, spelled right and in order; the title matches the template title.',
  fullDescription:
    "The template's headings are the sections a doc must have. Reported: a missing section (once, with its subsections), a heading at the wrong level or under the wrong parent, a misspelled or renamed heading (with the template's heading), a section out of order, and a title that does not match the template's title. Headings match regardless of case, emphasis, code, links, closing `#`s, a trailing colon and a leading section number; extra sections are allowed, and a section the template marks optional may be left out. " +
    templateFound,
  fix: "Add the missing section where the template has it, or rename, re-level or move the heading as the message says. `feature-docs --fix` inserts missing sections and corrects misspelled headings and heading levels; it moves sections and applies guessed renames only when `--fix-type` names `move` or `guess`.",
  fixable: true,
} as const satisfies RuleInfo

const remarkLintRequiredSections = templateRule<Options>(
  meta,
  (tree, file, options) => {
    const source = markdownSource(file.value)
    const found: Finding[] = []
    let selection
    try {
      selection = templateForFile(tree, file, options)
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error
      reportFindings(file, [{ place: frontMatterPlace(tree), reason: error.message }])
      return
    }
    const template = selection.template
    if (!template) {
      if (selection.misfit) {
        const { glob, candidates } = selection.misfit
        const names = candidates.map((candidate) => `\`${candidate.name ?? relative(file.cwd, candidate.path ?? '').split('\\').join('/')}\``)
        const which = names.length === 1 ? `its template ${names[0]}` : `any of its templates (${names.join(', ')})`
        const message = file.message(
          `Not checked: the \`files\` entry \`${glob}\` names this doc, but it has neither the title nor a section of ${which}: write it from the template, or leave it out of the glob`,
          { place: documentStart(tree) },
        )
        // An error, whatever the rule's severity: a doc that should be checked and is not.
        pinMessage(message, { fatal: true })
        return
      }
      if (selection.near) {
        const { heading, template: near } = selection.near
        found.push({
          place: heading.position,
          reason: `Title ${showHeading(heading, source)} is close to the title of template \`${near.name ?? near.path}\`, ${expectedTitle(near)}: fix the title, or name the template in front matter (\`template: ${near.name ?? near.path}\`), so this doc is checked`,
        })
      }
      reportFindings(file, found)
      return
    }

    const alignment = alignDocument(template, tree)
    const title = alignment.title
    if (title?.status === 'missing') {
      // A free title (`# RFC title`) stands for the doc's own: any H1 will do.
      const expected = template.title!.free ? `a title of the doc's own, where it has ${expectedTitle(template)}` : expectedTitle(template)
      found.push({ place: documentStart(tree), reason: `Missing title: the template expects ${expected}` })
    } else if (title?.status === 'mismatch') {
      found.push({
        place: title.heading!.position,
        reason: `Title ${showHeading(title.heading!, source)} does not match the template title ${expectedTitle(template)}`,
      })
    }

    for (const section of alignment.sections) {
      const finding = describeSection(section, alignment.sections, template, tree, source, alignment.depthOffset)
      if (finding) found.push(finding)
    }
    // Each inserted section is a bare block until set apart from what is around it.
    placeBlocks(found.flatMap((finding) => (finding.fix?.kind === 'insert' ? [finding.fix] : [])), source)
    reportFindings(file, found)
  },
)

export default remarkLintRequiredSections

function describeSection(
  alignment: SectionAlignment,
  all: SectionAlignment[],
  template: DocTemplate,
  tree: Root,
  source: string,
  offset: number,
): Finding | undefined {
  const { section, heading } = alignment
  // Template headings as this doc writes them: `offset` levels deeper under a title of its own.
  const show = (shown: TemplateSection) => showSection(shown, offset)
  switch (alignment.status) {
    case 'matched':
      return undefined
    case 'missing': {
      if (section.optional || alignment.parentMissing) return undefined
      const parentHeading = alignment.parent?.heading
      const titleHeading = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1)
      const below = missingBelow(alignment, all)
      const what = below > 0 ? `${show(section)} and its ${plural(below, 'subsection')}` : show(section)
      return {
        place: parentHeading?.position ?? (template.title || offset > 0 ? titleHeading?.position : undefined) ?? documentStart(tree),
        reason: `Missing section ${what}${section.parent ? ` under ${show(section.parent)}` : ''}: the template expects it ${placeInTemplate(section, template, offset)}`,
        fix: insertSection(alignment, all, template, tree, source, offset),
      }
    }
    case 'wrong-level':
      return {
        place: heading!.position,
        reason: `Heading ${showHeading(heading!, source)} is at level ${heading!.depth}: the template has ${show(section)} at level ${section.depth + offset}`,
        ...changeLevel(alignment, all, tree, source, offset),
      }
    case 'wrong-place':
      return {
        place: heading!.position,
        reason: `Section ${showHeading(heading!, source)} is ${docParent(alignment, tree, source, template, offset)}: the template has it ${section.parent ? `under ${show(section.parent)}` : 'at the top level'}`,
      }
    case 'renamed': {
      // A guess at what the author meant: offered, applied only when asked for.
      const text = writtenHeading(section, offset)
      return {
        place: heading!.position,
        reason:
          alignment.renamedBy === 'words'
            ? `Heading ${showHeading(heading!, source)} looks like the template's ${show(section)}: name it so if it is that section; if not, that section is missing`
            : `Heading ${showHeading(heading!, source)} stands where the template has ${show(section)}: name it so if it is that section; if not, that section is missing`,
        expected: text,
        guess: `Rename to ${inlineCode(text)}`,
      }
    }
    case 'misspelled': {
      // A level that differs too changes in the same edit when that is safe and moves no
      // subsection; else the spelling only, and the level (when safe) once the text matches.
      const levelToo = heading!.depth === section.depth + offset || changeLevel(alignment, all, tree, source, offset).expected !== undefined
      const text = writtenHeading(section, levelToo ? offset : heading!.depth - section.depth)
      return {
        place: heading!.position,
        reason: `Heading ${showHeading(heading!, source)} does not match the template: did you mean ${show(section)}?`,
        expected: text,
        // A word written another way is a slip; a word replaced (`Dev Preview` for `Tech Preview`) may be meant.
        guess: slipOf(heading!, section) ? undefined : `Rename to ${inlineCode(text)}`,
      }
    }
    case 'out-of-order': {
      const neighbour = alignment.after
        ? `after ${show(alignment.after.section)}`
        : `before ${show(alignment.before!.section)}`
      return {
        place: heading!.position,
        reason: `Section ${showHeading(heading!, source)} is out of order: the template has it ${neighbour}`,
        fix: moveSection(alignment, tree, source, offset, neighbour),
      }
    }
  }
}

/** Statuses of a parent that is surely the section's parent. */
const sureParent = new Set(['matched', 'misspelled', 'out-of-order'])

/** Statuses whose heading stands under the right parent, at its level: a missing sibling can follow it. */
const anchored = new Set(['matched', 'misspelled', 'renamed'])

/**
 * Whether a misspelled heading is a slip of the template's: every word of
 * each is in the other, written close (`Procedures` for `Procedure`, `Lesons`
 * for `Lessons`) or run together (`Longterm` for `Long-term`). A word
 * replaced (`Dev Preview` for `Tech Preview`) may be meant: not a slip.
 */
function slipOf(heading: Heading, section: TemplateSection): boolean {
  return slip(words(headingKey(normalizeHeading(heading))), words(section.key))
}

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}

/** Whether two headings' words are one another's, written close or run together. */
function slip(written: string[], wanted: string[]): boolean {
  const close = (a: string, b: string) => {
    const limit = Math.max(1, Math.floor(Math.max(a.length, b.length) / 4))
    return editDistance(a, b, limit) <= limit
  }
  const within = (these: string[], those: string[]) => {
    const joined = those.join('')
    return these.every((word) => joined.includes(word) || those.some((other) => close(word, other)))
  }
  return within(written, wanted) && within(wanted, written)
}

/**
 * The template's heading line as a doc writes it: at the doc's level, and
 * without the template's `(Optional)` or `[optional]` marker, which says
 * something to the author, not the reader.
 */
function writtenHeading(section: TemplateSection, offset: number): string {
  return headingLine(section, offset).replace(/\s*(?:\((?:optional)\)|\[(?:optional)\])\s*$/iu, '')
}

/**
 * The fix for a heading at the wrong level, when it is safe: the doc's
 * own heading text at the template's level, its subsections moved with it
 * (each as many levels), and only when the heading then stands under its
 * template parent and no other heading changes parent. Else none: the
 * author must choose what the doc's outline means.
 */
function changeLevel(
  alignment: SectionAlignment,
  all: SectionAlignment[],
  tree: Root,
  source: string,
  offset: number,
): Pick<Finding, 'expected' | 'fix'> {
  const heading = alignment.heading!
  const target = alignment.section.depth + offset
  const delta = target - heading.depth
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
  const at = headings.indexOf(heading)
  let end = at + 1
  while (end < headings.length && headings[end]!.depth > heading.depth) end++
  // A subsection moves with it, unless it stands at its own template level already.
  const templateDepth = new Map(all.filter((entry) => entry.heading).map((entry) => [entry.heading!, entry.section.depth + offset]))
  const newDepth = (node: Heading) => {
    if (node === heading) return target
    const own = templateDepth.get(node)
    return own === node.depth ? own : node.depth + delta
  }
  const moved = headings.slice(at, end)
  if (moved.some((node) => newDepth(node) < 1 || newDepth(node) > 6)) return {}
  const depths = headings.map((node, index) => (index >= at && index < end ? newDepth(node) : node.depth))
  const before = parents(headings.map((node) => node.depth))
  const after = parents(depths)
  // No heading outside the ones that move changes parent.
  for (let index = 0; index < headings.length; index++) {
    if ((index < at || index >= end) && before[index] !== after[index]) return {}
  }
  // Its template parent's heading (none at the top: a title, if any, is no parent here).
  const parent = alignment.parent?.heading
  const newParent = after[at] === -1 ? undefined : headings[after[at]!]
  if (parent ? newParent !== parent : newParent !== undefined && newParent.depth !== 1) return {}
  const line = (node: Heading) => `${'#'.repeat(newDepth(node))} ${headingSource(node, source)}`
  const changed = moved.filter((node) => newDepth(node) !== node.depth)
  if (changed.length === 1) return { expected: line(heading) }
  const start = heading.position!.start.offset!
  const last = changed.at(-1)!.position!.end.offset!
  let text = ''
  let position = start
  for (const node of changed) {
    text += source.slice(position, node.position!.start.offset!) + line(node)
    position = node.position!.end.offset!
  }
  return { fix: { kind: 'rename', title: `Change to level ${target}, with its subsections`, start, end: last, text } }
}

/** For each heading by depth, the index of its parent (the last before it at a lower depth), or -1. */
function parents(depths: number[]): number[] {
  const stack: number[] = []
  return depths.map((depth, index) => {
    while (stack.length > 0 && depths[stack.at(-1)!]! >= depth) stack.pop()
    const parent = stack.at(-1) ?? -1
    stack.push(index)
    return parent
  })
}

/**
 * The fix for a missing section: the template's text for it (heading at
 * the doc's level, body with its placeholders, required subsections),
 * after the nearest earlier sibling the doc has, else first under its
 * parent.
 */
function insertSection(
  alignment: SectionAlignment,
  all: SectionAlignment[],
  template: DocTemplate,
  tree: Root,
  source: string,
  offset: number,
): ProposedFix | undefined {
  const { section } = alignment
  const depth = section.depth + offset
  // Under a parent that is surely its parent, at its level: a stand-in (`renamed`, a
  // guess) or a parent at another level would put the section beside it, or under another.
  const parent = alignment.parent
  if (parent && (!sureParent.has(parent.status) || parent.heading!.depth !== parent.section.depth + offset)) return undefined
  const siblings = section.parent ? section.parent.children : template.sections
  let at: number | undefined
  for (let index = siblings.indexOf(section) - 1; index >= 0 && at === undefined; index--) {
    const sibling = all[siblings[index]!.index]!
    if (sibling.heading && anchored.has(sibling.status) && sibling.heading.depth === depth) at = extentEnd(tree, sibling.heading, depth, source)
  }
  if (at === undefined) {
    const parent = alignment.parent?.heading ?? (template.title || offset > 0 ? tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1) : undefined)
    const parentDepth = alignment.parent ? alignment.parent.section.depth + offset : 0
    at = firstUnder(tree, parent, parentDepth, depth, source)
  }
  // Not where it would take in headings that follow (they would change parent),
  // nor when the doc has the section, or one it brings, under another name or place.
  const next = tree.children.find((node): node is Heading => node.type === 'heading' && node.position!.start.offset! >= at)
  if ((next && next.depth > depth) || writtenElsewhere(section, tree)) return undefined
  // Its subsections come with it, those the template requires. `text` is
  // the bare block until `separateInsertions` sets it apart from what is around.
  const text = requiredText(section, offset, template)
  return {
    kind: 'insert',
    title: `Insert missing section ${inlineCode(headingLine(section, offset))}`,
    start: at,
    end: at,
    text,
    order: section.position.start.offset!,
  }
}

/**
 * Whether a heading of the doc names the section or one of its required
 * subsections, wherever it stands: the same words (`Support Procedures
 * [TBD]`), in a heading of more (`Summary and Motivation`), or a slip of
 * them (`Test Plans`, `Risks and Mitigation`). The
 * alignment did not take it for the section, so it is not sure to be it;
 * but inserting the template's would give the doc two.
 */
function writtenElsewhere(section: TemplateSection, tree: Root): boolean {
  const keys: string[][] = []
  const collect = (current: TemplateSection) => {
    if (!current.wildcard && words(current.key).length > 0) keys.push(words(current.key))
    for (const child of current.children) if (!child.optional) collect(child)
  }
  collect(section)
  for (const written of headingWords(tree)) {
    // The same words among more, or a slip of them (`Test Plans` for `Test Plan`).
    if (keys.some((key) => written.spaced.includes(spaced(key)) || slip(written.words, key))) return true
  }
  return false
}

const spaced = (list: string[]) => ` ${list.join(' ')} `

/** The words of each top-level heading of a tree, read once: every missing section of a doc looks through them all. */
const headingWords = cachedPerObject((tree: Root) =>
  tree.children.flatMap((node) => {
    if (node.type !== 'heading') return []
    const list = words(headingKey(normalizeHeading(node)))
    return [{ words: list, spaced: spaced(list) }]
  }),
)

/** A missing section as a fix inserts it, with the subsections the template requires: the same text for every doc that lacks it. */
const requiredText = cachedPerPair((section: TemplateSection, offset: number, template: DocTemplate) =>
  sectionText(template, section, offset, (child) => !child.optional),
)

/**
 * Where a section that starts with `heading` ends, as if its heading had
 * `depth`: the start of the line of the next heading at that depth or
 * above, else the end of the doc, or of the last section when a thematic
 * break sets a closing part apart after it (a footer of fields, as the
 * template's own), which stays last.
 */
function extentEnd(tree: Root, heading: Heading, depth: number, source: string): number {
  const index = tree.children.indexOf(heading)
  let footer: number | undefined
  for (let at = index + 1; at < tree.children.length; at++) {
    const node = tree.children[at]!
    if (node.type === 'heading') {
      if (node.depth <= depth) return lineStartOf(source, node.position!.start.offset!)
      footer = undefined
    } else if (node.type === 'thematicBreak' && footer === undefined) {
      footer = lineStartOf(source, node.position!.start.offset!)
    }
  }
  return footer ?? source.length
}

/**
 * Where a section goes first under `parent` (or, without one, first in
 * the doc): before the first heading below the parent at the section's
 * level or deeper, else where the parent's content ends.
 */
function firstUnder(tree: Root, parent: Heading | undefined, parentDepth: number, depth: number, source: string): number {
  const start = parent ? tree.children.indexOf(parent) + 1 : 0
  for (let at = start; at < tree.children.length; at++) {
    const node = tree.children[at]!
    if (node.type !== 'heading' || node === parent) continue
    if (node.depth <= parentDepth || node.depth >= depth) return lineStartOf(source, node.position!.start.offset!)
  }
  return source.length
}

/**
 * The fix for a section out of order (kind `move`, off unless asked for):
 * its heading and content, cut and put back after the sibling the
 * template has it after (or before the one it has it before), as one edit
 * over the stretch between.
 */
function moveSection(alignment: SectionAlignment, tree: Root, source: string, offset: number, neighbour: string): ProposedFix {
  const heading = alignment.heading!
  const depth = alignment.section.depth + offset
  const start = lineStartOf(source, heading.position!.start.offset!)
  const end = extentEnd(tree, heading, depth, source)
  const eol = lineEnding(source)
  const ended = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}${eol}`)
  const separated = (text: string) => (text === '' || /\n[ \t]*\r?\n$/u.test(text) ? text : `${ended(text)}${eol}`)
  const block = separated(source.slice(start, end))
  let fix: { start: number; end: number; text: string }
  if (alignment.after) {
    const target = extentEnd(tree, alignment.after.heading!, alignment.after.section.depth + offset, source)
    if (target > start) fix = { start, end: target, text: `${separated(source.slice(end, target))}${block}` }
    else fix = { start: target, end, text: `${block}${source.slice(target, start)}` }
  } else {
    const target = lineStartOf(source, alignment.before!.heading!.position!.start.offset!)
    if (target < start) fix = { start: target, end, text: `${block}${source.slice(target, start)}` }
    else fix = { start, end: target, text: `${separated(source.slice(end, target))}${block}` }
  }
  // The doc's last line keeps its ending (or lack of one) as it had it.
  if (fix.end === source.length && !source.endsWith('\n')) fix.text = fix.text.replace(/(?:\r?\n)+$/u, '')
  else if (fix.end === source.length) fix.text = fix.text.replace(/(?:\r?\n)+$/u, eol)
  return { kind: 'move', title: `Move section ${showHeading(heading, source)} ${neighbour}`, ...fix }
}

function expectedTitle(template: DocTemplate): string {
  return inlineCode(`# ${template.title!.source}`)
}


/** Where the template has a section: after its previous sibling, or first. */
function placeInTemplate(section: TemplateSection, template: DocTemplate, offset: number): string {
  const siblings = section.parent ? section.parent.children : template.sections
  const previous = siblings[siblings.indexOf(section) - 1]
  if (previous) return `after ${showSection(previous, offset)}`
  return section.parent ? `first under ${showSection(section.parent, offset)}` : 'as the first section'
}

/** How many required sections below this one are missing with it. */
function missingBelow(alignment: SectionAlignment, all: SectionAlignment[]): number {
  let count = 0
  for (const other of all) {
    if (other.status !== 'missing' || !other.parentMissing || other.section.optional) continue
    for (let parent = other.section.parent; parent; parent = parent.parent) {
      if (parent === alignment.section) {
        count++
        break
      }
    }
  }
  return count
}

/** Where a misplaced heading sits in the document, in words. */
function docParent(alignment: SectionAlignment, tree: Root, source: string, template: DocTemplate, offset: number): string {
  const heading = alignment.heading!
  const index = tree.children.indexOf(heading)
  // Under a template with a title (or a doc title of its own), the doc's
  // first H1 is the title, not a section; a later H1 is a section.
  const title = template.title || offset > 0 ? tree.children.find((node) => node.type === 'heading' && node.depth === 1) : undefined
  for (let at = index - 1; at >= 0; at--) {
    const node = tree.children[at]!
    if (node === title) break
    if (node.type === 'heading' && node.depth < heading.depth) return `under ${showHeading(node, source)}`
  }
  return 'at the top level'
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

function frontMatterPlace(tree: Root): Position | undefined {
  return tree.children.find((node) => node.type === 'yaml')?.position ?? documentStart(tree)
}
