#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseJson5Options,
  splitOptions
} from "./chunk-GCRRBIBB.mjs";
import {
  loadPlugin
} from "./chunk-3ULWIXT3.mjs";
import {
  UsageError
} from "./chunk-UYNP4EOZ.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/report/custom-reporter.js
import { pathToFileURL } from "node:url";
async function customReport(report, files, options) {
  const [name, settings] = splitOptions(report);
  const reporterOptions = settings === void 0 ? {} : parseJson5Options(settings, "--report");
  let reporter;
  try {
    reporter = await loadPlugin(name, { from: `${pathToFileURL(options.cwd).href}/`, prefix: "vfile-reporter" });
  } catch {
    throw new UsageError(`cannot find the reporter \`${name}\` given to \`--report\` (looked for \`vfile-reporter-${name}\` and \`${name}\` from ${options.cwd}): is it installed?`);
  }
  if (typeof reporter !== "function")
    throw new UsageError(`\`${name}\` (given to \`--report\`) is not a vfile reporter: its default export is not a function`);
  let text = await reporter(files, { ...reporterOptions, color: options.color, quiet: options.quiet, silent: options.silent, verbose: options.verbose });
  if (typeof text !== "string" || text === "")
    return;
  if (!text.endsWith("\n"))
    text += "\n";
  process.stderr.write(text);
}
export {
  customReport
};
