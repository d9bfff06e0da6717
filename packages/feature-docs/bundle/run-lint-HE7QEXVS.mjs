#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  knownTemplates,
  loadKnownTemplate
} from "./chunk-IZ6JAZB6.mjs";
import {
  showPath
} from "./chunk-5SR6VCJS.mjs";
import {
  withBase
} from "./chunk-FCVVZPR7.mjs";
import {
  require_ignore
} from "./chunk-6MAHBZST.mjs";
import {
  configFileFor,
  ignoreFileFor,
  packageField
} from "./chunk-JR6F2O74.mjs";
import {
  inputRuleIds,
  inputSource
} from "./chunk-NTVGFNZT.mjs";
import {
  UsageError,
  exitCodes
} from "./chunk-UYNP4EOZ.mjs";
import {
  isWithin,
  markdownExtensions
} from "./chunk-65BFW4UO.mjs";
import {
  VFile
} from "./chunk-6XU6A2BS.mjs";
import "./chunk-ERFXMEPA.mjs";
import {
  __toESM
} from "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/lint/run-lint.js
import { statSync as statSync2 } from "node:fs";
import { resolve as resolve4 } from "node:path";

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
  if (options.watch || options.rcPath !== void 0 || options.ignorePath !== void 0 || options.shard !== void 0 || options.cache !== void 0)
    return void 0;
  if (options.ignorePatterns.length > 0 || options.settings.length > 0 || options.use.length > 0)
    return void 0;
  if (options.stdin !== void 0) {
    const folder = options.stdin.path === void 0 ? resolve(cwd) : dirname(resolve(cwd, options.stdin.path));
    if (options.stdin.path !== void 0 && options.detectIgnore && ignoreFileFor(folder) !== void 0)
      return void 0;
    return withConfig(/* @__PURE__ */ new Set([options.detectConfig ? configFileFor(folder) : void 0]), []);
  }
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
      if (!statSync(absolute, { bigint: true }).isFile())
        return void 0;
    } catch {
      return void 0;
    }
    const folder = dirname(absolute);
    configs.add(options.detectConfig ? configFileFor(folder) : void 0);
    if (options.detectIgnore && ignoreFileFor(folder) !== void 0)
      return void 0;
  }
  const paths = [...seen].map((absolute) => relative(cwd, absolute) || ".").sort((left, right) => left < right ? -1 : 1);
  return withConfig(configs, paths);
}
function withConfig(configs, paths) {
  if (configs.size !== 1)
    return void 0;
  const [config] = configs;
  const configured = config === void 0 ? void 0 : presetOnly(config);
  if (config !== void 0 && configured === void 0)
    return void 0;
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
        return { url, version: typeof version === "string" ? version : void 0, options: withBase(options, dirname(path)) };
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
async function checkDirectly(settings, direct, given = []) {
  const { baseProcessor } = await import("./base-processor-ASPUIDDW.mjs");
  const ours = settings.preset;
  const configured = direct.configured;
  const preset = configured && configured.version !== settings.presetVersion ? (await import(configured.url)).default : ours;
  let processor;
  try {
    processor = baseProcessor({ template: settings.template })().use(preset, configured?.options ?? {}).freeze();
  } catch {
    return void 0;
  }
  const check = async (file, read) => {
    try {
      if (read)
        file.value = await readFile(resolve(settings.cwd, file.path), "utf8");
      await processor.run(processor.parse(file), file);
    } catch (error) {
      const index = file.messages.indexOf(error);
      if (index === -1)
        file.message("Cannot process file", { cause: error }).fatal = true;
      else
        file.messages[index].fatal = true;
    }
    return file;
  };
  const files = [];
  for (const file of given)
    files.push(await check(file, false));
  for (const path of direct.paths) {
    const file = new VFile({ path });
    file.cwd = settings.cwd;
    files.push(await check(file, true));
  }
  const recheck = async (given2) => {
    for (const file of given2)
      await check(file, false);
    return given2;
  };
  return { files, recheck };
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
  const path = showPath(file.path || "<stdin>");
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
    const name = /^Cannot find module `([^`]*)`/u.exec(cause.message)?.[1];
    const given = (context.use ?? []).map((value) => value.split("=")[0]);
    if (name !== void 0 && given.some((plugin) => plugin === name || `remark-${plugin}` === name))
      return `\`--use\`: ${firstLine(cause.message)}: is it installed?`;
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

// packages/feature-docs/dist/lint/screen.js
import { lstat, readdir, readFile as readFile2, realpath, stat } from "node:fs/promises";
import { createRequire as createRequire2 } from "node:module";
import { dirname as dirname3, isAbsolute, join as join2, relative as relative3, resolve as resolve3, sep } from "node:path";
var import_ignore = __toESM(require_ignore(), 1);
var globCharacters2 = /[*?[\]{}()!+@]/u;
async function screenInputs(paths, options) {
  const screened = { ignore: [], skipped: /* @__PURE__ */ new Set(), problems: [], notes: [] };
  const ignores = new IgnoreFiles(options);
  const skip = async (path, line, kind) => {
    if (await ignores.ignored(path))
      return;
    const shown = relative3(options.cwd, path) || ".";
    screened.ignore.push(shown);
    screened.skipped.add(path);
    screened[kind].push(`${showPath(shown)}: ${line}`);
  };
  for (const given of paths) {
    if (globCharacters2.test(given)) {
      const { glob } = createRequire2(import.meta.url)("glob");
      for (const match of await glob(given, { cwd: options.cwd, absolute: true }))
        await screenNamed(match, options, skip, true);
      continue;
    }
    await screenNamed(resolve3(options.cwd, given), options, skip, false);
  }
  return screened;
}
async function screenNamed(path, options, skip, fromGlob) {
  const own = await lstatOrUndefined(path);
  if (!own)
    return;
  const target = own.isSymbolicLink() ? await statOrUndefined(path) : own;
  if (!target)
    return;
  if (target.isDirectory()) {
    if (fromGlob)
      return;
    await walk(path, await realpath(path), options, skip);
    return;
  }
  if (fromGlob && !isSearched(path, options))
    return;
  await checkFile(path, target, own.isSymbolicLink(), options, skip);
}
async function walk(folder, root, options, skip) {
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop();
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name === "node_modules")
        continue;
      const path = join2(current, entry.name);
      if (entry.isDirectory()) {
        pending.push(path);
      } else if (entry.isSymbolicLink()) {
        await checkLink(path, root, folder, options, skip);
      } else if (isSearched(entry.name, options)) {
        if (entry.isFile()) {
          const stats = await statOrUndefined(path);
          if (stats)
            await checkFile(path, stats, false, options, skip);
        } else {
          await skip(path, `${kindOf(entry)}, not a regular file: skipped`, "problems");
        }
      }
    }
  }
}
async function checkLink(path, root, given, options, skip) {
  const target = await statOrUndefined(path);
  if (!target) {
    if (!isSearched(path, options))
      return;
    const code = await errorCode(path);
    if (code === "ELOOP")
      await skip(path, "a symlink loop: not followed", "notes");
    return;
  }
  const real = await realpath(path);
  const shownGiven = relative3(options.cwd, given) || ".";
  if (!target.isDirectory() && !target.isFile()) {
    if (isSearched(path, options))
      await checkFile(path, target, true, options, skip);
    return;
  }
  if (target.isDirectory()) {
    if (!isWithin(real, root))
      await skip(path, `a symlink to a folder outside ${shownGiven}: not followed`, "notes");
    else if (isWithin(await realpath(dirname3(path)), real))
      await skip(path, "a symlink to a folder that holds it (a loop): not followed", "notes");
    return;
  }
  if (!isSearched(path, options))
    return;
  if (!isWithin(real, root)) {
    await skip(path, `a symlink to a file outside ${shownGiven}: not followed`, "notes");
    return;
  }
  await checkFile(path, target, true, options, skip);
}
async function checkFile(path, stats, viaLink, options, skip) {
  if (!stats.isFile()) {
    await skip(path, `${viaLink ? "a symlink to " : ""}${kindOf(stats)}, not a regular file: skipped`, "problems");
  } else if (stats.size > options.maxFileSize) {
    await skip(path, `${megabytes(stats.size)}, over the ${megabytes(options.maxFileSize)} limit (\`--max-file-size\`): skipped`, "problems");
  }
}
function kindOf(entry) {
  if (entry.isFIFO())
    return "a FIFO";
  if (entry.isSocket())
    return "a socket";
  if (entry.isCharacterDevice())
    return "a character device";
  if (entry.isBlockDevice())
    return "a block device";
  return "not a file";
}
function megabytes(bytes) {
  const value = bytes / (1024 * 1024);
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} MB`;
}
function isSearched(path, options) {
  const lower = path.toLowerCase();
  return (options.extensions ?? markdownExtensions).some((extension) => lower.endsWith(extension));
}
async function lstatOrUndefined(path) {
  try {
    return await lstat(path);
  } catch {
    return void 0;
  }
}
async function statOrUndefined(path) {
  try {
    return await stat(path);
  } catch {
    return void 0;
  }
}
async function errorCode(path) {
  try {
    await stat(path);
    return void 0;
  } catch (error) {
    return error.code;
  }
}
var IgnoreFiles = class {
  options;
  loaded = /* @__PURE__ */ new Map();
  patterns;
  constructor(options) {
    this.options = options;
    this.patterns = options.ignorePatterns?.length ? import_ignore.default.default().add([...options.ignorePatterns]) : void 0;
  }
  async ignored(path) {
    if (this.patterns) {
      const fromCwd = relative3(this.options.cwd, path);
      if (fromCwd !== "" && !fromCwd.startsWith("..") && !isAbsolute(fromCwd) && this.patterns.ignores(fromCwd.split(sep).join("/")))
        return true;
    }
    const file = this.options.ignorePath !== void 0 ? resolve3(this.options.cwd, this.options.ignorePath) : this.options.detectIgnore ? ignoreFileFor(dirname3(path)) : void 0;
    if (file === void 0)
      return false;
    let matcher = this.loaded.get(file);
    if (!matcher) {
      matcher = load(file);
      this.loaded.set(file, matcher);
    }
    const test = await matcher;
    const from = relative3(this.options.ignorePath !== void 0 && this.options.ignorePathResolveFrom === "cwd" ? this.options.cwd : dirname3(file), path);
    if (!test || from === "" || from.startsWith("..") || isAbsolute(from))
      return false;
    return test(from.split(sep).join("/"));
  }
};
async function load(file) {
  try {
    const matcher = import_ignore.default.default().add(await readFile2(file, "utf8"));
    return (path) => matcher.ignores(path);
  } catch {
    return void 0;
  }
}
function exactPattern(path) {
  return `/${path.split(sep).join("/").replace(/[\\*?[\]!#]/gu, "\\$&").replace(/ $/u, "\\ ")}`;
}

// packages/feature-docs/dist/lint/run-lint.js
async function runLint(options, cwd) {
  checkGivenFile("--rc-path", options.rcPath, cwd);
  checkGivenFile("--ignore-path", options.ignorePath, cwd);
  if (options.stdin !== void 0)
    return lintStdin(options, cwd);
  let paths = options.paths.length > 0 ? options.paths : ["."];
  const extensions = options.extensions?.map((extension) => `.${extension.toLowerCase()}`);
  if (options.changedSince !== void 0) {
    const { changedSince } = await import("./changed-since-IEMEFKIA.mjs");
    const { changed, unchanged } = await changedSince(options.changedSince, paths, cwd, extensions);
    const skipped = `${unchanged} unchanged Markdown ${unchanged === 1 ? "file" : "files"} not checked`;
    if (!options.silent) {
      process.stderr.write(`feature-docs: ${changed.length} Markdown ${changed.length === 1 ? "file" : "files"} added or changed since ${options.changedSince}; ${skipped}
`);
    }
    if (changed.length === 0)
      return exitCodes.clean;
    paths = changed;
  }
  const screenOptions = {
    cwd,
    maxFileSize: options.maxFileSize,
    detectIgnore: options.detectIgnore,
    ignorePath: options.ignorePath,
    ignorePathResolveFrom: options.ignorePathResolveFrom,
    ignorePatterns: options.ignorePatterns,
    extensions
  };
  const screened = await screenInputs(paths, screenOptions);
  for (const note of screened.notes)
    process.stderr.write(`feature-docs: ${note}
`);
  const named = paths.filter((path) => !screened.skipped.has(resolve4(cwd, path)));
  if (named.length === 0)
    return reportSkipped(screened.problems);
  const direct = fastPathFiles({ ...options, paths: named }, cwd);
  const presetImport = import("./dist-KFNOBS44.mjs");
  const checkImport = direct ? import("./base-processor-ASPUIDDW.mjs") : import("./engine-run-ZQUBXBDT.mjs");
  const settings = await checkSettings(options, cwd, presetImport, screened.ignore.map(exactPattern), extensions);
  await checkImport;
  const directRun = direct ? await checkDirectly(settings, direct) : void 0;
  if (directRun)
    return finish(await fixed(directRun.files, directRun.recheck, options, cwd), options, cwd, screened.problems);
  const { runEngine } = await import("./engine-run-ZQUBXBDT.mjs");
  const first = await checkFiles(settings, named, options, cwd);
  const recheck = async (files) => (await runEngine(settings, files)).files;
  const code = await finish(await fixed(first.files, recheck, options, cwd), options, cwd, screened.problems);
  if (!options.watch)
    return code;
  const { watchFiles } = await import("./watch-2TQGJZBA.mjs");
  await watchFiles(first.origins, cwd, async (path) => {
    const again = await screenInputs([path], screenOptions);
    if (again.skipped.size > 0) {
      process.exitCode = reportSkipped(again.problems);
      return;
    }
    const run = await runEngine(settings, [path]);
    process.exitCode = await finish(run.files, options, cwd);
  });
  process.stderr.write("Watching... (press Ctrl+C to exit)\n");
  return code;
}
async function checkSettings(options, cwd, presetImport, unsafe, extensions) {
  const template = options.template === void 0 ? void 0 : await forcedTemplate(options.template, options, cwd);
  const engineOnly = options.settings.length > 0 || options.use.length > 0 ? await import("./engine-options-3M4QG6IP.mjs") : void 0;
  return {
    cwd,
    template,
    detectConfig: options.detectConfig,
    detectIgnore: options.detectIgnore,
    rcPath: options.rcPath,
    ignorePath: options.ignorePath,
    ignorePathResolveFrom: options.ignorePathResolveFrom,
    preset: (await presetImport).default,
    presetVersion: (await presetImport).version,
    ignorePatterns: [...options.ignorePatterns, ...unsafe],
    extensions,
    settings: engineOnly?.settingsOption(options.settings),
    plugins: engineOnly?.pluginsOption(options.use, cwd)
  };
}
async function lintStdin(options, cwd) {
  const { readStdin } = await import("./stdin-XUT5PTFW.mjs");
  const file = await readStdin(options.stdin?.path, options.maxFileSize, cwd);
  if (typeof file === "string")
    return reportSkipped([file]);
  const direct = fastPathFiles(options, cwd);
  const presetImport = import("./dist-KFNOBS44.mjs");
  const settings = await checkSettings(options, cwd, presetImport, [], void 0);
  const directRun = direct ? await checkDirectly(settings, direct, [file]) : void 0;
  if (directRun)
    return finish(await fixed(directRun.files, directRun.recheck, options, cwd), options, cwd);
  const { runEngine } = await import("./engine-run-ZQUBXBDT.mjs");
  const recheck = async (files) => (await runEngine(settings, files)).files;
  return finish(await fixed((await runEngine(settings, [file])).files, recheck, options, cwd), options, cwd);
}
async function checkFiles(settings, paths, options, cwd) {
  const { runEngine } = await import("./engine-run-ZQUBXBDT.mjs");
  const { poolSize } = await import("./pool-4OC3I4AU.mjs");
  const size = options.watch || options.fix !== void 0 ? 1 : poolSize(options.concurrency);
  const { checkInPool, listFiles, poolThreshold } = await import("./pool-4OC3I4AU.mjs");
  const fewNamed = paths.length < poolThreshold && paths.every((path) => !/[*?[\]{}()!+@]/u.test(path) && !isFolder(resolve4(cwd, path)));
  if ((size === 1 || fewNamed) && options.shard === void 0 && options.cache === void 0)
    return runEngine(settings, paths);
  let files = await listFiles(settings, paths);
  if (options.shard !== void 0) {
    const shard = options.shard;
    const { inShard } = await import("./shard-S6NXEI4Q.mjs");
    const all = files.length;
    files = files.filter((path) => inShard(path, shard, cwd));
    if (!options.silent)
      process.stderr.write(`feature-docs: shard ${shard.index}/${shard.count}: ${files.length} of ${all} ${all === 1 ? "file" : "files"}
`);
    if (files.length === 0)
      return { files: [], origins: [] };
  }
  const check = async (paths2) => {
    if (size === 1 || paths2.length < poolThreshold)
      return (await runEngine(settings, paths2)).files;
    const keepLines = options.format === "sarif" || options.format === "gitlab";
    try {
      return await checkInPool(settings, paths2, size, keepLines);
    } catch (error) {
      if (options.verbose)
        process.stderr.write(`feature-docs: the worker threads failed (${error instanceof Error ? error.message : String(error)}); checking in the main thread
`);
      return (await runEngine(settings, paths2)).files;
    }
  };
  if (options.cache === void 0)
    return { files: await check(files), origins: files };
  const { cachedCheck } = await import("./cached-check-YGC7GY4C.mjs");
  return { files: await cachedCheck(files, check, settings, options, options.cache), origins: files };
}
function isFolder(path) {
  try {
    return statSync2(path, { bigint: true }).isDirectory();
  } catch {
    return false;
  }
}
function checkGivenFile(option, path, cwd) {
  if (path === void 0)
    return;
  let isFile = false;
  try {
    isFile = statSync2(resolve4(cwd, path), { bigint: true }).isFile();
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
  const { markdownExtensions: markdownExtensions2 } = await import("./dist-4L4JWKWS.mjs");
  const lower = reference.toLowerCase();
  const looksLikePath = /[\\/]/u.test(reference) || markdownExtensions2.some((extension) => lower.endsWith(extension));
  if (!looksLikePath && known.unread !== void 0)
    return reference;
  const template = await loadKnownTemplate(reference, known, cwd, "`--template`");
  return template.path ?? reference;
}
function reportSkipped(problems) {
  for (const problem of problems)
    process.stderr.write(`feature-docs: ${problem}
`);
  return problems.length > 0 ? exitCodes.usage : exitCodes.clean;
}
async function fixed(files, recheck, options, cwd) {
  if (options.fix === void 0)
    return { files, unwritten: [] };
  const { fixFiles } = await import("./fix-files-MNLUIMWR.mjs");
  const outcome = await fixFiles(files, recheck, { mode: options.fix, types: options.fixTypes, cwd });
  for (const note of outcome.notes)
    process.stderr.write(`feature-docs: ${note}
`);
  return { files: outcome.files, unwritten: outcome.problems };
}
async function finish(run, options, cwd, skipped = []) {
  const { files, unwritten } = Array.isArray(run) ? { files: run, unwritten: [] } : run;
  const sorted = sortOutProblems(files, { cwd, rcPath: options.rcPath, detectConfig: options.detectConfig, use: options.use });
  const { checked } = sorted;
  const problems = [...skipped, ...sorted.problems, ...unwritten];
  for (const problem of problems)
    process.stderr.write(`feature-docs: ${problem}
`);
  const color = options.color ?? defaultColor();
  if (options.report !== void 0) {
    const { customReport } = await import("./custom-reporter-COCGEMJN.mjs");
    await customReport(options.report, checked, { quiet: options.quiet, silent: options.silent, color, verbose: options.verbose, cwd });
  } else {
    const { writeReport } = await import("./write-report-CBR2HMZW.mjs");
    await writeReport(checked, {
      format: options.format,
      output: options.output,
      quiet: options.quiet,
      silent: options.silent,
      color,
      verbose: options.verbose,
      shard: options.shard,
      cwd
    });
  }
  const crashes = checked.flatMap((file) => (file.data.featureDocsCrashes ?? []).map((crash) => ({ file, ...crash })));
  if (options.verbose) {
    for (const { file, rule, error } of crashes) {
      const stack = error instanceof Error && error.stack ? error.stack : String(error);
      process.stderr.write(`feature-docs: ${showPath(file.path)}: rule \`${rule}\` crashed:
${stack}
`);
    }
  }
  if (problems.length > 0 || crashes.length > 0)
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
