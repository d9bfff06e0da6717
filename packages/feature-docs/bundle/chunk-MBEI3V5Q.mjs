#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// packages/feature-docs/dist/report/repository-root.js
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
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
  const fromRoot = relative(root, resolve(cwd, path));
  if (fromRoot === "" || fromRoot === ".." || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot))
    return void 0;
  return fromRoot.split(sep).join("/");
}

export {
  repositoryRoot,
  pathFromRoot
};
