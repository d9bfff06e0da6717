#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  engine
} from "./chunk-HDVBLLTS.mjs";
import "./chunk-6MAHBZST.mjs";
import {
  ignoreName,
  packageField,
  pluginPrefix,
  rcName
} from "./chunk-FRDPAG5M.mjs";
import {
  baseProcessor
} from "./chunk-NJPRLDCQ.mjs";
import "./chunk-K4Q7IJCT.mjs";
import "./chunk-EJ5EP5OA.mjs";
import "./chunk-4FWJR2CL.mjs";
import {
  markdownExtensions
} from "./chunk-AANN4ARL.mjs";
import "./chunk-ON5CKEU4.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/lint/engine-run.js
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
  return new Promise((resolve, reject) => {
    engine({
      processor: baseProcessor({ template: settings.template }),
      cwd: settings.cwd,
      files,
      extensions: markdownExtensions,
      rcName,
      packageField,
      ignoreName,
      pluginPrefix,
      detectConfig: settings.detectConfig,
      detectIgnore: settings.detectIgnore,
      rcPath: settings.rcPath,
      ignorePath: settings.ignorePath,
      ignorePatterns: settings.ignorePatterns,
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
