/**
 * The preset's rules as reports describe them (the SARIF `rules` table):
 * id, readme link, one-line description. The links are the ones the rules
 * put on their messages; a test checks that the two agree.
 */
export interface RuleInfo {
  id: string
  url: string
  description: string
}

const repository = 'https://github.com/feature-docs/feature-docs/tree/main/packages'

/** The command line's own readme, the SARIF tool's `informationUri`. */
export const informationUri = `${repository}/feature-docs#readme`

export const presetRules: readonly RuleInfo[] = [
  {
    id: 'required-sections',
    url: `${repository}/remark-lint-required-sections#readme`,
    description:
      'Every template section is there, at the right level, under the right parent, spelled right and in order; the title matches the template title.',
  },
  {
    id: 'required-table-columns',
    url: `${repository}/remark-lint-required-table-columns#readme`,
    description: "Every template table's columns are in the doc's table in the same section.",
  },
  {
    id: 'no-placeholders',
    url: `${repository}/remark-lint-no-placeholders#readme`,
    description: "No [bracketed placeholder] text is left, and none of the template's own placeholders, code included.",
  },
  {
    id: 'required-fields',
    url: `${repository}/remark-lint-required-fields#readme`,
    description:
      "Every template **Field**: is there, filled in, with one of its [A/B/C] choices, a date where it wants one, and the same value as the title's for the same placeholder.",
  },
  {
    id: 'no-empty-template-sections',
    url: `${repository}/remark-lint-no-empty-template-sections#readme`,
    description: 'No required section is left empty, or holding only comments or placeholders.',
  },
  {
    id: 'no-template-boilerplate',
    url: `${repository}/remark-lint-no-template-boilerplate#readme`,
    description: "No instruction text of the template is left in the doc unchanged.",
  },
]
