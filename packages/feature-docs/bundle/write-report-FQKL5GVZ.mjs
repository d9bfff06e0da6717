#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  writeErrorText
} from "./chunk-NYW7QZAF.mjs";
import {
  UsageError
} from "./chunk-UYNP4EOZ.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/report/write-report.js
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
async function writeReport(files, options) {
  const select = { quiet: options.quiet, silent: options.silent };
  switch (options.format) {
    case "stylish": {
      const { reporter } = await import("./vfile-reporter-WS6XNK7L.mjs");
      const text = reporter(files, { ...select, color: options.color });
      if (text)
        process.stderr.write(text.endsWith("\n") ? text : `${text}
`);
      return;
    }
    case "json": {
      const { jsonReport } = await import("./json-report-F4QTY4OT.mjs");
      return emit(jsonReport(files, select), options);
    }
    case "github": {
      const { githubReport } = await import("./github-report-V5MHFQ7G.mjs");
      return emit(githubReport(files, select), options);
    }
    case "sarif": {
      const { sarifReport } = await import("./sarif-report-Q7OBSZQU.mjs");
      return emit(sarifReport(files, options.cwd, select), options);
    }
  }
}
async function emit(text, options) {
  if (options.output === void 0) {
    process.stdout.write(text);
    return;
  }
  const path = resolve(options.cwd, options.output);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (error) {
    throw new UsageError(`cannot write the report to ${options.output}: ${writeErrorText(error)}`);
  }
}
export {
  writeReport
};
