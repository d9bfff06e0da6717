/**
 * The template model: what a Markdown template requires of the documents
 * written from it. Built by `parseTemplate`, read by every rule.
 */
import type { Position } from 'unist'
import type { DelimitedSyntax, PlaceholderSyntax } from './brackets.js'
import type { FrontMatterKind } from './front-matter.js'
import type { TextPattern } from './pattern.js'

export interface DocTemplate {
  /** The built-in or configured name, when it has one. */
  name: string | undefined
  /** The file it was read from, when it was read from a file. */
  path: string | undefined
  /** The template's Markdown source. */
  source: string
  /** The placeholder syntaxes it writes (`[x]`, and `{x}` when it uses them). */
  syntaxes: PlaceholderSyntax[]
  /** The first H1, when the template has exactly one and it comes first. */
  title: TemplateTitle | undefined
  /** Top-level sections, in template order. */
  sections: TemplateSection[]
  /** Every section, depth first, in template order. */
  allSections: TemplateSection[]
  /** Tables that stand before the first section. */
  tables: TemplateTable[]
  /** Every placeholder occurrence, in source order, code included. */
  placeholders: TemplatePlaceholder[]
  /** `**Label**: value` lines and `- Label: value` list items. */
  fields: TemplateField[]
  /** Prose with no placeholder in it: instructions a doc should not keep. */
  boilerplate: TemplateBoilerplate[]
  /** The keys of its YAML front matter, in order; none when it has none. */
  frontMatter: TemplateFrontMatterKey[]
}

/** A key of the template's front matter: a field every doc has in its own. */
export interface TemplateFrontMatterKey {
  key: string
  /** The value as written (`provisional|implementable`, `yyyy-mm-dd`); '' for a list. */
  value: string
  /** The items of a list value, as written (`TBD`). */
  items: string[]
  /** `choice` for `a|b|c`, `date` for a date mask, else `text`. */
  kind: FrontMatterKind
  /** The values a `choice` allows. */
  choices: string[] | undefined
  /** A comment on it, or before the first key, says it may be left out. */
  optional: boolean
  position: Position
}

export interface TemplateTitle {
  /** Heading text as read (Markdown syntax removed). */
  text: string
  /** Heading content as written in the template source. */
  source: string
  normalized: string
  /** What a doc's title must match; any title when `free`. */
  pattern: TextPattern
  /** The template's title has no placeholder: it stands for the doc's own title. */
  free: boolean
  position: Position
}

export interface TemplateSection {
  /** Heading text as read (Markdown syntax removed). */
  text: string
  /** Heading content as written in the template source. */
  source: string
  normalized: string
  /** What headings are matched by: `normalized` less `(optional)`. */
  key: string
  pattern: TextPattern
  depth: 1 | 2 | 3 | 4 | 5 | 6
  /** Ends in `(Optional)` or is followed by `<!-- optional -->`. */
  optional: boolean
  /** The heading text is a placeholder: any heading at its place will do. */
  wildcard: boolean
  position: Position
  parent: TemplateSection | undefined
  children: TemplateSection[]
  /** Tables in the section's own content, before its first subsection. */
  tables: TemplateTable[]
  /** Index in `DocTemplate.allSections`. */
  index: number
}

export interface TemplateTable {
  section: TemplateSection | undefined
  columns: TemplateColumn[]
  position: Position
}

export interface TemplateColumn {
  /** Cell text as read (Markdown syntax removed). */
  text: string
  /** Cell content as written in the template source. */
  source: string
  normalized: string
  index: number
}

export interface TemplatePlaceholder {
  /** With its brackets: `[Feature Name]`. */
  text: string
  /** Between the brackets: `Feature Name`. */
  inner: string
  /** Written `[x]`, `{x}` or `<x>`. */
  syntax: DelimitedSyntax
  /** Found in inline code or a code block. */
  inCode: boolean
  position: Position
}

export interface TemplateField {
  /** `Risk Level` for `**Risk Level**: [Low/Medium/High]`. */
  label: string
  normalizedLabel: string
  /** The value as written: `[Low/Medium/High]`. */
  value: string
  /** The values allowed when the value is `[A/B/C]`. */
  allowed: string[] | undefined
  /** The placeholder when the value is exactly one: `[Date]`. */
  placeholder: string | undefined
  /** `strong` for `**Label**: value`, `plain` for a `- Label: value` item. */
  style: 'strong' | 'plain'
  section: TemplateSection | undefined
  position: Position
}

export interface TemplateBoilerplate {
  text: string
  normalized: string
  kind: 'paragraph' | 'list-item' | 'comment'
  /** A task list item (`- [ ] Test plan is in place`): a checklist to keep and tick. */
  task: boolean
  /**
   * A list item the template offers as an example to adopt ("**Examples**:
   * These are generalized examples to consider" before the lists): a doc
   * may keep it as its own.
   */
  example: boolean
  section: TemplateSection | undefined
  position: Position
}
