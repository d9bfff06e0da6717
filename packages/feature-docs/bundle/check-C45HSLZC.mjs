#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadReference,
  readReference,
  shortPath
} from "./chunk-ULRAKUXZ.mjs";
import "./chunk-IZ6JAZB6.mjs";
import "./chunk-JR6F2O74.mjs";
import {
  UsageError,
  exitCodes
} from "./chunk-UYNP4EOZ.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/templates/check.js
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
async function checkTemplateFile(reference, options, cwd) {
  const { checkTemplate } = await import("./dist-4L4JWKWS.mjs");
  const found = await readReference(reference, options, cwd);
  let findings;
  try {
    findings = checkTemplate(await loadReference(found, cwd, "`feature-docs templates check`"));
  } catch (error) {
    const headingless = error instanceof UsageError && found.file !== void 0 ? await headinglessFindings(found.file) : void 0;
    if (!headingless)
      throw error;
    findings = headingless;
  }
  const path = shortPath(found.file, cwd);
  const shown = findings.map((finding) => ({
    id: finding.id,
    line: finding.position.start.line,
    column: finding.position.start.column,
    endLine: finding.position.end.line,
    endColumn: finding.position.end.column,
    reason: finding.reason
  }));
  if (options.format === "json") {
    process.stdout.write(`${JSON.stringify({ path, findings: shown }, null, 2)}
`);
  } else {
    let text = "";
    for (const finding of shown)
      text += `${path}:${finding.line}:${finding.column}: ${finding.reason} (${finding.id})
`;
    text += shown.length === 0 ? `${path}: no problems found
` : `${path}: ${shown.length} problem${shown.length === 1 ? "" : "s"}
`;
    process.stdout.write(text);
  }
  return shown.length === 0 ? exitCodes.clean : exitCodes.lintFailed;
}
async function headinglessFindings(file) {
  const { checkTemplateSource, markdownExtensions, TemplateError } = await import("./dist-4L4JWKWS.mjs");
  const source = markdownText(file, markdownExtensions);
  if (source === void 0)
    return void 0;
  try {
    const findings = checkTemplateSource(source, { path: file });
    return findings.some((finding) => finding.id === "no-headings") ? findings : void 0;
  } catch (error) {
    if (error instanceof TemplateError)
      return void 0;
    throw error;
  }
}
function markdownText(file, extensions) {
  try {
    if (!extensions.includes(extname(file).toLowerCase()))
      return void 0;
    const stats = statSync(file);
    if (!stats.isFile() || stats.size > 5 * 1024 * 1024)
      return void 0;
    const buffer = readFileSync(file);
    if (buffer.includes(0))
      return void 0;
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    return void 0;
  }
}
export {
  checkTemplateFile
};
