#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/lint/shard.js
import { createHash } from "node:crypto";
import { isAbsolute, relative, resolve, sep } from "node:path";
function inShard(path, shard, cwd) {
  const absolute = resolve(cwd, path);
  const fromCwd = relative(cwd, absolute);
  const name = (fromCwd === "" || fromCwd.startsWith("..") || isAbsolute(fromCwd) ? absolute : fromCwd).split(sep).join("/");
  const hash = createHash("sha1").update(name).digest();
  return hash.readUInt32BE(0) % shard.count === shard.index - 1;
}
export {
  inShard
};
