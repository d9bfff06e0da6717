#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  knownTemplates,
  loadKnownTemplate
} from "./chunk-IZ6JAZB6.mjs";
import {
  UsageError
} from "./chunk-UYNP4EOZ.mjs";

// packages/feature-docs/dist/templates/find.js
import { isAbsolute, relative, resolve } from "node:path";
async function readReference(reference, options, cwd) {
  const known = await knownTemplates({ cwd, detectConfig: options.detectConfig, rcPath: options.rcPath });
  const named = known.byName.get(reference);
  const { markdownExtensions } = await import("./dist-4L4JWKWS.mjs");
  const isPath = /[\\/]/u.test(reference) || markdownExtensions.some((extension) => reference.toLowerCase().endsWith(extension));
  return {
    reference,
    known,
    from: named ? named.from === "built-in" ? "built-in" : shortPath(named.from, cwd) : null,
    file: named ? named.path : isPath ? resolve(cwd, reference) : void 0
  };
}
async function loadReference(found, cwd, where) {
  try {
    return await loadKnownTemplate(found.reference, found.known, cwd, where);
  } catch (error) {
    if (error instanceof UsageError && found.file === void 0 && found.known.unread !== void 0) {
      throw new UsageError(`${error.message} (templates that ${shortPath(found.known.unread, cwd)} adds are not known here: only JSON configuration is read without running it)`);
    }
    throw error;
  }
}
function shortPath(path, cwd) {
  const shown = relative(cwd, path);
  return shown === "" || shown.startsWith("..") || isAbsolute(shown) ? path : shown;
}

export {
  readReference,
  loadReference,
  shortPath
};
