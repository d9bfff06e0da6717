#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  configFileFor,
  configTemplatePaths
} from "./chunk-JR6F2O74.mjs";
import {
  fromPlainFile,
  toPlainFile
} from "./chunk-4EBLNZQF.mjs";
import {
  version
} from "./chunk-UIE4QLHK.mjs";
import {
  markdownExtensions
} from "./chunk-65BFW4UO.mjs";
import "./chunk-6XU6A2BS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/lint/cache.js
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, resolve } from "node:path";
var ResultCache = class _ResultCache {
  settings;
  entries;
  hashes = /* @__PURE__ */ new Map();
  changed = false;
  constructor(settings, entries) {
    this.settings = settings;
    this.entries = entries;
  }
  /** The cache at `settings.location`; empty when there is none or it cannot be read (it is then rewritten). */
  static async open(settings) {
    let entries = {};
    try {
      const read = JSON.parse(await readFile(resolve(settings.cwd, settings.location), "utf8"));
      if (read.format === "feature-docs-cache/1" && typeof read.entries === "object" && read.entries !== null)
        entries = read.entries;
    } catch {
    }
    return new _ResultCache(settings, entries);
  }
  /** The key of the file at `path` (relative to the working folder) as it is now; undefined when it must not be cached. */
  keyFor(path) {
    const absolute = resolve(this.settings.cwd, path);
    let text;
    try {
      text = readFileSync(absolute);
    } catch {
      return void 0;
    }
    const config = this.settings.detectConfig ? this.settings.rcPath !== void 0 ? resolve(this.settings.cwd, this.settings.rcPath) : configFileFor(dirname(absolute)) : void 0;
    const templates = /* @__PURE__ */ new Set([...Object.values(this.settings.builtins)]);
    if (this.settings.forcedTemplate !== void 0)
      templates.add(this.settings.forcedTemplate);
    if (config !== void 0) {
      const named = configTemplatePaths(config);
      if (named === void 0)
        return void 0;
      for (const template of named)
        templates.add(template);
    }
    const fromFrontMatter = frontMatterTemplate(text.toString("utf8"));
    if (fromFrontMatter !== void 0 && (/[\\/]/u.test(fromFrontMatter) || markdownExtensions.some((extension) => fromFrontMatter.toLowerCase().endsWith(extension)))) {
      templates.add(isAbsolute(fromFrontMatter) ? fromFrontMatter : resolve(dirname(absolute), fromFrontMatter));
    }
    const hash = createHash("sha256");
    hash.update(`${this.settings.version}\0${this.settings.optionsKey}\0`);
    hash.update(text);
    hash.update(`\0config ${config ?? "-"} ${config === void 0 ? "" : this.hashOf(config)}`);
    for (const template of [...templates].sort())
      hash.update(`\0template ${template} ${this.hashOf(template)}`);
    return hash.digest("hex");
  }
  /** The stored result for `path`, when its key is `key`. */
  get(path, key) {
    const entry = this.entries[path];
    return entry !== void 0 && entry.key === key ? entry.result : void 0;
  }
  set(path, key, result) {
    this.entries[path] = { key, result };
    this.changed = true;
  }
  /** Write the cache file (atomically: a temporary file renamed over it), if anything changed. */
  async save() {
    if (!this.changed)
      return;
    const path = resolve(this.settings.cwd, this.settings.location);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${dirname(path)}/.${basename(path)}.${process.pid}.tmp`;
    const file = { format: "feature-docs-cache/1", entries: this.entries };
    await writeFile(temporary, JSON.stringify(file));
    await rename(temporary, path);
  }
  hashOf(path) {
    let hash = this.hashes.get(path);
    if (hash === void 0) {
      try {
        hash = createHash("sha256").update(readFileSync(path)).digest("hex");
      } catch {
        hash = "missing";
      }
      this.hashes.set(path, hash);
    }
    return hash;
  }
};
function frontMatterTemplate(text) {
  const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/u.exec(text)?.[1];
  const match = front === void 0 ? void 0 : /^template:[ \t]*(.*?)[ \t]*$/mu.exec(front);
  const value = match?.[1]?.replace(/^(['"])(.*)\1$/u, "$2").trim();
  return value === void 0 || value === "" ? void 0 : value;
}

// packages/feature-docs/dist/lint/cached-check.js
async function cachedCheck(paths, check, settings, options, location) {
  const { builtinTemplates } = await import("./dist-4L4JWKWS.mjs");
  const cache = await ResultCache.open({
    cwd: settings.cwd,
    location,
    version,
    optionsKey: JSON.stringify([settings.template ?? null, options.settings, options.use, options.extensions ?? null]),
    detectConfig: settings.detectConfig,
    rcPath: settings.rcPath,
    builtins: builtinTemplates(),
    forcedTemplate: settings.template
  });
  const keys = /* @__PURE__ */ new Map();
  const results = /* @__PURE__ */ new Map();
  const misses = [];
  for (const path of paths) {
    const key = cache.keyFor(path);
    keys.set(path, key);
    const hit = key === void 0 ? void 0 : cache.get(path, key);
    if (hit)
      results.set(path, fromPlainFile(hit));
    else
      misses.push(path);
  }
  for (const file of misses.length > 0 ? await check(misses) : []) {
    results.set(file.path, file);
    const key = keys.get(file.path);
    const incomplete = file.messages.some((message) => message.fatal === true && message.ruleId === void 0) || (file.data.featureDocsCrashes ?? []).length > 0;
    if (key !== void 0 && !incomplete)
      cache.set(file.path, key, toPlainFile(file, true));
  }
  await cache.save();
  return paths.flatMap((path) => {
    const file = results.get(path);
    return file ? [file] : [];
  });
}
export {
  cachedCheck
};
