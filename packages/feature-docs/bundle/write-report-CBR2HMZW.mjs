#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  writeErrorText
} from "./chunk-NYW7QZAF.mjs";
import {
  showPath
} from "./chunk-5SR6VCJS.mjs";
import {
  reportPath
} from "./chunk-YPLPSRN2.mjs";
import {
  UsageError
} from "./chunk-UYNP4EOZ.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/report/write-report.js
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// packages/feature-docs/dist/report/checked-summary.js
var namedLimit = 3;
function checkedSummary(files) {
  const against = /* @__PURE__ */ new Map();
  const unchecked = [];
  for (const file of files) {
    const label = file.data.featureDocsCheckedAgainst;
    if (typeof label === "string")
      against.set(label, (against.get(label) ?? 0) + 1);
    else if (label === null)
      unchecked.push(showPath(reportPath(file)));
  }
  if (against.size === 0 && unchecked.length === 0)
    return void 0;
  const docs = [...against.values()].reduce((sum, count) => sum + count, 0);
  const templates = [...against].map(([label, count]) => `${count} against ${label}`).join(", ");
  let line = `checked ${plural(docs, "doc")}${docs > 0 ? ` (${templates})` : ""}`;
  if (unchecked.length > 0) {
    const named = unchecked.slice(0, namedLimit).join(", ");
    const more = unchecked.length > namedLimit ? ` and ${unchecked.length - namedLimit} more` : "";
    line += `; ${plural(unchecked.length, "file")} not checked, no template applies to ${unchecked.length === 1 ? "it" : "them"}: ${named}${more}`;
  }
  return `feature-docs: ${line}`;
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// packages/feature-docs/dist/report/write-report.js
async function writeReport(files, options) {
  const select = { quiet: options.quiet, silent: options.silent };
  switch (options.format) {
    case "stylish": {
      const { fitToWidth, stylishReport } = await import("./stylish-report-FIITSYKP.mjs");
      const width = process.stderr.isTTY && !options.verbose ? process.stderr.columns : void 0;
      const text = options.verbose ? (await import("./vfile-reporter-4IEUHDQJ.mjs")).reporter(files.map(forDisplay), { ...select, color: options.color, verbose: true }) : stylishReport(files.map(forDisplay), { ...select, color: options.color, width });
      if (text)
        process.stderr.write(text.endsWith("\n") ? text : `${text}
`);
      const summary = options.silent ? void 0 : checkedSummary(files);
      if (summary)
        process.stderr.write(`${fitToWidth(summary, width)}
`);
      return;
    }
    case "json": {
      const { jsonReport } = await import("./json-report-T6ENVZYY.mjs");
      return emit(jsonReport(files, select), options);
    }
    case "github": {
      const { githubReport } = await import("./github-report-XGP7XA7W.mjs");
      return emit(githubReport(files, select), options);
    }
    case "sarif": {
      const { sarifReport } = await import("./sarif-report-6CSW5DN3.mjs");
      return emit(sarifReport(files, options.cwd, { ...select, shard: options.shard }), options);
    }
    case "markdown": {
      const { markdownReport } = await import("./markdown-report-GZ67MEPF.mjs");
      return emit(markdownReport(files, select), options);
    }
    case "gitlab": {
      const { gitlabReport } = await import("./gitlab-report-3LDS6P7N.mjs");
      return emit(gitlabReport(files, options.cwd, select), options);
    }
    case "junit": {
      const { junitReport } = await import("./junit-report-754LSSHO.mjs");
      return emit(junitReport(files, select), options);
    }
  }
}
function forDisplay(file) {
  const name = file.history[0];
  if (name === void 0 || showPath(name) === name)
    return file;
  return { history: [showPath(name)], path: showPath(file.path), messages: file.messages, stored: file.stored };
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
