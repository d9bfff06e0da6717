#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readProjectTemplates
} from "./chunk-JR6F2O74.mjs";
import {
  UsageError
} from "./chunk-UYNP4EOZ.mjs";

// packages/feature-docs/dist/known-templates.js
async function knownTemplates(options) {
  await import("./dist-KFNOBS44.mjs");
  const { builtinTemplates } = await import("./dist-4L4JWKWS.mjs");
  const byName = /* @__PURE__ */ new Map();
  for (const [name, path] of Object.entries(builtinTemplates()))
    byName.set(name, { name, path, from: "built-in" });
  let unread;
  if (options.detectConfig !== false) {
    const project = readProjectTemplates(options.cwd, options.rcPath);
    unread = project.unread;
    for (const [name, path] of Object.entries(project.templates))
      byName.set(name, { name, path, from: project.from ?? "" });
  }
  return { byName, unread };
}
async function loadKnownTemplate(reference, known, cwd, where) {
  const { resolveTemplate, TemplateError } = await import("./dist-4L4JWKWS.mjs");
  const paths = Object.fromEntries([...known.byName].map(([name, template]) => [name, template.path]));
  try {
    return resolveTemplate(reference, paths, cwd, where);
  } catch (error) {
    if (error instanceof TemplateError)
      throw new UsageError(error.message);
    throw error;
  }
}

export {
  knownTemplates,
  loadKnownTemplate
};
