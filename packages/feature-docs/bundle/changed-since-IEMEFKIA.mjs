#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-UYNP4EOZ.mjs";
import {
  isWithin,
  markdownExtensions,
  minimatch
} from "./chunk-65BFW4UO.mjs";
import "./chunk-6XU6A2BS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/lint/changed-since.js
import { spawn } from "node:child_process";
import { relative, resolve, sep } from "node:path";
async function changedSince(ref, paths, cwd, extensions = markdownExtensions) {
  const root = (await git(["rev-parse", "--show-toplevel"], cwd, ref)).trim();
  await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd, ref);
  const list = (output) => output.split("\0").filter(Boolean).map((path) => resolve(root, path));
  const changed = /* @__PURE__ */ new Set([
    ...list(await git(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMRT", ref, "--"], root, ref)),
    ...list(await git(["ls-files", "-z", "--others", "--exclude-standard", "--full-name"], root, ref))
  ]);
  const tracked = list(await git(["ls-files", "-z", "--full-name"], root, ref));
  const wanted = (absolute) => hasExtension(absolute, extensions) && within(absolute, paths, cwd);
  const inside = [...changed].filter(wanted);
  const unchanged = tracked.filter((absolute) => wanted(absolute) && !changed.has(absolute)).length;
  return { changed: inside.map((absolute) => relative(cwd, absolute) || ".").sort(), unchanged };
}
function hasExtension(path, extensions) {
  const lower = path.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension));
}
function within(absolute, paths, cwd) {
  const fromCwd = relative(cwd, absolute).split(sep).join("/");
  return paths.some((path) => {
    if (isWithin(absolute, resolve(cwd, path)))
      return true;
    return minimatch(fromCwd, path.split(sep).join("/"), { dot: true });
  });
}
function git(args, cwd, ref) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => stdout += chunk.toString("utf8"));
    child.stderr.on("data", (chunk) => stderr += chunk.toString("utf8"));
    child.on("error", (error) => reject(new UsageError(`\`--changed-since ${ref}\` needs git, which could not be run: ${error.message}`)));
    child.on("close", (code) => {
      if (code === 0)
        resolvePromise(stdout);
      else {
        const why = stderr.split("\n").find((line) => line.trim() !== "")?.replace(/^fatal: /u, "") ?? "";
        reject(new UsageError(args[0] === "rev-parse" && args[1] === "--verify" ? `\`--changed-since ${ref}\`: no such commit in this repository` : `\`--changed-since ${ref}\`: ${why || `git ${args[0]} failed`}`));
      }
    });
  });
}
export {
  changedSince
};
