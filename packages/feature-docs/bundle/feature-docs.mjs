#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UsageError,
  exitCodes
} from "./chunk-UYNP4EOZ.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/arguments.js
var formats = ["stylish", "json", "github", "sarif", "markdown", "gitlab", "junit"];
var fixTypes = ["rename", "insert", "guess", "move"];
var defaultFixTypes = ["rename", "insert"];
var subcommands = ["new", "templates", "lsp"];
var valueFlags = ["template", "format", "output", "rc-path", "ignore-path", "max-file-size", "fix-type", "changed-since"];
var booleanFlags = ["help", "version", "watch", "quiet", "silent", "color", "no-color", "no-config", "no-ignore", "stdio", "verbose", "fix", "fix-dry-run"];
var shortNames = {
  h: "help",
  v: "version",
  o: "output",
  w: "watch",
  q: "quiet",
  S: "silent",
  r: "rc-path",
  i: "ignore-path"
};
var accepted = {
  lint: [
    "template",
    "format",
    "output",
    "watch",
    "quiet",
    "silent",
    "color",
    "no-color",
    "no-config",
    "no-ignore",
    "rc-path",
    "ignore-path",
    "max-file-size",
    "verbose",
    "fix",
    "fix-dry-run",
    "fix-type",
    "changed-since"
  ],
  new: ["output"],
  templates: [],
  lsp: ["stdio"]
};
function parseArguments(argv) {
  const parsed = scan(argv);
  if (parsed.flags.has("help"))
    return { kind: "help" };
  if (parsed.flags.has("version"))
    return { kind: "version" };
  const first = parsed.positionals[0];
  const subcommand = !parsed.subcommandBlocked && subcommands.find((name) => name === first);
  const command = subcommand || "lint";
  for (const [flag, written] of parsed.written) {
    if (!accepted[command].includes(flag)) {
      throw new UsageError(command === "lint" ? `option \`${written}\` does not apply to checking docs (see \`feature-docs --help\`)` : `option \`${written}\` does not apply to \`feature-docs ${command}\` (see \`feature-docs --help\`)`);
    }
  }
  if (subcommand === "new")
    return newCommand(parsed.positionals.slice(1), parsed.values.output);
  if (subcommand === "templates") {
    if (parsed.positionals.length > 1)
      throw new UsageError(`\`feature-docs templates\` takes no arguments, got \`${parsed.positionals[1]}\``);
    return { kind: "templates" };
  }
  if (subcommand === "lsp") {
    if (!parsed.flags.has("stdio"))
      throw new UsageError("`feature-docs lsp` needs `--stdio`: the language server talks over stdin and stdout");
    if (parsed.positionals.length > 1)
      throw new UsageError(`\`feature-docs lsp\` takes no paths, got \`${parsed.positionals[1]}\``);
    return { kind: "lsp" };
  }
  return { kind: "lint", options: lintOptions(parsed) };
}
function lintOptions(parsed) {
  const format = parsed.values.format ?? "stylish";
  if (!isFormat(format)) {
    throw new UsageError(`unknown format \`${format}\` for \`--format\`: expected one of ${formats.join(", ")}`);
  }
  if (parsed.values.output !== void 0 && format === "stylish") {
    const written = formats.filter((each) => each !== "stylish");
    throw new UsageError(`\`--output\` writes a ${written.slice(0, -1).join(", ")} or ${written.at(-1)} report: add \`--format\` with one of them`);
  }
  if (parsed.flags.has("color") && parsed.flags.has("no-color")) {
    throw new UsageError("`--color` and `--no-color` cannot both be given");
  }
  if (parsed.values["rc-path"] !== void 0 && parsed.flags.has("no-config")) {
    throw new UsageError("`--rc-path` and `--no-config` cannot both be given");
  }
  const fix = fixMode(parsed, format);
  return {
    paths: parsed.positionals,
    template: parsed.values.template,
    format,
    output: parsed.values.output,
    watch: parsed.flags.has("watch"),
    quiet: parsed.flags.has("quiet"),
    silent: parsed.flags.has("silent"),
    color: parsed.flags.has("color") ? true : parsed.flags.has("no-color") ? false : void 0,
    detectConfig: !parsed.flags.has("no-config"),
    detectIgnore: !parsed.flags.has("no-ignore"),
    rcPath: parsed.values["rc-path"],
    ignorePath: parsed.values["ignore-path"],
    maxFileSize: parsed.values["max-file-size"] === void 0 ? defaultMaxFileSize : fileSize(parsed.values["max-file-size"]),
    verbose: parsed.flags.has("verbose"),
    fix,
    fixTypes: parsed.values["fix-type"] === void 0 ? defaultFixTypes : fixTypeList(parsed.values["fix-type"]),
    changedSince: parsed.values["changed-since"]
  };
}
function fixMode(parsed, format) {
  const write = parsed.flags.has("fix");
  const dryRun = parsed.flags.has("fix-dry-run");
  if (write && dryRun)
    throw new UsageError("`--fix` and `--fix-dry-run` cannot both be given");
  if (parsed.values["fix-type"] !== void 0 && !write && !dryRun) {
    throw new UsageError("`--fix-type` chooses which fixes `--fix` or `--fix-dry-run` apply: add one of them");
  }
  if ((write || dryRun) && parsed.flags.has("watch")) {
    throw new UsageError(`\`${write ? "--fix" : "--fix-dry-run"}\` and \`--watch\` cannot both be given`);
  }
  if (dryRun && format !== "stylish" && parsed.values.output === void 0) {
    throw new UsageError(`\`--fix-dry-run\` prints its diff on stdout: write the ${format} report to a file with \`--output\``);
  }
  return write ? "write" : dryRun ? "dry-run" : void 0;
}
function fixTypeList(value) {
  const kinds = value.split(",").map((kind) => kind.trim());
  for (const kind of kinds) {
    if (!fixTypes.includes(kind)) {
      throw new UsageError(`unknown fix type \`${kind}\` for \`--fix-type\`: expected one or more of ${fixTypes.join(", ")}, separated by commas`);
    }
  }
  return [...new Set(kinds)];
}
var defaultMaxFileSize = 5 * 1024 * 1024;
var sizeUnits = { "": 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };
function fileSize(value) {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/iu.exec(value.trim());
  const unit = match ? sizeUnits[match[2].toLowerCase()] : void 0;
  const bytes = match && unit !== void 0 ? Math.floor(Number(match[1]) * unit) : Number.NaN;
  if (!(bytes > 0)) {
    throw new UsageError(`\`--max-file-size\` takes a size such as 5MB, 500KB or 1048576 (bytes), not \`${value}\``);
  }
  return bytes;
}
function newCommand(positionals, output) {
  const [template, name, extra] = positionals;
  if (template === void 0 || name === void 0) {
    throw new UsageError('`feature-docs new` needs a template and a feature name: feature-docs new <template> "<Feature Name>" [--output <path>]');
  }
  if (extra !== void 0) {
    throw new UsageError(`\`feature-docs new\` takes a template and one feature name, got also \`${extra}\` (quote a name with spaces)`);
  }
  return { kind: "new", template, name, output };
}
function isFormat(value) {
  return formats.includes(value);
}
function scan(argv) {
  const parsed = {
    positionals: [],
    values: {},
    flags: /* @__PURE__ */ new Set(),
    written: /* @__PURE__ */ new Map(),
    subcommandBlocked: false
  };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === "--") {
      if (parsed.positionals.length === 0)
        parsed.subcommandBlocked = true;
      parsed.positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!argument.startsWith("-") || argument === "-") {
      parsed.positionals.push(argument);
      continue;
    }
    const equals = argument.indexOf("=");
    const written = equals === -1 ? argument : argument.slice(0, equals);
    const flag = flagName(written);
    if (flag === void 0)
      throw new UsageError(`unknown option \`${written}\` (see \`feature-docs --help\`)`);
    parsed.written.set(flag, written);
    if (isValueFlag(flag)) {
      let value;
      if (equals !== -1)
        value = argument.slice(equals + 1);
      else {
        value = argv[index + 1];
        index++;
      }
      if (value === void 0 || value === "" || equals === -1 && value.startsWith("-") && value !== "-") {
        throw new UsageError(`option \`${written}\` needs a value${valueHint(flag)}`);
      }
      parsed.values[flag] = value;
    } else {
      if (equals !== -1)
        throw new UsageError(`option \`${written}\` takes no value, got \`${argument}\``);
      parsed.flags.add(flag);
    }
  }
  return parsed;
}
function flagName(written) {
  if (/^-[^-]$/u.test(written))
    return shortNames[written.slice(1)];
  if (!written.startsWith("--"))
    return void 0;
  const name = written.slice(2);
  return [...valueFlags, ...booleanFlags].find((flag) => flag === name);
}
function isValueFlag(flag) {
  return valueFlags.includes(flag);
}
function valueHint(flag) {
  if (flag === "format")
    return `: one of ${formats.join(", ")}`;
  if (flag === "template")
    return ": a template name or a path to a Markdown template";
  if (flag === "max-file-size")
    return ": a size such as 5MB, 500KB or 1048576 (bytes)";
  if (flag === "changed-since")
    return ": a git ref, such as main or HEAD~3";
  if (flag === "fix-type")
    return `: one or more of ${fixTypes.join(", ")}, separated by commas`;
  return ": a path";
}

// packages/feature-docs/dist/cli.js
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
try {
  const command = parseArguments(process.argv.slice(2));
  const cwd = process.cwd();
  switch (command.kind) {
    case "help": {
      const { helpText } = await import("./help-H6DDDS2U.mjs");
      process.stdout.write(helpText);
      break;
    }
    case "version": {
      const { version } = await import("./version-JQMY3K5I.mjs");
      process.stdout.write(`feature-docs ${version}
`);
      break;
    }
    case "lint": {
      const { runLint } = await import("./run-lint-4RW6HQ7B.mjs");
      process.exitCode = await runLint(command.options, cwd);
      break;
    }
    case "new": {
      const { newDoc } = await import("./new-doc-WY3JXTYY.mjs");
      process.exitCode = await newDoc(command, cwd);
      break;
    }
    case "templates": {
      const { listTemplates } = await import("./list-templates-OD5EWG5Y.mjs");
      process.exitCode = await listTemplates(cwd);
      break;
    }
    case "lsp": {
      const { startLanguageServer } = await import("./language-server-BRHDY5XB.mjs");
      startLanguageServer();
      break;
    }
  }
} catch (error) {
  fail(error);
}
function fail(error) {
  process.exitCode = exitCodes.usage;
  const expected = error instanceof UsageError || error instanceof Error && ["TemplateError", "OptionError"].includes(error.name);
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split("\n")[0].trim();
  process.stderr.write(expected ? `feature-docs: ${line}
` : `feature-docs: unexpected error: ${line}
`);
  if (!expected && process.env.FEATURE_DOCS_DEBUG && error instanceof Error)
    process.stderr.write(`${error.stack}
`);
}
