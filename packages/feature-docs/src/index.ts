/**
 * The command line's reports as functions, for tools that run remark
 * themselves and want the same output: give them the checked VFiles.
 */
export { githubReport } from './report/github-report.js'
export { jsonReport } from './report/json-report.js'
export { fileReports } from './report/plain-messages.js'
export type { FileReport, PlainMessage, SelectOptions } from './report/plain-messages.js'
/** The preset's rules as each declares itself (the SARIF `rules` table is made from them). */
export { presetRules } from 'remark-preset-lint-feature-docs'
export type { RuleInfo } from '@feature-docs/rule-kit'
export { sarifReport } from './report/sarif-report.js'
