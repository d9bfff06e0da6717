#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fileReports
} from "./chunk-NW6NASZK.mjs";
import {
  version
} from "./chunk-UIE4QLHK.mjs";
import {
  informationUri,
  presetRules
} from "./chunk-ICCYZSAI.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/report/sarif-report.js
import { pathToFileURL } from "node:url";
var sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";
function sarifReport(files, cwd, options = {}) {
  const rules = presetRules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: rule.url
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = [];
  for (const report of fileReports(files, { ...options, quiet: true })) {
    for (const message of report.messages) {
      const result = {};
      if (message.ruleId !== null) {
        if (!ruleIndex.has(message.ruleId)) {
          ruleIndex.set(message.ruleId, rules.length);
          rules.push(otherRule(message));
        }
        result.ruleId = message.ruleId;
        result.ruleIndex = ruleIndex.get(message.ruleId);
      }
      result.level = message.fatal === true ? "error" : message.fatal === false ? "warning" : "note";
      result.message = { text: message.reason };
      result.locations = [{ physicalLocation: physicalLocation(report.path, message) }];
      if (message.fix)
        result.fixes = [sarifFix(report.path, message.fix)];
      results.push(result);
    }
  }
  const log = {
    $schema: sarifSchema,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "feature-docs", version, informationUri, rules } },
        originalUriBaseIds: { "%SRCROOT%": { uri: `${pathToFileURL(cwd).href.replace(/\/?$/u, "/")}` } },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function otherRule(message) {
  const rule = {
    id: message.ruleId,
    shortDescription: { text: `${message.source ?? "remark"} rule \`${message.ruleId}\`` }
  };
  if (message.url !== null)
    rule.helpUri = message.url;
  return rule;
}
function sarifFix(path, fix) {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: artifactLocation(path),
        replacements: [
          {
            deletedRegion: { startLine: fix.start.line, startColumn: fix.start.column, endLine: fix.end.line, endColumn: fix.end.column },
            insertedContent: { text: fix.text }
          }
        ]
      }
    ]
  };
}
function artifactLocation(path) {
  return { uri: path.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}
function physicalLocation(path, message) {
  const location = { artifactLocation: artifactLocation(path) };
  if (message.line !== null) {
    const region = { startLine: message.line };
    if (message.column !== null)
      region.startColumn = message.column;
    if (message.endLine !== null)
      region.endLine = message.endLine;
    if (message.endColumn !== null)
      region.endColumn = message.endColumn;
    location.region = region;
  }
  return location;
}
export {
  sarifReport,
  sarifSchema
};
