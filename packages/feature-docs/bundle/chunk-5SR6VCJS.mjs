#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// packages/feature-docs/dist/report/show-path.js
var unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
var named = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function showPath(path) {
  return path.replace(unsafe, (character) => named[character] ?? escapeCode(character.charCodeAt(0)));
}
function escapeCode(code) {
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

export {
  showPath
};
