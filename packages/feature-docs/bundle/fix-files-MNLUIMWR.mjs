#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  writeErrorText
} from "./chunk-NYW7QZAF.mjs";
import {
  showPath
} from "./chunk-5SR6VCJS.mjs";
import {
  applyFixes,
  fixPass,
  isWithin
} from "./chunk-65BFW4UO.mjs";
import {
  VFile
} from "./chunk-6XU6A2BS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/fix/fix-files.js
import { realpath as realpath2 } from "node:fs/promises";
import { relative, resolve } from "node:path";

// packages/feature-docs/dist/fix/write-fixed.js
import { randomBytes } from "node:crypto";
import { chmod, chown, lstat, readFile, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeFixed(path, before, after) {
  let target = path;
  let through;
  try {
    if ((await lstat(path)).isSymbolicLink()) {
      target = await realpath(path);
      through = target;
    }
    const info = await stat(target, { bigint: true });
    if (!info.isFile())
      return { written: false, why: "is no longer a regular file: not fixed" };
    if (info.nlink > 1n) {
      return { written: false, why: `has ${info.nlink} hard links: not fixed (replacing it would leave the other names with the old text)` };
    }
    const expected = Buffer.from(before, "utf8");
    const unchanged = async () => expected.equals(await readFile(target));
    if (!await unchanged()) {
      const current = await readFile(target);
      if (current.toString("utf8") === before)
        return { written: false, why: "is not valid UTF-8: not fixed, so that no byte of it is lost" };
      return { written: false, why: "changed since it was read: not fixed (check it again)" };
    }
    const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.feature-docs.tmp`);
    const mode = Number(info.mode & 4095n);
    try {
      await writeFile(temporary, after, { flag: "wx", mode });
      await chmod(temporary, mode);
      await chown(temporary, Number(info.uid), Number(info.gid)).catch(() => {
      });
      if (!await unchanged()) {
        await unlink(temporary);
        return { written: false, why: "changed since it was read: not fixed (check it again)" };
      }
      await rename(temporary, target);
    } catch (error) {
      await unlink(temporary).catch(() => {
      });
      throw error;
    }
    return { written: true, through };
  } catch (error) {
    return { written: false, why: `cannot be written: ${writeErrorText(error)}` };
  }
}

// packages/feature-docs/dist/fix/fix-files.js
var maxPasses = 10;
async function fixFiles(files, recheck, options) {
  const types = new Set(options.types);
  const chosen = (file) => fixable(file) ? file.messages.flatMap((message) => message.fix && types.has(message.fix.kind) ? [message.fix] : []) : [];
  const results = new Map(files.map((file, index) => [file.path, index]));
  const current = [...files];
  const original = /* @__PURE__ */ new Map();
  let pending = files;
  for (let pass = 0; pass < maxPasses && pending.length > 0; pass++) {
    const changed = [];
    for (const file of pending) {
      const fixes = chosen(file);
      if (fixes.length === 0)
        continue;
      const text = String(file.value);
      const mark = text.charCodeAt(0) === 65279 ? 1 : 0;
      const body = text.slice(mark);
      const fixed = applyFixes(body, fixPass(fixes)).text;
      if (fixed === body)
        continue;
      if (!original.has(file.path))
        original.set(file.path, text);
      changed.push(new VFile({ path: file.path, cwd: file.cwd, value: text.slice(0, mark) + fixed }));
    }
    if (changed.length === 0)
      break;
    pending = await recheck(changed);
    for (const file of pending)
      current[results.get(file.path)] = file;
  }
  const outcome = { files: current, problems: [], notes: [] };
  const targets = /* @__PURE__ */ new Map();
  for (const path of original.keys())
    targets.set(path, await realpath2(resolve(options.cwd, path)).catch(() => resolve(options.cwd, path)));
  const done = /* @__PURE__ */ new Set();
  const order = [...original.keys()].sort((a, b) => Number(targets.get(a) !== resolve(options.cwd, a)) - Number(targets.get(b) !== resolve(options.cwd, b)));
  for (const path of order) {
    const before = original.get(path);
    const file = current[results.get(path)];
    const after = String(file.value);
    const target = targets.get(path);
    if (after === before || done.has(target))
      continue;
    done.add(target);
    if (options.mode === "dry-run") {
      const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import("./libesm-H4QTUXG3.mjs");
      const name = (isWithin(target, options.cwd) ? relative(options.cwd, target) : target).split("\\").join("/");
      process.stdout.write(createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, void 0, void 0, { headerOptions: FILE_HEADERS_ONLY }));
      continue;
    }
    const written = await writeFixed(resolve(options.cwd, path), before, after);
    if (written.written) {
      file.stored = true;
      if (written.through)
        outcome.notes.push(`${showPath(path)} is a symbolic link: fixed its target, ${showPath(written.through)}`);
    } else {
      current[results.get(path)] = files[results.get(path)];
      outcome.problems.push(`${showPath(path)} ${written.why}`);
    }
  }
  return outcome;
}
function fixable(file) {
  if ((file.data.featureDocsCrashes ?? []).length > 0)
    return false;
  return !file.messages.some((message) => message.fatal === true && !message.ruleId);
}
export {
  fixFiles,
  maxPasses
};
