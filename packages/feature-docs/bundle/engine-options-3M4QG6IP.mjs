#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseJson5Options,
  splitOptions
} from "./chunk-GCRRBIBB.mjs";
import {
  anchorPlugins
} from "./chunk-FCVVZPR7.mjs";
import {
  UsageError
} from "./chunk-UYNP4EOZ.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/lint/engine-options.js
function settingsOption(values) {
  if (values.length === 0)
    return void 0;
  return Object.assign({}, ...values.map((value) => parseJson5Options(value, "--setting")));
}
function pluginsOption(values, cwd) {
  if (values.length === 0)
    return void 0;
  const plugins = {};
  for (const value of values) {
    const [name, options] = splitOptions(value);
    if (name === "")
      throw new UsageError(`\`--use\` needs a plugin name, got \`${value}\``);
    plugins[name] = options === void 0 ? void 0 : parseJson5Options(options, "--use");
  }
  return anchorPlugins({ plugins }, cwd).plugins;
}
export {
  pluginsOption,
  settingsOption
};
