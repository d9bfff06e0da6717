#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/help.js
var helpText = `Usage: feature-docs [options] [paths or globs...]
       feature-docs new <template> "<Feature Name>" [--output <path>]
       feature-docs templates
       feature-docs lsp --stdio

Check Markdown feature docs against the templates they were written from:
required sections, table columns, leftover placeholders.

Paths default to the current folder; folders are searched for Markdown files,
skipping node_modules and what .remarkignore lists. Configuration comes from
.remarkrc* or package.json "remarkConfig", as for remark-cli; without one,
the remark-preset-lint-feature-docs preset is used.

Options:
  --template <name|path>   check every file against this template, whatever
                           front matter or configuration say
  --format <format>        stylish (default, on stderr), json, github, sarif,
                           markdown, gitlab, junit
  -o, --output <file>      write the report of a --format other than stylish
                           to a file
  -q, --quiet              report only files with messages
  -S, --silent             report only errors
  -w, --watch              check again when a file changes
  --color, --no-color      color the stylish report (default: on a terminal)
  -r, --rc-path <file>     use this configuration file, no other
  -i, --ignore-path <file> use this ignore file instead of .remarkignore
  --no-config              use no configuration file: the preset only
  --no-ignore              use no ignore file
  --max-file-size <size>   skip larger files (default 5MB; e.g. 500KB)
  --changed-since <ref>    check only the Markdown files added or changed
                           since this git ref (and say how many were not)
  --verbose                show the stack trace of a rule that crashed
  --fix                    apply every fix, write the files, then report what
                           is left; nothing is written without it
  --fix-dry-run            print the fixes as a unified diff on stdout (for
                           git apply or patch) and report what would be left;
                           writes nothing
  --fix-type <types>       the fixes to apply, comma-separated: rename
                           (headings, columns, labels, values as the template
                           writes them), insert (missing sections, tables,
                           columns, fields), guess (a heading or column of
                           the doc's own renamed to the template's one it
                           stands for), move (sections out of order);
                           default rename,insert
  -h, --help               show this help
  -v, --version            show the version

Commands:
  new <template> <name>    write a new doc from a template (a built-in name,
                           a configured name or a path); --output sets the
                           path (default: the name slugified, plus .md)
  templates                list the known templates and their files
  lsp --stdio              start the language server

Exit codes:
  0  every doc passes
  1  a doc breaks a rule (warnings count)
  2  usage, configuration or input error (one line on stderr for each), or
     a file --fix could not write (changed since it was read, not UTF-8,
     hard-linked)
`;
export {
  helpText
};
