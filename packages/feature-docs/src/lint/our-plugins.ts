/**
 * Our rules' ids, for recognising our plugins by the names a remark
 * configuration gives them (`remark-lint-required-sections`).
 *
 * The ids are the preset's (`presetRules`, from each rule's `meta`),
 * written out here once because this is read before the preset is loaded
 * (screening files, reading configuration files): importing the preset
 * for them would load every rule first and undo the overlap that keeps a
 * one-file run fast. `our-plugins.test.ts` fails when they differ.
 */
export const ruleIds = [
  'required-sections',
  'required-table-columns',
  'no-placeholders',
  'required-fields',
  'no-empty-template-sections',
  'no-template-boilerplate',
] as const

/** The rule ids as a regular-expression alternation, for the patterns that recognise our plugins by name. */
export const ruleIdPattern = ruleIds.join('|')
