#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  anchorConfig
} from "./chunk-FCVVZPR7.mjs";
import {
  engine
} from "./chunk-ML33KIYX.mjs";
import "./chunk-6MAHBZST.mjs";
import "./chunk-3ULWIXT3.mjs";
import "./chunk-22MH3SP5.mjs";
import "./chunk-OCVCO3WH.mjs";
import {
  ignoreName,
  packageField,
  pluginPrefix,
  rcName
} from "./chunk-JR6F2O74.mjs";
import {
  baseProcessor
} from "./chunk-BDEKSBAZ.mjs";
import "./chunk-KIPN2ZSD.mjs";
import "./chunk-NTVGFNZT.mjs";
import "./chunk-4FWJR2CL.mjs";
import {
  markdownExtensions
} from "./chunk-65BFW4UO.mjs";
import "./chunk-6XU6A2BS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/lint/engine-run.js
import { Readable } from "node:stream";
var retryBatch = 100;
async function runEngine(settings, files) {
  const run = await runOnce(settings, files);
  for (; ; ) {
    const starved = run.files.filter(outOfDescriptors);
    if (starved.length === 0)
      return run;
    const place = new Map(run.files.map((file, index) => [file.path, index]));
    let progress = false;
    for (let start = 0; start < starved.length; start += retryBatch) {
      const batch = starved.slice(start, start + retryBatch);
      const again = await runOnce(settings, batch.map((file) => file.path));
      for (const file of again.files) {
        const index = place.get(file.path);
        if (index === void 0)
          continue;
        if (!outOfDescriptors(file))
          progress = true;
        run.files[index] = file;
      }
    }
    if (!progress)
      return run;
  }
}
function outOfDescriptors(file) {
  return file.messages.some((message) => {
    const code = message.cause?.code;
    return message.fatal === true && (code === "EMFILE" || code === "ENFILE");
  });
}
function runOnce(settings, files) {
  const [only] = files;
  const unnamed = files.length === 1 && typeof only === "object" && !only.path ? only : void 0;
  return new Promise((resolve, reject) => {
    engine({
      ...unnamed ? { streamIn: Readable.from([String(unnamed.value)]) } : {},
      processor: baseProcessor({ template: settings.template }),
      cwd: settings.cwd,
      files: unnamed ? [] : files,
      extensions: settings.extensions ? [...settings.extensions] : markdownExtensions,
      rcName,
      packageField,
      ignoreName,
      pluginPrefix,
      detectConfig: settings.detectConfig,
      detectIgnore: settings.detectIgnore,
      rcPath: settings.rcPath,
      ignorePath: settings.ignorePath,
      ignorePatterns: settings.ignorePatterns,
      ignorePathResolveFrom: settings.ignorePathResolveFrom,
      // Template paths in a configuration file are relative to its folder.
      configTransform: anchorConfig,
      ...settings.settings ? { settings: settings.settings } : {},
      ...settings.plugins ? { plugins: settings.plugins } : {},
      // A function, not a name: the project need not have the preset installed.
      defaultConfig: { plugins: [settings.preset] },
      silentlyIgnore: true,
      output: false,
      out: false,
      // The caller reports, in the format asked for; the engine's own report is silenced.
      reporter: () => ""
    }, (error, _code, context) => {
      if (error || !context) {
        reject(error ?? new Error("unified-engine gave no result"));
        return;
      }
      if (unnamed)
        for (const file of context.files)
          file.data = { ...unnamed.data, ...file.data };
      resolve({
        files: context.files.filter((file) => file.data.unifiedEngineGiven && !file.data.unifiedEngineIgnored),
        origins: [...context.fileSet.origins]
      });
    });
  });
}
export {
  runEngine
};
