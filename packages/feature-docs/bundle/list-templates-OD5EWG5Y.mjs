#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  knownTemplates
} from "./chunk-Z4K7HRXS.mjs";
import "./chunk-FRDPAG5M.mjs";
import {
  exitCodes
} from "./chunk-UYNP4EOZ.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/list-templates.js
import { existsSync } from "node:fs";
import { isAbsolute, relative } from "node:path";
async function listTemplates(cwd) {
  const known = await knownTemplates({ cwd });
  const rows = [...known.byName.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((template) => [
    template.name,
    template.from === "built-in" ? "built-in" : shortPath(template.from, cwd),
    shortPath(template.path, cwd) + (existsSync(template.path) ? "" : " (missing)")
  ]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length)));
  let text = "";
  for (const row of rows)
    text += `${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2]}
`;
  process.stdout.write(text);
  if (known.unread !== void 0) {
    process.stderr.write(`feature-docs: templates that ${shortPath(known.unread, cwd)} adds are not listed: only JSON configuration is read without running it
`);
  }
  return exitCodes.clean;
}
function shortPath(path, cwd) {
  const shown = relative(cwd, path);
  return shown === "" || shown.startsWith("..") || isAbsolute(shown) ? path : shown;
}
export {
  listTemplates
};
