/** Types of `rule-tables.mjs`, for the type-checked test that imports it. */
import type { RuleInfo } from '@feature-docs/rule-kit'

export declare const begin: string
export declare const end: string
export declare const readmes: readonly { path: string; link: (rule: RuleInfo) => string }[]
export declare function ruleTable(rules: readonly RuleInfo[], link: (rule: RuleInfo) => string): string[]
export declare function tableIn(text: string): { lines: string[]; start: number; stop: number; all: string[] } | undefined
export declare function withTable(text: string, rules: readonly RuleInfo[], link: (rule: RuleInfo) => string, path?: string): string
