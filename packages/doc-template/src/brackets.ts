/**
 * Finding `[bracketed text]` in Markdown source. Shared by the template
 * model (which collects a template's placeholders) and the no-placeholders
 * rule (which reports them in documents), so both agree on what a
 * placeholder is.
 */

/** One `[...]` span in source, offsets into the scanned string. */
export interface BracketSpan {
  /** Offset of `[`. */
  start: number
  /** Offset just past `]`. */
  end: number
  /** The text between the brackets, as written. */
  inner: string
}

/**
 * Every innermost `[...]` between `from` and `to`, skipping brackets escaped
 * with a backslash (unless `escapes` is false, as in code, where a
 * backslash is a character like any other). One pass with one remembered
 * `[`, so the scan is linear in the length of the source whatever it holds
 * (a million `[` included).
 */
export function* bracketSpans(source: string, from = 0, to = source.length, escapes = true): Generator<BracketSpan> {
  yield* delimitedSpans(source, from, to, escapes, 91 /* [ */, 93 /* ] */)
}

/** Every innermost span between `open` and `close` character codes; see `bracketSpans`. */
function* delimitedSpans(source: string, from: number, to: number, escapes: boolean, open: number, close: number): Generator<BracketSpan> {
  let start = -1
  for (let index = from; index < to; index++) {
    const code = source.charCodeAt(index)
    if (code === 92 /* \ */ && escapes) {
      index++
    } else if (code === open) {
      start = index
    } else if (code === close && start !== -1) {
      yield { start, end: index + 1, inner: source.slice(start + 1, index) }
      start = -1
    }
  }
}

const letter = /\p{L}/u

/**
 * Whether the text between brackets reads like a placeholder: it holds a
 * letter, and is not a GitHub alert (`!NOTE`), a footnote label (`^1`), an
 * ellipsis, a checkbox (`[x]`), or `[optional]`, which marks a section as
 * optional (OpenShift's `## Open Questions [optional]`) and is nothing to
 * replace.
 */
export function isPlaceholderInner(inner: string): boolean {
  const trimmed = inner.trim()
  if (!letter.test(trimmed)) return false
  if (trimmed.startsWith('^')) return false
  if (/^![a-z]+$/iu.test(trimmed)) return false
  if (/^optional$/iu.test(trimmed)) return false
  // `[x]`, `[X]`: a checkbox, wherever it stands (a table cell, mid-line).
  if (trimmed === 'x' || trimmed === 'X') return false
  return true
}

/** Whether `text` is, as a whole, one placeholder such as `[Feature Name]`. */
export function isWholePlaceholder(text: string): boolean {
  const trimmed = text.trim()
  const match = /^\[([^[\]]*)\]$/u.exec(trimmed)
  return match !== null && isPlaceholderInner(match[1]!)
}

/** Whether `text` holds a placeholder anywhere. */
export function containsPlaceholder(text: string): boolean {
  for (const span of bracketSpans(text)) {
    if (isPlaceholderInner(span.inner)) return true
  }
  return false
}

/**
 * Placeholder syntaxes a template may use: `[x]` (ours, and many others),
 * `{x}` (MADR), runs such as `NNNN` or `XXXX` standing for a number (a
 * KEP's `KEP-NNNN`), and date masks such as `yyyy-mm-dd`. A template's own
 * are read from it (`templateSyntaxes`).
 */
export type PlaceholderSyntax = 'square' | 'curly' | 'angle' | 'number-mask' | 'date-mask'

/** Every syntax, in the order they are listed and tried. */
export const placeholderSyntaxes: readonly PlaceholderSyntax[] = ['square', 'curly', 'angle', 'number-mask', 'date-mask']

/** Every innermost `{...}` between `from` and `to`, as `bracketSpans` finds `[...]`. */
export function* curlySpans(source: string, from = 0, to = source.length, escapes = true): Generator<BracketSpan> {
  yield* delimitedSpans(source, from, to, escapes, 123 /* { */, 125 /* } */)
}

/** Every innermost `<...>` between `from` and `to`, as `bracketSpans` finds `[...]`. */
export function* angleSpans(source: string, from = 0, to = source.length, escapes = true): Generator<BracketSpan> {
  yield* delimitedSpans(source, from, to, escapes, 60 /* < */, 62 /* > */)
}

/** The syntaxes whose placeholders are delimited: `[x]`, `{x}`, `<x>`. */
export type DelimitedSyntax = 'square' | 'curly' | 'angle'

/** The spans of one delimited syntax, placeholders or not. */
export function delimitedSpansOf(
  syntax: DelimitedSyntax,
  source: string,
  from = 0,
  to = source.length,
  escapes = true,
): Generator<BracketSpan> {
  if (syntax === 'curly') return curlySpans(source, from, to, escapes)
  if (syntax === 'angle') return angleSpans(source, from, to, escapes)
  return bracketSpans(source, from, to, escapes)
}

/** Whether a span of `syntax` reads as a placeholder. */
export function isPlaceholderSpan(syntax: DelimitedSyntax, inner: string): boolean {
  return syntax === 'angle' ? isAngleInner(inner) : isPlaceholderInner(inner)
}

// HTML elements (and the SVG/MathML roots), which `<x>` is not a placeholder for.
const htmlElements = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup ' +
    'data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head ' +
    'header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav noscript object ol ' +
    'optgroup option output p param picture pre progress q rp rt ruby s samp script search section select slot small source span ' +
    'strike strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr ' +
    'center font big math svg'
  ).split(' '),
)

/**
 * Whether the text between `<` and `>` reads like a placeholder (`<feature
 * name>`, `<your-team>`): a letter first, and not an HTML tag (a known
 * element, a closing tag, attributes with `=`), a comment or declaration,
 * or an autolink (`<https://…>`, `<me@example.com>`).
 */
export function isAngleInner(inner: string): boolean {
  const trimmed = inner.trim()
  if (!/^\p{L}/u.test(trimmed) || inner !== inner.trimStart()) return false
  if (/[="'`]/u.test(trimmed) || /^[a-z][a-z\d+.-]{1,31}:[^\s<>]*$/iu.test(trimmed) || trimmed.includes('@')) return false
  const first = /^[\p{L}\p{N}-]+/u.exec(trimmed)![0].toLowerCase()
  return !htmlElements.has(first)
}

/** Placeholder spans of every syntax in `syntaxes`, in source order. */
export function placeholderSpans(text: string, syntaxes: readonly PlaceholderSyntax[]): BracketSpan[] {
  const found: BracketSpan[] = []
  for (const syntax of ['square', 'curly', 'angle'] as const) {
    if (!syntaxes.includes(syntax)) continue
    for (const span of delimitedSpansOf(syntax, text)) if (isPlaceholderSpan(syntax, span.inner)) found.push(span)
  }
  for (const syntax of ['number-mask', 'date-mask'] as const) {
    if (!syntaxes.includes(syntax)) continue
    for (const match of text.matchAll(maskExpressions[syntax])) {
      found.push({ start: match.index, end: match.index + match[0].length, inner: match[0] })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * `NNNN`, `XXXX` (three or more, as a word) and date masks (`yyyy-mm-dd`,
 * `DD/MM/YYYY`), either case: text is often case folded before it is read.
 */
export const maskExpressions = {
  'number-mask': /(?<![\p{L}\p{N}])(?:N{3,}|X{3,}|n{3,}|x{3,})(?![\p{L}\p{N}])/gu,
  'date-mask': /(?<![\p{L}\p{N}])(?:y{4}[-/.]m{2}[-/.]d{2}|d{2}[-/.]m{2}[-/.]y{4}|m{2}[-/.]d{2}[-/.]y{4})(?![\p{L}\p{N}])/giu,
} as const

// The same, as a whole text: built once, as titles are matched for every doc.
const wholeMasks = (['number-mask', 'date-mask'] as const).map(
  (syntax) => [syntax, new RegExp(`^(?:${maskExpressions[syntax].source})$`, maskExpressions[syntax].flags.replace('g', ''))] as const,
)

/** The syntax of a mask placeholder (`NNNN`, `yyyy-mm-dd`), if it is one. */
export function maskSyntax(text: string): 'number-mask' | 'date-mask' | undefined {
  return wholeMasks.find(([, expression]) => expression.test(text))?.[0]
}
