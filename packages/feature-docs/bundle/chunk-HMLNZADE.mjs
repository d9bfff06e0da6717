#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isWithin
} from "./chunk-65BFW4UO.mjs";

// packages/feature-docs/dist/report/repository-root.js
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
function repositoryRoot(cwd) {
  const start = resolve(cwd);
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, ".git")))
      return folder;
    if (dirname(folder) === folder)
      return start;
  }
}
function pathFromRoot(root, cwd, path) {
  const absolute = resolve(cwd, path);
  if (absolute === root || !isWithin(absolute, root))
    return void 0;
  return relative(root, absolute).split(sep).join("/");
}

export {
  repositoryRoot,
  pathFromRoot
};
