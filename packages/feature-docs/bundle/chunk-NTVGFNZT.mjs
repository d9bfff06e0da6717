#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// packages/feature-docs/dist/lint/input-checks.js
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var inputRuleIds = ["binary", "encoding", "parse-guard"];
var inputSource = "feature-docs";
function checkInput(file) {
  const text = typeof file.value === "string" ? file.value : "";
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    const bytes = rawBytes(file);
    const utf16 = bytes && bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255);
    file.fail(utf16 ? "is UTF-16 text, not UTF-8: save it as UTF-8 to check it" : `holds binary data (a NUL byte at ${where(text, nul)}), not Markdown text`, { ruleId: "binary", source: inputSource });
  }
  if (text.includes("\uFFFD")) {
    const bytes = rawBytes(file);
    const bad = bytes ? firstReplacedCharacter(text, bytes) : -1;
    if (bad !== -1) {
      file.fail(`is not valid UTF-8 (a bad byte at ${where(text, bad)}): save it as UTF-8 to check it`, {
        ruleId: "encoding",
        source: inputSource
      });
    }
  }
}
function isBlank(file) {
  return typeof file.value === "string" ? file.value.replace(/^\uFEFF/u, "").trim() === "" : false;
}
function rawBytes(file) {
  if (file.data.featureDocsBytes)
    return file.data.featureDocsBytes;
  if (!file.path)
    return void 0;
  try {
    return readFileSync(resolve(file.cwd, file.path));
  } catch {
    return void 0;
  }
}
function firstReplacedCharacter(text, bytes) {
  let byte = 0;
  let from = 0;
  for (let index = text.indexOf("\uFFFD"); index !== -1; index = text.indexOf("\uFFFD", index + 1)) {
    byte += Buffer.byteLength(text.slice(from, index));
    from = index;
    if (!(bytes[byte] === 239 && bytes[byte + 1] === 191 && bytes[byte + 2] === 189))
      return index;
  }
  return -1;
}
function where(text, index) {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < index; at = text.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return `line ${line}, column ${index - lineStart + 1}`;
}

export {
  inputRuleIds,
  inputSource,
  checkInput,
  isBlank
};
