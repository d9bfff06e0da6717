#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// packages/feature-docs/dist/lint/anchor-config.js
import { dirname, resolve } from "node:path";
var presetName = /(?:^|[/])(?:remark-)?preset-lint-feature-docs(?:$|[/.])/u;
var ruleName = /(?:^|[/])(?:remark-)?lint-(?:required-sections|required-table-columns|no-placeholders|required-fields|no-empty-template-sections|no-template-boilerplate)(?:$|[/.])/u;
function isOurs(plugin) {
  if (typeof plugin === "string")
    return presetName.test(plugin) || ruleName.test(plugin);
  return typeof plugin === "function" && (plugin.name === "remarkPresetLintFeatureDocs" || plugin.name.startsWith("remark-lint:"));
}
function anchorConfig(config, filePath) {
  return anchorPlugins(config, dirname(filePath));
}
function anchorPlugins(config, folder) {
  if (typeof config !== "object" || config === null || Array.isArray(config))
    return config;
  const { plugins } = config;
  if (Array.isArray(plugins)) {
    const anchored = plugins.map((entry) => {
      if (isOurs(entry))
        return [entry, { base: folder }];
      if (!Array.isArray(entry) || !isOurs(entry[0]))
        return entry;
      return [entry[0], withBase(entry[1], folder), ...entry.slice(2)];
    });
    return { ...config, plugins: anchored };
  }
  if (typeof plugins === "object" && plugins !== null) {
    const anchored = Object.fromEntries(Object.entries(plugins).map(([name, options]) => [name, isOurs(name) ? withBase(options, folder) : options]));
    return { ...config, plugins: anchored };
  }
  return config;
}
function withBase(setting, folder) {
  if (setting === void 0 || setting === null)
    return { base: folder };
  if (Array.isArray(setting))
    return setting.length <= 2 && isOff(setting[0]) === false ? [setting[0], withBase(setting[1], folder)] : setting;
  if (typeof setting === "object") {
    const options = setting;
    return { ...options, base: typeof options.base === "string" ? resolve(folder, options.base) : options.base ?? folder };
  }
  return isOff(setting) === false ? [setting, { base: folder }] : setting;
}
function isOff(value) {
  if (value === false || value === 0 || value === "off")
    return true;
  if (value === true || value === 1 || value === 2 || value === "on" || value === "warn" || value === "error")
    return false;
  return void 0;
}

export {
  anchorConfig,
  anchorPlugins,
  withBase
};
