#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  knownTemplates
} from "./chunk-IZ6JAZB6.mjs";
import "./chunk-JR6F2O74.mjs";
import {
  UsageError,
  exitCodes
} from "./chunk-UYNP4EOZ.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/list-templates.js
import { existsSync } from "node:fs";
import { isAbsolute, relative } from "node:path";
async function listTemplates(cwd) {
  const known = await knownTemplates({ cwd });
  const rows = [...known.byName.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((template) => [
    template.name,
    template.from === "built-in" ? "built-in" : shortPath(template.from, cwd),
    shortPath(template.path, cwd) + (existsSync(template.path) ? "" : " (missing)")
  ]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length)));
  let text = "";
  for (const row of rows)
    text += `${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2]}
`;
  process.stdout.write(text);
  if (known.unread !== void 0) {
    process.stderr.write(`feature-docs: templates that ${shortPath(known.unread, cwd)} adds are not listed: only JSON configuration is read without running it
`);
  }
  return exitCodes.clean;
}
function shortPath(path, cwd) {
  const shown = relative(cwd, path);
  return shown === "" || shown.startsWith("..") || isAbsolute(shown) ? path : shown;
}

// packages/feature-docs/dist/templates-command.js
var templateFormats = ["stylish", "json"];
var templatesHelpText = `Usage: feature-docs templates [list]
       feature-docs templates show <name|path> [--format stylish|json]
       feature-docs templates check <name|path> [--format stylish|json]

  list                 the known templates: the built-ins and those the
                       project's configuration adds, with their files
  show <name|path>     what the rules read from a template: its sections
                       (optional ones marked), tables and their columns,
                       fields and the values they allow, placeholder
                       syntaxes and instruction text
  check <name|path>    what makes a template ambiguous to match a doc
                       against (two sections with one heading, a
                       placeholder heading beside fixed ones, a table with
                       no header row, \u2026), each at path:line:column;
                       exit 1 when there is any, 0 when none

Options:
  --format <format>    stylish (default) or json
  -r, --rc-path <file> take template names from this configuration file
  --no-config          know the built-in templates only
  -h, --help           show this help

Exit codes: 0 done (check: nothing found), 1 check found something,
2 usage error or a template that cannot be read (one line on stderr).
`;
var subcommands = ["list", "show", "check"];
async function templatesCommand(args, cwd) {
  const request = readArguments(args);
  if (request === "help") {
    process.stdout.write(templatesHelpText);
    return exitCodes.clean;
  }
  if (request.command === "list")
    return listTemplates(cwd);
  if (request.command === "show") {
    const { showTemplate } = await import("./show-XLEGFPVA.mjs");
    return showTemplate(request.reference, request.options, cwd);
  }
  const { checkTemplateFile } = await import("./check-C45HSLZC.mjs");
  return checkTemplateFile(request.reference, request.options, cwd);
}
function readArguments(args) {
  const words = [];
  const written = /* @__PURE__ */ new Map();
  let format;
  let rcPath;
  let optionsEnded = false;
  for (let index = 0; index < args.length; index++) {
    const argument = args[index];
    if (optionsEnded || argument === "-" || !argument.startsWith("-")) {
      words.push(argument);
      continue;
    }
    if (argument === "--") {
      optionsEnded = true;
      continue;
    }
    const equals = argument.indexOf("=");
    const flag = equals === -1 ? argument : argument.slice(0, equals);
    const inline = equals === -1 ? void 0 : argument.slice(equals + 1);
    if (flag === "-h" || flag === "--help")
      return "help";
    if (flag === "--no-config") {
      if (inline !== void 0)
        throw new UsageError(`option \`${flag}\` takes no value, got \`${argument}\``);
      written.set("no-config", flag);
      continue;
    }
    if (flag === "--format" || flag === "-r" || flag === "--rc-path") {
      const value = inline ?? args[++index];
      if (value === void 0 || value === "" || inline === void 0 && value.startsWith("-")) {
        throw new UsageError(`option \`${flag}\` needs a value: ${flag === "--format" ? templateFormats.join(" or ") : "a path"}`);
      }
      if (flag === "--format")
        format = value;
      else
        rcPath = value;
      written.set(flag === "--format" ? "format" : "rc-path", flag);
      continue;
    }
    const command = subcommands.find((name) => name === words[0]);
    throw new UsageError(`option \`${flag}\` does not apply to \`feature-docs templates${command ? ` ${command}` : ""}\` (see \`feature-docs --help\`)`);
  }
  const [first, ...rest] = words;
  if (first === void 0 || first === "list") {
    const option = [...written.values()][0];
    if (option !== void 0)
      throw new UsageError(`option \`${option}\` does not apply to \`feature-docs templates list\` (see \`feature-docs --help\`)`);
    if (rest.length > 0)
      throw new UsageError(`\`feature-docs templates list\` takes no arguments, got \`${rest[0]}\``);
    return { command: "list" };
  }
  if (first !== "show" && first !== "check") {
    throw new UsageError(`\`feature-docs templates\` has no command \`${first}\`: expected list, show <name or path> or check <name or path>`);
  }
  const [reference, extra] = rest;
  if (reference === void 0) {
    throw new UsageError(`\`feature-docs templates ${first}\` needs a template: a name \`feature-docs templates\` lists, or a path to a Markdown file`);
  }
  if (extra !== void 0)
    throw new UsageError(`\`feature-docs templates ${first}\` takes one template, got \`${extra}\` too`);
  if (format !== void 0 && !isTemplateFormat(format)) {
    throw new UsageError(`unknown format \`${format}\` for \`--format\`: expected ${templateFormats.join(" or ")}`);
  }
  if (rcPath !== void 0 && written.has("no-config"))
    throw new UsageError("`--rc-path` and `--no-config` cannot both be given");
  return { command: first, reference, options: { format: format ?? "stylish", detectConfig: !written.has("no-config"), rcPath } };
}
function isTemplateFormat(value) {
  return templateFormats.includes(value);
}
export {
  templateFormats,
  templatesCommand,
  templatesHelpText
};
