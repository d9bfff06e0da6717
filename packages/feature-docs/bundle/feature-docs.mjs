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
var valueFlags = [
  "template",
  "format",
  "output",
  "rc-path",
  "ignore-path",
  "max-file-size",
  "fix-type",
  "changed-since",
  "ext",
  "ignore-pattern",
  "ignore-path-resolve-from",
  "setting",
  "report",
  "use",
  "stdin-filename",
  "file-path",
  "concurrency",
  "shard",
  "cache-location"
];
var booleanFlags = [
  "help",
  "version",
  "watch",
  "quiet",
  "silent",
  "color",
  "no-color",
  "config",
  "no-config",
  "ignore",
  "no-ignore",
  "stdio",
  "verbose",
  "fix",
  "fix-dry-run",
  "frail",
  "silently-ignore",
  "stdin",
  "cache"
];
var repeatable = ["ext", "ignore-pattern", "setting", "use"];
var shortNames = {
  h: "help",
  v: "version",
  o: "output",
  w: "watch",
  q: "quiet",
  S: "silent",
  r: "rc-path",
  i: "ignore-path",
  e: "ext",
  f: "frail",
  s: "setting",
  u: "use"
};
var notForChecking = {
  inspect: "prints the syntax tree instead of checking",
  stdout: "writes the processed docs to stdout; a checker never prints docs (`--fix-dry-run` prints fixes as a diff)",
  tree: "reads and writes syntax trees as JSON; the rules need the Markdown source (positions, fixes)",
  "tree-in": "reads a syntax tree as JSON; the rules need the Markdown source (positions, fixes)",
  "tree-out": "writes the syntax tree as JSON instead of a report"
};
var notForCheckingShort = { t: "tree" };
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
    "config",
    "no-config",
    "ignore",
    "no-ignore",
    "rc-path",
    "ignore-path",
    "max-file-size",
    "verbose",
    "fix",
    "fix-dry-run",
    "fix-type",
    "changed-since",
    "ext",
    "ignore-pattern",
    "ignore-path-resolve-from",
    "setting",
    "report",
    "use",
    "stdin-filename",
    "file-path",
    "frail",
    "silently-ignore",
    "stdin",
    "concurrency",
    "shard",
    "cache",
    "cache-location"
  ],
  new: ["output"],
  templates: [],
  lsp: ["stdio"]
};
function parseArguments(argv) {
  if (argv[0] === "templates")
    return { kind: "templates", args: argv.slice(1) };
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
    const at = argv.indexOf("templates");
    return { kind: "templates", args: [...argv.slice(0, at), ...argv.slice(at + 1)] };
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
  for (const [yes, no] of [["config", "no-config"], ["ignore", "no-ignore"]]) {
    if (parsed.flags.has(yes) && parsed.flags.has(no))
      throw new UsageError(`\`--${yes}\` and \`--${no}\` cannot both be given`);
  }
  const resolveFrom = parsed.values["ignore-path-resolve-from"];
  if (resolveFrom !== void 0 && resolveFrom !== "cwd" && resolveFrom !== "dir") {
    throw new UsageError(`\`--ignore-path-resolve-from\` takes \`cwd\` or \`dir\`, not \`${resolveFrom}\``);
  }
  if (parsed.values.report !== void 0 && format !== "stylish") {
    throw new UsageError(`\`--report\` chooses a reporter in place of the stylish report: it cannot be given with \`--format ${format}\``);
  }
  const stdin = stdinOptions(parsed);
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
    changedSince: parsed.values["changed-since"],
    extensions: parsed.lists.ext === void 0 ? void 0 : commaList(parsed.lists.ext).map((extension) => extension.replace(/^\./u, "")),
    ignorePatterns: commaList(parsed.lists["ignore-pattern"] ?? []),
    ignorePathResolveFrom: resolveFrom,
    settings: parsed.lists.setting ?? [],
    use: parsed.lists.use ?? [],
    report: parsed.values.report,
    stdin,
    concurrency: parsed.values.concurrency === void 0 ? void 0 : concurrency(parsed.values.concurrency),
    shard: parsed.values.shard === void 0 ? void 0 : shard(parsed.values.shard),
    cache: cacheLocation(parsed)
  };
}
function cacheLocation(parsed) {
  const location = parsed.values["cache-location"];
  if (location === void 0 && !parsed.flags.has("cache"))
    return void 0;
  for (const flag of ["fix", "fix-dry-run", "watch", "stdin", "stdin-filename", "file-path"]) {
    if (parsed.written.has(flag))
      throw new UsageError(`\`--cache\` and \`${parsed.written.get(flag)}\` cannot both be given: the cache keeps the results of plain checks of files`);
  }
  return location ?? ".feature-docs-cache";
}
function concurrency(value) {
  const count = /^\d+$/u.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(count >= 1 && count <= 256))
    throw new UsageError(`\`--concurrency\` takes a number of threads from 1 to 256, not \`${value}\``);
  return count;
}
function shard(value) {
  const match = /^(\d+)\/(\d+)$/u.exec(value.trim());
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!(count >= 1 && index >= 1 && index <= count)) {
    throw new UsageError(`\`--shard\` takes i/n, the i-th of n parts, with 1 \u2264 i \u2264 n (such as 1/4), not \`${value}\``);
  }
  return { index, count };
}
function commaList(values) {
  return values.flatMap((value) => value.split(",")).map((each) => each.trim()).filter((each) => each !== "");
}
function stdinOptions(parsed) {
  const named = parsed.values["stdin-filename"] ?? parsed.values["file-path"];
  if (parsed.values["stdin-filename"] !== void 0 && parsed.values["file-path"] !== void 0) {
    throw new UsageError("`--stdin-filename` and `--file-path` are two names for one option: give one");
  }
  if (named === void 0 && !parsed.flags.has("stdin"))
    return void 0;
  const given = named !== void 0 ? parsed.values["stdin-filename"] !== void 0 ? "--stdin-filename" : "--file-path" : "--stdin";
  if (parsed.positionals.length > 0) {
    throw new UsageError(`\`${given}\` checks the text on stdin: give no paths (got \`${parsed.positionals[0]}\`)`);
  }
  for (const flag of ["watch", "fix", "changed-since"]) {
    if (parsed.written.has(flag)) {
      const hint = flag === "fix" ? " (`--fix-dry-run` prints the fixes as a diff)" : "";
      throw new UsageError(`\`${given}\` and \`--${flag}\` cannot both be given: stdin is read once and never written${hint}`);
    }
  }
  return { path: named };
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
    lists: {},
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
    if (flag === void 0) {
      const remark = /^-[^-]$/u.test(written) ? notForCheckingShort[written.slice(1)] : written.replace(/^--(?:no-)?/u, "");
      if (remark !== void 0 && Object.hasOwn(notForChecking, remark)) {
        throw new UsageError(`option \`${written}\` of remark-cli does not apply to checking docs: it ${notForChecking[remark]}`);
      }
      throw new UsageError(`unknown option \`${written}\` (see \`feature-docs --help\`)`);
    }
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
      if (repeatable.includes(flag))
        (parsed.lists[flag] ??= []).push(value);
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
  if (flag === "ext")
    return ": extensions, comma-separated, such as md,markdown";
  if (flag === "ignore-pattern")
    return ": globs, comma-separated";
  if (flag === "ignore-path-resolve-from")
    return ": cwd or dir";
  if (flag === "setting")
    return ": settings as JSON5 without the braces, such as 'fences:true'";
  if (flag === "use")
    return ": a plugin name, with `=<options>` as JSON5 if it takes any";
  if (flag === "report")
    return ": a vfile reporter name, such as json or pretty";
  if (flag === "concurrency")
    return ": a number of worker threads";
  if (flag === "shard")
    return ": i/n, such as 1/4";
  if (flag === "cache-location")
    return ": a path to the cache file";
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
      const { helpText } = await import("./help-KBTYPLW2.mjs");
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
      const { runLint } = await import("./run-lint-HE7QEXVS.mjs");
      process.exitCode = await runLint(command.options, cwd);
      break;
    }
    case "new": {
      const { newDoc } = await import("./new-doc-VPDXPK6C.mjs");
      process.exitCode = await newDoc(command, cwd);
      break;
    }
    case "templates": {
      const { templatesCommand } = await import("./templates-command-NIPJUJ7V.mjs");
      process.exitCode = await templatesCommand(command.args, cwd);
      break;
    }
    case "lsp": {
      const { startLanguageServer } = await import("./language-server-MCXPRIQU.mjs");
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
