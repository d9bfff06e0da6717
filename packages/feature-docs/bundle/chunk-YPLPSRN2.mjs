#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// packages/feature-docs/dist/report/plain-messages.js
function fileReports(files, options = {}) {
  const reports = [];
  for (const file of files) {
    const messages = sortMessages(file.messages).filter((message) => !options.silent || message.fatal === true).map(plainMessage);
    if (options.quiet && messages.length === 0)
      continue;
    reports.push({ path: reportPath(file), template: file.data.featureDocsCheckedAgainst ?? null, messages });
  }
  return reports;
}
function sourceLines(file) {
  const kept = file.data.featureDocsLines;
  if (kept) {
    const lines = Array.from({ length: kept.count }, () => "");
    for (const [line, text] of Object.entries(kept.text))
      lines[Number(line) - 1] = text;
    return lines;
  }
  if (file.value === void 0 || file.value === null)
    return [];
  return String(file).replace(/^\uFEFF/u, "").split(/\r\n|\r|\n/u);
}
function reportPath(file) {
  return (file.path || "<stdin>").split("\\").join("/");
}
function plainMessage(message) {
  const place = message.place;
  const start = place && "start" in place ? place.start : place;
  const end = place && "end" in place ? place.end : void 0;
  return {
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    reason: message.reason,
    line: start?.line ?? null,
    column: start?.column ?? null,
    endLine: end?.line ?? null,
    endColumn: end?.column ?? null,
    fatal: message.fatal ?? null,
    url: message.url ?? null,
    fix: message.fix ? {
      kind: message.fix.kind,
      title: message.fix.title,
      range: [...message.fix.range],
      start: { line: message.fix.start.line, column: message.fix.start.column },
      end: { line: message.fix.end.line, column: message.fix.end.column },
      text: message.fix.text
    } : null
  };
}
function sortMessages(messages) {
  const key = (message) => {
    const place = message.place;
    const start = place && "start" in place ? place.start : place;
    return [start?.line ?? 0, start?.column ?? 0];
  };
  return [...messages].sort((a, b) => {
    const [lineA, columnA] = key(a);
    const [lineB, columnB] = key(b);
    return lineA - lineB || columnA - columnB;
  });
}

export {
  fileReports,
  sourceLines,
  reportPath
};
