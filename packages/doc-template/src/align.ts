/**
 * `alignDocument`: line a document's headings and tables up against a
 * template. Computed once per syntax tree and template, and shared by every
 * rule (`cachedPerPair`: a WeakMap keyed by the tree).
 *
 * Each template section is looked for in this order:
 * 1. exact: same key among the document children of its matched parent
 *    (at another depth it is `wrong-level`);
 * 2. elsewhere: same key anywhere unclaimed (`wrong-level` inside the
 *    parent's range, `wrong-place` outside it);
 * 3. a close spelling among the parent's document children (`misspelled`);
 *    then, when the section alone is missing between two neighbours and
 *    one unclaimed heading at its level stands there, that one (`renamed`);
 * 4. else `missing`. Sections under a missing parent are missing too, with
 *    `parentMissing` set, unless found elsewhere (`wrong-place`).
 * Matched siblings whose document order breaks template order are then
 * `out-of-order`.
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
  claimed: boolean
}

const alignments = cachedPerPair((tree: Root, template: DocTemplate) => align(template, tree))

/** Align `tree` against `template`; the same objects come back for the same pair. */
export function alignDocument(template: DocTemplate, tree: Root): DocumentAlignment {
  return alignments(tree, template)
}

function align(template: DocTemplate, tree: Root): DocumentAlignment {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
  const ownTitle = template.title ? undefined : titleOverSections(template, headings)
  const titleNode = template.title ? headings.find((heading) => heading.depth === 1) : ownTitle
  const offset = ownTitle ? 1 : 0
  const root = buildHeadingTree(tree, titleNode)
  const all = flatten(root)

  const bySection = new Map<TemplateSection, SectionAlignment>()
  const located = new Map<TemplateSection, DocHeading>()
  const alignmentOf = (section: TemplateSection): SectionAlignment => {
    let found = bySection.get(section)
    if (!found) {
      found = {
        section,
        status: 'missing',
        heading: undefined,
        parent: section.parent ? alignmentOf(section.parent) : undefined,
        parentMissing: false,
        after: undefined,
        before: undefined,
        tables: [],
      }
      bySection.set(section, found)
    }
    return found
  }
  const locate = (section: TemplateSection, heading: DocHeading, status: SectionStatus): void => {
    heading.claimed = true
    located.set(section, heading)
    const alignment = alignmentOf(section)
    alignment.status = status
    alignment.heading = heading.node
  }

  // 1. Exact matches, top down, under matched parents.
  const matchExact = (sections: TemplateSection[], parent: DocHeading): void => {
    // Literal headings first, so a placeholder heading cannot take theirs.
    const ordered = [...sections].sort((a, b) => Number(a.pattern.hasPlaceholder) - Number(b.pattern.hasPlaceholder))
    for (const section of ordered) {
      if (located.has(section)) continue
      const heading = parent.children.find((child) => !child.claimed && keyMatches(section, child.key))
      if (!heading) continue
      locate(section, heading, heading.depth === section.depth + offset ? 'matched' : 'wrong-level')
      matchExact(section.children, heading)
    }
  }
  matchExact(template.sections, root)

  // 2 and 3, top down: elsewhere, then a close spelling, for each level.
  const resolve = (sections: TemplateSection[], parent: DocHeading): void => {
    for (const section of sections) {
      if (located.has(section)) continue
      const heading = all.find((candidate) => !candidate.claimed && keyMatches(section, candidate.key))
      if (!heading) continue
      // Wrong level when the heading, at the template's depth, would fall
      // under the right parent: changing its `#`s is the whole fix.
      locate(section, heading, (parentAtDepth(all, heading, section.depth + offset) ?? root) === parent ? 'wrong-level' : 'wrong-place')
      matchExact(section.children, heading)
    }
    for (const section of sections) {
      if (located.has(section) || section.pattern.hasPlaceholder) continue
      const heading = closestSpelling(section, parent.children)
      if (!heading) continue
      locate(section, heading, 'misspelled')
      matchExact(section.children, heading)
    }
    for (const section of sections) {
      const heading = located.get(section)
      if (heading) resolve(section.children, heading)
    }
  }
  resolve(template.sections, root)

  // 3b. A rename: the one unclaimed heading, at the section's level, in the
  // slot where the section alone is missing (between the same neighbours).
  const rename = (sections: TemplateSection[], parent: DocHeading): void => {
    sections.forEach((section, index) => {
      // An optional section left out, with a heading of the doc's own in its place, is fine.
      if (located.has(section) || section.pattern.hasPlaceholder || section.optional) return
      let first = index
      while (first > 0 && !isUnder(located.get(sections[first - 1]!), parent)) first--
      let last = index
      while (last < sections.length - 1 && !isUnder(located.get(sections[last + 1]!), parent)) last++
      if (sections.slice(first, last + 1).filter((sibling) => !located.has(sibling)).length !== 1) return
      const before = first > 0 ? located.get(sections[first - 1]!) : undefined
      const after = last < sections.length - 1 ? located.get(sections[last + 1]!) : undefined
      const candidates = parent.children.filter(
        (child) =>
          !child.claimed &&
          child.key !== '' &&
          child.depth === section.depth + offset &&
          (!before || child.index > before.index) &&
          (!after || child.index < after.index),
      )
      if (candidates.length !== 1) return
      locate(section, candidates[0]!, 'renamed')
      alignmentOf(section).renamedBy = 'place'
      matchExact(section.children, candidates[0]!)
    })
    // Out of its slot: the one unclaimed heading at its level under the same
    // parent at least half of whose words (of four letters or more) are
    // words of the section's heading (`Plan for adoption` for `Adoption
    // strategy`, `Implementation Details` for `Implementation
    // Details/Notes/Constraints`).
    for (const section of sections) {
      if (located.has(section) || section.pattern.hasPlaceholder || section.optional) continue
      const own = contentWords(section.key)
      const candidates = parent.children.filter((child) => {
        if (child.claimed || child.depth !== section.depth + offset) return false
        const theirs = contentWords(child.key)
        const shared = theirs.filter((word) => own.includes(word)).length
        return shared > 0 && shared * 2 >= theirs.length
      })
      if (candidates.length !== 1) continue
      // The word must point one way: no other missing sibling shares it.
      const rivals = sections.filter((other) => other !== section && !located.has(other) && contentWords(other.key).some((word) => contentWords(candidates[0]!.key).includes(word)))
      if (rivals.length > 0) continue
      locate(section, candidates[0]!, 'renamed')
      alignmentOf(section).renamedBy = 'words'
      matchExact(section.children, candidates[0]!)
    }
    for (const section of sections) {
      const heading = located.get(section)
      if (heading) rename(section.children, heading)
    }
  }
  rename(template.sections, root)

  // 4. Under missing parents: found elsewhere, or missing with the parent.
  for (const section of template.allSections) {
    if (located.has(section)) continue
    const alignment = alignmentOf(section)
    alignment.parentMissing = section.parent !== undefined && !located.has(section.parent)
    if (!alignment.parentMissing) continue
    const heading = all.find((candidate) => !candidate.claimed && keyMatches(section, candidate.key))
    if (heading) {
      locate(section, heading, 'wrong-place')
      alignment.parentMissing = false
    }
  }

  const sections = template.allSections.map(alignmentOf)
  markOutOfOrder(template.sections, bySection)
  for (const section of template.allSections) markOutOfOrder(section.children, bySection)

  const tables = alignTables(template, tree, titleNode, located, bySection, all)
  return {
    template,
    title: template.title ? alignTitle(template, titleNode) : undefined,
    depthOffset: offset,
    sections,
    tables,
    extraHeadings: all.filter((heading) => !heading.claimed).map((heading) => heading.node),
  }
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
    claimed: true,
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
      claimed: false,
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
function closestSpelling(section: TemplateSection, candidates: DocHeading[]): DocHeading | undefined {
  const limit = misspellingLimit(section.key)
  let best: DocHeading | undefined
  let bestDistance = limit + 1
  for (const candidate of candidates) {
    if (candidate.claimed || candidate.key === '') continue
    const distance = editDistance(section.key, candidate.key, limit)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/**
 * Among siblings matched exactly, keep the longest run in template order
 * that is also in document order; the rest are `out-of-order`.
 */
function markOutOfOrder(siblings: TemplateSection[], bySection: Map<TemplateSection, SectionAlignment>): void {
  const matched = siblings.map((section) => bySection.get(section)!).filter((alignment) => alignment.status === 'matched')
  if (matched.length < 2) return
  const inOrder = longestIncreasing(matched.map((alignment) => alignment.heading!.position!.start.offset!))
  matched.forEach((alignment, index) => {
    if (inOrder.has(index)) return
    alignment.status = 'out-of-order'
    for (let before = index - 1; before >= 0 && !alignment.after; before--) {
      if (inOrder.has(before)) alignment.after = matched[before]
    }
    for (let next = index + 1; next < matched.length && !alignment.before; next++) {
      if (inOrder.has(next)) alignment.before = matched[next]
    }
  })
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
 * Match each template table to a document table in the same section: the
 * section's own content, and any extra subsections of it the template does
 * not have (an author may put the table under a heading of their own).
 */
function alignTables(
  template: DocTemplate,
  tree: Root,
  titleNode: Heading | undefined,
  located: Map<TemplateSection, DocHeading>,
  bySection: Map<TemplateSection, SectionAlignment>,
  all: DocHeading[],
): TableAlignment[] {
  const byNode = new Map(all.map((heading) => [heading.node, heading]))
  const firstSection = tree.children.findIndex((node) => node.type === 'heading' && node !== titleNode)
  const before = ownTables(tree.children, 0, firstSection === -1 ? tree.children.length : firstSection)
  const result = matchTables(template.tables, before)
  for (const section of template.allSections) {
    const heading = located.get(section)
    const alignment = bySection.get(section)!
    if (!heading) {
      alignment.tables = section.tables.map((table) => ({ table, node: undefined, columns: [] }))
      continue
    }
    // Most sections have no table: nothing to look for in their content.
    if (section.tables.length === 0) continue
    const end = tree.children.findIndex((node, index) => {
      if (index <= heading.index || node.type !== 'heading') return false
      const next = byNode.get(node)
      return !next || next.claimed || next.depth <= heading.depth
    })
    const candidates = ownTables(tree.children, heading.index + 1, end === -1 ? tree.children.length : end)
    alignment.tables = matchTables(section.tables, candidates)
    result.push(...alignment.tables)
  }
  return result
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

function alignColumns(columns: TemplateColumn[], header: string[]): ColumnAlignment[] {
  const used = new Set<number>()
  const result: ColumnAlignment[] = columns.map((column) => {
    const index = header.findIndex((cell, at) => !used.has(at) && cell === column.normalized)
    if (index === -1) return { column, status: 'missing', index: undefined }
    used.add(index)
    return { column, status: 'matched', index }
  })
  for (const alignment of result) {
    if (alignment.status !== 'missing') continue
    const limit = misspellingLimit(alignment.column.normalized)
    let best = -1
    let bestDistance = limit + 1
    header.forEach((cell, index) => {
      if (used.has(index)) return
      const distance = editDistance(alignment.column.normalized, cell, limit)
      if (distance < bestDistance) {
        best = index
        bestDistance = distance
      }
    })
    if (best !== -1) {
      used.add(best)
      alignment.status = 'misspelled'
      alignment.index = best
    }
  }
  // A rename: the one unused header cell between the neighbours of the one
  // missing column there (`Fix` where the template has `Solution`).
  result.forEach((alignment, at) => {
    if (alignment.status !== 'missing') return
    let first = at
    while (first > 0 && result[first - 1]!.index === undefined) first--
    let last = at
    while (last < result.length - 1 && result[last + 1]!.index === undefined) last++
    if (last !== first) return
    const after = first > 0 ? result[first - 1]!.index! : -1
    const before = last < result.length - 1 ? result[last + 1]!.index! : header.length
    const cells = header.flatMap((cell, index) => (!used.has(index) && cell !== '' && index > after && index < before ? [index] : []))
    if (cells.length !== 1) return
    used.add(cells[0]!)
    alignment.status = 'renamed'
    alignment.index = cells[0]
  })
  return result
}
