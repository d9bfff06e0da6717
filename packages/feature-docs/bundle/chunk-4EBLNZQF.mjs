#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  VFile,
  VFileMessage
} from "./chunk-6XU6A2BS.mjs";

// packages/feature-docs/dist/lint/checked-file.js
var messageFields = ["reason", "line", "column", "place", "ruleId", "source", "url", "fatal", "fix", "expected", "actual", "note", "file", "stack", "name", "message"];
function toPlainFile(file, keepLines) {
  const text = keepLines && typeof file.value === "string" ? file.value.replace(/^\uFEFF/u, "").split(/\r\n|\r|\n/u) : void 0;
  const lines = text ? { count: text.length, text: { [text.length]: text.at(-1) } } : void 0;
  const messages = file.messages.map((message) => {
    const plain = {};
    for (const field of messageFields) {
      const value = message[field];
      if (value !== void 0)
        plain[field] = value;
    }
    if (message.cause !== void 0)
      plain.cause = toPlainError(message.cause);
    if (text && lines && typeof message.line === "number") {
      for (let line = message.line; line <= Math.max(message.line, message.place && "end" in message.place ? message.place.end.line : message.line); line++) {
        if (line <= text.length)
          lines.text[line] = text[line - 1];
      }
    }
    return plain;
  });
  const data = {};
  if (file.data.featureDocsCheckedAgainst !== void 0)
    data.featureDocsCheckedAgainst = file.data.featureDocsCheckedAgainst;
  if (file.data.featureDocsChosen !== void 0)
    data.featureDocsChosen = file.data.featureDocsChosen;
  if (file.data.featureDocsCrashes)
    data.featureDocsCrashes = file.data.featureDocsCrashes.map((crash) => ({ rule: crash.rule, error: toPlainError(crash.error) }));
  return { path: file.path, cwd: file.cwd, history: [...file.history], messages, data, lines };
}
function fromPlainFile(plain) {
  const file = new VFile({ cwd: plain.cwd, path: plain.path });
  file.history = [...plain.history];
  for (const fields of plain.messages) {
    const message = new VFileMessage(String(fields.reason));
    for (const [key, value] of Object.entries(fields)) {
      if (key === "cause")
        message.cause = fromPlainError(value);
      else
        message[key] = value;
    }
    file.messages.push(message);
  }
  if (plain.data.featureDocsCheckedAgainst !== void 0)
    file.data.featureDocsCheckedAgainst = plain.data.featureDocsCheckedAgainst;
  if (plain.data.featureDocsChosen !== void 0)
    file.data.featureDocsChosen = plain.data.featureDocsChosen;
  if (plain.data.featureDocsCrashes)
    file.data.featureDocsCrashes = plain.data.featureDocsCrashes.map((crash) => ({ rule: crash.rule, error: fromPlainError(crash.error) }));
  if (plain.lines)
    file.data.featureDocsLines = plain.lines;
  return file;
}
function toPlainError(error) {
  if (error === void 0 || error === null)
    return void 0;
  if (!(error instanceof Error))
    return { name: "Error", message: String(error), stack: void 0, code: void 0, cause: void 0 };
  const code = error.code;
  return { name: error.name, message: error.message, stack: error.stack, code: typeof code === "string" ? code : void 0, cause: toPlainError(error.cause) };
}
function fromPlainError(plain) {
  const error = new Error(plain.message, plain.cause ? { cause: fromPlainError(plain.cause) } : void 0);
  Object.defineProperty(error, "name", { value: plain.name, configurable: true, writable: true });
  if (plain.stack !== void 0)
    error.stack = plain.stack;
  if (plain.code !== void 0)
    error.code = plain.code;
  return error;
}

export {
  toPlainFile,
  fromPlainFile
};
