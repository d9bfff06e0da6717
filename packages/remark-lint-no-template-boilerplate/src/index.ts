/**
 * remark-lint rule: the template's instructions are not left in the doc.
 *
 * The template is the schema: prose in a template that holds no
 * placeholder is an instruction to the author ("One paragraph explanation
 * of the feature."), there to be replaced. This rule reports each paragraph
 * of the doc (at top level, in a list item, in a block quote or a footnote)
 * whose text is one of the template's paragraphs or list items, where it
 * sits, naming the template section it came from. A paragraph may match a
 * list item and a list item a paragraph: authors reshape text. Text is
 * compared after normalisation (emphasis, code and link syntax, case,
 * whitespace and a trailing `.` or `:` do not matter).
 *
 * Short generic text (`None.`, `Why?`, one- or two-word items) is never
 * reported: it can be a doc's own words. Nor is a template's task list item
 * (a KEP's `- [ ] Test plan is in place`): a checklist is meant to be kept
 * and ticked, not replaced; nor a list item the template offers as an
 * example ("These are generalized examples to consider" before the list).
 *
 * HTML comments only with `comments: true`: many templates keep their
 * instructions in comments on purpose, where they do no harm.
 *
 * There is no `expected`: writing the doc's own text is the fix. The lookup
 * of a template's text is built once per template, and the walk is
 * iterative, so a deep nesting of block quotes cannot overflow the stack.
 */
import type { Html, Nodes } from 'mdast'
import { toString } from 'mdast-util-to-string'
import {
  alignDocument,
  cachedPerObject,
  inlineCode,
  markdownSource,
  normalizePlainText,
  showSection,
  type DocTemplate,
  type TemplateBoilerplate,
  type TemplateSection,
} from '@feature-docs/doc-template'
import {
  expectBoolean,
  reportFindings,
  templateRule,
  usableTemplate,
  type Finding,
  type TemplateOptions,
  ruleUrl,
  templateFound,
  type RuleInfo,
} from '@feature-docs/rule-kit'

export interface Options extends TemplateOptions {
  /** Also report the template's HTML comments left in the doc (default `false`). */
  comments?: boolean | undefined
}

const id = 'no-template-boilerplate'

/**
 * The rule as the preset, the command line's reports (SARIF) and the
 * readmes' rule tables describe it; the plugin below is made from it.
 */
export const meta = {
  id,
  url: ruleUrl(id),
  description: 'No instruction text of the template is left in the doc unchanged.',
  fullDescription:
    "A paragraph or list item of the template with no placeholder is an instruction to the author, meant to be replaced. Reported: each paragraph of the doc that is one of them unchanged (case, emphasis, links, line breaks and a trailing full stop aside), anywhere in the doc, naming the template section it came from. Not reported: template text of fewer than three words, task-list items, examples the template offers to adopt, a table of contents, and the template's HTML comments unless the `comments` option is on. " +
    templateFound,
  fix: "Replace the instruction with the doc's own text. There is no automatic fix: only the author knows the text.",
  fixable: false,
} as const satisfies RuleInfo

/** Template text with fewer words than this is too generic to report. */
const minimumWords = 3

const remarkLintNoTemplateBoilerplate = templateRule<Options>(
  { ...meta, keys: ['comments'], read: readOptions },
  (tree, file, options) => {
    // required-sections reports a template that cannot be used.
    const template = usableTemplate(tree, file, options)
    if (!template) return
    const { prose, comments } = boilerplateOf(template)
    const commentsChecked = options.comments === true && comments.size > 0
    if (prose.size === 0 && !commentsChecked) return

    const source = markdownSource(file.value)
    const found: Finding[] = []
    // The template section each doc heading stands for, to say where text
    // the template has in several sections comes from (`**Note:** …`).
    // Aligned only when the template has such text: most have none.
    let sectionOf: Map<Nodes, TemplateSection> | undefined
    if (repeats(prose) || (commentsChecked && repeats(comments))) {
      sectionOf = new Map()
      for (const aligned of alignDocument(template, tree).sections) if (aligned.heading) sectionOf.set(aligned.heading, aligned.section)
    }
    let section: TemplateSection | undefined
    // Each node with the number of block quotes around it, to read its
    // source without their `>` markers.
    const stack: Array<[Nodes, number]> = [[tree, 0]]
    while (stack.length > 0) {
      const [node, quotes] = stack.pop()!
      if (node.type === 'heading' && sectionOf) section = sectionOf.get(node) ?? section
      if (node.type === 'paragraph') {
        const entry = prose.size > 0 ? nearest(prose.get(normalizePlainText(toString(node))), section) : undefined
        if (entry) {
          found.push({
            place: node.position,
            reason: `Template text ${inlineCode(written(node, source, quotes))} ${origin(entry)} is left in place: replace it with the doc's own text`,
          })
        }
        continue
      }
      if (node.type === 'html') {
        const inner = commentsChecked ? commentText(node) : undefined
        const entry = inner === undefined ? undefined : nearest(comments.get(normalizePlainText(inner)), section)
        if (entry) {
          found.push({
            place: node.position,
            reason: `Template comment ${inlineCode(inner!.trim())} ${origin(entry)} is left in place: remove it`,
          })
        }
        continue
      }
      // Headings and table cells hold no paragraphs: their text is not prose.
      if (node.type === 'heading' || node.type === 'table' || !('children' in node)) continue
      const depth = node.type === 'blockquote' ? quotes + 1 : quotes
      for (let index = node.children.length - 1; index >= 0; index--) stack.push([node.children[index]!, depth])
    }
    reportFindings(file, found)
  },
)

export default remarkLintNoTemplateBoilerplate

/** Check the rule's own option; `templateRule` has checked the rest. */
function readOptions(options: TemplateOptions & Record<string, unknown>): Options {
  expectBoolean(id, 'comments', options.comments)
  return options as Options
}

/** A template's reportable text by normalised text, every place it stands. */
interface Boilerplate {
  /** Paragraphs and list items. */
  prose: Map<string, TemplateBoilerplate[]>
  comments: Map<string, TemplateBoilerplate[]>
}

/** Whether some text stands in more than one place of the template. */
function repeats(lookup: Map<string, TemplateBoilerplate[]>): boolean {
  for (const entries of lookup.values()) if (entries.length > 1) return true
  return false
}

/**
 * Of the places the template has a text, the one in the doc's section (or
 * a section around it), else the first: text such as `**Note:** Section
 * not required until targeted at a release.` stands in several sections.
 */
function nearest(entries: TemplateBoilerplate[] | undefined, section: TemplateSection | undefined): TemplateBoilerplate | undefined {
  if (!entries) return undefined
  for (let around = section; around; around = around.parent) {
    const here = entries.find((entry) => entry.section === around)
    if (here) return here
  }
  return entries[0]
}

// Templates are parsed once per process and shared by every file, so the
// lookup is built once per template too.
const boilerplateOf = cachedPerObject((template: DocTemplate): Boilerplate => {
  const boilerplate: Boilerplate = { prose: new Map(), comments: new Map() }
  for (const entry of template.boilerplate) {
    if (wordCount(entry.normalized) < minimumWords || entry.task || entry.example) continue
    const lookup = entry.kind === 'comment' ? boilerplate.comments : boilerplate.prose
    const entries = lookup.get(entry.normalized)
    if (entries) entries.push(entry)
    else lookup.set(entry.normalized, [entry])
  }
  return boilerplate
})

/** Words are runs of letters and digits: `why?` is one. */
function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}


/** Where the template has the text: `` from `# Summary` ``. */
function origin(entry: TemplateBoilerplate): string {
  return entry.section ? `from ${showSection(entry.section)}` : "from outside the template's sections"
}

/** The inner text of an HTML node that is exactly one comment. */
function commentText(node: Html): string | undefined {
  const comment = /^<!--([\s\S]*?)-->$/u.exec(node.value.trim())
  return comment && !comment[1]!.includes('-->') ? comment[1] : undefined
}

/**
 * A node's source as written, without the `>` markers of the block quotes
 * around it that start its later lines. (Inside a paragraph, a line cannot
 * start with a `>` of its own: that would open a block quote.)
 */
function written(node: Nodes, source: string, quotes: number): string {
  const text = source.slice(node.position!.start.offset, node.position!.end.offset)
  if (quotes === 0) return text
  const markers = new RegExp(`^(?:[ \\t]*>){0,${quotes}}`, 'u')
  return text
    .split(/\r?\n|\r/u)
    .map((line, index) => (index === 0 ? line : line.replace(markers, '')))
    .join('\n')
}
