#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  showPath
} from "./chunk-5SR6VCJS.mjs";
import {
  fileReports
} from "./chunk-YPLPSRN2.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/report/markdown-report.js
function markdownReport(files, options = {}) {
  const reports = fileReports(files, options).filter((report) => report.messages.length > 0);
  const unchecked = files.filter((file) => file.data.featureDocsCheckedAgainst === null).length;
  const docs = files.length - unchecked;
  const noun = options.silent ? "error" : "problem";
  const problems = reports.flatMap((report) => report.messages.filter(isProblem));
  const docsWithProblems = reports.filter((report) => report.messages.some(isProblem)).length;
  let summary = `Checked ${plural(docs, "doc")}: ${problems.length === 0 ? `no ${noun}s` : `${plural(problems.length, noun)} in ${plural(docsWithProblems, "doc")}`}`;
  if (unchecked > 0)
    summary += `; ${plural(unchecked, "file")} not checked, no template applies to ${unchecked === 1 ? "it" : "them"}`;
  let output = `## feature-docs

${summary}.
`;
  if (problems.length > 0) {
    output += `
### ${noun === "error" ? "Errors" : "Problems"} by rule

| Rule | ${noun === "error" ? "Errors" : "Problems"} |
| --- | ---: |
`;
    for (const [message, count] of countByRule(problems))
      output += `| ${ruleCell(message)} | ${count} |
`;
  }
  for (const report of reports) {
    output += `
### ${codeSpan(showPath(report.path), false)}

| Line | Rule | Message |
| ---: | --- | --- |
`;
    for (const message of report.messages)
      output += `| ${placeCell(message)} | ${ruleCell(message)} | ${inline(message.reason)} |
`;
  }
  return output;
}
function isProblem(message) {
  return message.fatal !== null;
}
function countByRule(messages) {
  const counts = /* @__PURE__ */ new Map();
  for (const message of messages) {
    const key = message.ruleId ?? "";
    const entry = counts.get(key);
    if (entry)
      entry[1]++;
    else
      counts.set(key, [message, 1]);
  }
  return [...counts.values()].sort(([a, countA], [b, countB]) => countB - countA || (a.ruleId ?? "").localeCompare(b.ruleId ?? ""));
}
function placeCell(message) {
  if (message.line === null)
    return "";
  return message.column === null ? String(message.line) : `${message.line}:${message.column}`;
}
function ruleCell(message) {
  if (message.ruleId === null)
    return "";
  const code = codeSpan(message.ruleId, true);
  return message.url !== null && /^https?:\/\/[^\s<>|()`\\]+$/u.test(message.url) ? `[${code}](${message.url})` : code;
}
function inline(text) {
  const flat = showPath(text.replace(/\r\n|[\r\n\u2028\u2029]/gu, " "));
  let output = "";
  let index = 0;
  while (index < flat.length) {
    const tick = flat.indexOf("`", index);
    if (tick === -1) {
      output += escapeText(flat.slice(index));
      break;
    }
    output += escapeText(flat.slice(index, tick));
    const run = /^`+/u.exec(flat.slice(tick))[0];
    const close = closingRun(flat, tick + run.length, run.length);
    if (close === -1) {
      output += "\\`".repeat(run.length);
      index = tick + run.length;
    } else {
      output += `${run}${flat.slice(tick + run.length, close).replaceAll("|", "\\|")}${run}`;
      index = close + run.length;
    }
  }
  return output;
}
function closingRun(text, from, length) {
  const runs = /`+/gu;
  runs.lastIndex = from;
  for (let match = runs.exec(text); match; match = runs.exec(text)) {
    if (match[0].length === length)
      return match.index;
  }
  return -1;
}
function escapeText(text) {
  return text.replace(/[\\*_[\]<>|~&$]/gu, "\\$&");
}
function codeSpan(text, inTable) {
  const longest = Math.max(0, ...(text.match(/`+/gu) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const padded = /^[` ]|[` ]$/u.test(text) ? ` ${text} ` : text;
  return `${fence}${inTable ? padded.replaceAll("|", "\\|") : padded}${fence}`;
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
export {
  inline,
  markdownReport
};
