/**
 * The preset's rules as reports describe them (the SARIF `rules` table):
 * each rule declares its id, readme link, descriptions, fix help and
 * whether it has fixes beside its code, and the preset lists them in its
 * order. GitHub code scanning shows the long description and the help
 * beside each alert, so they say what a reader needs without opening the
 * readme.
 */
import { packageReadme } from '@feature-docs/doc-template'

export { presetRules } from 'remark-preset-lint-feature-docs'
export type { RuleInfo } from '@feature-docs/doc-template'

/** The command line's own readme, the SARIF tool's `informationUri`. */
export const informationUri = packageReadme('feature-docs')
