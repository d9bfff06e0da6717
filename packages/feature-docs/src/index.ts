/**
 * The command line's reports as functions, for tools that run remark
 * themselves and want the same output: give them the checked VFiles.
 */
export { githubReport } from './report/github-report.js'
export { jsonReport } from './report/json-report.js'
export { fileReports } from './report/plain-messages.js'
export type { FileReport, PlainMessage, SelectOptions } from './report/plain-messages.js'
export { presetRules } from './report/rules.js'
export type { RuleInfo } from './report/rules.js'
export { sarifReport } from './report/sarif-report.js'
