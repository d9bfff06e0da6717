#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  knownTemplates,
  loadKnownTemplate
} from "./chunk-IZ6JAZB6.mjs";
import {
  writeErrorText
} from "./chunk-NYW7QZAF.mjs";
import "./chunk-JR6F2O74.mjs";
import {
  UsageError,
  exitCodes
} from "./chunk-UYNP4EOZ.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/new-doc.js
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
async function newDoc(request, cwd) {
  const name = request.name.trim();
  if (name === "" || /[\r\n]/u.test(name)) {
    throw new UsageError(`the feature name must be one non-empty line, got ${JSON.stringify(request.name)}`);
  }
  const known = await knownTemplates({ cwd });
  const template = await loadKnownTemplate(request.template, known, cwd, "`feature-docs new`");
  const source = await readFile(template.path, "utf8");
  const output = request.output ?? defaultOutput(name);
  const path = resolve(cwd, output);
  const shown = relative(cwd, path) || output;
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot write ${shown}: ${writeErrorText(error)}`);
  }
  try {
    await writeFile(path, fillTemplate(source, name, today()), { flag: "wx" });
  } catch (error) {
    if (error.code !== "EEXIST")
      throw new UsageError(`cannot write ${shown}: ${writeErrorText(error)}`);
    if ((await stat(path)).isDirectory())
      throw new UsageError(`${shown} is a folder: give a file path with --output`);
    throw new UsageError(`${shown} already exists: not overwriting it (give another path with --output)`);
  }
  process.stdout.write(`${shown}
`);
  return exitCodes.clean;
}
var placeholder = /(?<![\\!\]])\[([^[\]\n]+)\](?![([:])/gu;
var datePlaceholder = /^(?:today|yyyy-mm-dd|(?:[\p{L}'-]+ ){0,3}date)$/iu;
function fillTemplate(source, name, date) {
  const escaped = escapeMarkdown(name);
  return source.replace(placeholder, (whole, inner) => {
    const text = inner.trim();
    if (/^feature name$/iu.test(text))
      return escaped;
    if (datePlaceholder.test(text))
      return date;
    return whole;
  });
}
function escapeMarkdown(text) {
  return text.replace(/[\\`*_[\]<>]/gu, (character) => `\\${character}`);
}
function today(now = /* @__PURE__ */ new Date()) {
  const pad = (value) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
function defaultOutput(name) {
  const slug = name.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/gu, "");
  if (slug === "")
    throw new UsageError(`cannot make a file name from ${JSON.stringify(name)}: give one with --output`);
  return `${slug}.md`;
}
export {
  fillTemplate,
  newDoc,
  today
};
