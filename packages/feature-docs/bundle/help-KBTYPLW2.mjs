#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/help.js
var helpText = `Usage: feature-docs [options] [paths or globs...]
       feature-docs [options] --stdin-filename <path> < doc.md
       feature-docs new <template> "<Feature Name>" [--output <path>]
       feature-docs templates [list | show <name|path> | check <name|path>]
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
  --ignore-pattern <globs> ignore these too, as an ignore file would
                           (comma-separated, relative to the working folder)
  --ignore-path-resolve-from <cwd|dir>
                           resolve --ignore-path's patterns from the working
                           folder or the ignore file's folder (default dir)
  -e, --ext <extensions>   search folders for these extensions (comma-
                           separated) instead of md, markdown, mdown, mkdn,
                           mkd, mdwn
  --stdin                  check the text on stdin (reported as <stdin>)
  --stdin-filename <path>  check the text on stdin as the file at <path>
                           (its configuration, template and name); also
                           --file-path, remark-cli's name
  -s, --setting <settings> processor settings, as remark-cli takes them
                           (JSON5 without braces: 'key:"value"')
  -u, --use <plugin>       add a plugin (remark-lint rule), as remark-cli
                           does: name, or name=<JSON5 options>
  --report <reporter>      any vfile reporter instead of the stylish report
                           (json is vfile-reporter-json; name=<options>)
  --max-file-size <size>   skip larger files (default 5MB; e.g. 500KB)
  --concurrency <n>        worker threads checking files (default: one per
                           core; 1 checks in the main thread)
  --cache                  take the results of unchanged docs from a cache
                           file (.feature-docs-cache); a doc is checked
                           again when it, its templates, the configuration,
                           the options or feature-docs change
  --cache-location <file>  keep the cache in this file (implies --cache)
  --shard <i/n>            check only the i-th of n stable parts of the
                           files (by path), for a CI matrix
  --changed-since <ref>    check only the Markdown files added or changed
                           since this git ref (and say how many were not)
  --verbose                show the stack trace of a rule that crashed, and
                           what a reporter shows with remark-cli's --verbose
  -f, --frail              accepted as in remark-cli; warnings already make
                           the exit code 1 here
  --silently-ignore        accepted as in remark-cli; a named file an ignore
                           file covers is already passed over in silence
  --config, --ignore       the defaults, as in remark-cli
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

remark-cli options that do not apply to checking:
  --inspect, -t/--tree, --tree-in, --tree-out, --stdout: they print syntax
  trees or the docs themselves; a checker reports on the Markdown source
  (its positions and fixes) and never prints a doc. -o/--output names the
  report file here, not a place to write docs.

Template paths in a configuration file (templates, template, files) are
relative to that file's folder; template: in a doc's front matter, to the
doc's folder.

Commands:
  new <template> <name>    write a new doc from a template (a built-in name,
                           a configured name or a path); --output sets the
                           path (default: the name slugified, plus .md)
  templates                list the known templates and their files
  templates show <t>       what the rules read from a template (sections,
                           tables, fields, placeholders); --format json
  templates check <t>      what makes a template ambiguous, at line:column;
                           exit 1 if anything is found
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
