/**
 * `alignDocument`: line a document's headings and tables up against a
 * template. Computed once per syntax tree and template, and shared by every
 * rule (`cachedPerPair`: a WeakMap keyed by the tree).
 *
 * `align` runs named passes in turn, each taking what was found so far and
 * returning it with more found; a template section is looked for in this
 * order:
 * 1. exact: same key among the document children of its matched parent
 *    (at another depth it is `wrong-level`);
 * 2. moved: same key anywhere unclaimed (`wrong-level` inside the parent's
 *    range, `wrong-place` outside it);
 * 3. misspelled: a close spelling among the parent's document children
 *    (2 and 3 go level by level, top down: a group of siblings through
 *    both, then their subsections);
 * 4. renamed: when the section alone is missing between two neighbours
 *    and one unclaimed heading at its level stands there, that one; else
 *    the one unclaimed heading at its level sharing its words;
 * 5. under a missing parent: same key anywhere (`wrong-place`), else
 *    `missing` with `parentMissing` set;
 * 6. order: matched siblings whose document order breaks template order
 *    are `out-of-order`.
 * Every section found has its subsections matched exactly under it at
 * once (pass 1 again), except in pass 5. Then each template table is
 * matched in its section, and the title against the template's.
 */
import type { Heading, Nodes, Root, RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { DocTemplate, TemplateColumn, TemplateSection, TemplateTable } from './model.js'
import { editDistance, headingKey, misspellingLimit, normalizeCell, normalizeHeading, normalizePlainText, words } from './normalize.js'
import { longestIncreasing } from './order.js'
import { matchPattern, patternDistance } from './pattern.js'
import { cachedPerPair } from './tree-cache.js'

export type SectionStatus = 'matched' | 'wrong-level' | 'wrong-place' | 'misspelled' | 'renamed' | 'missing' | 'out-of-order'

export interface SectionAlignment {
  section: TemplateSection
  status: SectionStatus
  /** The document heading standing for the section, unless missing. */
  heading: Heading | undefined
  /** The alignment of the section's template parent. */
  parent: SectionAlignment | undefined
  /** Missing because its template parent is missing. */
  parentMissing: boolean
  /** For `out-of-order`: the in-order sibling it should follow, if any. */
  after: SectionAlignment | undefined
  /** For `out-of-order`: the in-order sibling it should precede, if any. */
  before: SectionAlignment | undefined
  /** For `renamed`: found by its place among its neighbours, or by a word of its heading. */
  renamedBy?: 'place' | 'words' | undefined
  tables: TableAlignment[]
}

export interface TableAlignment {
  table: TemplateTable
  /** The document table standing for it, unless missing. */
  node: Table | undefined
  columns: ColumnAlignment[]
}

export interface ColumnAlignment {
  column: TemplateColumn
  status: 'matched' | 'misspelled' | 'renamed' | 'missing'
  /** Index of the document column, unless missing. */
  index: number | undefined
}

export interface TitleAlignment {
  status: 'matched' | 'mismatch' | 'missing'
  heading: Heading | undefined
  /**
   * What each title placeholder stood for, as the author wrote it, keyed by
   * the placeholder normalised as headings are (`[feature name]`).
   */
  values: Map<string, string>
  /** Edits from the document title to a matching one. */
  distance: number
}

export interface DocumentAlignment {
  template: DocTemplate
  /** Present when the template has a title. */
  title: TitleAlignment | undefined
  /**
   * How many levels deeper than the template the doc writes its sections:
   * 1 when the template has no title and its sections are H1s (`# Summary`,
   * as React's RFC template), and the doc puts a title of its own above
   * them and its sections at H2; else 0.
   */
  depthOffset: number
  /** One per template section, in template order. */
  sections: SectionAlignment[]
  /** Tables outside any section, and then each section's, in order. */
  tables: TableAlignment[]
  /** Document headings no template section claimed (title excluded). */
  extraHeadings: Heading[]
}

/** A document heading, placed in the document's own heading tree. */
interface DocHeading {
  node: Heading
  key: string
  depth: number
  /** Index among the root's children. */
  index: number
  parent: DocHeading | undefined
  children: DocHeading[]
}

/** The document as the passes see it: its title apart, its other headings as a tree. */
interface Outline {
  tree: Root
  /** The doc's title: the template's, or the doc's own over H1 sections. */
  title: Heading | undefined
  /** See `DocumentAlignment.depthOffset`. */
  depthOffset: number
  /** A depth-0 heading over the doc's headings. */
  root: DocHeading
  /** Every heading under `root`, in document order. */
  all: DocHeading[]
}

/** A section found: the heading standing for it, and how it was found. */
interface Claim {
  heading: DocHeading
  status: Exclude<SectionStatus, 'missing' | 'out-of-order'>
  renamedBy?: 'place' | 'words'
}

/** What the passes have found so far; each pass returns a new one. */
interface Found {
  claims: ReadonlyMap<TemplateSection, Claim>
  /** Headings standing for a section: no other section may take them. */
  claimed: ReadonlySet<DocHeading>
}

/**
 * A pass's own copy of what was found, which its steps add to and it
 * returns (one copy per pass, not one per section found: aligning stays
 * as fast as it was).
 */
interface Draft extends Found {
  claims: Map<TemplateSection, Claim>
  claimed: Set<DocHeading>
}

/** For an `out-of-order` section: the in-order siblings it should follow and precede. */
interface Neighbours {
  after: TemplateSection | undefined
  before: TemplateSection | undefined
}

/** A step over one group of sibling sections, whose found parent is `parent`, adding to the pass's draft. */
type SiblingStep = (draft: Draft, sections: TemplateSection[], parent: DocHeading, outline: Outline) => void

const alignments = cachedPerPair((tree: Root, template: DocTemplate) => align(template, tree))

/** Align `tree` against `template`; the same objects come back for the same pair. */
export function alignDocument(template: DocTemplate, tree: Root): DocumentAlignment {
  return alignments(tree, template)
}

function align(template: DocTemplate, tree: Root): DocumentAlignment {
  const outline = outlineOf(template, tree)
  const nothing: Found = { claims: new Map(), claimed: new Set() }
  const exact = exactMatches(nothing, template.sections, outline.root, outline)
  const moved = levelByLevel(exact, template.sections, outline, [movedSections, misspellings])
  const renamed = levelByLevel(moved, template.sections, outline, [renamesByPlace, renamesByWords])
  const found = movedUnderMissingParents(renamed, template.allSections, outline)
  const outOfOrder = sectionsOutOfOrder(template, found)
  const tables = alignTables(template, outline, found)
  return {
    template,
    title: template.title ? alignTitle(template, outline.title) : undefined,
    depthOffset: outline.depthOffset,
    sections: sectionAlignments(template, found, outOfOrder, tables.bySection),
    tables: tables.all,
    extraHeadings: outline.all.filter((heading) => !found.claimed.has(heading)).map((heading) => heading.node),
  }
}

/** The document's title, and its other headings as a tree by depth. */
function outlineOf(template: DocTemplate, tree: Root): Outline {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
  const ownTitle = template.title ? undefined : titleOverSections(template, headings)
  const title = template.title ? headings.find((heading) => heading.depth === 1) : ownTitle
  const root = buildHeadingTree(tree, title)
  return { tree, title, depthOffset: ownTitle ? 1 : 0, root, all: flatten(root) }
}

function draftOf(found: Found): Draft {
  return { claims: new Map(found.claims), claimed: new Set(found.claimed) }
}

/** Record `heading` as standing for `section`. */
function claim(draft: Draft, section: TemplateSection, heading: DocHeading, status: Claim['status'], renamedBy?: Claim['renamedBy']): void {
  draft.claims.set(section, renamedBy ? { heading, status, renamedBy } : { heading, status })
  draft.claimed.add(heading)
}

/** `claim`, then the section's subsections matched exactly under its heading. */
function claimWithSubsections(
  draft: Draft,
  section: TemplateSection,
  heading: DocHeading,
  status: Claim['status'],
  outline: Outline,
  renamedBy?: Claim['renamedBy'],
): void {
  claim(draft, section, heading, status, renamedBy)
  matchExactly(draft, section.children, heading, outline)
}

/**
 * 1. Exact matches, top down: the same key among the document children of
 * the matched parent (`wrong-level` at another depth).
 */
function exactMatches(found: Found, sections: TemplateSection[], parent: DocHeading, outline: Outline): Found {
  const draft = draftOf(found)
  matchExactly(draft, sections, parent, outline)
  return draft
}

function matchExactly(draft: Draft, sections: TemplateSection[], parent: DocHeading, outline: Outline): void {
  // Literal headings first, so a placeholder heading cannot take theirs.
  const ordered = [...sections].sort((a, b) => Number(a.pattern.hasPlaceholder) - Number(b.pattern.hasPlaceholder))
  for (const section of ordered) {
    if (draft.claims.has(section)) continue
    const heading = parent.children.find((child) => !draft.claimed.has(child) && keyMatches(section, child.key))
    if (!heading) continue
    claimWithSubsections(draft, section, heading, heading.depth === section.depth + outline.depthOffset ? 'matched' : 'wrong-level', outline)
  }
}

/** `steps` over each group of siblings in turn, top down: the template's sections, then the subsections of each one found. */
function levelByLevel(found: Found, sections: TemplateSection[], outline: Outline, steps: SiblingStep[]): Found {
  const draft = draftOf(found)
  eachLevel(draft, sections, outline.root, outline, steps)
  return draft
}

function eachLevel(draft: Draft, sections: TemplateSection[], parent: DocHeading, outline: Outline, steps: SiblingStep[]): void {
  for (const step of steps) step(draft, sections, parent, outline)
  for (const section of sections) {
    const heading = draft.claims.get(section)?.heading
    if (heading) eachLevel(draft, section.children, heading, outline, steps)
  }
}

/**
 * 2. Moved sections: the same key anywhere unclaimed. Wrong level when the
 * heading, at the template's depth, would fall under the right parent
 * (changing its `#`s is the whole fix); else wrong place.
 */
function movedSections(draft: Draft, sections: TemplateSection[], parent: DocHeading, outline: Outline): void {
  for (const section of sections) {
    if (draft.claims.has(section)) continue
    const heading = outline.all.find((candidate) => !draft.claimed.has(candidate) && keyMatches(section, candidate.key))
    if (!heading) continue
    const status = (parentAtDepth(outline.all, heading, section.depth + outline.depthOffset) ?? outline.root) === parent ? 'wrong-level' : 'wrong-place'
    claimWithSubsections(draft, section, heading, status, outline)
  }
}

/** 3. Misspellings: the closest spelling among the parent's document children. */
function misspellings(draft: Draft, sections: TemplateSection[], parent: DocHeading, outline: Outline): void {
  for (const section of sections) {
    if (draft.claims.has(section) || section.pattern.hasPlaceholder) continue
    const heading = closestSpelling(section, parent.children, draft.claimed)
    if (!heading) continue
    claimWithSubsections(draft, section, heading, 'misspelled', outline)
  }
}

/**
 * 4a. A rename: the one unclaimed heading, at the section's level, in the
 * slot where the section alone is missing (between the same neighbours).
 */
function renamesByPlace(draft: Draft, sections: TemplateSection[], parent: DocHeading, outline: Outline): void {
  for (const [index, section] of sections.entries()) {
    // An optional section left out, with a heading of the doc's own in its place, is fine.
    if (draft.claims.has(section) || section.pattern.hasPlaceholder || section.optional) continue
    const candidate = headingInSlot(draft, sections, index, parent, outline)
    if (candidate) claimWithSubsections(draft, section, candidate, 'renamed', outline, 'place')
  }
}

/**
 * The one unclaimed heading at the level of `sections[index]`, between the
 * headings of its nearest siblings found under `parent`, when no other
 * sibling between those is missing.
 */
function headingInSlot(found: Found, sections: TemplateSection[], index: number, parent: DocHeading, outline: Outline): DocHeading | undefined {
  const headingOf = (at: number): DocHeading | undefined => found.claims.get(sections[at]!)?.heading
  let first = index
  while (first > 0 && !isUnder(headingOf(first - 1), parent)) first--
  let last = index
  while (last < sections.length - 1 && !isUnder(headingOf(last + 1), parent)) last++
  if (sections.slice(first, last + 1).filter((sibling) => !found.claims.has(sibling)).length !== 1) return undefined
  const before = first > 0 ? headingOf(first - 1) : undefined
  const after = last < sections.length - 1 ? headingOf(last + 1) : undefined
  const depth = sections[index]!.depth + outline.depthOffset
  const candidates = parent.children.filter(
    (child) =>
      !found.claimed.has(child) &&
      child.key !== '' &&
      child.depth === depth &&
      (!before || child.index > before.index) &&
      (!after || child.index < after.index),
  )
  return candidates.length === 1 ? candidates[0] : undefined
}

/**
 * 4b. A rename out of its slot: the one unclaimed heading at its level
 * under the same parent at least half of whose words (of four letters or
 * more) are words of the section's heading (`Plan for adoption` for
 * `Adoption strategy`, `Implementation Details` for `Implementation
 * Details/Notes/Constraints`).
 */
function renamesByWords(draft: Draft, sections: TemplateSection[], parent: DocHeading, outline: Outline): void {
  for (const section of sections) {
    if (draft.claims.has(section) || section.pattern.hasPlaceholder || section.optional) continue
    const own = contentWords(section.key)
    const candidates = parent.children.filter((child) => {
      if (draft.claimed.has(child) || child.depth !== section.depth + outline.depthOffset) return false
      const theirs = contentWords(child.key)
      const shared = theirs.filter((word) => own.includes(word)).length
      return shared > 0 && shared * 2 >= theirs.length
    })
    if (candidates.length !== 1) continue
    // The word must point one way: no other missing sibling shares it.
    const rivals = sections.filter((other) => other !== section && !draft.claims.has(other) && contentWords(other.key).some((word) => contentWords(candidates[0]!.key).includes(word)))
    if (rivals.length > 0) continue
    claimWithSubsections(draft, section, candidates[0]!, 'renamed', outline, 'words')
  }
}

/**
 * 5. Under a missing parent: the same key anywhere unclaimed (`wrong-place`);
 * else the section is missing with its parent (`parentMissing`). Template
 * order puts a parent before its subsections, so a parent found here is
 * found before they are looked at.
 */
function movedUnderMissingParents(found: Found, allSections: TemplateSection[], outline: Outline): Found {
  const draft = draftOf(found)
  for (const section of allSections) {
    if (draft.claims.has(section) || section.parent === undefined || draft.claims.has(section.parent)) continue
    const heading = outline.all.find((candidate) => !draft.claimed.has(candidate) && keyMatches(section, candidate.key))
    if (heading) claim(draft, section, heading, 'wrong-place')
  }
  return draft
}

/**
 * 6. Order: among siblings matched exactly, keep the longest run in
 * template order that is also in document order; the rest are
 * `out-of-order`, each with the in-order siblings around it.
 */
function sectionsOutOfOrder(template: DocTemplate, found: Found): Map<TemplateSection, Neighbours> {
  const groups = [template.sections, ...template.allSections.map((section) => section.children)]
  return new Map(groups.flatMap((siblings) => outOfOrderAmong(siblings, found)))
}

function outOfOrderAmong(siblings: TemplateSection[], found: Found): Array<[TemplateSection, Neighbours]> {
  const matched = siblings.filter((section) => found.claims.get(section)?.status === 'matched')
  if (matched.length < 2) return []
  const inOrder = longestIncreasing(matched.map((section) => found.claims.get(section)!.heading.node.position!.start.offset!))
  return matched.flatMap((section, index): Array<[TemplateSection, Neighbours]> => {
    if (inOrder.has(index)) return []
    let after: TemplateSection | undefined
    for (let previous = index - 1; previous >= 0 && !after; previous--) if (inOrder.has(previous)) after = matched[previous]
    let before: TemplateSection | undefined
    for (let next = index + 1; next < matched.length && !before; next++) if (inOrder.has(next)) before = matched[next]
    return [[section, { after, before }]]
  })
}

/**
 * One alignment per template section, in template order, from what the
 * passes found. Built on demand, so a section's parent and its neighbours
 * (for `out-of-order`) are the same objects as their own alignments.
 */
function sectionAlignments(
  template: DocTemplate,
  found: Found,
  outOfOrder: Map<TemplateSection, Neighbours>,
  tables: Map<TemplateSection, TableAlignment[]>,
): SectionAlignment[] {
  const built = new Map<TemplateSection, SectionAlignment>()
  const build = (section: TemplateSection): SectionAlignment => {
    const existing = built.get(section)
    if (existing) return existing
    const claimed = found.claims.get(section)
    const neighbours = outOfOrder.get(section)
    const alignment: SectionAlignment = {
      section,
      status: neighbours ? 'out-of-order' : (claimed?.status ?? 'missing'),
      heading: claimed?.heading.node,
      parent: section.parent ? build(section.parent) : undefined,
      parentMissing: !claimed && section.parent !== undefined && !found.claims.has(section.parent),
      after: neighbours?.after ? build(neighbours.after) : undefined,
      before: neighbours?.before ? build(neighbours.before) : undefined,
      tables: tables.get(section) ?? [],
      ...(claimed?.renamedBy ? { renamedBy: claimed.renamedBy } : {}),
    }
    built.set(section, alignment)
    return alignment
  }
  return template.allSections.map(build)
}

/**
 * The doc's own title over a template that has none and whose sections
 * are H1s: the doc's only H1, first of its headings, not itself one of the
 * template's sections, with the doc's other headings below it.
 */
function titleOverSections(template: DocTemplate, headings: Heading[]): Heading | undefined {
  if (!template.sections.some((section) => section.depth === 1)) return undefined
  const [first] = headings
  if (!first || first.depth !== 1 || headings.length < 2 || headings.some((heading, index) => index > 0 && heading.depth === 1)) return undefined
  const key = headingKey(normalizeHeading(first))
  return template.sections.some((section) => keyMatches(section, key)) ? undefined : first
}

/** The document's headings as a tree by depth, under a depth-0 root. */
function buildHeadingTree(tree: Root, title: Heading | undefined): DocHeading {
  const root: DocHeading = {
    node: undefined as unknown as Heading,
    key: '',
    depth: 0,
    index: -1,
    parent: undefined,
    children: [],
  }
  const stack = [root]
  tree.children.forEach((node, index) => {
    if (node.type !== 'heading' || node === title) return
    while (stack.at(-1)!.depth >= node.depth) stack.pop()
    const parent = stack.at(-1)!
    const heading: DocHeading = {
      node,
      key: headingKey(normalizeHeading(node)),
      depth: node.depth,
      index,
      parent,
      children: [],
    }
    parent.children.push(heading)
    stack.push(heading)
  })
  return root
}

function flatten(root: DocHeading): DocHeading[] {
  const all: DocHeading[] = []
  const walk = (heading: DocHeading): void => {
    for (const child of heading.children) {
      all.push(child)
      walk(child)
    }
  }
  walk(root)
  return all
}

/** Words of four letters or more that say what a heading is about (not `plan`, `details`, `notes`…). */
function contentWords(key: string): string[] {
  return words(key).filter((word) => [...word].length >= 4 && !genericWords.has(word))
}

const genericWords = new Set(['plan', 'plans', 'details', 'considerations', 'notes', 'section', 'overview', 'information', 'other', 'more', 'general', 'description', 'about'])

/** Whether a located heading sits directly under `parent` in the document. */
function isUnder(heading: DocHeading | undefined, parent: DocHeading): boolean {
  return heading !== undefined && heading.parent === parent
}

/** The heading `heading` would nest under if it were at `depth`. */
function parentAtDepth(all: DocHeading[], heading: DocHeading, depth: number): DocHeading | undefined {
  for (let index = all.indexOf(heading) - 1; index >= 0; index--) {
    if (all[index]!.depth < depth) return all[index]
  }
  return undefined
}

function keyMatches(section: TemplateSection, key: string): boolean {
  if (!section.pattern.hasPlaceholder) return section.key === key
  return key !== '' && matchPattern(section.pattern, key) !== undefined
}

/** The unclaimed heading spelled closest to the section, within the limit. */
function closestSpelling(section: TemplateSection, candidates: DocHeading[], claimed: ReadonlySet<DocHeading>): DocHeading | undefined {
  const limit = misspellingLimit(section.key)
  let best: DocHeading | undefined
  let bestDistance = limit + 1
  for (const candidate of candidates) {
    if (claimed.has(candidate) || candidate.key === '') continue
    const distance = editDistance(section.key, candidate.key, limit)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

function alignTitle(template: DocTemplate, heading: Heading | undefined): TitleAlignment {
  const pattern = template.title!.pattern
  if (!heading) return { status: 'missing', heading, values: new Map(), distance: 0 }
  const text = normalizeHeading(heading)
  const captured = matchPattern(pattern, text)
  if (!captured) {
    const limit = Math.max(text.length, pattern.literalText.length)
    return { status: 'mismatch', heading, values: new Map(), distance: patternDistance(pattern, text, limit) }
  }
  // Values as the author wrote them: match again without case folding.
  const written = matchPattern(pattern, normalizePlainText(toString(heading), false), true) ?? captured
  const placeholders = pattern.parts.flatMap((part) => ('placeholder' in part ? [part.placeholder] : []))
  const values = new Map(placeholders.map((placeholder, index) => [placeholder, written[index]!]))
  return { status: 'matched', heading, values, distance: 0 }
}

/**
 * Tables: each template table matched to a document table in the same
 * section: the section's own content, and any extra subsections of it the
 * template does not have (an author may put the table under a heading of
 * their own). A section not found has its tables missing.
 */
function alignTables(template: DocTemplate, outline: Outline, found: Found): { all: TableAlignment[]; bySection: Map<TemplateSection, TableAlignment[]> } {
  const { tree } = outline
  const byNode = new Map(outline.all.map((heading) => [heading.node, heading]))
  const firstSection = tree.children.findIndex((node) => node.type === 'heading' && node !== outline.title)
  const before = ownTables(tree.children, 0, firstSection === -1 ? tree.children.length : firstSection)
  const all = matchTables(template.tables, before)
  const bySection = new Map<TemplateSection, TableAlignment[]>()
  for (const section of template.allSections) {
    const heading = found.claims.get(section)?.heading
    if (!heading) {
      bySection.set(section, section.tables.map((table) => ({ table, node: undefined, columns: [] })))
      continue
    }
    // Most sections have no table: nothing to look for in their content.
    if (section.tables.length === 0) continue
    const end = tree.children.findIndex((node, index) => {
      if (index <= heading.index || node.type !== 'heading') return false
      const next = byNode.get(node)
      return !next || found.claimed.has(next) || next.depth <= heading.depth
    })
    const tables = matchTables(section.tables, ownTables(tree.children, heading.index + 1, end === -1 ? tree.children.length : end))
    bySection.set(section, tables)
    all.push(...tables)
  }
  return { all, bySection }
}

/** Tables among `children[from..to)`, including those nested in containers. */
function ownTables(children: RootContent[], from: number, to: number): Table[] {
  const tables: Table[] = []
  // Tables are blocks: only containers of blocks can hold one.
  // Iterative, in document order: nesting thousands deep cannot overflow the stack.
  const pending: Nodes[] = children.slice(from, to).reverse()
  while (pending.length > 0) {
    const node = pending.pop()!
    if (node.type === 'table') tables.push(node)
    else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem' || node.type === 'footnoteDefinition') {
      for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index]!)
    }
  }
  return tables
}

/**
 * Pair template tables with candidate tables, best pairs first: a pair
 * scores one for each column matched exactly and a half for each close
 * spelling, so tables in another order still find each other. A template
 * table left without a scoring pair takes the first table left over (its
 * columns may all be renamed), else it is missing.
 */
function matchTables(templateTables: TemplateTable[], candidates: Table[]): TableAlignment[] {
  const headers = candidates.map((table) => (table.children[0]?.children ?? []).map((cell) => normalizeCell(toString(cell))))
  const pairs: Array<{ score: number; table: number; candidate: number }> = []
  templateTables.forEach((table, index) => {
    headers.forEach((header, candidate) => {
      const score = table.columns.reduce((sum, column) => sum + columnScore(column.normalized, header), 0)
      if (score > 0) pairs.push({ score, table: index, candidate })
    })
  })
  pairs.sort((a, b) => b.score - a.score || a.table - b.table || a.candidate - b.candidate)
  const chosen = new Map<number, number>()
  const taken = new Set<number>()
  for (const pair of pairs) {
    if (chosen.has(pair.table) || taken.has(pair.candidate)) continue
    chosen.set(pair.table, pair.candidate)
    taken.add(pair.candidate)
  }
  templateTables.forEach((_, index) => {
    if (chosen.has(index)) return
    const left = headers.findIndex((__, candidate) => !taken.has(candidate))
    if (left === -1) return
    chosen.set(index, left)
    taken.add(left)
  })
  return templateTables.map((table, index) => {
    const candidate = chosen.get(index)
    if (candidate === undefined) return { table, node: undefined, columns: [] }
    return { table, node: candidates[candidate], columns: alignColumns(table.columns, headers[candidate]!) }
  })
}

function columnScore(column: string, header: string[]): number {
  if (header.includes(column)) return 1
  const limit = misspellingLimit(column)
  return header.some((cell) => editDistance(column, cell, limit) <= limit) ? 0.5 : 0
}

/** A template column's document column, and how it was found. */
type ColumnMatch = { status: 'matched' | 'misspelled' | 'renamed'; index: number } | undefined

/** Columns: exact header cells, then close spellings, then renames. */
function alignColumns(columns: TemplateColumn[], header: string[]): ColumnAlignment[] {
  const exact = exactColumns(columns, header)
  const misspelled = misspelledColumns(columns, header, exact)
  const renamed = renamedColumns(header, misspelled)
  return columns.map((column, at): ColumnAlignment => {
    const match = renamed[at]
    return match ? { column, status: match.status, index: match.index } : { column, status: 'missing', index: undefined }
  })
}

/** Document cells already standing for a column. */
function usedCells(matches: ColumnMatch[]): Set<number> {
  return new Set(matches.flatMap((match) => (match ? [match.index] : [])))
}

/** Each column to the first unused header cell with its text. */
function exactColumns(columns: TemplateColumn[], header: string[]): ColumnMatch[] {
  const used = new Set<number>()
  return columns.map((column) => {
    const index = header.findIndex((cell, at) => !used.has(at) && cell === column.normalized)
    if (index === -1) return undefined
    used.add(index)
    return { status: 'matched', index }
  })
}

/** Each column still missing to the unused header cell spelled closest to it, within the limit. */
function misspelledColumns(columns: TemplateColumn[], header: string[], matches: ColumnMatch[]): ColumnMatch[] {
  const used = usedCells(matches)
  return matches.map((match, at) => {
    if (match) return match
    const normalized = columns[at]!.normalized
    const limit = misspellingLimit(normalized)
    let best = -1
    let bestDistance = limit + 1
    header.forEach((cell, index) => {
      if (used.has(index)) return
      const distance = editDistance(normalized, cell, limit)
      if (distance < bestDistance) {
        best = index
        bestDistance = distance
      }
    })
    if (best === -1) return undefined
    used.add(best)
    return { status: 'misspelled', index: best }
  })
}

/**
 * A rename: the one unused header cell between the neighbours of the one
 * missing column there (`Fix` where the template has `Solution`).
 */
function renamedColumns(header: string[], matches: ColumnMatch[]): ColumnMatch[] {
  const result = [...matches]
  const used = usedCells(result)
  for (let at = 0; at < result.length; at++) {
    if (result[at]) continue
    let first = at
    while (first > 0 && result[first - 1] === undefined) first--
    let last = at
    while (last < result.length - 1 && result[last + 1] === undefined) last++
    if (last !== first) continue
    const after = first > 0 ? result[first - 1]!.index : -1
    const before = last < result.length - 1 ? result[last + 1]!.index : header.length
    const cells = header.flatMap((cell, index) => (!used.has(index) && cell !== '' && index > after && index < before ? [index] : []))
    if (cells.length !== 1) continue
    used.add(cells[0]!)
    result[at] = { status: 'renamed', index: cells[0]! }
  }
  return result
}
