#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// packages/feature-docs/dist/lint/config-files.js
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var rcName = ".remarkrc";
var packageField = "remarkConfig";
var ignoreName = ".remarkignore";
var pluginPrefix = "remark";
var rcNames = [rcName, ...[".json", ".cjs", ".mjs", ".js", ".yaml", ".yml"].map((extension) => rcName + extension)];
var configCache = /* @__PURE__ */ new Map();
var ignoreCache = /* @__PURE__ */ new Map();
function configFileFor(folder) {
  return walkUp(resolve(folder), configCache, configFileIn);
}
function findConfigFile(folder) {
  return walkUp(resolve(folder), /* @__PURE__ */ new Map(), configFileIn);
}
function configFileIn(directory) {
  for (const name of rcNames) {
    const path = join(directory, name);
    if (existsSync(path))
      return path;
  }
  const manifest = join(directory, "package.json");
  if (existsSync(manifest) && hasPackageField(manifest))
    return manifest;
  return void 0;
}
function ignoreFileFor(folder) {
  return walkUp(resolve(folder), ignoreCache, (directory) => {
    const path = join(directory, ignoreName);
    return existsSync(path) ? path : void 0;
  });
}
function walkUp(start, cache, find) {
  const visited = [];
  let found;
  let directory = start;
  for (; ; ) {
    if (cache.has(directory)) {
      found = cache.get(directory);
      break;
    }
    visited.push(directory);
    found = find(directory);
    if (found !== void 0)
      break;
    const parent = dirname(directory);
    if (parent === directory)
      break;
    directory = parent;
  }
  for (const folder of visited)
    cache.set(folder, found);
  return found;
}
function hasPackageField(manifest) {
  try {
    const value = JSON.parse(readFileSync(manifest, "utf8"));
    return typeof value === "object" && value !== null && packageField in value;
  } catch {
    return true;
  }
}
function readProjectTemplates(cwd, rcPath) {
  const from = rcPath === void 0 ? configFileFor(cwd) : resolve(cwd, rcPath);
  const none = { templates: {}, from, unread: void 0 };
  if (from === void 0)
    return none;
  const isManifest = from.endsWith("package.json");
  if (!isManifest && !from.endsWith(rcName) && !from.endsWith(".json"))
    return { ...none, unread: from };
  let config;
  try {
    config = JSON.parse(readFileSync(from, "utf8"));
  } catch {
    return none;
  }
  if (isManifest)
    config = config[packageField];
  const templates = {};
  for (const options of presetOptions(config)) {
    const value = options.templates;
    if (typeof value !== "object" || value === null)
      continue;
    for (const [name, path] of Object.entries(value)) {
      if (typeof path === "string" && path.trim() !== "")
        templates[name] = resolve(dirname(from), path);
    }
  }
  return { templates, from, unread: void 0 };
}
function configTemplatePaths(path) {
  const isManifest = path.endsWith("package.json");
  if (!isManifest && !path.endsWith(rcName) && !path.endsWith(".json"))
    return void 0;
  let config;
  try {
    config = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return void 0;
  }
  if (isManifest)
    config = config?.[packageField];
  const paths = [];
  const looksLikePath = (reference) => /[\\/]|\.(?:md|markdown|mdown|mkdn|mkd|mdwn)$/iu.test(reference);
  for (const options of [...presetOptions(config, true)]) {
    const base = typeof options.base === "string" ? resolve(dirname(path), options.base) : dirname(path);
    const add = (reference, always) => {
      if (typeof reference === "string" && reference.trim() !== "" && (always || looksLikePath(reference)))
        paths.push(resolve(base, reference));
    };
    add(options.template, false);
    if (isObject(options.templates))
      for (const target of Object.values(options.templates))
        add(target, true);
    if (isObject(options.files))
      for (const targets of Object.values(options.files))
        for (const target of [targets].flat())
          add(target, false);
  }
  return paths;
}
function presetOptions(config, rulesToo = false) {
  if (typeof config !== "object" || config === null)
    return [];
  const plugins = config.plugins;
  const entries = Array.isArray(plugins) ? plugins.map((entry) => Array.isArray(entry) ? [entry[0], entry[1]] : [entry, void 0]) : typeof plugins === "object" && plugins !== null ? Object.entries(plugins) : [];
  const ours = rulesToo ? /(?:^|[/-])(?:preset-lint-feature-docs|lint-(?:required-sections|required-table-columns|no-placeholders|required-fields|no-empty-template-sections|no-template-boilerplate))(?:$|[/.])/u : /(?:^|[/-])preset-lint-feature-docs(?:$|[/.])/u;
  return entries.flatMap(([name, options]) => {
    if (typeof name !== "string" || !ours.test(name))
      return [];
    const own = Array.isArray(options) ? options[1] : options;
    if (!isObject(own))
      return [];
    const nested = rulesToo ? Object.values(own).flatMap((value) => Array.isArray(value) ? [value[1]] : [value]).filter(isObject) : [];
    return [own, ...nested.map((each) => ({ base: own.base, ...each }))];
  });
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  rcName,
  packageField,
  ignoreName,
  pluginPrefix,
  configFileFor,
  findConfigFile,
  ignoreFileFor,
  readProjectTemplates,
  configTemplatePaths
};
