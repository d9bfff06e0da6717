#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// packages/feature-docs/dist/report/rules.js
var repository = "https://github.com/feature-docs/feature-docs/tree/main/packages";
var informationUri = `${repository}/feature-docs#readme`;
var templateFound = "The template is the one the doc was written from: picked by the `template` option, the doc's front matter, the `files` globs, or its title; a file no template applies to is left alone.";
var presetRules = [
  {
    id: "required-sections",
    url: `${repository}/remark-lint-required-sections#readme`,
    description: "Every template section is there, at the right level, under the right parent, spelled right and in order; the title matches the template title.",
    fullDescription: "The template's headings are the sections a doc must have. Reported: a missing section (once, with its subsections), a heading at the wrong level or under the wrong parent, a misspelled or renamed heading (with the template's heading), a section out of order, and a title that does not match the template's title. Headings match regardless of case, emphasis, code, links, closing `#`s, a trailing colon and a leading section number; extra sections are allowed, and a section the template marks optional may be left out. " + templateFound,
    fix: "Add the missing section where the template has it, or rename, re-level or move the heading as the message says. `feature-docs --fix` inserts missing sections and corrects misspelled headings and heading levels; it moves sections and applies guessed renames only when `--fix-type` names `move` or `guess`."
  },
  {
    id: "required-table-columns",
    url: `${repository}/remark-lint-required-table-columns#readme`,
    description: "Every template table's columns are in the doc's table in the same section.",
    fullDescription: "Each table in the template lists columns that the doc's table in the same section must have. Reported: a missing column (at the table's header row), a header cell that misspells or replaces a template column, and a section that has no table at all. Header cells match regardless of case, emphasis, code, whitespace and a trailing colon; extra columns are allowed, and with the `order` option a column out of the template's order is reported too. Nothing is reported under a missing section: `required-sections` reports that. " + templateFound,
    fix: "Add the missing column (header, delimiter and a cell in every row), fix the column's name, or add the template's table to the section. `feature-docs --fix` adds missing columns and tables and corrects misspelled column names."
  },
  {
    id: "no-placeholders",
    url: `${repository}/remark-lint-no-placeholders#readme`,
    description: "No [bracketed placeholder] text is left, and none of the template's own placeholders, code included.",
    fullDescription: "Text the template meant the author to replace must not be left in the doc. Reported: the template's placeholders (`[Brief description]`, `[Low/Medium/High]`) anywhere in the prose, other bracketed text that stands alone where a placeholder would, the template's own placeholders copied into code, front-matter values left as the template wrote them (`TBD`, `yyyy-mm-dd`, a list of choices), and any extra `patterns` configured (`TODO`). Links, footnotes, task-list boxes, escaped brackets, GitHub alerts and code of the doc's own are never placeholders. " + templateFound,
    fix: "Replace the placeholder with the doc's own text, or keep the one choice that applies. There is no automatic fix: only the author knows the text."
  },
  {
    id: "required-fields",
    url: `${repository}/remark-lint-required-fields#readme`,
    description: "Every template **Field**: is there, filled in, with one of its [A/B/C] choices, a date where it wants one, and the same value as the title's for the same placeholder.",
    fullDescription: "Each `**Label**: value` line, `- Label: value` item and front-matter key of the template is a field the doc must have. Reported: a missing field, a misspelled label, a field left empty, a value outside the template's `[A/B/C]` choices, a value that is no date where the template asks for one, and a value that disagrees with what the same placeholder stands for in the title. A field is looked for in the section the template has it in. A value that is still a placeholder is left to `no-placeholders`. " + templateFound,
    fix: "Add the field with its value, correct the label, or write a value the template allows (one of its choices, a date in its format, the title's value). `feature-docs --fix` inserts missing fields and front-matter keys and corrects misspelled labels and near-miss choices."
  },
  {
    id: "no-empty-template-sections",
    url: `${repository}/remark-lint-no-empty-template-sections#readme`,
    description: "No required section is left empty, or holding only comments or placeholders.",
    fullDescription: "A section the template requires must hold content of the doc's own, in itself or in a subsection. Not content: placeholders, the labels of fields left empty, a table's header row, HTML comments, thematic breaks, definitions and an empty code block. Only the outermost empty section is reported, at its heading; a section the template marks optional may be empty, and a missing one is left to `required-sections`. " + templateFound,
    fix: "Write the section's content, or remove the section if the template marks it optional. There is no automatic fix: only the author knows the text."
  },
  {
    id: "no-template-boilerplate",
    url: `${repository}/remark-lint-no-template-boilerplate#readme`,
    description: "No instruction text of the template is left in the doc unchanged.",
    fullDescription: "A paragraph or list item of the template with no placeholder is an instruction to the author, meant to be replaced. Reported: each paragraph of the doc that is one of them unchanged (case, emphasis, links, line breaks and a trailing full stop aside), anywhere in the doc, naming the template section it came from. Not reported: template text of fewer than three words, task-list items, examples the template offers to adopt, a table of contents, and the template's HTML comments unless the `comments` option is on. " + templateFound,
    fix: "Replace the instruction with the doc's own text. There is no automatic fix: only the author knows the text."
  }
];

export {
  informationUri,
  presetRules
};
