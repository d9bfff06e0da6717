#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fileReports
} from "./chunk-YPLPSRN2.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/report/github-report.js
function githubReport(files, options = {}) {
  let output = "";
  for (const report of fileReports(files, options)) {
    for (const message of report.messages)
      output += `${command(report.path, message)}
`;
  }
  return output;
}
function command(path, message) {
  const properties = [
    ["file", path],
    ["line", message.line],
    ["col", message.column],
    ["endLine", message.endLine],
    ["endColumn", message.endColumn],
    ["title", message.ruleId]
  ];
  const written = properties.filter((entry) => entry[1] !== null).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  const kind = message.fatal === null ? "notice" : "error";
  return `::${kind} ${written}::${escapeData(message.reason)}`;
}
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
export {
  escapeData,
  escapeProperty,
  githubReport
};
