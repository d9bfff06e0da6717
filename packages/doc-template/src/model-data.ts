/**
 * A template's parsed model as data. The built-in templates ship theirs,
 * made at build time (the preset's `scripts/compile-templates.mjs`), so a
 * run does not parse them at every start. Each record names the bytes it
 * was made from (size and SHA-256): `loadTemplate` takes the model from it
 * only for a file with exactly those bytes (a copy of a built-in template
 * in a team's repository too), read with no option that changes the model
 * (`syntaxes`), and parses the file otherwise.
 *
 * `FEATURE_DOCS_PARSE_BUILTINS=1` in the environment reads templates as
 * before there was data: every one parsed from its Markdown, and every
 * known one parsed in full to match a doc's title against it (no title
 * scan, see `loadTemplateTitle`). For measuring what both save
 * (bench/startup.mjs), or ruling them out when a result looks wrong.
 *
 * The model is a graph (a section points at its parent, a table at its
 * section) of plain objects and arrays holding strings, numbers, booleans,
 * null and undefined. It is written as JSON with each object or array in
 * full once, in depth-first order, and as `{"$ref": n}` (the n-th written,
 * counting from 0) wherever it comes again, so cycles and shared objects
 * come back as they were; `undefined`, `-0`, `NaN`, infinities and regular
 * expressions have markers of their own. Anything else (a Map, a class
 * instance, a function) cannot be written: the build fails rather than ship
 * a model that comes back different.
 */
import { createHash } from 'node:crypto'
import type { DocTemplate } from './model.js'

/** The version of this encoding: a record in another is not read. */
export const templateDataFormat = 1

/** A template's model, as data, and the file it was made from. */
export interface CompiledTemplate {
  /** `templateDataFormat` when it was written. */
  format: number
  /** Size in bytes of the Markdown file the model was parsed from. */
  size: number
  /** SHA-256 of that file, in hex. */
  sha256: string
  /** The model (name and path left out), encoded by `encodeModel`. */
  model: string
}

/** Records by the size of the file each was made from: only a file of one of these sizes is hashed. */
const bySize = new Map<number, CompiledTemplate[]>()

/** Make these models known to `loadTemplate` (the preset registers its built-ins' models). */
export function registerCompiledTemplates(records: Iterable<CompiledTemplate>): void {
  for (const record of records) {
    if (record.format !== templateDataFormat) continue
    const list = bySize.get(record.size) ?? []
    if (!list.some((known) => known.sha256 === record.sha256)) list.push(record)
    bySize.set(record.size, list)
  }
}

/** Whether `FEATURE_DOCS_PARSE_BUILTINS=1`: parse every template as before, data and title scans unused. */
export function parseAsBefore(): boolean {
  return process.env.FEATURE_DOCS_PARSE_BUILTINS === '1'
}

/** The registered record made from exactly these bytes, if any and if data may be used. */
export function compiledTemplateFor(bytes: Uint8Array): CompiledTemplate | undefined {
  const candidates = bySize.get(bytes.byteLength)
  if (!candidates || parseAsBefore()) return undefined
  const sha256 = sha256Of(bytes)
  return candidates.find((record) => record.sha256 === sha256)
}

/** The record for a template parsed from `bytes`. */
export function compileTemplate(bytes: Uint8Array, template: DocTemplate): CompiledTemplate {
  return {
    format: templateDataFormat,
    size: bytes.byteLength,
    sha256: sha256Of(bytes),
    model: encodeModel({ ...template, name: undefined, path: undefined }),
  }
}

/** The model a record holds, named and placed as a parse with these options would. */
export function reviveTemplate(record: CompiledTemplate, options: { name?: string | undefined; path?: string | undefined } = {}): DocTemplate {
  const template = decodeModel(record.model) as DocTemplate
  template.name = options.name
  template.path = options.path
  return template
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded }

/** `value` as JSON text that `decodeModel` turns back into an equal graph. Throws on what it cannot write. */
export function encodeModel(value: unknown): string {
  const seen = new Map<object, number>()
  const encode = (current: unknown, at: string): Encoded => {
    switch (typeof current) {
      case 'undefined':
        return { $undefined: 1 }
      case 'boolean':
      case 'string':
        return current
      case 'number':
        return Number.isFinite(current) && !Object.is(current, -0) ? current : { $number: Object.is(current, -0) ? '-0' : String(current) }
      case 'object': {
        if (current === null) return null
        const id = seen.get(current)
        if (id !== undefined) return { $ref: id }
        seen.set(current, seen.size)
        if (current instanceof RegExp && Object.getPrototypeOf(current) === RegExp.prototype) {
          return { $regexp: [current.source, current.flags, current.lastIndex] }
        }
        if (Array.isArray(current) && Object.getPrototypeOf(current) === Array.prototype) {
          const items: Encoded[] = []
          for (let index = 0; index < current.length; index++) {
            if (!(index in current)) throw new TypeError(`Cannot encode a template model: a hole in the array at ${at}[${index}]`)
            items.push(encode(current[index], `${at}[${index}]`))
          }
          return items
        }
        if (Object.getPrototypeOf(current) !== Object.prototype) {
          throw new TypeError(`Cannot encode a template model: ${at} is a ${current.constructor?.name ?? 'object without a prototype'}, not a plain object`)
        }
        if (Object.getOwnPropertySymbols(current).length > 0) throw new TypeError(`Cannot encode a template model: ${at} has symbol keys`)
        const object: Record<string, Encoded> = {}
        for (const [key, item] of Object.entries(current)) {
          // Marker keys start with `$`: a key of the model's own may not.
          if (key.startsWith('$')) throw new TypeError(`Cannot encode a template model: ${at} has a key \`${key}\``)
          object[key] = encode(item, `${at}.${key}`)
        }
        return object
      }
      default:
        throw new TypeError(`Cannot encode a template model: ${at} is a ${typeof current}`)
    }
  }
  return JSON.stringify(encode(value, 'model'))
}

/** The graph `encodeModel` wrote. */
export function decodeModel(text: string): unknown {
  const made: object[] = []
  const decode = (value: Encoded): unknown => {
    if (value === null || typeof value !== 'object') return value
    if (Array.isArray(value)) {
      const items: unknown[] = []
      made.push(items)
      for (const item of value) items.push(decode(item))
      return items
    }
    if ('$ref' in value) return made[value.$ref as number]
    if ('$undefined' in value) return undefined
    if ('$number' in value) return Number(value.$number)
    if ('$regexp' in value) {
      const [source, flags, lastIndex] = value.$regexp as [string, string, number]
      const expression = new RegExp(source, flags)
      expression.lastIndex = lastIndex
      made.push(expression)
      return expression
    }
    const object: Record<string, unknown> = {}
    made.push(object)
    for (const key of Object.keys(value)) object[key] = decode(value[key]!)
    return object
  }
  return decode(JSON.parse(text) as Encoded)
}
