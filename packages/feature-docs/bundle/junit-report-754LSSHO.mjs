#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  showPath
} from "./chunk-5SR6VCJS.mjs";
import {
  fileReports
} from "./chunk-YPLPSRN2.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/report/junit-report.js
function junitReport(files, options = {}) {
  const suites = fileReports(files, options).map(suite);
  const count = (key) => suites.reduce((sum, each) => sum + each[key], 0);
  const open = `<testsuites name="feature-docs" tests="${count("tests")}" failures="${count("failures")}" errors="0"`;
  const body = suites.map((each) => each.xml).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
${body ? `${open}>
${body}</testsuites>` : `${open}/>`}
`;
}
function suite(report) {
  const path = showPath(report.path);
  const classname = path.replace(/(?<=[^/])\.[^./]*$/u, "");
  const cases = report.messages.length > 0 ? report.messages.map((message) => messageCase(path, classname, message)) : [cleanCase(report, classname)];
  const failures = report.messages.filter((message) => message.fatal !== null).length;
  const skipped = report.messages.length > 0 ? report.messages.length - failures : report.template === null ? 1 : 0;
  return {
    xml: `  <testsuite name="${escapeAttribute(path)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">
${cases.join("")}  </testsuite>
`,
    tests: cases.length,
    failures
  };
}
function messageCase(path, classname, message) {
  const rule = message.ruleId ?? message.source ?? "feature-docs";
  const place = message.line === null ? "" : ` at ${message.line}:${message.column ?? 1}`;
  const open = `    <testcase name="${escapeAttribute(`${rule}${place}`)}" classname="${escapeAttribute(classname)}">
`;
  if (message.fatal === null)
    return `${open}      <skipped message="${escapeAttribute(message.reason)}"/>
    </testcase>
`;
  const details = [
    `${path}${range(message)} ${message.fatal ? "error" : "warning"} ${rule}`,
    message.reason,
    ...message.fix ? [`Fix (${message.fix.kind}): ${message.fix.title}`] : [],
    ...message.url === null ? [] : [message.url]
  ];
  return `${open}      <failure message="${escapeAttribute(message.reason)}" type="${escapeAttribute(rule)}">${escapeText(details.join("\n"))}</failure>
    </testcase>
`;
}
function cleanCase(report, classname) {
  if (report.template === null) {
    return `    <testcase name="feature-docs" classname="${escapeAttribute(classname)}">
      <skipped message="not a feature doc: no template applies to it"/>
    </testcase>
`;
  }
  return `    <testcase name="${escapeAttribute(`checked against ${report.template}`)}" classname="${escapeAttribute(classname)}"/>
`;
}
function range(message) {
  if (message.line === null)
    return "";
  const start = `:${message.line}:${message.column ?? 1}`;
  return message.endLine === null ? start : `${start}-${message.endLine}:${message.endColumn ?? 1}`;
}
function escapeText(text) {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu, visible).replace(/[&<>"'\r]/gu, (character) => entities[character]);
}
function escapeAttribute(text) {
  return escapeText(text).replace(/[\t\n]/gu, (character) => entities[character]);
}
var entities = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "	": "&#9;", "\n": "&#10;", "\r": "&#13;" };
function visible(character) {
  const code = character.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
export {
  escapeAttribute,
  escapeText,
  junitReport
};
