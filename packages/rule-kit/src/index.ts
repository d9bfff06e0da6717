export { packageReadme, repository, ruleUrl, templateFound, templateRule } from './rule.js'
export type { RuleCrash, RuleInfo, RuleMeta, RuleSetting, Severity } from './rule.js'
export {
  OptionError,
  expectBoolean,
  expectString,
  expectFilesRecord,
  expectSyntaxList,
  namedSyntaxes,
  expectStringRecord,
  forceTemplate,
  readTemplateOptions,
  show,
  templateForFile,
  templateOptionKeys,
  usableTemplate,
} from './options.js'
export type { TemplateOptions } from './options.js'
export { optionsFolder } from './anchor.js'
export { builtinTemplates, registerBuiltinTemplates } from './builtins.js'
export { documentStart, pinMessage, reportFindings } from './report.js'
export type { Finding } from './report.js'
export { applyFixes, blockInsertion, blockInsertions, fixPass, placeBlocks, defaultFixKinds, fixKinds, lineEndOf, lineEnding, lineStartOf, nextLineStart, withLineEnding } from './fix.js'
export type { AppliedFixes, Fix, FixKind, ProposedFix } from './fix.js'
