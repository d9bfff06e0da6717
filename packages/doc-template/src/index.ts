export { alignDocument } from './align.js'
export type {
  ColumnAlignment,
  DocumentAlignment,
  SectionAlignment,
  SectionStatus,
  TableAlignment,
  TitleAlignment,
} from './align.js'
export { angleSpans, bracketSpans, containsPlaceholder, curlySpans, delimitedSpansOf, isAngleInner, isPlaceholderInner, isPlaceholderSpan, isWholePlaceholder, maskExpressions, maskSyntax, placeholderSpans, placeholderSyntaxes, type DelimitedSyntax, type PlaceholderSyntax } from './brackets.js'
export type { BracketSpan } from './brackets.js'
export { TemplateError } from './errors.js'
export { bareValue, frontMatterChoices, frontMatterKind, isFiller, listsChoices, mustReplace, readFrontMatter, sameValue, saysKeysOptional } from './front-matter.js'
export type { FrontMatter, FrontMatterEntry, FrontMatterKind } from './front-matter.js'
export { sectionExtent } from './extent.js'
export type { SectionExtent } from './extent.js'
export { documentFields, isDateField, namedDateFormat, plainFieldLines, strongFieldLines } from './fields.js'
export type { FieldLine } from './fields.js'
export { clearTemplateCache, loadTemplate, loadTemplateTitle, looksLikePath, markdownExtensions } from './load.js'
export { compileTemplate, compiledTemplateFor, decodeModel, encodeModel, registerCompiledTemplates, reviveTemplate, templateDataFormat } from './model-data.js'
export type { CompiledTemplate } from './model-data.js'
export { scanTitle } from './title-scan.js'
export type { ScannedTitle } from './title-scan.js'
export { markdownSource, parseMarkdown, positionFinder, restorePositions } from './markdown.js'
export type { PositionFinder } from './markdown.js'
export type {
  DocTemplate,
  TemplateBoilerplate,
  TemplateColumn,
  TemplateField,
  TemplateFrontMatterKey,
  TemplatePlaceholder,
  TemplateSection,
  TemplateTable,
  TemplateTitle,
} from './model.js'
export {
  editDistance,
  headingKey,
  hasOptionalSuffix,
  misspellingLimit,
  normalizeCell,
  normalizeHeading,
  normalizePlainText,
} from './normalize.js'
export { parseTemplate } from './parse.js'
export { maxBracketsPerParagraph, maxEmphasisMarkersPerParagraph, maxListIndent, maxNestingPerLine, maxTextAfterOpenBracket, parseGuardRuleId, parseGuardSource, parseHazard, remarkParseGuard } from './parse-guard.js'
export type { ParseHazard } from './parse-guard.js'
export { clearProjectRootCache, configFolder, isInside, isWithin, projectRoot } from './project-root.js'
export type { ParseTemplateOptions } from './parse.js'
export { compilePattern, escapeRegExp, freeTitleTail, matchPattern, patternDistance, patternOf } from './pattern.js'
export type { PatternPart, TextPattern } from './pattern.js'
export { resolveTemplate, resolveTemplateTitle, selectTemplate } from './select.js'
export type { Misfit, NearTitle, SelectTemplateOptions, SelectionReason, TemplateSelection } from './select.js'
export { longestIncreasing } from './order.js'
export { firstEndingAfter, partitionPoint, proseRanges, standsAlone, withinRanges } from './prose.js'
export type { ProseRanges, SourceRange } from './prose.js'
export { sectionText, tableText } from './skeleton.js'
export { headingLine, headingSource, inlineCode, oneOf, showHeading, showSection } from './wording.js'
export { cachedPerObject, cachedPerPair } from './tree-cache.js'
export { checkTemplate, checkTemplateSource, describeTemplate } from './describe.js'
export type { FieldDescription, FrontMatterKeyDescription, InstructionCount, SectionDescription, SyntaxDescription, TableDescription, TemplateDescription, TemplateFinding, TemplateFindingId, TitleDescription } from './describe.js'
