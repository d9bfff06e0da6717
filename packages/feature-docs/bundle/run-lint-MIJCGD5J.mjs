#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  knownTemplates,
  loadKnownTemplate
} from "./chunk-ZZG5TZBJ.mjs";
import {
  UsageError,
  exitCodes
} from "./chunk-UYNP4EOZ.mjs";
import {
  configFileFor,
  ignoreFileFor,
  packageField
} from "./chunk-FRDPAG5M.mjs";
import {
  inputRuleIds,
  inputSource
} from "./chunk-XOXIG7CD.mjs";
import {
  VFile
} from "./chunk-5ATELSKS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/lint/run-lint.js
import { statSync as statSync2 } from "node:fs";
import { resolve as resolve3 } from "node:path";

// packages/feature-docs/dist/lint/fast-path.js
import { existsSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
var globCharacters = /[*?[\]{}()!+@]/u;
function fastPathFiles(options, cwd) {
  if (process.env.FEATURE_DOCS_NO_FAST_PATH)
    return void 0;
  if (options.watch || options.rcPath !== void 0 || options.ignorePath !== void 0)
    return void 0;
  if (options.paths.length === 0)
    return void 0;
  const seen = /* @__PURE__ */ new Set();
  const configs = /* @__PURE__ */ new Set();
  for (const path of options.paths) {
    if (globCharacters.test(path))
      return void 0;
    const absolute = resolve(cwd, path);
    if (seen.has(absolute))
      return void 0;
    seen.add(absolute);
    try {
      if (!statSync(absolute).isFile())
        return void 0;
    } catch {
      return void 0;
    }
    const folder = dirname(absolute);
    configs.add(options.detectConfig ? configFileFor(folder) : void 0);
    if (options.detectIgnore && ignoreFileFor(folder) !== void 0)
      return void 0;
  }
  if (configs.size !== 1)
    return void 0;
  const [config] = configs;
  const configured = config === void 0 ? void 0 : presetOnly(config);
  if (config !== void 0 && configured === void 0)
    return void 0;
  const paths = [...seen].map((absolute) => relative(cwd, absolute) || ".").sort((left, right) => left < right ? -1 : 1);
  return { paths, configured };
}
var presetNames = /* @__PURE__ */ new Set(["remark-preset-lint-feature-docs", "preset-lint-feature-docs"]);
function presetOnly(path) {
  const options = presetOnlyOptions(path);
  if (options === void 0)
    return void 0;
  for (let directory = dirname(path); ; directory = dirname(directory)) {
    const manifest = join(directory, "node_modules", "remark-preset-lint-feature-docs", "package.json");
    if (existsSync(manifest)) {
      try {
        const url = pathToFileURL(createRequire(manifest).resolve("remark-preset-lint-feature-docs")).href;
        const { version } = JSON.parse(readFileSync(manifest, "utf8"));
        return { url, version: typeof version === "string" ? version : void 0, options };
      } catch {
        return void 0;
      }
    }
    if (dirname(directory) === directory)
      return void 0;
  }
}
function presetOnlyOptions(path) {
  const name = basename(path);
  if (name !== ".remarkrc" && name !== ".remarkrc.json" && name !== "package.json")
    return void 0;
  let config;
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8"));
    config = name === "package.json" ? parsed?.[packageField] : parsed;
  } catch {
    return void 0;
  }
  if (typeof config !== "object" || config === null || Array.isArray(config))
    return void 0;
  const { plugins, ...rest } = config;
  if (Object.keys(rest).length > 0 || !Array.isArray(plugins) || plugins.length !== 1)
    return void 0;
  const [entry] = plugins;
  if (typeof entry === "string")
    return presetNames.has(entry) ? {} : void 0;
  if (!Array.isArray(entry) || entry.length === 0 || entry.length > 2 || !presetNames.has(entry[0]))
    return void 0;
  const own = entry[1] ?? {};
  return typeof own === "object" && own !== null && !Array.isArray(own) ? own : void 0;
}
async function checkDirectly(settings, direct) {
  const { baseProcessor } = await import("./base-processor-GQFDCLCD.mjs");
  const ours = settings.preset;
  const configured = direct.configured;
  const preset = configured && configured.version !== settings.presetVersion ? (await import(configured.url)).default : ours;
  let processor;
  try {
    processor = baseProcessor({ template: settings.template })().use(preset, configured?.options ?? {}).freeze();
  } catch {
    return void 0;
  }
  const paths = direct.paths;
  const files = [];
  for (const path of paths) {
    const file = new VFile({ path });
    file.cwd = settings.cwd;
    files.push(file);
    try {
      file.value = await readFile(resolve(settings.cwd, path), "utf8");
      await processor.run(processor.parse(file), file);
    } catch (error) {
      const index = file.messages.indexOf(error);
      if (index === -1)
        file.message("Cannot process file", { cause: error }).fatal = true;
      else
        file.messages[index].fatal = true;
    }
  }
  return files;
}

// packages/feature-docs/dist/lint/problems.js
import { dirname as dirname2, relative as relative2, resolve as resolve2 } from "node:path";
function sortOutProblems(files, context) {
  const problems = /* @__PURE__ */ new Set();
  const checked = [];
  for (const file of files) {
    const problem = file.messages.find(isProblem);
    if (problem)
      problems.add(describe(file, problem, context));
    else
      checked.push(file);
  }
  return { problems: [...problems], checked };
}
function isProblem(message) {
  if (!message.fatal)
    return false;
  if (message.source === inputSource)
    return inputRuleIds.includes(message.ruleId);
  return message.ruleId === void 0 && message.source === void 0;
}
function describe(file, message, context) {
  const path = file.path || "<stdin>";
  const reason = message.reason;
  if (message.source === inputSource)
    return `${path}: ${reason}`;
  if (reason === "No such file or folder" || reason === "Cannot find file")
    return `${path}: no such file or folder`;
  if (reason.startsWith("Cannot process specified file"))
    return `${path}: it is ignored (by an ignore file or pattern)`;
  if (reason === "Cannot read folder")
    return `${path}: cannot read this folder`;
  const cause = message.cause;
  if (reason !== "Cannot process file" || !(cause instanceof Error))
    return `${path}: ${firstLine(reason)}`;
  const code = cause.code;
  if (typeof code === "string" && code !== "ENOENT" && !cause.message.startsWith("Cannot")) {
    return `${path}: cannot read it: ${errnoText(code)}`;
  }
  if (innermost(cause).code === "ENOTDIR")
    return `${path}: cannot read it: ${errnoText("ENOTDIR")}`;
  if (cause.name === "OptionError" || cause.name === "TemplateError") {
    return `${configuration(file, context)}: ${firstLine(cause.message)}`;
  }
  if (cause.message.startsWith("Cannot find module")) {
    return `${configuration(file, context)}: ${firstLine(cause.message)}: is it installed?`;
  }
  if (/^Cannot (?:parse|read)(?: given)? file/u.test(cause.message)) {
    return `${firstLine(cause.message)}: ${firstLine(innermost(cause).message)}`;
  }
  return `${path}: cannot check it: ${firstLine(cause.message)}`;
}
function configuration(file, context) {
  const found = context.rcPath !== void 0 ? resolve2(context.cwd, context.rcPath) : context.detectConfig && file.path ? configFileFor(dirname2(resolve2(context.cwd, file.path))) : void 0;
  return found === void 0 ? "the default configuration" : relative2(context.cwd, found) || found;
}
function innermost(error) {
  let current = error;
  while (current.cause instanceof Error)
    current = current.cause;
  return current;
}
function firstLine(text) {
  return text.split("\n")[0].trim();
}
function errnoText(code) {
  const known = {
    EACCES: "permission denied",
    EPERM: "permission denied",
    EISDIR: "it is a folder",
    ELOOP: "too many symbolic links",
    ENOTDIR: "a part of the path is not a folder",
    ENAMETOOLONG: "the name is too long",
    EMFILE: "too many open files"
  };
  return known[code] ?? code;
}

// packages/feature-docs/dist/lint/run-lint.js
async function runLint(options, cwd) {
  checkGivenFile("--rc-path", options.rcPath, cwd);
  checkGivenFile("--ignore-path", options.ignorePath, cwd);
  const direct = fastPathFiles(options, cwd);
  const presetImport = import("./dist-MQW2C3EE.mjs");
  const checkImport = direct ? import("./base-processor-GQFDCLCD.mjs") : import("./engine-run-H6M56L7B.mjs");
  const template = options.template === void 0 ? void 0 : await forcedTemplate(options.template, options, cwd);
  const settings = {
    cwd,
    template,
    detectConfig: options.detectConfig,
    detectIgnore: options.detectIgnore,
    rcPath: options.rcPath,
    ignorePath: options.ignorePath,
    preset: (await presetImport).default,
    presetVersion: (await presetImport).version
  };
  const paths = options.paths.length > 0 ? options.paths : ["."];
  await checkImport;
  const directFiles = direct ? await checkDirectly(settings, direct) : void 0;
  if (directFiles)
    return finish(directFiles, options, cwd);
  const { runEngine } = await import("./engine-run-H6M56L7B.mjs");
  const first = await runEngine(settings, paths);
  const code = await finish(first.files, options, cwd);
  if (!options.watch)
    return code;
  const { watchFiles } = await import("./watch-2TQGJZBA.mjs");
  await watchFiles(first.origins, cwd, async (path) => {
    const run = await runEngine(settings, [path]);
    process.exitCode = await finish(run.files, options, cwd);
  });
  process.stderr.write("Watching... (press Ctrl+C to exit)\n");
  return code;
}
function checkGivenFile(option, path, cwd) {
  if (path === void 0)
    return;
  let isFile = false;
  try {
    isFile = statSync2(resolve3(cwd, path)).isFile();
  } catch {
    throw new UsageError(`${path} (given to \`${option}\`): no such file`);
  }
  if (!isFile)
    throw new UsageError(`${path} (given to \`${option}\`): not a file`);
}
async function forcedTemplate(reference, options, cwd) {
  const known = await knownTemplates({ cwd, detectConfig: options.detectConfig, rcPath: options.rcPath });
  if (known.byName.has(reference)) {
    await loadKnownTemplate(reference, known, cwd, "`--template`");
    return reference;
  }
  const { markdownExtensions } = await import("./dist-EKE732CB.mjs");
  const lower = reference.toLowerCase();
  const looksLikePath = /[\\/]/u.test(reference) || markdownExtensions.some((extension) => lower.endsWith(extension));
  if (!looksLikePath && known.unread !== void 0)
    return reference;
  const template = await loadKnownTemplate(reference, known, cwd, "`--template`");
  return template.path ?? reference;
}
async function finish(files, options, cwd) {
  const { problems, checked } = sortOutProblems(files, { cwd, rcPath: options.rcPath, detectConfig: options.detectConfig });
  for (const problem of problems)
    process.stderr.write(`feature-docs: ${problem}
`);
  const { writeReport } = await import("./write-report-GLYQYFLM.mjs");
  await writeReport(checked, {
    format: options.format,
    output: options.output,
    quiet: options.quiet,
    silent: options.silent,
    color: options.color ?? defaultColor(),
    cwd
  });
  if (problems.length > 0)
    return exitCodes.usage;
  const failed = checked.some((file) => file.messages.some((message) => message.fatal === true || message.fatal === false));
  return failed ? exitCodes.lintFailed : exitCodes.clean;
}
function defaultColor() {
  const force = process.env.FORCE_COLOR;
  if (force !== void 0)
    return force !== "0" && force !== "false";
  if (process.env.NO_COLOR)
    return false;
  return Boolean(process.stderr.isTTY) && process.env.TERM !== "dumb";
}
export {
  runLint
};
