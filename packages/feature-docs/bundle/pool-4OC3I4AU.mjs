#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  engine
} from "./chunk-ML33KIYX.mjs";
import "./chunk-6MAHBZST.mjs";
import "./chunk-3ULWIXT3.mjs";
import "./chunk-22MH3SP5.mjs";
import "./chunk-OCVCO3WH.mjs";
import {
  ignoreName
} from "./chunk-JR6F2O74.mjs";
import {
  fromPlainFile
} from "./chunk-4EBLNZQF.mjs";
import {
  markdownExtensions,
  unified
} from "./chunk-65BFW4UO.mjs";
import "./chunk-6XU6A2BS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/lint/pool.js
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var batchSize = 24;
var poolThreshold = 40;
var workerUrl = new URL(true ? "./pool-worker.mjs" : "./pool-worker.js", import.meta.url);
function poolSize(concurrency) {
  return concurrency ?? Math.max(1, availableParallelism());
}
function listFiles(settings, paths) {
  const lister = unified().use(function() {
    this.parser = () => ({ type: "root", children: [] });
  }).use(() => (_, file) => {
    file.value = "";
  });
  return new Promise((resolve, reject) => {
    engine({
      processor: lister,
      cwd: settings.cwd,
      files: paths,
      extensions: settings.extensions ? [...settings.extensions] : markdownExtensions,
      ignoreName,
      detectConfig: false,
      detectIgnore: settings.detectIgnore,
      ignorePath: settings.ignorePath,
      ignorePathResolveFrom: settings.ignorePathResolveFrom,
      ignorePatterns: settings.ignorePatterns,
      silentlyIgnore: true,
      output: false,
      out: false,
      reporter: () => ""
    }, (error, _code, context) => {
      if (error || !context) {
        reject(error ?? new Error("unified-engine gave no result"));
        return;
      }
      resolve([...new Set(context.files.filter((file) => file.data.unifiedEngineGiven && !file.data.unifiedEngineIgnored).map((file) => file.path))]);
    });
  });
}
async function checkInPool(settings, paths, size, keepLines) {
  const { preset: _preset, presetVersion: _version, ...rest } = settings;
  const init = { settings: rest, keepLines };
  const batches = [];
  for (let start = 0; start < paths.length; start += batchSize)
    batches.push({ id: batches.length, paths: paths.slice(start, start + batchSize) });
  const results = [];
  let next = 0;
  const workers = Array.from({ length: Math.min(size, batches.length) }, () => new Worker(workerUrl, { workerData: init }));
  try {
    await Promise.all(workers.map((worker) => new Promise((resolve, reject) => {
      let busy = false;
      const give = () => {
        const batch = batches[next++];
        busy = batch !== void 0;
        if (batch === void 0)
          resolve();
        else
          worker.postMessage(batch);
      };
      worker.on("message", (answer) => {
        if (answer.error) {
          const error = new Error(answer.error.message);
          if (answer.error.stack)
            error.stack = answer.error.stack;
          reject(error);
          return;
        }
        results[answer.id] = answer.files.map(fromPlainFile);
        give();
      });
      worker.once("error", reject);
      worker.once("exit", (code) => {
        if (busy)
          reject(new Error(`a worker thread stopped (exit code ${code})`));
      });
      give();
    })));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results.flat();
}
export {
  batchSize,
  checkInPool,
  listFiles,
  poolSize,
  poolThreshold
};
