/**
 * `feature-docs templates show <name or path>`: what the rules read from a
 * template, so its author can see why a message appears. The template is
 * found as the rules find it (a built-in name, a name the project's JSON
 * configuration adds, or a path), and described by doc-template's
 * `describeTemplate`; this module only lays the description out.
 */
import type { FieldDescription, InstructionCount, SectionDescription, TemplateDescription } from '@feature-docs/doc-template'
import type { TemplatesOptions } from '../templates-command.js'
import { exitCodes } from '../usage-error.js'
import { loadReference, readReference, shortPath } from './find.js'

/** The description, plus where a named template comes from (`built-in` or a configuration file). */
export type ShownTemplate = Omit<TemplateDescription, 'name' | 'path'> & { name: string | null; from: string | null; path: string | null }

export async function showTemplate(reference: string, options: TemplatesOptions, cwd: string): Promise<number> {
  const { describeTemplate } = await import('@feature-docs/doc-template')
  const found = await readReference(reference, options, cwd)
  const template = await loadReference(found, cwd, '`feature-docs templates show`')
  const { name, path, ...rest } = describeTemplate(template)
  const shown: ShownTemplate = { name, from: found.from, path: path === null ? null : shortPath(path, cwd), ...rest }
  process.stdout.write(options.format === 'json' ? `${JSON.stringify(shown, null, 2)}\n` : formatTemplate(shown))
  return exitCodes.clean
}

/** The description as indented text, one part after another. */
export function formatTemplate(template: ShownTemplate): string {
  const lines: string[] = []
  lines.push(template.name === null ? `Template ${template.path}` : `Template ${template.name} (${template.from})${template.path === null ? '' : `: ${template.path}`}`)
  lines.push('', ...titleLines(template), '', ...syntaxLines(template))

  const count = countSections(template.sections)
  const optional = countSections(template.sections, (section) => section.optional)
  lines.push('', `Sections (${count}${optional > 0 ? `, ${optional} optional` : ''}; each required unless marked optional):`)
  const walk = (section: SectionDescription, indent: string) => {
    lines.push(`${indent}${section.heading}${notes(section)}`)
    for (const child of section.children) walk(child, `${indent}  `)
  }
  for (const section of template.sections) walk(section, '  ')

  lines.push('', template.tables.length === 0 ? 'Tables: none' : `Tables (${template.tables.length}):`)
  for (const table of template.tables) {
    lines.push(`  table ${table.section === null ? 'before the first section' : `under ${table.section}`}: | ${table.columns.join(' | ')} |`)
  }

  lines.push('', template.fields.length === 0 ? 'Fields: none' : `Fields (${template.fields.length}):`)
  let group: string | null | undefined
  for (const field of template.fields) {
    if (field.section !== group) {
      group = field.section
      lines.push(`  ${group === null ? 'outside any section' : `in ${group}`}:`)
    }
    lines.push(`    ${fieldLabel(field)} ${fieldMeaning(field)}`)
  }

  if (template.frontMatter.length > 0) {
    lines.push('', `Front matter (${template.frontMatter.length} key${template.frontMatter.length === 1 ? '' : 's'}):`)
    for (const key of template.frontMatter) {
      const meaning = key.expects === 'choice' ? `one of ${key.choices!.join(', ')}` : key.expects === 'date' ? `a date as ${key.dateFormat}` : 'any text'
      lines.push(`  ${key.key}: ${meaning}${key.optional ? ' (optional)' : ''}`)
    }
  }

  lines.push('', `Instruction text: ${instructionText(template.instructions) ?? 'none'}`)
  const outside = instructionText(template.instructionsOutsideSections)
  if (outside !== undefined) lines.push(`  outside any section: ${outside}`)
  return `${lines.join('\n')}\n`
}

function titleLines(template: ShownTemplate): string[] {
  const title = template.title
  if (!title) {
    const ones = countSections(template.sections, (section) => section.depth === 1)
    return [ones > 0 ? 'Title: none: its H1s are sections (a doc may put a title of its own above them)' : 'Title: none: the template has no H1']
  }
  const meaning =
    title.matches === 'free'
      ? "no placeholder: it stands for the doc's own title, so any H1 will do"
      : title.matches === 'any'
        ? 'all placeholder: any H1 will do, so a doc is not recognised as written from this template by its title'
        : `a doc's H1 must match it, ${listOf(title.placeholders)} standing for any text`
  return [`Title: ${title.heading}`, `  ${meaning}`]
}

function syntaxLines(template: ShownTemplate): string[] {
  const syntaxes = template.placeholderSyntaxes
  if (syntaxes.length === 0) return ['Placeholder syntaxes: none found, so brackets and braces in a doc are its own text']
  return [
    `Placeholder syntaxes: ${syntaxes.map((syntax) => syntax.notation).join(', ')}`,
    ...syntaxes.map((syntax) => `  ${syntax.notation}: ${syntax.count}${syntax.examples.length > 0 ? `, e.g. ${syntax.examples.map(clip).join(', ')}` : ''}`),
  ]
}

/** `  (optional; instructions: 2 paragraphs, 40 words)` after a heading. */
function notes(section: SectionDescription): string {
  const parts: string[] = []
  if (section.optional) parts.push('optional')
  if (section.placeholder === 'any') parts.push('any heading')
  if (section.placeholder === 'pattern') parts.push(`${listOf(section.placeholders)} ${section.placeholders.length === 1 ? 'stands' : 'stand'} for any text`)
  const instructions = instructionText(section.instructions, false)
  if (instructions !== undefined) parts.push(`instructions: ${instructions}`)
  const kept = keptText(section.instructions)
  if (kept !== undefined) parts.push(kept)
  return parts.length === 0 ? '' : `  (${parts.join('; ')})`
}

function fieldLabel(field: FieldDescription): string {
  return field.style === 'strong' ? `**${field.label}:**` : `${field.label}:`
}

function fieldMeaning(field: FieldDescription): string {
  const empty = field.mayBeEmpty ? ', or empty' : ''
  if (field.expects === 'choice') return `one of ${field.choices!.join(', ')}${empty}`
  if (field.expects === 'date') return `a date as ${field.dateFormat}${empty}`
  if (field.expects === 'same') {
    const where = field.sameAs!.in === 'title' ? 'in the title' : `in field ${field.sameAs!.in}`
    return `the same text as ${field.sameAs!.placeholder} ${where}${empty}`
  }
  return `any text${empty}`
}

/**
 * `2 paragraphs, 3 list items, 85 words` (and, `withKept`, the example and
 * checklist items a doc may keep), or undefined for none.
 */
function instructionText(count: InstructionCount, withKept = true): string | undefined {
  const parts = [
    plural(count.paragraphs, 'paragraph'),
    plural(count.listItems, 'list item'),
    plural(count.comments, 'comment'),
  ].filter((part) => part !== undefined)
  if (parts.length > 0) parts.push(plural(count.words, 'word') ?? '0 words')
  const kept = withKept ? keptText(count) : undefined
  if (kept !== undefined) parts.push(kept)
  return parts.length === 0 ? undefined : parts.join(', ')
}

/** `6 example items a doc may keep`, or undefined for none. */
function keptText(count: InstructionCount): string | undefined {
  const kept = [plural(count.exampleItems, 'example item'), plural(count.checklistItems, 'checklist item')].filter((part) => part !== undefined)
  return kept.length === 0 ? undefined : `${kept.join(', ')} a doc may keep`
}

function plural(count: number, noun: string): string | undefined {
  if (count === 0) return undefined
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`
}

function countSections(sections: readonly SectionDescription[], which: (section: SectionDescription) => boolean = () => true): number {
  return sections.reduce((sum, section) => sum + (which(section) ? 1 : 0) + countSections(section.children, which), 0)
}

/** `[A]`, `[A] and [B]`, `[A], [B] and [C]`. */
function listOf(values: readonly string[]): string {
  return values.length > 1 ? `${values.slice(0, -1).join(', ')} and ${values.at(-1)}` : (values[0] ?? '')
}

/** A long placeholder cut to keep the line short. */
function clip(text: string): string {
  const flat = text.replace(/\s+/gu, ' ')
  return flat.length > 40 ? `${flat.slice(0, 38)}…${flat.at(-1)}` : flat
}
