#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  toPlainFile
} from "./chunk-4EBLNZQF.mjs";
import "./chunk-6XU6A2BS.mjs";
import "./chunk-ERFXMEPA.mjs";
import "./chunk-CCJH6PKE.mjs";

// packages/feature-docs/dist/lint/pool-worker.js
import { parentPort, workerData } from "node:worker_threads";
var init = workerData;
var presetModule = await import("./dist-KFNOBS44.mjs");
var { runEngine } = await import("./engine-run-ZQUBXBDT.mjs");
var settings = {
  ...init.settings,
  preset: presetModule.default,
  presetVersion: presetModule.version
};
parentPort.on("message", (batch) => {
  runEngine(settings, batch.paths).then((run) => parentPort.postMessage({ id: batch.id, files: run.files.map((file) => toPlainFile(file, init.keepLines)) }), (error) => parentPort.postMessage({ id: batch.id, error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) } }));
});
