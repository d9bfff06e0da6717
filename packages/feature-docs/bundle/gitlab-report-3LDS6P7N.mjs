#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  pathFromRoot,
  repositoryRoot
} from "./chunk-HMLNZADE.mjs";
import {
  fileReports,
  sourceLines
} from "./chunk-YPLPSRN2.mjs";
import "./chunk-65BFW4UO.mjs";
import "./chunk-6XU6A2BS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/report/gitlab-report.js
import { createHash } from "node:crypto";
function gitlabReport(files, cwd, options = {}) {
  const issues = [];
  const root = repositoryRoot(cwd);
  for (const file of files) {
    const [found] = fileReports([file], { ...options, quiet: true });
    if (!found)
      continue;
    const report = { ...found, path: file.path && pathFromRoot(root, cwd, file.path) || found.path };
    const lines = sourceLines(file);
    const seen = /* @__PURE__ */ new Map();
    for (const message of report.messages) {
      const checkName = message.ruleId ?? message.source ?? "feature-docs";
      const lineText = message.line === null ? "" : lines[message.line - 1] ?? "";
      const key = JSON.stringify([checkName, report.path, message.reason, lineText]);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const begin = message.line ?? 1;
      issues.push({
        description: message.reason,
        check_name: checkName,
        fingerprint: fingerprint(checkName, report.path, message.reason, lineText, occurrence),
        severity: severity(message),
        location: { path: report.path, lines: { begin, end: Math.max(begin, message.endLine ?? begin) } }
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}
`;
}
function fingerprint(checkName, path, reason, lineText, occurrence) {
  return createHash("sha256").update(JSON.stringify([checkName, path, reason, lineText, occurrence])).digest("hex").slice(0, 32);
}
function severity(message) {
  return message.fatal === true ? "critical" : message.fatal === false ? "major" : "info";
}
export {
  fingerprint,
  gitlabReport
};
