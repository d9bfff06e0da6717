#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  VFile
} from "./chunk-6XU6A2BS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/lint/stdin.js
import { relative, resolve } from "node:path";
async function readStdin(path, maxFileSize, cwd) {
  const chunks = [];
  let size = 0;
  const name = path === void 0 ? "stdin" : `${path} (stdin)`;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > maxFileSize) {
      process.stdin.destroy();
      return `${name}: larger than --max-file-size (${maxFileSize} bytes): not checked`;
    }
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  const file = new VFile({ cwd, value: bytes.toString("utf8") });
  if (path !== void 0)
    file.path = relative(cwd, resolve(cwd, path)) || path;
  file.data.featureDocsBytes = bytes;
  return file;
}
export {
  readStdin
};
